// Defaults shared by the data kinds: a database node's latency and availability, and storage sizing.
import { fact, playbook, sourced } from '../sourcing';
import type { Sourced } from '../types';
import { bytes, ms, probability } from '../types';

export const ONE_NODE = sourced(
  1,
  playbook('availability', {
    fact: fact('99.95', '%', 'the database in the worked request path'),
    note: 'The worked path counts each store once; replicas and nodes are added on the board.',
  }),
);

export const THREE_COPIES = sourced(
  3,
  playbook('throughputStorage', {
    fact: fact('3', 'copies', 'the replication the storage estimates assume'),
    note: 'Storage estimates in the playbook assume 3 replicas.',
  }),
);

export const KB_RECORD = sourced(
  bytes(1_000),
  playbook('throughputStorage', { fact: fact('1', 'KB', 'one record in the storage rule of thumb'), note: 'The playbook sizes a typical record at 1 KB.' }),
);

export const DB_AVAILABILITY = sourced(probability(0.9995), playbook('availability', { fact: fact('99.95', '%', 'the database in the worked request path') }));

export const DB_P99 = sourced(
  ms(25),
  playbook('latencyNumbers', {
    fact: fact('20-50', 'ms', 'one or two database queries, in a 200 ms p99 budget'),
    note: 'The 200 ms budget gives 1-2 queries 20-50 ms at p99; one indexed query takes 25 ms.',
  }),
);

export const DB_P50 = sourced(
  ms(5),
  playbook('latencyNumbers', {
    fact: fact('150', 'µs', 'one random 4 KB read from SSD'),
    note: 'No median in the table; an indexed query touching a few 150 µs SSD pages plus planning is a few ms, taken as 5 ms.',
  }),
);

/** Managed, zone-replicated services (object storage, warehouses) sit at the tier the playbook gives a cache. */
export const MANAGED_AVAILABILITY = sourced(
  probability(0.9999),
  playbook('availability', {
    fact: fact('99.95-99.99', '%', 'what tier-1 SaaS vendors commit to'),
    note: 'Not stated per service; managed storage commits to the top of the tier-1 range, 99.99 %.',
  }),
);

/**
 * The kind's availability is a managed service's SLA, which already covers the copies it keeps
 * (`availabilityIsServiceLevel`): the engine counts the figure once, not once per copy.
 */
export function serviceLevel(note: string): Sourced<boolean> {
  return sourced(true, playbook('availability', { fact: fact('99.95-99.99', '%', 'what tier-1 SaaS vendors commit to'), note }));
}
