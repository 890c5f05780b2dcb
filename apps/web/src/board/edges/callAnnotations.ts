// What a call's labels say. Its network tier, derived from where its two ends sit among the zones —
// the same rule the engine applies (innermost availability zone or data centre, then region; distinct components
// are at least "same-zone"), so the label on a call matches the latency the analysis adds. Pure.
import { NETWORK_LATENCIES, networkTier } from '@napkin/catalog';
import type { NetworkTier, Placement } from '@napkin/catalog';
import { toBoardFile } from '@napkin/doc';
import type { BoardSnapshot } from '@napkin/doc';
import type { BoardFile } from '@napkin/fields';
import { placementsOf as placementsInFile, tierLabel as labelOfTier } from '@napkin/render';

// The chips' words are the renderer's (one pure function for the board and the exports).
export { branchLabels, callLabels } from '@napkin/render';

export interface CallTier {
  readonly tier: NetworkTier;
  readonly rttMs: number;
  /** Where the caller and the callee sit (zone and region ids), which decided the tier. */
  readonly from: Placement;
  readonly to: Placement;
  /**
   * When an end spreads its instances over zones: the tiers the call's visits take, each with its
   * share (a visit meets one running instance, uniformly), sorted by round trip. `tier` is then the one
   * most visits take (the farther on a tie) and `rttMs` their mean, as the engine counts them
   * (analysis model/network-mix.ts).
   */
  readonly mix?: ReadonlyArray<{ readonly tier: NetworkTier; readonly rttMs: number; readonly share: number }>;
}

/** Each component's placement, from the zone membership `toBoardFile` derives from geometry. */
export function placementsOf(snapshot: BoardSnapshot): ReadonlyMap<string, Placement> {
  return placementsInFile(toBoardFile(snapshot));
}

/** "eu-a eu-b" evenly (the remainder to the first), "eu-a:2 eu-b:1" as counted; uncounted zones split what the counts leave. */
function spreadParts(spread: string, instances: number): Array<{ zone: string; instances: number }> {
  const tokens = spread.split(/[\s,]+/).filter((token) => token !== '').map((token) => {
    const [zone = '', count] = token.split(':');
    return { zone, count: count === undefined ? undefined : Number(count) };
  });
  const counted = tokens.reduce((sum, token) => sum + (token.count ?? 0), 0);
  const uncounted = tokens.filter((token) => token.count === undefined).length;
  const left = Math.max(0, instances - counted);
  let rank = 0;
  return tokens.map((token) => {
    if (token.count !== undefined) return { zone: token.zone, instances: token.count };
    const even = Math.floor(left / uncounted) + (rank < left % uncounted ? 1 : 0);
    rank += 1;
    return { zone: token.zone, instances: even };
  });
}

/** Where a component's visits land, with their weights: its one placement, or each running zone of its spread by its instances. */
function endsOf(file: BoardFile, id: string, placements: ReadonlyMap<string, Placement>): Array<{ placement: Placement; weight: number }> {
  const component = file.components.find((c) => c.id === id);
  const own = [{ placement: placements.get(id) ?? {}, weight: 1 }];
  if (component?.spread === undefined) return own;
  const zones = new Map(file.zones.map((zone) => [zone.id, zone]));
  const lost = (zoneId: string) => {
    for (let at: string | undefined = zoneId, depth = 0; at !== undefined && depth <= zones.size; depth++) {
      const zone = zones.get(at);
      if (zone === undefined) return false;
      if (zone.down === true) return true;
      at = zone.parent;
    }
    return false;
  };
  const all = spreadParts(component.spread, component.instances ?? 1).filter((part) => part.instances > 0 && zones.has(part.zone));
  const running = all.filter((part) => !lost(part.zone));
  const parts = running.length > 0 ? running : all;
  if (parts.length < 2) return own;
  // Each part placed as a component drawn in its zone (the renderer's rule), on the component's host.
  const placed = placementsInFile({ ...file, components: parts.map((part) => ({ ...component, id: `${id}\u0000${part.zone}`, zone: part.zone, spread: undefined })) });
  const total = parts.reduce((sum, part) => sum + part.instances, 0);
  return parts.map((part) => ({ placement: { ...(placed.get(`${id}\u0000${part.zone}`) ?? {}), host: id }, weight: part.instances / total }));
}

export function callTiers(snapshot: BoardSnapshot): ReadonlyMap<string, CallTier> {
  const file = toBoardFile(snapshot);
  const placements = placementsInFile(file);
  const tiers = new Map<string, CallTier>();
  for (const call of snapshot.calls) {
    const from = placements.get(call.from) ?? {};
    const to = placements.get(call.to) ?? {};
    const byTier = new Map<NetworkTier, number>();
    for (const a of endsOf(file, call.from, placements))
      for (const b of endsOf(file, call.to, placements)) {
        const tier = networkTier(a.placement, b.placement);
        byTier.set(tier, (byTier.get(tier) ?? 0) + a.weight * b.weight);
      }
    const mix = [...byTier].map(([tier, share]) => ({ tier, rttMs: NETWORK_LATENCIES[tier].rtt.value, share })).sort((x, y) => x.rttMs - y.rttMs);
    if (mix.length < 2) {
      const tier = mix[0]?.tier ?? networkTier(from, to);
      tiers.set(call.id, { tier, rttMs: NETWORK_LATENCIES[tier].rtt.value, from, to });
      continue;
    }
    const main = mix.reduce((best, part) => (part.share >= best.share - 1e-12 ? part : best));
    const mean = mix.reduce((sum, part) => sum + part.share * part.rttMs, 0);
    tiers.set(call.id, { tier: main.tier, rttMs: mean, from, to, mix });
  }
  return tiers;
}

/**
 * "cross-zone +1 ms"; nothing for hops inside one zone, which every call pays and would only clutter.
 * Into (or from) a spread, the farthest tier some visits take and their share: "cross-zone +1 ms (50 % of calls)".
 */
export function tierLabel({ tier, mix }: CallTier): string | null {
  if (mix === undefined) return labelOfTier(tier);
  const farthest = mix[mix.length - 1];
  const label = farthest ? labelOfTier(farthest.tier) : null;
  if (!farthest || label === null) return null;
  return `${label} (${Math.round(farthest.share * 100)} % of calls)`;
}
