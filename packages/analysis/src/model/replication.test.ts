// Issue 15: replication is not a request call. A primary wired to a replica box by a `replication`
// call counts the box once, as its read replica (model/replication.ts): reads spread over both copies,
// writes stay on the primary, a replica is promoted when the primary fails, and "has no replica" clears.
// Worked example: 1,000 req/s, 90 % reads, through an app that is always up, into Postgres with the
// catalog's figures (capacity 10,000 reads/s, 1,000 writes/s, 99.95 % per node).
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { AnalysisResult, BoardCall, BoardComponent } from '../index';
import { client, engineWithoutNetwork, makeBoard, service, sync } from '../../test/harness';

const engine = engineWithoutNetwork();
const front: BoardComponent[] = [client('users', { rps: 1_000, readFraction: 0.9 }), service('app', { p50Ms: 5, p99Ms: 5, availability: 1 }, { instances: 2 })];
const primary: BoardComponent = { id: 'db', kind: 'relational-primary' };
const replica: BoardComponent = { id: 'replica', kind: 'relational-read-replica' };
const requestCalls: BoardCall[] = [sync('users', 'app'), sync('app', 'db', { timeoutMs: 1_000 })];
const replication = sync('db', 'replica', { mode: 'replication' });

const run = (components: BoardComponent[], calls: BoardCall[]) => analyze(makeBoard(components, calls), engine);
const availability = (result: AnalysisResult) => result.flows[0]?.availability.percent.value;
const utilisation = (result: AnalysisResult, id: string) => result.components.find((item) => item.id === id)?.traffic.utilisation.value;
const findings = (result: AnalysisResult) => result.findings.map((finding) => `${finding.id} ${finding.components.join(',')}`);

describe('a replica box wired by replication is the primary’s read replica (issue 15)', () => {
  const alone = run([...front, primary], requestCalls);
  const withParam = run([...front, { ...primary, params: { readReplicas: 1 } }], requestCalls);
  const withBox = run([...front, primary, replica], [...requestCalls, replication]);

  it('without a replica: the primary alone, 99.95 %, busy 0.19, "has no replica"', () => {
    // 900 reads / 10,000 + 100 writes / 1,000 = 0.09 + 0.10 = 0.19 of one node; up 99.95 %.
    expect(utilisation(alone, 'db')).toBeCloseTo(0.19, 6);
    expect(availability(alone)).toBeCloseTo(99.95, 6);
    expect(findings(alone)).toContain('db-without-replica db');
  });

  it('the box counts once, exactly as readReplicas: 1 on the primary', () => {
    // Busiest copy: max(writes / writeCapacity, (reads / capacity + writes / writeCapacity) / 2)
    //   = max(0.10, 0.19 / 2) = 0.10 (the primary's writes).
    expect(utilisation(withBox, 'db')).toBeCloseTo(0.1, 6);
    // Reads need either copy, writes the primary or the promoted replica: 1 − 0.0005² = 99.999975 %.
    expect(availability(withBox)).toBeCloseTo(99.999975, 6);
    expect(availability(withBox)).toBe(availability(withParam));
    expect(withBox.flows[0]?.latency.p99Ms?.value).toBe(withParam.flows[0]?.latency.p99Ms?.value);
    expect(withBox.components.find((item) => item.id === 'db')?.traffic.utilisation.inputs.readReplicas).toBe(1);
    expect(withBox.components.find((item) => item.id === 'db')?.replication).toEqual({ replicaOf: null, replicatedTo: ['replica'], readReplicas: 1 });
    expect(withBox.components.find((item) => item.id === 'replica')?.replication).toEqual({ replicaOf: 'db', replicatedTo: [], readReplicas: 0 });
    expect(alone.components.find((item) => item.id === 'db')?.replication).toBeNull();
  });

  it('is never a hop in series: no "one instance on a required path", no "has no replica", no "unreached"', () => {
    expect(withBox.flows[0]?.latency.criticalPath.map((hop) => hop.component)).toEqual(['app', 'db']);
    const found = findings(withBox);
    expect(found.filter((line) => line.includes('replica'))).toEqual([]);
    expect(found).not.toContain('db-without-replica db');
  });

  it('drawn as a synchronous call instead, the replica was a second store in series (the old default)', () => {
    // 0.9995 × 0.9995 = 99.900025 %: adding the replica lowered availability, and it stayed "no replica".
    const series = run([...front, primary, replica], [...requestCalls, sync('db', 'replica', { timeoutMs: 1_000 })]);
    expect(availability(series)).toBeCloseTo(99.900025, 6);
    expect(findings(series)).toContain('db-without-replica db');
    expect(findings(series)).toContain('spof replica');
  });

  it('a primary that already counts the replica in readReplicas does not count the box again', () => {
    const both = run([...front, { ...primary, params: { readReplicas: 1 } }, replica], [...requestCalls, replication]);
    expect(availability(both)).toBe(availability(withParam));
    expect(utilisation(both, 'db')).toBe(utilisation(withParam, 'db'));
  });

  it('a chain primary → replica → replica counts both boxes on the primary', () => {
    const second: BoardComponent = { id: 'replica2', kind: 'relational-read-replica' };
    const chain = run([...front, primary, replica, second], [...requestCalls, replication, sync('replica', 'replica2', { mode: 'replication' })]);
    const twoParam = run([...front, { ...primary, params: { readReplicas: 2 } }], requestCalls);
    expect(availability(chain)).toBe(availability(twoParam));
    expect(utilisation(chain, 'db')).toBe(utilisation(twoParam, 'db'));
  });

  it('a replica that requests read directly serves them itself, and still clears "has no replica"', () => {
    // The app reads from the replica and writes to the primary: 900 reads / 10,000 = 0.09 on the replica,
    // 100 writes / 1,000 = 0.10 on the primary, and the primary is not given the box a second time.
    const split = run(
      [...front, primary, replica],
      [sync('users', 'app'), sync('app', 'replica', { traffic: 'read', timeoutMs: 1_000 }), sync('app', 'db', { traffic: 'write', timeoutMs: 1_000 }), replication],
    );
    expect(utilisation(split, 'replica')).toBeCloseTo(0.09, 6);
    expect(utilisation(split, 'db')).toBeCloseTo(0.1, 6);
    expect(findings(split)).not.toContain('db-without-replica db');
    expect(findings(split)).not.toContain('spof replica');
  });
});
