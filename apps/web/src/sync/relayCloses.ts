// What the relay's close codes (server/README.md "Close codes") mean to the person at the board. Some end
// the connection for good (y-websocket stops retrying, `closed` event): a revoked link, a board that is
// full, a change too large to store, a refusal. Others are the relay's limits, after which the tab
// reconnects on its own and resends what it has (`connection-close` event): flooding (4429), changes
// that waited for edits the relay never got (4408), a connection that could not keep up (4409). Each
// gets words that say what happened and what to do; the codes stay in the console.

/** Why the relay ended this tab's connection for good. */
export type FinalClose = 'revoked' | 'board-full' | 'change-too-large' | 'refused';

/** Which of the relay's limits closed the connection this tab is reconnecting from. */
export type LimitClose = 'rate-limited' | 'resyncing' | 'falling-behind';

/** Close codes of server/src/close-codes.ts that this tab explains. */
export const RELAY_CLOSE_CODES = {
  PENDING_UPDATE_TIMEOUT: 4408,
  SEND_QUEUE_OVERFLOW: 4409,
  LINK_REVOKED: 4410,
  TOO_LARGE: 4413,
  RATE_LIMITED: 4429,
} as const;

/**
 * A final close, by code and the relay's reason: 4413 says "board is full" when the board is at its size
 * cap (deleting helps) and names the update otherwise (splitting it helps).
 */
export function finalCloseOf(code: number, reason: string): FinalClose {
  if (code === RELAY_CLOSE_CODES.LINK_REVOKED) return 'revoked';
  if (code === RELAY_CLOSE_CODES.TOO_LARGE) return /^board is full/.test(reason) ? 'board-full' : 'change-too-large';
  return 'refused';
}

/** A close the tab recovers from by reconnecting, if it is one of the relay's limits. */
export function limitCloseOf(code: number | null | undefined): LimitClose | null {
  switch (code) {
    case RELAY_CLOSE_CODES.RATE_LIMITED:
      return 'rate-limited';
    case RELAY_CLOSE_CODES.PENDING_UPDATE_TIMEOUT:
      return 'resyncing';
    case RELAY_CLOSE_CODES.SEND_QUEUE_OVERFLOW:
      return 'falling-behind';
    default:
      return null;
  }
}

/** The words shown for each, in the status badge. */
export const CLOSE_MESSAGE: Readonly<Record<FinalClose | LimitClose, string>> = {
  revoked: 'This link was revoked by the board’s owner',
  'board-full':
    'This board is full, so your latest changes were not saved. Delete components you no longer need and reload, or start a new board for the rest.',
  'change-too-large': 'That change was too large to save. Reload, then paste or import it in smaller parts.',
  refused: 'Refused by the server — reload to try again',
  'rate-limited': 'Too many changes at once: reconnecting in a moment. Nothing you made is lost while this tab stays open.',
  'resyncing': 'Reconnecting to resend changes the server was missing. Keep this tab open until it says Connected.',
  'falling-behind': 'Your connection could not keep up with this board: reconnecting. If this keeps happening, check your network.',
};
