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
  /** The board id in `/ws/<boardId>` does not match `[A-Za-z0-9_-]{16,64}`. */
  INVALID_BOARD_ID: 4404,
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
  [CloseCode.INVALID_BOARD_ID]: 'board id must match [A-Za-z0-9_-]{16,64}',
  [CloseCode.STORAGE_UNAVAILABLE]: 'storage failed for this board; reconnect later',
};
