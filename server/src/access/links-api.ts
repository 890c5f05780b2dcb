// The HTTP side of links: make a board (its owner link comes back, once), list / make / revoke a board's
// links with its owner link, an operator route to issue any link with the admin token, and the presence
// summary for boards the caller holds links to. Tokens travel in `Authorization: Bearer <token>` (and, for
// presence, next to their board id in the query); revoking closes the link's live sockets everywhere.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseBoardId } from '../board-id.js';
import type { BoardId } from '../board-id.js';
import type { BoardAccess } from './board-access.js';
import { bearerTokenOf } from './board-access.js';
import type { LinkRecord } from './capabilities.js';
import { newLink, parseCapabilityToken, parseLinkId } from './capabilities.js';
import { BadRequest, readJsonBody, sendJson } from './http-body.js';
import type { LiveLinks } from './live-links.js';
import { canManageLinks, parseRole, ROLE_TABLE } from './roles.js';

export interface LinksApiOptions {
  readonly access: BoardAccess;
  readonly liveLinks: LiveLinks;
  /** Enables `POST /api/admin/boards/<id>/links` for whoever presents it; absent: the route does not exist. */
  readonly adminToken?: string;
  /** Who is on each board (the presence registry), for `GET /api/presence`. */
  readonly presence: (boardIds: readonly BoardId[]) => Promise<Record<string, unknown>>;
  readonly now?: () => number;
}

/** At most this many boards per presence query (a home page lists fewer). */
const MAX_PRESENCE_BOARDS = 100;
const LINKS_PATH = /^\/api\/boards\/([^/]+)\/links(?:\/([^/]+))?$/;
const ADMIN_LINKS_PATH = /^\/api\/admin\/boards\/([^/]+)\/links$/;
const ACCESS_PATH = /^\/api\/boards\/([^/]+)\/access$/;

/** Public view of a link: never its token or hash. */
function describeLink(link: LinkRecord, connected: number): Record<string, unknown> {
  const { id, role, label, createdAt, revokedAt } = link;
  return { id, role, label, createdAt, revokedAt, connected };
}

export function matchesAdminToken(presented: string | null, expected: string | undefined): boolean {
  if (presented === null || expected === undefined || expected === '') return false;
  const [a, b] = [Buffer.from(presented), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Handles the access routes; false when the request is not one of them (the caller goes on). */
export function createLinksApi(options: LinksApiOptions): (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean> {
  const { access, liveLinks } = options;
  const now = (): number => options.now?.() ?? Date.now();

  const issue = async (response: ServerResponse, boardId: BoardId, body: Record<string, unknown>): Promise<void> => {
    const role = parseRole(body.role);
    if (role === null) throw new BadRequest('role must be one of the role table');
    const made = newLink(boardId, role, typeof body.label === 'string' ? body.label : '', now());
    await access.store.add(made.record);
    sendJson(response, 201, { boardId, link: describeLink(made.record, 0), token: made.token });
  };

  const ownerRoute = async (request: IncomingMessage, response: ServerResponse, boardId: BoardId, rawLinkId: string | undefined): Promise<void> => {
    const owner = await access.owner(boardId, bearerTokenOf(request));
    if (owner === null) return sendJson(response, 403, { error: "this needs the board's owner link" });
    if (rawLinkId !== undefined) {
      const linkId = parseLinkId(rawLinkId);
      if (request.method !== 'DELETE' || linkId === null) return sendJson(response, 405, { error: 'only DELETE on a link' });
      const revoked = await access.store.revoke(boardId, linkId, now());
      if (revoked === null) return sendJson(response, 404, { error: 'no such link' });
      await liveLinks.revoke({ boardId, linkId });
      return sendJson(response, 200, { link: describeLink(revoked, 0) });
    }
    if (request.method === 'GET') {
      const links = await access.store.list(boardId);
      return sendJson(response, 200, { boardId, self: owner.id, links: links.map((link) => describeLink(link, liveLinks.connected(link.id))) });
    }
    if (request.method === 'POST') return issue(response, boardId, await readJsonBody(request));
    sendJson(response, 405, { error: 'GET or POST' });
  };

  const presence = async (response: ServerResponse, raw: string | null): Promise<void> => {
    const readable: BoardId[] = [];
    for (const part of (raw ?? '').split(',').slice(0, MAX_PRESENCE_BOARDS)) {
      const [rawId = '', rawToken] = part.trim().split(':');
      const boardId = parseBoardId(rawId);
      if (boardId === null || readable.includes(boardId)) continue;
      const token = rawToken === undefined ? null : parseCapabilityToken(rawToken);
      if (rawToken !== undefined && token === null) continue;
      // Who is on a board is part of reading it: any working link (or a board's legacy bare URL) will do.
      if ((await access.verdict(boardId, token)).kind === 'link') readable.push(boardId);
    }
    sendJson(response, 200, await options.presence(readable));
  };

  /** What the caller's link may do here, so a client can show a read-only board without a copy of the table. */
  const describeAccess = async (request: IncomingMessage, response: ServerResponse, boardId: BoardId): Promise<void> => {
    const verdict = await access.verdict(boardId, bearerTokenOf(request));
    if (verdict.kind === 'revoked') return sendJson(response, 410, { error: 'this link was revoked' });
    if (verdict.kind === 'none') return sendJson(response, 401, { error: 'a link with a capability is needed' });
    const { role, id } = verdict.link;
    sendJson(response, 200, { boardId, role, linkId: id, rooms: ROLE_TABLE[role].rooms, manageLinks: canManageLinks(role) });
  };

  return async (request, response, url) => {
    const { pathname } = url;
    const method = request.method ?? 'GET';
    try {
      if (pathname === '/api/presence' && (method === 'GET' || method === 'HEAD')) {
        await presence(response, url.searchParams.get('boards'));
        return true;
      }
      if (pathname === '/api/boards') {
        if (method !== 'POST') sendJson(response, 405, { error: 'POST makes a board' });
        else await issue(response, randomBytes(16).toString('base64url') as BoardId, { role: 'owner', label: 'creator' });
        return true;
      }
      const admin = ADMIN_LINKS_PATH.exec(pathname);
      if (admin !== null) {
        const boardId = parseBoardId(admin[1] ?? '');
        const header = request.headers.authorization;
        const presented = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : null;
        if (!matchesAdminToken(presented, options.adminToken)) sendJson(response, 404, { error: 'not found' });
        else if (boardId === null) sendJson(response, 400, { error: 'invalid board id' });
        else if (method !== 'POST') sendJson(response, 405, { error: 'POST issues a link' });
        else await issue(response, boardId, await readJsonBody(request));
        return true;
      }
      const mine = ACCESS_PATH.exec(pathname);
      if (mine !== null && (method === 'GET' || method === 'HEAD')) {
        const boardId = parseBoardId(mine[1] ?? '');
        if (boardId === null) sendJson(response, 400, { error: 'invalid board id' });
        else await describeAccess(request, response, boardId);
        return true;
      }
      const links = LINKS_PATH.exec(pathname);
      if (links !== null) {
        const boardId = parseBoardId(links[1] ?? '');
        if (boardId === null) sendJson(response, 400, { error: 'invalid board id' });
        else await ownerRoute(request, response, boardId, links[2]);
        return true;
      }
      return false;
    } catch (error) {
      if (!(error instanceof BadRequest)) throw error;
      sendJson(response, 400, { error: error.message });
      return true;
    }
  };
}
