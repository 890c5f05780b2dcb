// The back-of-envelope estimator of playbook § 5.3 and § 20.3: requests per second from daily
// volume, storage per year with replication, bandwidth.
import type { Explained } from '../explain/explained';
import { explained } from '../explain/explained';
import type { ResolvedComponent, ResolvedEntry } from '../model/graph';

export const SECONDS_PER_DAY = 86_400;
export const DAYS_PER_YEAR = 365;

/** Average requests per second of a daily volume: perDay / 86,400. */
export function perSecond(perDay: number): Explained {
  return explained(perDay / SECONDS_PER_DAY, 'req/s', 'requests per day / 86,400', { perDay });
}

/** Peak requests per second from users: DAU × actions / 86,400 × peak factor. */
export function peakRps(dau: number, actionsPerUser: number, peakFactor: number): Explained {
  return explained(
    (dau * actionsPerUser * peakFactor) / SECONDS_PER_DAY,
    'req/s',
    'DAU × actions per user / 86,400 × peak factor',
    {
      dau,
      actionsPerUser,
      peakFactor,
    },
  );
}

/** Bytes stored per year: average writes/s × bytes per record × 86,400 × 365 × replication factor. */
export function storagePerYear(averageWriteRps: number, recordBytes: number, replicationFactor: number): Explained {
  return explained(
    averageWriteRps * recordBytes * SECONDS_PER_DAY * DAYS_PER_YEAR * replicationFactor,
    'bytes/year',
    'average writes/s × bytes per record × 86,400 × 365 × replication',
    { averageWriteRps, recordBytes, replicationFactor },
  );
}

/** Bandwidth: requests/s × payload bytes. */
export function bandwidth(rps: number, payloadBytes: number): Explained {
  return explained(rps * payloadBytes, 'bytes/s', 'requests/s × payload bytes', { rps, payloadBytes });
}

export interface FlowCapacity {
  readonly peakRps: Explained;
  readonly averageRps: Explained;
  readonly requestsPerDay: Explained;
  readonly egressBandwidth: Explained;
}

export function flowCapacity(entry: ResolvedEntry): FlowCapacity {
  const given =
    entry.rpsFrom === 'dau'
      ? peakRps(entry.dau, entry.actionsPerUser, entry.peakFactor)
      : explained(entry.inputs.rps.value, 'req/s', entry.rpsFrom === 'rps' ? 'given on the entry point' : 'no load given', {
          rps: entry.inputs.rps.value,
        });
  // A what-if surge multiplies the load the board gives (the rest below already counts it, through entry.rps).
  const peak =
    entry.trafficFactor === 1
      ? given
      : explained(entry.rps, 'req/s', 'peak × what-if traffic factor', { peakRps: given.value, trafficFactor: entry.trafficFactor });
  const average = entry.rps / entry.peakFactor;
  return {
    peakRps: peak,
    averageRps: explained(average, 'req/s', 'peak / peak factor', { peakRps: entry.rps, peakFactor: entry.peakFactor }),
    requestsPerDay: explained(average * SECONDS_PER_DAY, 'requests', 'average req/s × 86,400', { averageRps: average }),
    egressBandwidth: bandwidth(entry.rps, entry.payloadBytes),
  };
}

/** Storage per year of a stateful component, when it has a record size. */
export function componentStorage(component: ResolvedComponent, averageWriteRps: number): Explained | null {
  if (component.recordBytes === undefined || component.family !== 'data' || component.isCache) return null;
  return storagePerYear(averageWriteRps, component.recordBytes, component.replicationFactor);
}
