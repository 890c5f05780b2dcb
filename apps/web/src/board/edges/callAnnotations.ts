// What a call's labels say. Its network tier, derived from where its two ends sit among the zones —
// the same rule the engine applies (innermost availability zone or data centre, then region; distinct components
// are at least "same-zone"), so the label on a call matches the latency the analysis adds. Pure.
import { NETWORK_LATENCIES, networkTier } from '@napkin/catalog';
import type { NetworkTier, Placement } from '@napkin/catalog';
import { toBoardFile } from '@napkin/doc';
import type { BoardCall, BoardSnapshot } from '@napkin/doc';
import type { Branch } from '../../alternatives/split';

export interface CallTier {
  readonly tier: NetworkTier;
  readonly rttMs: number;
  /** Where the caller and the callee sit (zone and region ids), which decided the tier. */
  readonly from: Placement;
  readonly to: Placement;
}

/** Each component's placement, from the zone membership `toBoardFile` derives from geometry. */
export function placementsOf(snapshot: BoardSnapshot): ReadonlyMap<string, Placement> {
  const file = toBoardFile(snapshot);
  const zones = new Map(file.zones.map((zone) => [zone.id, zone]));
  const placements = new Map<string, Placement>();
  for (const component of file.components) {
    const placement: Placement = { host: component.id };
    // Parent links never form a cycle (toBoardFile orders them by size), but a bound costs nothing.
    let zoneId = component.zone;
    for (let depth = 0; zoneId !== undefined && depth <= zones.size; depth++) {
      const zone = zones.get(zoneId);
      if (zone === undefined) break;
      if ((zone.level === 'availability-zone' || zone.level === 'data-centre') && placement.zone === undefined) placement.zone = zone.id;
      if (zone.level === 'region' && placement.region === undefined) placement.region = zone.id;
      zoneId = zone.parent;
    }
    placements.set(component.id, placement);
  }
  return placements;
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
export function tierLabel({ tier, rttMs }: CallTier): string | null {
  switch (tier) {
    case 'same-host':
    case 'same-zone':
      return null;
    case 'cross-zone':
    case 'cross-region':
    case 'cross-continent':
      return `${tier} +${rttMs} ms`;
    default: {
      const unknown: never = tier;
      return unknown;
    }
  }
}

// The small labels that make a call's nature readable on the canvas: fan-out, fraction, traffic
// class, retries, optional, and the user's own label.
export function callLabels(call: BoardCall): string[] {
  const labels: string[] = [];
  // Unset is the engine's default (one call, every request, all traffic), which needs no label either.
  if (call.callsPerRequest !== undefined && call.callsPerRequest !== 1) labels.push(`×${formatCount(call.callsPerRequest)}`);
  if (call.fraction !== undefined && call.fraction !== 1) labels.push(`${formatCount(call.fraction * 100)} %`);
  if (call.traffic !== undefined && call.traffic !== 'all') labels.push(call.traffic === 'read' ? 'reads' : 'writes');
  if (call.retries !== undefined && call.retries > 0) labels.push(`↻${call.retries}`);
  if (call.optional === true) labels.push('optional');
  if (call.parallelGroup !== undefined) labels.push(`∥ ${call.parallelGroup}`);
  if (call.label !== undefined && call.label !== '') labels.push(call.label);
  return labels;
}

/**
 * A branch of a split says what share of the caller's requests it takes ("split 50 %", words rather than a
 * fork glyph that many fonts lack); a 0 % branch that takes over is a standby, and one that does not fail
 * over says so (its share fails with its target).
 */
export function branchLabels(branch: Branch): string[] {
  const share = branch.share === 0 && branch.failover ? 'standby' : `split ${formatCount(branch.share * 100)} %`;
  return branch.failover ? [share] : [share, 'no failover'];
}

/** At most three significant digits, no trailing zeros: 30, 2.5, 0.125. */
function formatCount(value: number): string {
  return String(Number(value.toPrecision(3)));
}
