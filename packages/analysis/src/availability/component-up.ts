// P(up) of one component, explained: its copies (instances, read replicas, replicated nodes), the load
// they share, and which rule applied: light load (any copy serves), k of n (fewer than k up leaves the
// survivors saturated), saturated with every copy up, and whether the component sheds load instead.
// The same model answers for fewer running instances, which is what a zone lost from a spread leaves.
import type { Explained } from '../explain/explained';
import { explained } from '../explain/explained';
import type { ResolvedComponent } from '../model/graph';
import type { ClassLoad } from '../traffic/load';
import type { Demand, ServedOutcome } from './k-of-n';
import { copiesNeeded, servedDistribution, servedShare } from './k-of-n';

export type ShedRule = 'shedsLoad' | 'rate-limiter';

/** Everything P(up) depends on, for the running instances and for fewer of them. */
export interface UpModel {
  /** Per instance; 0 when the component is marked down. */
  readonly a: number;
  /** Instances that run (a spread's zones marked down already taken off). */
  readonly instances: number;
  readonly readReplicas: number;
  /** Nodes holding the data with every running instance: max(instances + readReplicas, replicated nodes). */
  readonly dataCopies: number;
  /** A managed service's SLA covers this many copies (then they are not counted again); undefined otherwise. */
  readonly slaCovers: number | undefined;
  readonly quorum: number;
  /** In the units of `capacityRps` (a write costs capacity / writeCapacity reads). */
  readonly loadRps: number;
  readonly capacityRps: number;
  /** What the copies must carry, for servedShare (the same load, and a store's writes on its primaries). */
  readonly demand: Demand;
  readonly sheds: ShedRule | undefined;
}

/**
 * `loadRps` is the load as utilisation counts it (copyLoad). A store with read replicas is the one case
 * it is not one pool: writes stay on the primaries, so its copies must carry the reads and writes in
 * read units between them (reads + writes × capacity / writeCapacity) and its primaries the writes
 * (writes < primaries up × writeCapacity); all copies up, that is the same verdict as utilisation's.
 */
export function upModel(component: ResolvedComponent, loadRps: number, load: ClassLoad): UpModel {
  const serviceLevel = component.availabilityIsServiceLevel;
  const replicas = component.readReplicas > 0;
  const writeCapacityRps = component.writeCapacityRps ?? component.capacityRps;
  const demand: Demand = {
    loadRps: replicas ? load.read + load.write * (component.capacityRps / writeCapacityRps) : loadRps,
    capacityRps: component.capacityRps,
    writeRps: replicas ? load.write : 0,
    writeCapacityRps,
    primaries: component.instances,
    sheds: component.shedsLoad,
  };
  // Replicas placed in their boxes' zones are parts of the spread (model/replica-zones.ts): a running
  // count includes them, so they count among the instances here, and the primaries stay in `demand`.
  const placed = component.replicasInSpread ? component.readReplicas : 0;
  return {
    a: component.availability,
    instances: component.instances + placed,
    readReplicas: component.readReplicas - placed,
    // A service-level figure already covers the replicationFactor copies: only the board's instances
    // (separate deployments) and read replicas count, and the note says which copies it covers.
    dataCopies: serviceLevel ? component.instances + component.readReplicas : component.dataCopies,
    slaCovers: serviceLevel ? Math.floor(component.replicationFactor) : undefined,
    quorum: component.quorum,
    loadRps,
    capacityRps: component.capacityRps,
    demand,
    sheds: component.shedsBecause,
  };
}

/**
 * Copies with m instances running: m + readReplicas serve, and replicated nodes beyond them shrink in
 * proportion (they sit with the instances, so a lost zone takes its share of them). With none running
 * the component is down, replicas included: they are placed with its instances.
 */
function copiesWith(model: UpModel, m: number): { copies: number; serving: number } {
  if (m <= 0) return { copies: 0, serving: 0 };
  const serving = m + model.readReplicas;
  const replicated = m >= model.instances ? model.dataCopies : Math.floor((model.dataCopies * m) / model.instances);
  return { copies: Math.max(serving, replicated), serving };
}

/** Share of requests served with m instances running (every copy failing independently with 1 − a). */
export function servedAt(model: UpModel, m: number): number {
  const { copies, serving } = copiesWith(model, m);
  if (copies === 0) return 0;
  const demand = m >= model.instances ? model.demand : { ...model.demand, primaries: Math.min(model.demand.primaries, m) };
  return servedShare(model.a, copies, demand, model.quorum, serving);
}

/** The served shares servedAt(model, m) averages over, with their probabilities (shedding-arrivals.ts). */
export function servedOutcomesAt(model: UpModel, m: number): readonly ServedOutcome[] {
  let byCount = outcomesByModel.get(model);
  if (!byCount) {
    byCount = new Map();
    outcomesByModel.set(model, byCount);
  }
  const known = byCount.get(m);
  if (known) return known;
  const { copies, serving } = copiesWith(model, m);
  const demand = m >= model.instances ? model.demand : { ...model.demand, primaries: Math.min(model.demand.primaries, m) };
  const outcomes = copies === 0 ? [{ served: 0, healthy: false, p: 1 }] : servedDistribution(model.a, copies, demand, model.quorum, serving);
  byCount.set(m, outcomes);
  return outcomes;
}

/** servedOutcomesAt per model and running count: every flow and class of an analysis asks again. */
const outcomesByModel = new WeakMap<UpModel, Map<number, readonly ServedOutcome[]>>();

/**
 * P(the component is not down) with m instances running: at least one copy up. This is what a health
 * check sees, and so what decides whether an alternative fails over; a saturated component is up by it.
 */
export function healthAt(model: UpModel, m: number): number {
  const { copies } = copiesWith(model, m);
  return copies === 0 ? 0 : 1 - Math.pow(1 - model.a, copies);
}

const READ_REPLICA_NOTE = 'reads need any copy up; writes need the primary, and a replica is promoted when it fails';
const SHED_BECAUSE: Record<ShedRule, string> = { shedsLoad: 'it sheds load (shedsLoad)', 'rate-limiter': 'a rate limiter in front sheds its excess' };

/** Which rule decided P(up), in words, and the formula that goes with it. */
function rule(model: UpModel, k: number, serving: number, up: string, binomial: string, light: string) {
  const sheds = model.sheds;
  const rho = model.loadRps / (serving * model.capacityRps);
  if (model.quorum > 1) {
    return {
      name: 'quorum',
      formula: `E[served(${up}) if U ≥ quorum else 0], U ~ ${binomial}`,
      note: `a consensus group: below ${model.quorum} copies up (a majority) it serves nothing`,
    };
  }
  if (k === 1) return { name: 'light', formula: light, note: undefined };
  if (k <= serving) {
    const fewer = sheds
      ? `with fewer up the survivors are saturated and ${SHED_BECAUSE[sheds]}: u × capacity / load of requests succeed`
      : 'with fewer up the survivors are saturated: their queue grows without bound and every request fails (no partial credit)';
    return {
      name: 'k of n',
      formula: sheds
        ? `E[1 if ${up} × capacity > load else ${up} × capacity / load], U ~ ${binomial}`
        : `P(${up} × capacity > load), U ~ ${binomial}`,
      note: `k of n: the load needs k = ${k} of ${serving} serving copies (ρ < 1); ${fewer}`,
    };
  }
  return {
    name: 'saturated',
    formula: sheds ? `E[${up} × capacity / load], U ~ ${binomial}` : 'ρ ≥ 1 with every copy up: 0',
    note: sheds
      ? `saturated (ρ = ${rho.toPrecision(3)} ≥ 1) and ${SHED_BECAUSE[sheds]}: it serves its capacity, 1/ρ of requests with every copy up`
      : `saturated (ρ = ${rho.toPrecision(3)} ≥ 1) even with every copy up: its queue grows without bound and every request fails`,
  };
}

/** Why a managed service's replicationFactor copies are not in the formula: its SLA `a` covers them. */
function serviceLevelNote(copies: number, n: number, readReplicas: number): string {
  return (
    `a is the service's SLA, which already covers its ${copies} copies (replicationFactor), so they are not counted again` +
    (n > 1 ? `; each of the n = ${n} instances is a separate deployment with that SLA` : '') +
    (readReplicas > 0 ? `; ${READ_REPLICA_NOTE}` : '')
  );
}

/**
 * P(up) with every running instance, explained. The failover model follows the playbook: replicas are
 * the failover candidates (seed 002, 10.1) and a database replica is promoted automatically when the
 * primary fails (seed 003, Reliability & Resilience). So a read succeeds while any copy is up, and a
 * write too, on a promoted replica; the copies count as n + replicas interchangeable instances, each
 * serving `capacity` of the load. A stateful kind whose replicationFactor exceeds n + replicas keeps its
 * data on that many nodes: they fail over the same way, but only n + replicas serve at once.
 */
export function componentUp(model: UpModel): Explained {
  const { a, instances: n, readReplicas, dataCopies, quorum, loadRps, capacityRps } = model;
  const serving = n + readReplicas;
  const replicated = dataCopies > serving;
  const k = copiesNeeded(model.demand, serving);
  const binomial = replicated
    ? 'Binomial(replicationFactor, a)'
    : readReplicas > 0
      ? 'Binomial(instances + readReplicas, a)'
      : 'Binomial(n, a)';
  const up = replicated ? (readReplicas > 0 ? 'min(U, instances + readReplicas)' : 'min(U, n)') : 'U';
  const light = replicated
    ? '1 − (1 − a)^replicationFactor'
    : readReplicas > 0
      ? '1 − (1 − a)^(instances + readReplicas)'
      : '1 − (1 − a)^n';
  const applied = rule(model, k, serving, up, binomial, light);
  const sheds = model.sheds === 'shedsLoad' ? 'shedsLoad' : model.sheds === 'rate-limiter' ? 'rate limiter in front' : 'no';
  const common = { a, n, readReplicas, k: Number.isFinite(k) ? k : 'none', quorum, loadRps, capacityRps, rule: applied.name, sheds };
  const inputs: Record<string, number | string> = replicated ? { ...common, replicationFactor: dataCopies } : common;
  const copiesNote = replicated
    ? `the data is on replicationFactor = ${dataCopies} nodes, a copy taking over from a failed node` +
      `${quorum > 1 ? ` while ${quorum} of them (a majority) are up` : ''}; ` +
      `only ${serving} serve${serving === 1 ? 's' : ''} at once, so the extra copies add availability, not capacity`
    : model.slaCovers !== undefined && model.slaCovers > 1
      ? serviceLevelNote(model.slaCovers, n, readReplicas)
      : readReplicas > 0
        ? READ_REPLICA_NOTE
        : undefined;
  const note = copiesNote === undefined ? applied.note : applied.note === undefined ? copiesNote : `${copiesNote}; ${applied.note}`;
  return explained(servedAt(model, n), 'probability', applied.formula, inputs, note === undefined ? undefined : { note });
}
