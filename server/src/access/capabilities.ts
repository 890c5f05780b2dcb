// A link is a capability: whoever holds its token may join the board's rooms with the link's role. Tokens
// are 192 random bits (unguessable), given out once when the link is made and stored only as their SHA-256,
// so a copy of the stores grants nothing. A link also has a public id (for listing and revoking) that
// grants nothing either.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { BoardId } from '../board-id.js';
import { parseBoardId } from '../board-id.js';
import type { Role } from './roles.js';
import { parseRole } from './roles.js';

export type CapabilityToken = string & { readonly __brand: 'CapabilityToken' };
export type LinkId = string & { readonly __brand: 'LinkId' };

export interface LinkRecord {
  readonly id: LinkId;
  readonly boardId: BoardId;
  readonly role: Role;
  /** base64url SHA-256 of the token; empty for the legacy link (the bare board URL, no token). */
  readonly tokenHash: string;
  readonly label: string;
  readonly createdAt: number;
  /** Epoch ms when revoked; null while the link works. */
  readonly revokedAt: number | null;
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,64}$/;
const LINK_ID_PATTERN = /^[A-Za-z0-9_-]{8,32}$/;
export const MAX_LABEL_LENGTH = 80;

/** The link of a board made before links existed: its bare URL, an editor link until the owner revokes it. */
export const LEGACY_LINK_ID = 'legacy-board-url' as LinkId;

export function newCapabilityToken(): CapabilityToken {
  return randomBytes(24).toString('base64url') as CapabilityToken;
}

export function hashToken(token: CapabilityToken): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function parseCapabilityToken(value: unknown): CapabilityToken | null {
  return typeof value === 'string' && TOKEN_PATTERN.test(value) ? (value as CapabilityToken) : null;
}

export function parseLinkId(value: unknown): LinkId | null {
  return typeof value === 'string' && LINK_ID_PATTERN.test(value) ? (value as LinkId) : null;
}

/** Labels are shown to the owner: control characters and bidi overrides are dropped, length clipped. */
export function cleanLabel(value: unknown): string {
  if (typeof value !== 'string') return '';
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim().slice(0, MAX_LABEL_LENGTH);
}

/** A new link and its token (the only time the token exists outside the holder's hands). */
export function newLink(boardId: BoardId, role: Role, label: string, now: number): { token: CapabilityToken; record: LinkRecord } {
  const token = newCapabilityToken();
  const id = randomBytes(12).toString('base64url') as LinkId;
  return { token, record: { id, boardId, role, tokenHash: hashToken(token), label: cleanLabel(label), createdAt: now, revokedAt: null } };
}

export function legacyLink(boardId: BoardId, now: number): LinkRecord {
  return { id: LEGACY_LINK_ID, boardId, role: 'editor', tokenHash: '', label: 'board URL from before links', createdAt: now, revokedAt: null };
}

/** Constant-time: how long the comparison takes says nothing about how close a guess was. */
export function tokenMatches(record: LinkRecord, token: CapabilityToken): boolean {
  if (record.tokenHash === '') return false;
  const expected = Buffer.from(record.tokenHash);
  const actual = Buffer.from(hashToken(token));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Records come back from disk or Redis: anything malformed is dropped (null), never trusted. */
export function parseLinkRecord(value: unknown): LinkRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  const id = raw.id === LEGACY_LINK_ID ? LEGACY_LINK_ID : parseLinkId(raw.id);
  const boardId = typeof raw.boardId === 'string' ? parseBoardId(raw.boardId) : null;
  const role = parseRole(raw.role);
  const { tokenHash, label, createdAt, revokedAt } = raw;
  if (id === null || boardId === null || role === null || typeof tokenHash !== 'string' || typeof label !== 'string') return null;
  if (typeof createdAt !== 'number' || !(revokedAt === null || typeof revokedAt === 'number')) return null;
  return { id, boardId, role, tokenHash, label, createdAt, revokedAt };
}
