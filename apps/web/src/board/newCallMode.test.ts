import { describe, expect, it } from 'vitest';
import { newCallMode } from './newCallMode';

const components = [
  { id: 'api', kind: 'stateless-service' },
  { id: 'queue', kind: 'message-queue' },
  { id: 'worker', kind: 'worker' },
  { id: 'db', kind: 'relational-primary' },
  { id: 'replica', kind: 'relational-read-replica' },
  { id: 'odd', kind: 'no-such-kind' },
];

describe('newCallMode', () => {
  it('starts an arrow into a broker as async, a store into its replica as replication, else sync', () => {
    expect(newCallMode(components, 'api', 'queue')).toBe('async');
    expect(newCallMode(components, 'queue', 'worker')).toBe('sync');
    expect(newCallMode(components, 'db', 'replica')).toBe('replication');
    expect(newCallMode(components, 'api', 'db')).toBe('sync');
  });

  it('falls back to sync for a kind the catalog does not know or a missing component', () => {
    expect(newCallMode(components, 'api', 'odd')).toBe('sync');
    expect(newCallMode(components, 'api', 'gone')).toBe('sync');
  });
});
