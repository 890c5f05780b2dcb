// Availability of one component: at least k of its n instances must be up, k following from load.
import type { Explained } from '../explain/explained';
import { explained } from '../explain/explained';

/** P(at least k of n independent instances are up), each up with probability a. */
export function atLeastKofN(a: number, n: number, k: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  let total = 0;
  let binomial = 1; // C(n, i), built incrementally from i = 0
  for (let i = 0; i <= n; i++) {
    if (i >= k) total += binomial * Math.pow(a, i) * Math.pow(1 - a, n - i);
    binomial = (binomial * (n - i)) / (i + 1);
  }
  return Math.min(1, Math.max(0, total));
}

/** Instances the load needs: ceil(load / capacity per instance), at least 1 and at most n. */
export function instancesNeeded(loadRps: number, capacityRps: number, instances: number): number {
  if (!(capacityRps > 0)) return instances;
  return Math.min(instances, Math.max(1, Math.ceil(loadRps / capacityRps - 1e-9)));
}

/**
 * P(up) of a component as the share of its load it serves when instances fail independently:
 * E[min(1, min(U, serving) × capacity / load)] with U ~ Binomial(n, a) copies up, at most `serving`
 * of them serving (default n: every copy serves; fewer when the extra copies are replicationFactor's).
 * - Light load (one instance suffices): 1 − (1 − a)^n, the playbook's parallel formula.
 * - When the load needs k instances, every request is served once at least k are up (the k-of-n rule);
 *   with fewer up, the survivors still serve u × capacity / load of it rather than nothing.
 * - Saturated (load > serving × capacity): even with all up only 1/ρ is served; the rest counts as failure.
 * It rises with every extra instance and falls with every extra request, which the simpler rules do not both do.
 */
export function servedShare(
  a: number,
  n: number,
  loadRps: number,
  capacityRps: number,
  quorum = 1,
  serving = n,
): number {
  if (!(loadRps > 0) || !(capacityRps > 0)) return atLeastKofN(a, n, quorum);
  let total = 0;
  let binomial = 1;
  for (let u = 0; u <= n; u++) {
    // Below its quorum a consensus group serves nothing, however much capacity the survivors have.
    if (u >= quorum)
      total +=
        binomial * Math.pow(a, u) * Math.pow(1 - a, n - u) * Math.min(1, (Math.min(u, serving) * capacityRps) / loadRps);
    binomial = (binomial * (n - u)) / (u + 1);
  }
  return Math.min(1, Math.max(0, total));
}

/** A consensus group needs a majority of its configured instances: ⌊n / 2⌋ + 1. */
export function majority(n: number): number {
  return Math.floor(n / 2) + 1;
}

const READ_REPLICA_NOTE = 'reads need any copy up; writes need the primary, and a replica is promoted when it fails';

/**
 * P(up) of a component with its read replicas and replicated copies. The failover model follows the
 * playbook: replicas are the failover candidates (seed 002, 10.1) and a database replica is promoted
 * automatically when the primary fails (seed 003, Reliability & Resilience). So a read succeeds while any copy is up, and a
 * write too, on a promoted replica; the copies count as n + replicas interchangeable instances, each
 * serving `capacity` of `loadRps` (see `copyLoad`). The promotion window itself is not counted.
 * A stateful kind whose replicationFactor exceeds n + replicas keeps its data on that many nodes
 * (`dataCopies`): they fail over the same way, but only n + replicas of them serve at once, so the extra
 * copies add availability and no capacity (utilisation and saturation are unchanged).
 * When `a` is a managed service's SLA (`slaCovers` given: the catalog's `availabilityIsServiceLevel`),
 * the SLA already covers the service's `slaCovers` copies, so the caller passes dataCopies = n +
 * replicas and the copies are not counted again; the note says so.
 */
export function componentUp(
  a: number,
  n: number,
  loadRps: number,
  capacityRps: number,
  quorum = 1,
  readReplicas = 0,
  dataCopies = n + readReplicas,
  slaCovers: number | undefined = undefined,
): Explained {
  const serving = n + readReplicas;
  const replicated = dataCopies > serving;
  const copies = replicated ? dataCopies : serving;
  const k = instancesNeeded(loadRps, capacityRps, serving);
  const binomial = replicated
    ? 'Binomial(replicationFactor, a)'
    : readReplicas > 0
      ? 'Binomial(instances + readReplicas, a)'
      : 'Binomial(n, a)';
  const up = replicated ? (readReplicas > 0 ? 'min(U, instances + readReplicas)' : 'min(U, n)') : 'U';
  const formula =
    quorum > 1
      ? `E[min(1, ${up} × capacity / load) if U ≥ quorum else 0], U ~ ${binomial}`
      : k === 1 && loadRps <= capacityRps
        ? replicated
          ? '1 − (1 − a)^replicationFactor'
          : readReplicas > 0
            ? '1 − (1 − a)^(instances + readReplicas)'
            : '1 − (1 − a)^n'
        : `E[min(1, ${up} × capacity / load)], U ~ ${binomial}`;
  const inputs: Record<string, number> = replicated
    ? { a, n, readReplicas, replicationFactor: dataCopies, k, quorum, loadRps, capacityRps }
    : { a, n, readReplicas, k, quorum, loadRps, capacityRps };
  return explained(
    servedShare(a, copies, loadRps, capacityRps, quorum, serving),
    'probability',
    formula,
    inputs,
    replicated
      ? {
          note:
            `the data is on replicationFactor = ${dataCopies} nodes, a copy taking over from a failed node` +
            `${quorum > 1 ? ` while ${quorum} of them (a majority) are up` : ''}; ` +
            `only ${serving} serve${serving === 1 ? 's' : ''} at once, so the extra copies add availability, not capacity`,
        }
      : slaCovers !== undefined && slaCovers > 1
        ? { note: serviceLevelNote(slaCovers, n, readReplicas) }
        : readReplicas > 0
          ? { note: READ_REPLICA_NOTE }
          : {},
  );
}

/** Why a managed service's replicationFactor copies are not in the formula: its SLA `a` covers them. */
function serviceLevelNote(copies: number, n: number, readReplicas: number): string {
  return (
    `a is the service's SLA, which already covers its ${copies} copies (replicationFactor), so they are not counted again` +
    (n > 1 ? `; each of the n = ${n} instances is a separate deployment with that SLA` : '') +
    (readReplicas > 0 ? `; ${READ_REPLICA_NOTE}` : '')
  );
}
