// Every connection passes through this hook before it joins a room. The server's hook is
// `BoardAccess.authenticate` (src/access/board-access.ts: capability links and the role table); another
// policy is another function, without restructuring the relay.
import type { IncomingMessage } from 'node:http';
import type { RoomKind, Role } from './access/roles.js';
import type { BoardId } from './board-id.js';

export type AuthResult =
  | {
      readonly ok: true;
      readonly userId?: string;
      /** `read`: the socket may not change the room (reader-guard.ts); absent means `write`. */
      readonly access?: 'read' | 'write';
      readonly role?: Role;
      /** The link the socket came in with: revoking it closes the socket (live-links.ts). */
      readonly linkId?: string;
    }
  | { readonly ok: false; readonly code: number; readonly reason: string };

export interface AuthRequest {
  readonly boardId: BoardId;
  /** Which of the board's rooms (`/ws/<boardId>~<room>`); absent means the board itself. */
  readonly room?: RoomKind;
  /** The HTTP upgrade request (headers, cookies, query); absent for in-memory test sockets. */
  readonly request?: IncomingMessage;
}

export type Authenticate = (request: AuthRequest) => Promise<AuthResult>;

/** Admits everyone as a writer: for relay-core tests and embedders with their own gate in front. */
export const admitEveryone: Authenticate = async () => ({ ok: true });
