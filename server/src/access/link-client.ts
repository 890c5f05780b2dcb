// THE helper through which tests, benchmarks and the e2e suite get capabilities (server README, "Links in
// tests and benchmarks"): it asks a running relay over HTTP, as an operator would, with the relay's admin
// token (NAPKIN_ADMIN_TOKEN / `adminToken`). Nothing else in those suites makes or guesses tokens. Links are
// cached per relay, board and role, so every client of a test shares one link per role.
import type { Role } from './roles.js';

/** The WebSocket query that carries a token (`?k=`, board-access.ts TOKEN_PARAM), for y-websocket's `params`. */
export const tokenParams = (token: string): Record<string, string> => ({ k: token });

export interface IssuedLink {
  readonly boardId: string;
  readonly token: string;
  readonly linkId: string;
}

const issued = new Map<string, Promise<IssuedLink>>();

async function postJson(url: string, headers: Record<string, string>, body: unknown): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  if (response.status !== 201) throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

function toIssued(body: unknown): IssuedLink {
  const { boardId, token, link } = body as { boardId?: unknown; token?: unknown; link?: { id?: unknown } };
  if (typeof boardId !== 'string' || typeof token !== 'string' || typeof link?.id !== 'string') throw new Error('malformed link answer');
  return { boardId, token, linkId: link.id };
}

/** A link with `role` to `boardId` on the relay at `baseUrl` (http origin), issued with its admin token. */
export function linkFor(baseUrl: string, adminToken: string, boardId: string, role: Role = 'editor'): Promise<IssuedLink> {
  const origin = baseUrl.replace(/^ws/, 'http').replace(/\/+$/, '');
  const key = `${origin} ${boardId} ${role}`;
  let link = issued.get(key);
  if (link === undefined) {
    link = postJson(`${origin}/api/admin/boards/${boardId}/links`, { Authorization: `Bearer ${adminToken}` }, { role, label: `test ${role}` }).then(toIssued);
    issued.set(key, link);
    link.catch(() => issued.delete(key));
  }
  return link;
}

/** A fresh link every call (no cache): for tests that revoke one link and keep another. */
export async function newLinkFor(baseUrl: string, adminToken: string, boardId: string, role: Role): Promise<IssuedLink> {
  const origin = baseUrl.replace(/^ws/, 'http').replace(/\/+$/, '');
  return toIssued(await postJson(`${origin}/api/admin/boards/${boardId}/links`, { Authorization: `Bearer ${adminToken}` }, { role, label: `test ${role}` }));
}

/** A new board as the web app makes one (`POST /api/boards`): its id and its owner link. */
export async function createBoard(baseUrl: string): Promise<IssuedLink> {
  const origin = baseUrl.replace(/^ws/, 'http').replace(/\/+$/, '');
  return toIssued(await postJson(`${origin}/api/boards`, {}, {}));
}
