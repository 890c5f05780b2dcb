// The network round trips a call's visits meet. A component spread over zones runs instances in each of
// them, and a visit meets one of its running instances, uniformly (as the oracle draws it): a call into
// it crosses zones as often as its instances sit elsewhere. So the hop is a mix of tiers, weighted by
// the instances each zone runs; a spread caller's end is mixed the same way, independently of where
// its own caller met it. The mix depends on the spread's zones and counts only, never on the order the
// board lists them in or lists its components in: it is sorted by round trip.
import type { Millis, Placement } from '@napkin/catalog';
import type { NetworkShare, ResolvedComponent, ResolvedZone, ZoneId } from './graph';
import { ms } from './graph';
import { anyZoneLost } from './spread';

export type { NetworkShare } from './graph';


export interface NetworkHopPort {
  hop(from: Placement, to: Placement): { readonly tier: string; readonly rttMs: number };
}

interface End {
  readonly placement: Placement;
  readonly weight: number;
}

/**
 * A spread component's ends, worked out once per resolution (a component object lives in one): every
 * call into or out of it needs them, each with a placement per part.
 */
const endsMemo = new WeakMap<ResolvedComponent, End[]>();

/** Where a component's visits land: its one placement, or each running part of its spread by its instances. */
function endsOf(
  component: ResolvedComponent,
  zones: ReadonlyMap<ZoneId, ResolvedZone>,
  placeAt: (id: string, chain: readonly ZoneId[]) => Placement,
): readonly End[] {
  const spread = component.spread;
  if (spread === undefined || spread.length < 2) return [{ placement: component.placement, weight: 1 }];
  let known = endsMemo.get(component);
  if (known === undefined) {
    known = spreadEnds(component.id, spread, zones, placeAt);
    endsMemo.set(component, known);
  }
  return known;
}

function spreadEnds(
  id: string,
  spread: NonNullable<ResolvedComponent['spread']>,
  zones: ReadonlyMap<ZoneId, ResolvedZone>,
  placeAt: (id: string, chain: readonly ZoneId[]) => Placement,
): End[] {
  // The instances the what-if leaves; with none left, where they would run (the component is down anyway).
  const running = spread.filter((part) => !anyZoneLost(part.chain, zones));
  const parts = running.length > 0 ? running : spread;
  const total = parts.reduce((sum, part) => sum + part.instances, 0);
  return parts.map((part) => ({ placement: placeAt(id, part.chain), weight: total > 0 ? part.instances / total : 1 / parts.length }));
}

/** A tier's share of the visits while they are added up. */
interface TierShare {
  readonly tier: string;
  readonly ms: Millis;
  share: number;
}

/**
 * The call's round trips by tier, sorted by round trip; its mean (what a single figure shows) and the
 * tier most of its visits take (the farther one on a tie). `mix` is undefined when every visit pays the same.
 */
export function networkMix(
  from: ResolvedComponent,
  to: ResolvedComponent,
  zones: ReadonlyMap<ZoneId, ResolvedZone>,
  catalog: NetworkHopPort,
  placeAt: (id: string, chain: readonly ZoneId[]) => Placement,
): { readonly mix: readonly NetworkShare[] | undefined; readonly ms: Millis; readonly tier: string } {
  // Neither end spread over two zones or more (most calls): one hop, nothing to mix.
  if ((from.spread?.length ?? 0) < 2 && (to.spread?.length ?? 0) < 2) {
    const hop = catalog.hop(from.placement, to.placement);
    return { mix: undefined, ms: ms(hop.rttMs), tier: hop.tier };
  }
  // A few ends a side and two or three tiers: a list in first-met order, not a map and its entries
  // (a spread end on the bench board's 1,000 components meets this for a few hundred calls).
  const mix: TierShare[] = [];
  for (const a of endsOf(from, zones, placeAt))
    for (const b of endsOf(to, zones, placeAt)) {
      const hop = catalog.hop(a.placement, b.placement);
      const known = mix.find((part) => part.tier === hop.tier);
      if (known) known.share += a.weight * b.weight;
      else mix.push({ tier: hop.tier, ms: ms(hop.rttMs), share: a.weight * b.weight });
    }
  mix.sort((x, y) => x.ms - y.ms || x.tier.localeCompare(y.tier));
  const mean = mix.reduce((sum, part) => sum + part.share * part.ms, 0);
  const main = mix.reduce((best, part) => (part.share >= best.share - 1e-12 ? part : best), mix[0] as NetworkShare);
  return { mix: mix.length > 1 ? mix : undefined, ms: ms(mix.length > 1 ? mean : main.ms), tier: main.tier };
}
