// Issue 15: a replica box drawn in another zone than its primary is a copy in that zone
// (model/replica-zones.ts). Losing the primary's zone promotes it, so the store stays up, where before
// the copy was counted with the primary's instances and went down with them.
// Worked example: 1,000 req/s, 90 % reads, through an app that is always up and in no zone, into a
// Postgres primary at 99.9 % per node (catalog capacity 10,000 reads/s, 1,000 writes/s: one copy carries
// everything, so the light-load rule applies, P(up) = 1 − 0.001^copies). Zones a and b at Q = 99.9 %.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { AnalysisResult, BoardCall, BoardComponent, BoardZone } from '../index';
import { client, engineWithoutNetwork, makeBoard, service, sync } from '../../test/harness';

const engine = engineWithoutNetwork();
const A = 0.999;
const Q = 0.999;
const front: BoardComponent[] = [client('users', { rps: 1_000, readFraction: 0.9 }), service('app', { p50Ms: 5, p99Ms: 5, availability: 1 }, { instances: 2 })];
const primary = (extra: Partial<BoardComponent> = {}): BoardComponent => ({ id: 'db', kind: 'relational-primary', zone: 'a', params: { availability: A }, ...extra });
const replicaIn = (zone: string): BoardComponent => ({ id: 'replica', kind: 'relational-read-replica', zone });
const calls: BoardCall[] = [sync('users', 'app'), sync('app', 'db', { timeoutMs: 1_000 }), sync('db', 'replica', { mode: 'replication' })];
const zones = (down: readonly string[] = []): BoardZone[] =>
  ['a', 'b'].map((id) => ({ id, level: 'availability-zone', availability: Q, ...(down.includes(id) ? { down: true } : {}) }));

const run = (components: BoardComponent[], down: readonly string[] = [], drawn = calls) => analyze(makeBoard([...front, ...components], drawn, zones(down)), engine);
const percent = (result: AnalysisResult) => (result.flows[0]?.availability.percent.value ?? Number.NaN) / 100;
const db = (result: AnalysisResult) => result.components.find((item) => item.id === 'db');
const findings = (result: AnalysisResult) => result.findings.map((finding) => `${finding.id} ${finding.components.join(',')}`);

describe('a replica box in another zone survives its primary’s zone (issue 15)', () => {
  it('in the primary’s zone: unchanged, the copy goes down with zone a, exactly as readReplicas: 1', () => {
    // Zone a up and either copy up: Q × (1 − 0.001²) = 0.999 × 0.999999 = 0.998999001.
    const same = run([primary(), replicaIn('a')]);
    expect(percent(same)).toBeCloseTo(Q * (1 - (1 - A) ** 2), 12);
    const withParam = analyze(makeBoard([...front, primary({ params: { availability: A, readReplicas: 1 } })], calls.slice(0, 2), zones()), engine);
    expect(percent(same)).toBe(percent(withParam));
    // And zone a down takes both: 0 %.
    expect(percent(run([primary(), replicaIn('a')], ['a']))).toBe(0);
  });

  it('in zone b with both zones up: either zone with a copy in it carries the store', () => {
    // Both zones up (Q²): either copy, 1 − 0.001²; one zone up (Q(1 − Q), twice): its one copy, 0.999.
    //   0.998001 × 0.999999 + 2 × 0.000999 × 0.999 = 0.998000001999 + 0.001996002 = 0.999996003999
    const expected = Q * Q * (1 - (1 - A) ** 2) + 2 * Q * (1 - Q) * A;
    const other = run([primary(), replicaIn('b')]);
    expect(percent(other)).toBeCloseTo(expected, 12);
    expect(percent(other)).toBeGreaterThan(percent(run([primary(), replicaIn('a')])));
    // Every copy up, the counts are the primary's: 1 instance and 1 read replica; the busiest copy is the
    // primary with its writes, max(100 / 1,000, (0.09 + 0.10) / 2) = 0.10.
    expect(db(other)?.replication).toEqual({ replicaOf: null, replicatedTo: ['replica'], readReplicas: 1 });
    expect(db(other)?.traffic.utilisation.value).toBeCloseTo(0.1, 12);
  });

  it('zone a marked down: the replica in b is promoted and carries reads and writes, Q × 0.999, not 0 %', () => {
    // Only zone b's copy runs: Q × A = 0.999 × 0.999 = 0.998001. Promoted, it takes the writes and the
    // reads: 900 / 10,000 + 100 / 1,000 = 0.19 of the one copy.
    const lost = run([primary(), replicaIn('b')], ['a']);
    expect(percent(lost)).toBeCloseTo(Q * A, 12);
    expect(db(lost)?.traffic.utilisation.value).toBeCloseTo(0.19, 12);
    // With zone b down instead, the primary carries on alone: Q × A as well.
    expect(percent(run([primary(), replicaIn('b')], ['b']))).toBeCloseTo(Q * A, 12);
    // Both zones down: nothing is left.
    expect(percent(run([primary(), replicaIn('b')], ['a', 'b']))).toBe(0);
  });

  it('writes survive the zone too: a flow of writes only reads Q × A on the promoted replica', () => {
    const writers = [client('users', { rps: 100, readFraction: 0 }), ...front.slice(1)];
    const writes = analyze(makeBoard([...writers, primary(), replicaIn('b')], calls, zones(['a'])), engine);
    expect(percent(writes)).toBeCloseTo(Q * A, 12);
  });

  it('a chain of replicas over three zones: with a and b down, the copy in c carries the store, and placement lists all three', () => {
    const three: BoardZone[] = ['a', 'b', 'c'].map((id) => ({ id, level: 'availability-zone', availability: Q, ...(id === 'c' ? {} : { down: true }) }));
    const second: BoardComponent = { id: 'replica2', kind: 'relational-read-replica', zone: 'c' };
    const chain = [...calls, sync('replica', 'replica2', { mode: 'replication' })];
    const result = analyze(makeBoard([...front, primary(), replicaIn('b'), second], chain, three), engine);
    // Only zone c's copy runs, promoted: Q × A.
    expect(percent(result)).toBeCloseTo(Q * A, 12);
    expect(db(result)?.placement?.zones.map((part) => [part.zone, part.instances.value, part.down.value])).toEqual([
      ['a', 1, 1],
      ['b', 1, 1],
      ['c', 1, 0],
    ]);
  });

  it('"has no replica" stays cleared and the box is no hop, whichever zone it is in', () => {
    for (const result of [run([primary(), replicaIn('b')]), run([primary(), replicaIn('b')], ['a'])]) {
      expect(findings(result)).not.toContain('db-without-replica db');
      expect(findings(result).filter((line) => line.endsWith('replica'))).toEqual([]);
      expect(result.flows[0]?.latency.criticalPath.map((hop) => hop.component)).toEqual(['app', 'db']);
    }
  });
});
