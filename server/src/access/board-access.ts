// What a request may do on a board, decided from its capability token (or its absence) and the role table.
// The bare board id grants nothing, with one exception kept for boards made before links existed: a board
// with no links at all whose storage already holds content opens as an editor link (LEGACY_ROLE) for
// whoever holds its URL. Its owner link is issued by an operator (src/cli/issue-owner.ts), which also
// records that bare-URL access as a revocable link, never by being first to arrive.
import type { IncomingMessage } from 'node:http';
import type { BoardId } from '../board-id.js';
import type { Authenticate, AuthResult } from '../auth.js';
import { CloseCode } from '../close-codes.js';
import type { CapabilityToken, LinkRecord } from './capabilities.js';
import { legacyLink, parseCapabilityToken, tokenMatches } from './capabilities.js';
import type { CapabilityStore } from './capability-store.js';
import { resolveBareUrl } from './capability-store.js';
import { accessOf, canManageLinks } from './roles.js';

/** The query parameter that carries a link's token on the WebSocket upgrade: `/ws/<room>?k=<token>`. */
export const TOKEN_PARAM = 'k';

export type LinkVerdict =
  | { readonly kind: 'link'; readonly link: LinkRecord }
  | { readonly kind: 'revoked'; readonly link: LinkRecord }
  | { readonly kind: 'none' };

export interface BoardAccessOptions {
  readonly store: CapabilityStore;
  /** Whether storage holds anything for the board (a board from before links); absent: never. */
  readonly hasContent?: (boardId: BoardId) => Promise<boolean>;
  readonly now?: () => number;
}

export class BoardAccess {
  constructor(private readonly options: BoardAccessOptions) {}

  get store(): CapabilityStore {
    return this.options.store;
  }

  /** The link a token (or, null, the bare URL) opens on this board. */
  async verdict(boardId: BoardId, token: CapabilityToken | null): Promise<LinkVerdict> {
    const links = await this.options.store.list(boardId);
    if (token !== null) {
      const link = links.find((candidate) => tokenMatches(candidate, token));
      if (link === undefined) return { kind: 'none' };
      return link.revokedAt === null ? { kind: 'link', link } : { kind: 'revoked', link };
    }
    if (links.length > 0) {
      const bare = await resolveBareUrl(this.options.store, boardId);
      return bare === null || bare === undefined ? { kind: 'none' } : { kind: 'link', link: bare };
    }
    const legacy = (await this.options.hasContent?.(boardId)) === true;
    return legacy ? { kind: 'link', link: legacyLink(boardId, this.now()) } : { kind: 'none' };
  }

  /** The working link a token opens, only if it may manage the board's links (an owner link). */
  async owner(boardId: BoardId, token: CapabilityToken | null): Promise<LinkRecord | null> {
    if (token === null) return null;
    const verdict = await this.verdict(boardId, token);
    return verdict.kind === 'link' && canManageLinks(verdict.link.role) ? verdict.link : null;
  }

  /** The WebSocket hook: the room's access for the link in `?k=`, or a close code that says why not. */
  readonly authenticate: Authenticate = async ({ boardId, room = 'board', request }): Promise<AuthResult> => {
    const token = tokenOf(request);
    const verdict = await this.verdict(boardId, token);
    if (verdict.kind === 'revoked') return { ok: false, code: CloseCode.LINK_REVOKED, reason: 'this link was revoked' };
    if (verdict.kind === 'none') {
      return { ok: false, code: CloseCode.UNAUTHORIZED, reason: token === null ? 'a link with a capability is needed' : 'unknown link' };
    }
    const { link } = verdict;
    const access = accessOf(link.role, room);
    if (access === 'none') return { ok: false, code: CloseCode.FORBIDDEN, reason: `a ${link.role} link cannot open the ${room} room` };
    return { ok: true, access, role: link.role, linkId: link.id };
  };

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }
}

/** The token in the upgrade's `?k=` (malformed counts as none). */
export function tokenOf(request: IncomingMessage | undefined): CapabilityToken | null {
  if (request?.url === undefined) return null;
  return parseCapabilityToken(new URL(request.url, 'http://localhost').searchParams.get(TOKEN_PARAM));
}

/** The token in an HTTP request's `Authorization: Bearer <token>` header. */
export function bearerTokenOf(request: IncomingMessage): CapabilityToken | null {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9_-]+)$/.exec(header) : null;
  return parseCapabilityToken(match?.[1]);
}
