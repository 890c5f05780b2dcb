// Every connection passes through this hook before it joins a room, so access control can be added
// later by passing a different function, without restructuring the relay.
import type { IncomingMessage } from 'node:http';
import type { BoardId } from './board-id.js';

export type AuthResult =
  | { readonly ok: true; readonly userId?: string }
  | { readonly ok: false; readonly code: number; readonly reason: string };

export interface AuthRequest {
  readonly boardId: BoardId;
  /** The HTTP upgrade request (headers, cookies, query); absent for in-memory test sockets. */
  readonly request?: IncomingMessage;
}

export type Authenticate = (request: AuthRequest) => Promise<AuthResult>;

/** Today's policy: anyone with the board link may edit it. */
export const admitEveryone: Authenticate = async () => ({ ok: true });
