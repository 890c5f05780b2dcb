// Cursor colours distinct within a board: each participant wears a palette slot no one else wears.
// Joining, a tab takes the smallest free slot among the colours in the awareness states. People who
// join at the same moment may take the same slot before they see each other; then the lowest client
// id keeps it and the others move on, each to a different free slot by their order, so one exchange
// of awareness usually settles it. A slot is kept for the whole visit: colours never shuffle when
// someone leaves.
import { colourForClient, PALETTE } from './identity';
import type { Colour } from './identity';

/**
 * The colour this tab should wear, given the one it wears now (null before it has one) and the
 * colours its peers wear, by client id.
 */
export function settleColour(selfId: number, current: string | null, peers: ReadonlyMap<number, string>): Colour {
  const worn = new Set(peers.values());
  let rank = 0;
  const wearing = current === null ? undefined : PALETTE.find((colour) => colour === current);
  if (wearing !== undefined) {
    const sharing = [...peers].filter(([, colour]) => colour === wearing).map(([id]) => id);
    if (sharing.every((id) => id > selfId)) return wearing;
    // The lowest id keeps the slot; the rest take the free slots in their id order.
    rank = [...sharing, selfId].sort((a, b) => a - b).indexOf(selfId) - 1;
  }
  const free = PALETTE.filter((colour) => !worn.has(colour));
  if (free.length === 0) return colourForClient(selfId);
  return free[Math.min(rank, free.length - 1)] ?? colourForClient(selfId);
}
