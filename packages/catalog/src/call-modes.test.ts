import { describe, expect, it } from 'vitest';
import { defaultCallMode } from './call-modes';
import { CATALOG, getKind } from './catalog';

const kind = (id: string) => {
  const found = getKind(id);
  if (!found) throw new Error(`no kind ${id}`);
  return found;
};
const modeOf = (from: string, to: string) => defaultCallMode(kind(from), kind(to)).mode;

describe('defaultCallMode', () => {
  it('publishes into every broker asynchronously, citing the broker kind', () => {
    for (const broker of ['message-queue', 'event-stream', 'pub-sub-topic', 'dead-letter-queue']) {
      const chosen = defaultCallMode(kind('stateless-service'), kind(broker));
      expect(chosen.mode).toBe('async');
      expect(chosen.source?.section).toMatch(/^13\./);
    }
  });

  it('calls the processes behind a broker, and everything else, synchronously', () => {
    expect(modeOf('message-queue', 'worker')).toBe('sync');
    expect(modeOf('event-stream', 'stream-processor')).toBe('sync');
    expect(modeOf('stateless-service', 'relational-primary')).toBe('sync');
    expect(modeOf('stateless-service', 'relational-read-replica')).toBe('sync');
    expect(modeOf('in-memory-cache', 'relational-primary')).toBe('sync');
    expect(defaultCallMode(undefined, undefined)).toEqual({ mode: 'sync', source: null });
  });

  it('takes a store wired to its replica, or to another box of its own kind, as replication', () => {
    expect(modeOf('relational-primary', 'relational-read-replica')).toBe('replication');
    expect(modeOf('relational-read-replica', 'relational-read-replica')).toBe('replication');
    expect(modeOf('relational-primary', 'relational-primary')).toBe('replication');
    expect(modeOf('document-store', 'document-store')).toBe('replication');
    expect(defaultCallMode(kind('relational-primary'), kind('relational-read-replica')).source?.section).toBe('10.1 Replication');
  });

  it('never takes two different stores, or a cache, as replication', () => {
    expect(modeOf('relational-primary', 'document-store')).toBe('sync');
    expect(modeOf('document-store', 'relational-read-replica')).toBe('sync');
    expect(modeOf('in-memory-cache', 'in-memory-cache')).toBe('sync');
  });

  it('names a replica kind only as a copy of a kind the catalog has', () => {
    for (const candidate of CATALOG) {
      const of = candidate.traits.replicaOf?.value;
      if (of !== undefined) expect(getKind(of)?.family).toBe(candidate.family);
    }
  });
});
