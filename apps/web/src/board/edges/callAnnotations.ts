// What a call's labels say. Its network tier, derived from where its two ends sit among the zones —
// the same rule the engine applies (innermost availability zone or data centre, then region; distinct components
// are at least "same-zone"), so the label on a call matches the latency the analysis adds. Pure.
import { NETWORK_LATENCIES, networkTier } from '@napkin/catalog';
import type { NetworkTier, Placement } from '@napkin/catalog';
import { toBoardFile } from '@napkin/doc';
import type { BoardSnapshot } from '@napkin/doc';
import { placementsOf as placementsInFile, tierLabel as labelOfTier } from '@napkin/render';

// The chips' words are the renderer's (one pure function for the board and the exports).
export { branchLabels, callLabels } from '@napkin/render';

export interface CallTier {
  readonly tier: NetworkTier;
  readonly rttMs: number;
  /** Where the caller and the callee sit (zone and region ids), which decided the tier. */
  readonly from: Placement;
  readonly to: Placement;
}

/** Each component's placement, from the zone membership `toBoardFile` derives from geometry. */
export function placementsOf(snapshot: BoardSnapshot): ReadonlyMap<string, Placement> {
  return placementsInFile(toBoardFile(snapshot));
}

export function callTiers(snapshot: BoardSnapshot): ReadonlyMap<string, CallTier> {
  const placements = placementsOf(snapshot);
  const tiers = new Map<string, CallTier>();
  for (const call of snapshot.calls) {
    const from = placements.get(call.from) ?? {};
    const to = placements.get(call.to) ?? {};
    const tier = networkTier(from, to);
    tiers.set(call.id, { tier, rttMs: NETWORK_LATENCIES[tier].rtt.value, from, to });
  }
  return tiers;
}

/** "cross-zone +1 ms"; nothing for hops inside one zone, which every call pays and would only clutter. */
export function tierLabel({ tier }: CallTier): string | null {
  return labelOfTier(tier);
}
