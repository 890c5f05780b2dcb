// Read replicas count for availability as they do for capacity and for the linter: a read succeeds
// while any copy is up, and so does a write, because a replica is promoted when the primary fails
// (seed 003, Reliability & Resilience: a database replica is promoted automatically when the primary fails).
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../analyze';
import type { BoardComponent, BoardFile } from '../format/schema';
import { makeBoard, sync } from '../../test/harness';
import type { AnalysisResult } from '../result';

const engine = createEngine();

/**
 * The board e2e/tests/analysis.spec.ts draws from the palette: the playbook's typical request path
 * (§ 5.4), every kind at its catalog defaults but for the figures the test types into the inspector.
 */
function typicalPath(entry: BoardComponent['entry'], dbParams: BoardComponent['params'] = {}): BoardFile {
  return makeBoard(
    [
      { id: 'users', kind: 'web-client', name: 'Users', entry },
      { id: 'lb', kind: 'load-balancer-l7', name: 'LB', params: { availability: 0.9999 } },
      { id: 'app', kind: 'stateless-service', name: 'App', params: { availability: 0.9995, capacityRps: 100_000 } },
      { id: 'cache', kind: 'in-memory-cache', name: 'Cache', params: { availability: 0.9999 } },
      { id: 'db', kind: 'relational-primary', name: 'DB', params: { availability: 0.9995, ...dbParams } },
      {
        id: 'api',
        kind: 'third-party-api',
        name: 'Partner API',
        params: { availability: 0.999, capacityRps: 100_000 },
      },
    ],
    [sync('users', 'lb'), sync('lb', 'app'), sync('app', 'cache'), sync('app', 'db'), sync('app', 'api')],
  );
}

/** What the e2e test's estimator applies: 20,160,000 users × 10 actions × 3 / 86,400 = 7,000 req/s, 90 % reads. */
const PEAK = { dau: 20_160_000, actionsPerUser: 10, peakFactor: 3, readFraction: 0.9 };

const percent = (result: AnalysisResult) => result.flows[0]?.availability.percent.value ?? Number.NaN;
const ids = (result: AnalysisResult) => result.findings.map((finding) => finding.id);
const db = (result: AnalysisResult) => result.components.find((component) => component.id === 'db');

describe('the typical request path, end to end at the engine (e2e/tests/analysis.spec.ts)', () => {
  const light = analyze(typicalPath({ rps: 50 }), engine);
  const loaded = analyze(typicalPath(PEAK), engine);
  const replicated = analyze(typicalPath(PEAK, { readReplicas: 1 }), engine);

  it('at 50 req/s: LB 99.99 × app 99.95 × cache 99.99 × DB 99.95 × API 99.9 = 99.78 %, nothing saturated', () => {
    expect(percent(light).toFixed(2)).toBe('99.78');
    expect(ids(light)).not.toContain('saturated');
  });

  it('at 7,000 req/s with the default 90 % reads the DB saturates: a finding, and (no shedding) every request through it fails', () => {
    expect(loaded.flows[0]?.capacity.peakRps.value).toBeCloseTo(7000, 6);
    // 6,300 reads / 10,000 + 700 writes / 1,000 = 1.33 of one primary.
    expect(db(loaded)?.traffic.utilisation.value).toBeCloseTo(1.33, 6);
    expect(loaded.findings.find((finding) => finding.id === 'saturated')?.components).toEqual(['db']);
    expect(percent(loaded)).toBeLessThan(percent(light));
  });

  it('one read replica (readReplicas 0 → 1) clears the saturation and raises availability', () => {
    // Writes stay on the primary (700 / 1,000 = 0.7); the reads fit on the replica beside it.
    expect(db(replicated)?.traffic.utilisation.value).toBeCloseTo(0.7, 6);
    expect(ids(replicated)).not.toContain('saturated');
    // Saturated (ρ 1.33) the DB failed every request; with the replica the flow is back.
    expect(percent(loaded)).toBe(0);
    expect(percent(replicated)).toBeGreaterThan(percent(loaded));
    // But both copies are needed: 6,300 reads + 700 writes × 10 = 13,300 read units, over one copy's
    // 10,000 (k = 2 of 2, no partial credit), so the DB is up 0.9995² and the flow 99.78 % × 0.9995.
    expect(db(replicated)?.up.inputs).toMatchObject({ k: 2, rule: 'k of n' });
    expect(db(replicated)?.up.value).toBeCloseTo(0.9995 ** 2, 12);
    expect(percent(replicated)).toBeCloseTo(percent(light) * 0.9995, 9);
    expect(ids(replicated)).not.toContain('db-without-replica');
    // Nothing about the DB itself any more (its call from the app still lacks a timeout).
    const aboutDb = replicated.findings.filter((finding) => finding.components.join() === 'db');
    expect(aboutDb.map((finding) => finding.id)).toEqual([]);
  });
});

describe('read replicas and availability', () => {
  const single = (readReplicas: number, readFraction: number) =>
    makeBoard(
      [
        { id: 'user', kind: 'web-client', entry: { rps: 10, readFraction } },
        { id: 'db', kind: 'relational-primary', params: { availability: 0.99, readReplicas } },
      ],
      [sync('user', 'db')],
    );
  const flowPercent = (board: BoardFile) => analyze(board, engine).flows[0]?.availability.percent.value;

  it('reads succeed while the primary or any replica is up: 1 − 0.01^(1 + replicas)', () => {
    expect(flowPercent(single(0, 1))?.toFixed(4)).toBe('99.0000');
    expect(flowPercent(single(1, 1))?.toFixed(4)).toBe('99.9900');
    expect(flowPercent(single(2, 1))?.toFixed(4)).toBe('99.9999');
  });

  it('writes too, on a promoted replica: the same figure for a write-only flow', () => {
    expect(flowPercent(single(1, 0))?.toFixed(4)).toBe('99.9900');
  });

  it('says so in the explanation of P(up)', () => {
    const up = analyze(single(2, 0.5), engine).components.find((component) => component.id === 'db')?.up;
    expect(up?.formula).toBe('1 − (1 − a)^(instances + readReplicas)');
    expect(up?.inputs.readReplicas).toBe(2);
    expect(up?.note).toMatch(/promoted/);
  });

  it('an extra replica never lowers availability, however loaded', () => {
    for (const rps of [10, 5_000, 9_000, 20_000, 60_000]) {
      let previous = 0;
      for (let replicas = 0; replicas <= 4; replicas++) {
        const board = makeBoard(
          [
            { id: 'user', kind: 'web-client', entry: { rps, readFraction: 0.8 } },
            { id: 'db', kind: 'relational-primary', params: { availability: 0.99, readReplicas: replicas } },
          ],
          [sync('user', 'db')],
        );
        const value = flowPercent(board) ?? 0;
        expect(value, `${rps} req/s, ${replicas} replicas`).toBeGreaterThanOrEqual(previous - 1e-12);
        previous = value;
      }
    }
  });
});
