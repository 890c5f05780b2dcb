// What a call's labels say, as the board's chips do (apps/web callAnnotations.ts): fan-out, share of
// requests, traffic class, retries, optional, parallel group, its split branch and the user's own label;
// and the network tier when the call crosses a zone, a region or a continent (the rule the engine uses).
import { NETWORK_LATENCIES, networkTier } from '@napkin/catalog';
import type { Placement } from '@napkin/catalog';
import type { BoardFile, BoardFileCall } from '@napkin/fields';

/** At most three significant digits, no trailing zeros: 30, 2.5, 0.125. */
function formatCount(value: number): string {
  return String(Number(value.toPrecision(3)));
}

export function callLabels(call: BoardFileCall): string[] {
  const labels: string[] = [];
  // Unset is the engine's default (one call, every request, all traffic), which needs no label either.
  if (call.callsPerRequest !== undefined && call.callsPerRequest !== 1) labels.push(`×${formatCount(call.callsPerRequest)}`);
  if (call.fraction !== undefined && call.fraction !== 1) labels.push(`${formatCount(call.fraction * 100)} %`);
  if (call.traffic !== undefined && call.traffic !== 'all') labels.push(call.traffic === 'read' ? 'reads' : 'writes');
  if (call.retries !== undefined && call.retries > 0) labels.push(`↻${call.retries}`);
  if (call.optional === true) labels.push('optional');
  if (call.parallelGroup !== undefined) labels.push(`∥ ${call.parallelGroup}`);
  if (call.alternative !== undefined) {
    const share = call.share === undefined ? '' : ` ${formatCount(call.share * 100)} %`;
    labels.push(`split ${call.alternative}${share}${call.failover === false ? ', no failover' : ''}`);
  }
  if (call.label !== undefined && call.label !== '') labels.push(call.label);
  return labels;
}

/** Each component's placement (its availability zone or data centre, and region) from the file's zones. */
export function placementsOf(file: BoardFile): ReadonlyMap<string, Placement> {
  const zones = new Map(file.zones.map((zone) => [zone.id, zone]));
  const placements = new Map<string, Placement>();
  for (const component of file.components) {
    const placement: Placement = { host: component.id };
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

/** "cross-zone +1 ms"; null inside one zone, which every call pays and would only clutter. */
export function networkLabel(call: BoardFileCall, placements: ReadonlyMap<string, Placement>): string | null {
  const tier = networkTier(placements.get(call.from) ?? {}, placements.get(call.to) ?? {});
  if (tier === 'same-host' || tier === 'same-zone') return null;
  return `${tier} +${NETWORK_LATENCIES[tier].rtt.value} ms`;
}
