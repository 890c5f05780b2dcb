// How the browser tests and the e2e benchmark get links: the relay they start is given E2E_ADMIN_TOKEN, and
// links come from the server's one helper (`linkFor` in server/src/access/link-client.ts). A board made in
// the browser ("New board") holds its owner link in that browser; another participant opens it with an
// editor link from here, as `/b/<id>#k=<token>`.
import { randomBytes } from 'node:crypto';
import { linkFor } from '@napkin/server';
import type { Role } from '@napkin/server';

/** One per worker process: the relay fixture and the helpers below run in the same process. */
export const E2E_ADMIN_TOKEN = randomBytes(24).toString('base64url');

/** `#k=<token>` of a `role` link to the board (cached per relay, board and role). */
export async function linkHash(baseURL: string, boardId: string, role: Role = 'editor'): Promise<string> {
  return `#k=${(await linkFor(baseURL, E2E_ADMIN_TOKEN, boardId, role)).token}`;
}

/** The app path that opens the board with a `role` link. */
export async function boardPathWithLink(baseURL: string, boardId: string, role: Role = 'editor'): Promise<string> {
  return `/b/${boardId}${await linkHash(baseURL, boardId, role)}`;
}

/** The board id and token (if any) in an app path `/b/<id>[#k=<token>]`. */
export function parseBoardPath(path: string): { boardId: string; token: string | null } {
  const [pathname = '', hash = ''] = path.split('#');
  return { boardId: pathname.replace(/^\/b\//, ''), token: new URLSearchParams(hash).get('k') };
}
