// Every close code the relay sends, with its meaning, in one table (also in README.md).
// y-websocket clients treat 4400–4499 as permanent ("do not reconnect") and everything else as transient,
// so a code's range is a decision about whether the client should retry.

export const CloseCode = {
  /** Server is shutting down (SIGTERM) or restarting; the client reconnects. */
  GOING_AWAY: 1001,
  /** A frame exceeded the relay's frame limit (`maxFrameBytes`); sent by `ws` itself via `maxPayload`. */
  MESSAGE_TOO_BIG: 1009,
  /** Unexpected error while serving this connection; the client reconnects. */
  INTERNAL_ERROR: 1011,
  /** A frame failed to decode: bad varint, unknown message type, malformed Yjs or awareness update. */
  MALFORMED_MESSAGE: 4400,
  /** The authentication hook refused the connection (default code; the hook may pick another 44xx). */
  UNAUTHORIZED: 4401,
  /** The link may not do this: its role has no access to the room, or a reader sent a change. */
  FORBIDDEN: 4403,
  /** The board id in `/ws/<boardId>` does not match `[A-Za-z0-9_-]{16,64}`. */
  INVALID_BOARD_ID: 4404,
  /** Updates waited too long (or too many) for predecessors the board never got; they were refused. */
  PENDING_UPDATE_TIMEOUT: 4408,
  /** More bytes were queued for this socket than the send queue limit: it does not read fast enough. */
  SEND_QUEUE_OVERFLOW: 4409,
  /** An update or awareness frame over its size limit, or a write to a board at its size cap. */
  TOO_LARGE: 4413,
  /** This socket, or its board, sent more frames or bytes per second than the rate limits allow. */
  RATE_LIMITED: 4429,
  /** The link this socket came in with was revoked by the board's owner (on any relay instance). */
  LINK_REVOKED: 4410,
  /** Storage could not load or durably append for this board; retrying later may succeed. */
  STORAGE_UNAVAILABLE: 4503,
} as const;

export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Human-readable meanings, used in logs and in the README table. */
export const CLOSE_CODE_MEANINGS: Readonly<Record<CloseCode, string>> = {
  [CloseCode.GOING_AWAY]: 'server shutting down; reconnect',
  [CloseCode.MESSAGE_TOO_BIG]: 'frame larger than the frame limit',
  [CloseCode.INTERNAL_ERROR]: 'unexpected server error on this connection; reconnect',
  [CloseCode.MALFORMED_MESSAGE]: 'frame failed to decode; never applied or stored',
  [CloseCode.UNAUTHORIZED]: 'authentication hook refused the connection',
  [CloseCode.FORBIDDEN]: "the link's role may not open this room, or may only read it",
  [CloseCode.LINK_REVOKED]: 'the link was revoked by the board owner',
  [CloseCode.INVALID_BOARD_ID]: 'board id must match [A-Za-z0-9_-]{16,64}',
  [CloseCode.PENDING_UPDATE_TIMEOUT]: 'updates depended on edits the board never got; refused',
  [CloseCode.SEND_QUEUE_OVERFLOW]: 'too much queued for a socket that does not read; reconnect',
  [CloseCode.TOO_LARGE]: 'update or awareness frame too large, or the board is full; the reason says which',
  [CloseCode.RATE_LIMITED]: 'too many frames or bytes per second from the socket or on the board; reconnect later',
  [CloseCode.STORAGE_UNAVAILABLE]: 'storage failed for this board; reconnect later',
};
