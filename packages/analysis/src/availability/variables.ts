// Which random variables of a flow the exact evaluation conditions on. A component or zone the flow
// reaches more than once is shared: multiplying its occurrences would count it twice, so it is
// enumerated (conditioned on) instead. Most-shared first, within the work budget; what does not fit is
// treated as independent, and the result says so (a lower bound, or an estimate when alternatives with
// failover make success fall as well as rise with a target's health).
import type { ComponentId, Graph, ZoneId } from '../model/graph';
import type { Structure } from './structure';
import { zonesOf } from './structure';

/**
 * Every node's own parts, one array each (a flow of a thousand nodes is evaluated 80 times an analysis):
 * H (health, for a group's target), s (serving given healthy), and for a spread node, whose tables
 * decide its parts, the per-instance availability (it is dependent when shared and a ∈ (0, 1)).
 */
export interface NodeParts {
  /** P(healthy): 1 for a node no group routes to. */
  readonly health: Float64Array;
  /** P(serves | healthy): P(up) itself for a node no group routes to. */
  readonly serve: Float64Array;
  readonly spread: Uint8Array;
  readonly instanceAvailability: Float64Array;
  /** Whether any node is spread (then the general enumeration runs). */
  readonly anySpread: boolean;
}

export interface Conditioning {
  /** Per node: the bits of its health and serving parts, −1 when not conditioned. */
  readonly healthBit: Int32Array;
  readonly serveBit: Int32Array;
  /** Per node: whether it is a spread node whose bits are conditioned (their probabilities follow its zones' bits). */
  readonly dependent: Uint8Array;
  readonly zoneBit: Map<ZoneId, number>;
  /** Per bit: its probability when independent (NaN for a dependent node's bits). */
  readonly probability: number[];
  /** Per bit: the dependent node it belongs to (−1 otherwise), and whether it is that node's health bit. */
  readonly dependentOf: number[];
  readonly dependentHealth: number[];
  readonly bits: number;
  /** Bits every shared variable would take (a group's target: health and serving; a zone or component: one). */
  readonly shared: number;
  readonly exact: boolean;
}

const uncertain = (q: number) => q > 0 && q < 1;

interface Candidate {
  readonly weight: number;
  readonly node: number;
  readonly zone: ZoneId | undefined;
  readonly bits: number;
}

export function chooseConditioned(
  graph: Graph,
  s: Structure,
  parts: NodeParts,
  entry: ComponentId,
  budgetBits: number,
  zoneUp: (zone: ZoneId) => number,
): Conditioning {
  const candidates: Candidate[] = [];
  for (let i = 0; i < s.nodes.length; i++) {
    const occ = s.occurrences[i] as number;
    if (occ <= 1 + 1e-9 || s.nodes[i] === entry) continue;
    const bits =
      parts.spread[i] === 1
        ? uncertain(parts.instanceAvailability[i] as number)
          ? s.targets[i] === 1
            ? 2
            : 1
          : 0
        : (s.targets[i] === 1 && uncertain(parts.health[i] as number) ? 1 : 0) + (uncertain(parts.serve[i] as number) ? 1 : 0);
    if (bits > 0) candidates.push({ weight: occ, node: i, zone: undefined, bits });
  }
  for (const [zone, occ] of s.zoneOccurrences) {
    if (occ > 1 + 1e-9 && uncertain(zoneUp(zone))) candidates.push({ weight: occ, node: -1, zone, bits: 1 });
  }
  candidates.sort((a, b) => b.weight - a.weight);
  let used = 0;
  let taken = 0;
  for (const candidate of candidates) {
    if (used + candidate.bits > budgetBits) break;
    used += candidate.bits;
    taken += 1;
  }
  const chosen = candidates.slice(0, taken);
  const zonesChosen = new Set(chosen.filter((c) => c.zone !== undefined).map((c) => c.zone as ZoneId));
  // A spread node's bits follow its zones' bits, so they can be conditioned only together with every uncertain zone of it.
  const kept = chosen.filter(
    (c) =>
      c.zone !== undefined ||
      parts.spread[c.node] !== 1 ||
      zonesOf(graph, s.nodes[c.node] as ComponentId).every(
        (zone) => zonesChosen.has(zone) || !uncertain(zoneUp(zone)),
      ),
  );
  const shared = candidates.reduce((sum, candidate) => sum + candidate.bits, 0);
  return assignBits(s, parts, kept, candidates.length === kept.length, shared, zoneUp);
}

function assignBits(
  s: Structure,
  parts: NodeParts,
  kept: readonly Candidate[],
  exact: boolean,
  shared: number,
  zoneUp: (zone: ZoneId) => number,
): Conditioning {
  const n = s.nodes.length;
  const healthBit = new Int32Array(n).fill(-1);
  const serveBit = new Int32Array(n).fill(-1);
  const dependent = new Uint8Array(n);
  const zoneBit = new Map<ZoneId, number>();
  const probability: number[] = [];
  const dependentOf: number[] = [];
  const dependentHealth: number[] = [];
  const add = (p: number, owner: number, isHealth: boolean) => {
    probability.push(p);
    dependentOf.push(owner);
    dependentHealth.push(isHealth ? 1 : 0);
    return probability.length - 1;
  };
  for (const candidate of kept) {
    if (candidate.zone !== undefined) {
      zoneBit.set(candidate.zone, add(zoneUp(candidate.zone), -1, false));
      continue;
    }
    const i = candidate.node;
    if (parts.spread[i] === 1) {
      dependent[i] = 1;
      if (s.targets[i] === 1) healthBit[i] = add(Number.NaN, i, true);
      serveBit[i] = add(Number.NaN, i, false);
      continue;
    }
    const health = parts.health[i] as number;
    const serve = parts.serve[i] as number;
    if (s.targets[i] === 1 && uncertain(health)) healthBit[i] = add(health, -1, false);
    if (uncertain(serve)) serveBit[i] = add(serve, -1, false);
  }
  return { healthBit, serveBit, dependent, zoneBit, probability, dependentOf, dependentHealth, bits: probability.length, shared, exact };
}
