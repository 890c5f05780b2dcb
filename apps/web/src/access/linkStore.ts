// The links this browser holds, in `localStorage` under `napkin.links`: per board, the token it opens the
// board with (the owner link for boards made here; the token of the last link opened) and the tokens of
// links it made as owner (the server keeps only their hashes, so "copy" works only where they were made).
// A link arrives in the URL fragment, `/b/<id>#k=<token>`: fragments never reach the server, a Referer or
// a proxy log. What is read back is untrusted and checked.
import type { BoardId } from '../route/route';
import type { NameStorage } from '../presence/identity';

const KEY = 'napkin.links';
const TOKEN = /^[A-Za-z0-9_-]{32,64}$/;

export type Token = string & { readonly __brand: 'Token' };

interface Held {
  readonly token: Token;
  /** linkId → token, for links this browser made as owner. */
  readonly made: Readonly<Record<string, Token>>;
}

export function parseToken(value: unknown): Token | null {
  return typeof value === 'string' && TOKEN.test(value) ? (value as Token) : null;
}

/** The token in a URL fragment `#k=<token>`, or null. */
export function tokenInHash(hash: string): Token | null {
  return parseToken(new URLSearchParams(hash.replace(/^#/, '')).get('k'));
}

export function linkUrl(origin: string, boardId: BoardId, token: string): string {
  return `${origin}/b/${boardId}#k=${token}`;
}

function readAll(storage: NameStorage | null): Record<string, Held> {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}');
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
    const held: Record<string, Held> = {};
    for (const [boardId, entry] of Object.entries(raw as Record<string, unknown>)) {
      const { token, made } = (entry ?? {}) as { token?: unknown; made?: unknown };
      const parsed = parseToken(token);
      if (parsed === null) continue;
      const madeTokens: Record<string, Token> = {};
      if (typeof made === 'object' && made !== null) {
        for (const [linkId, value] of Object.entries(made as Record<string, unknown>)) {
          const madeToken = parseToken(value);
          if (madeToken !== null) madeTokens[linkId] = madeToken;
        }
      }
      held[boardId] = { token: parsed, made: madeTokens };
    }
    return held;
  } catch {
    return {};
  }
}

function writeAll(storage: NameStorage | null, all: Record<string, Held>): void {
  try {
    storage?.setItem(KEY, JSON.stringify(all));
  } catch {
    // Full or disabled storage: the link still works for this page, it is just not remembered.
  }
}

export function heldToken(storage: NameStorage | null, boardId: BoardId): Token | null {
  return readAll(storage)[boardId]?.token ?? null;
}

/** The token to open the board with: one in the URL fragment wins (and is remembered), else the held one. */
export function tokenForBoard(storage: NameStorage | null, boardId: BoardId, hash: string): Token | null {
  const fromUrl = tokenInHash(hash);
  if (fromUrl === null) return heldToken(storage, boardId);
  holdToken(storage, boardId, fromUrl);
  return fromUrl;
}

export function holdToken(storage: NameStorage | null, boardId: BoardId, token: Token): void {
  const all = readAll(storage);
  all[boardId] = { token, made: all[boardId]?.made ?? {} };
  writeAll(storage, all);
}

export function rememberMadeLink(storage: NameStorage | null, boardId: BoardId, linkId: string, token: Token): void {
  const all = readAll(storage);
  const held = all[boardId];
  if (held === undefined) return;
  all[boardId] = { ...held, made: { ...held.made, [linkId]: token } };
  writeAll(storage, all);
}

export function madeLinks(storage: NameStorage | null, boardId: BoardId): Readonly<Record<string, Token>> {
  return readAll(storage)[boardId]?.made ?? {};
}
