// The relay's link routes (server/src/access/links-api.ts), as the web app calls them. Answers are parsed,
// not trusted; every failure becomes a tagged result the page can show.
import type { BoardId } from '../route/routePath';
import { parseBoardId } from '../route/routePath';
import type { Token } from './linkStore';
import { parseToken } from './linkStore';

export type RoomAccess = 'write' | 'read' | 'none';

export interface BoardAccess {
  readonly role: string;
  readonly board: RoomAccess;
  /** The board's comments room (`<boardId>~comments`): a commenter writes there without writing the board. */
  readonly comments: RoomAccess;
  /** The interview's control room (`~session`: timer, what the candidate sees): interviewers write it. */
  readonly session: RoomAccess;
  /** The interviewer's private notes (`~notes`): no other role may even open it. */
  readonly notes: RoomAccess;
  readonly manageLinks: boolean;
}

export type AccessResult =
  | { readonly kind: 'granted'; readonly access: BoardAccess }
  | { readonly kind: 'revoked' }
  | { readonly kind: 'no-link' }
  | { readonly kind: 'failed'; readonly reason: string };

export interface LinkInfo {
  readonly id: string;
  readonly role: string;
  readonly label: string;
  readonly createdAt: number;
  readonly revokedAt: number | null;
  readonly connected: number;
}

/** Roles an owner can hand out, as the server's role table names them. */
export const SHARE_ROLES = ['editor', 'viewer', 'commenter', 'candidate', 'interviewer', 'observer', 'owner'] as const;

const bearer = (token: Token): Record<string, string> => ({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' });

export async function createBoard(): Promise<{ boardId: BoardId; token: Token }> {
  const response = await fetch('/api/boards', { method: 'POST' });
  if (response.status !== 201) throw new Error(`the relay could not make a board (HTTP ${response.status})`);
  const body = (await response.json()) as { boardId?: unknown; token?: unknown };
  const boardId = typeof body.boardId === 'string' ? parseBoardId(body.boardId) : null;
  const token = parseToken(body.token);
  if (boardId === null || token === null) throw new Error('the relay answered with a malformed board');
  return { boardId, token };
}

export async function fetchAccess(boardId: BoardId, token: Token | null): Promise<AccessResult> {
  try {
    const response = await fetch(`/api/boards/${boardId}/access`, token === null ? {} : { headers: bearer(token) });
    if (response.status === 410) return { kind: 'revoked' };
    if (response.status === 401) return { kind: 'no-link' };
    if (!response.ok) return { kind: 'failed', reason: `HTTP ${response.status}` };
    const body = (await response.json()) as { role?: unknown; rooms?: { board?: unknown; comments?: unknown; session?: unknown; notes?: unknown }; manageLinks?: unknown };
    const board = body.rooms?.board;
    if (typeof body.role !== 'string' || !isRoomAccess(board)) return { kind: 'failed', reason: 'malformed answer' };
    // A relay from before the comments room answers without it: no comments then, the board still opens.
    const comments = isRoomAccess(body.rooms?.comments) ? body.rooms.comments : 'none';
    const session = isRoomAccess(body.rooms?.session) ? body.rooms.session : 'none';
    const notes = isRoomAccess(body.rooms?.notes) ? body.rooms.notes : 'none';
    return { kind: 'granted', access: { role: body.role, board, comments, session, notes, manageLinks: body.manageLinks === true } };
  } catch (error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}

export async function listLinks(boardId: BoardId, token: Token): Promise<LinkInfo[]> {
  const response = await fetch(`/api/boards/${boardId}/links`, { headers: bearer(token) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as { links?: unknown };
  return Array.isArray(body.links) ? body.links.filter(isLinkInfo) : [];
}

export async function makeLink(boardId: BoardId, token: Token, role: string, label: string): Promise<{ link: LinkInfo; token: Token }> {
  const response = await fetch(`/api/boards/${boardId}/links`, { method: 'POST', headers: bearer(token), body: JSON.stringify({ role, label }) });
  if (response.status !== 201) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as { link?: unknown; token?: unknown };
  const made = parseToken(body.token);
  if (!isLinkInfo(body.link) || made === null) throw new Error('malformed answer');
  return { link: body.link, token: made };
}

export async function revokeLink(boardId: BoardId, token: Token, linkId: string): Promise<void> {
  const response = await fetch(`/api/boards/${boardId}/links/${encodeURIComponent(linkId)}`, { method: 'DELETE', headers: bearer(token) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
}

function isRoomAccess(value: unknown): value is RoomAccess {
  return value === 'write' || value === 'read' || value === 'none';
}

function isLinkInfo(value: unknown): value is LinkInfo {
  if (typeof value !== 'object' || value === null) return false;
  const { id, role, label, createdAt, revokedAt, connected } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof role === 'string' && typeof label === 'string' && typeof createdAt === 'number'
    && (revokedAt === null || typeof revokedAt === 'number') && typeof connected === 'number';
}
