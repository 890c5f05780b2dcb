// What a call's chips say, on the board (apps/web CallEdge.tsx) and in every export alike: fan-out, share
// of requests, traffic class, retries, optional, parallel group and the user's own label; a split
// branch's share of its caller's requests; and the network tier when the call crosses a zone, a region or
// a continent (the rule the engine uses). Pure.
import { normaliseWeights } from '@napkin/analysis';
import { NETWORK_LATENCIES, networkTier } from '@napkin/catalog';
import type { NetworkTier, Placement } from '@napkin/catalog';
import type { BoardFile, BoardFileCall } from '@napkin/fields';

/** What the chips read of a call: a board file's call and the live board's call both have these. */
export type CallLabelFields = Pick<BoardFileCall, 'callsPerRequest' | 'fraction' | 'traffic' | 'retries' | 'optional' | 'parallelGroup' | 'label'>;

/** At most three significant digits, no trailing zeros: 30, 2.5, 0.125. */
function formatCount(value: number): string {
  return String(Number(value.toPrecision(3)));
}

export function callLabels(call: CallLabelFields): string[] {
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

/** A split branch as its chips need it: its share of the group's requests (0–1, the group sums to 1). */
export interface BranchShare {
  readonly share: number;
  /** Unset on the call means true: a lost branch's share goes to the survivors. */
  readonly failover: boolean;
}

/**
 * A branch of a split says what share of the caller's requests it takes ("split 50 %", words rather than a
 * fork glyph that many fonts lack); a 0 % branch that takes over is a standby, and one that does not fail
 * over says so (its share fails with its target).
 */
export function branchLabels(branch: BranchShare): string[] {
  const share = branch.share === 0 && branch.failover ? 'standby' : `split ${formatCount(branch.share * 100)} %`;
  return branch.failover ? [share] : [share, 'no failover'];
}

/**
 * Each branch's share, by call id: calls from one caller naming the same `alternative` are one split, and
 * their shares are the engine's weights (`normaliseWeights`: unset ones share what the set ones leave).
 */
export function branchShares(calls: readonly BoardFileCall[]): ReadonlyMap<string, BranchShare> {
  const groups = new Map<string, BoardFileCall[]>();
  for (const call of calls) {
    if (call.alternative === undefined) continue;
    const key = `${call.from} ${call.alternative}`;
    groups.set(key, [...(groups.get(key) ?? []), call]);
  }
  const shares = new Map<string, BranchShare>();
  for (const members of groups.values()) {
    const weights = normaliseWeights(members.map((call) => call.share));
    members.forEach((call, index) => shares.set(call.id, { share: weights[index] ?? 0, failover: call.failover !== false }));
  }
  return shares;
}

/** A call's chips in the board's order: its split share first, then its own labels. */
export function chipLabels(call: CallLabelFields, branch: BranchShare | undefined): string[] {
  return [...(branch === undefined ? [] : branchLabels(branch)), ...callLabels(call)];
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
export function tierLabel(tier: NetworkTier): string | null {
  if (tier === 'same-host' || tier === 'same-zone') return null;
  return `${tier} +${NETWORK_LATENCIES[tier].rtt.value} ms`;
}

export function networkLabel(call: BoardFileCall, placements: ReadonlyMap<string, Placement>): string | null {
  return tierLabel(networkTier(placements.get(call.from) ?? {}, placements.get(call.to) ?? {}));
}
