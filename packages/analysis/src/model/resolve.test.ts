// Resolving a board: catalog defaults, network tiers from zones, what-if marks, entry load from DAU.
import { NETWORK_LATENCIES, getKind } from '@napkin/catalog';
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../analyze';
import { client, makeBoard, service, sync } from '../../test/harness';
import type { BoardComponent } from '../format/schema';
import { defaultCatalog, resolveBoard } from './resolve';

const zones = [
  { id: 'eu', level: 'region' as const, continent: 'europe' },
  { id: 'eu-a', level: 'availability-zone' as const, parent: 'eu' },
  { id: 'eu-b', level: 'availability-zone' as const, parent: 'eu' },
  { id: 'eu2', level: 'region' as const, continent: 'europe' },
  { id: 'us', level: 'region' as const, continent: 'america' },
];

describe('resolveBoard', () => {
  it('fills per-instance numbers from the catalog when the board gives none', () => {
    const { graph } = resolveBoard(makeBoard([{ id: 'db', kind: 'relational-primary' }]), defaultCatalog());
    const kind = getKind('relational-primary');
    const db = graph.components[0];
    expect(db?.capacityRps).toBe(kind?.defaults.capacityRps.value);
    expect(db?.p99Ms).toBe(kind?.defaults.p99.value);
    expect(db?.availability).toBe(kind?.defaults.availability.value);
    expect(db?.isDatabase).toBe(true);
  });

  it('prices each call by where its ends sit (playbook § 5.2 latency table, via the catalog)', () => {
    const board = makeBoard(
      [
        service('a', {}, { zone: 'eu-a' }),
        service('a2', {}, { zone: 'eu-a' }),
        service('b', {}, { zone: 'eu-b' }),
        service('c', {}, { zone: 'eu2' }),
        service('d', {}, { zone: 'us' }),
      ],
      [sync('a', 'a2'), sync('a', 'b'), sync('a', 'c'), sync('a', 'd')],
      zones,
    );
    const { graph } = resolveBoard(board, defaultCatalog());
    const tiers = graph.calls.map((call) => [call.networkTier, call.networkMs]);
    expect(tiers).toEqual([
      ['same-zone', NETWORK_LATENCIES['same-zone'].rtt.value],
      ['cross-zone', NETWORK_LATENCIES['cross-zone'].rtt.value],
      ['cross-region', NETWORK_LATENCIES['cross-region'].rtt.value],
      ['cross-continent', NETWORK_LATENCIES['cross-continent'].rtt.value],
    ]);
  });

  it('derives peak rps from DAU × actions / 86,400 × peak factor (playbook § 20.3)', () => {
    const board = makeBoard([
      { id: 'u', kind: 'web-client', entry: { dau: 8_640_000, actionsPerUser: 10, peakFactor: 5 } },
    ]);
    const flow = analyze(board, createEngine()).flows[0];
    expect(flow?.capacity.peakRps.value).toBe(5000);
    expect(flow?.capacity.peakRps.formula).toBe('DAU × actions per user / 86,400 × peak factor');
    expect(flow?.capacity.averageRps.value).toBe(1000);
  });
});

describe('what-if marks', () => {
  const board = (whatIf: { down?: boolean; slowFactor?: number }, optional = false) =>
    makeBoard(
      [
        client('user'),
        service('app', { p50Ms: 10, p99Ms: 40 }, { instances: 2 }),
        service('dep', { p50Ms: 10, p99Ms: 40 }, { whatIf, instances: 2 }),
      ],
      [sync('user', 'app'), sync('app', 'dep', { optional })],
    );
  const engine = createEngine();

  it('a required component marked down takes the flow down; an optional one does not', () => {
    expect(analyze(board({ down: true }), engine).flows[0]?.availability.percent.value).toBe(0);
    expect(analyze(board({ down: true }, true), engine).flows[0]?.availability.percent.value).toBeGreaterThan(99.9);
  });

  it('a slow factor stretches the component and the flow', () => {
    const normal = analyze(board({}), engine).flows[0]?.latency.p99Ms?.value ?? 0;
    const slow = analyze(board({ slowFactor: 3 }), engine).flows[0]?.latency.p99Ms?.value ?? 0;
    expect(slow).toBeGreaterThan(normal * 1.5);
  });

  it("a traffic factor multiplies an entry point's load, given or from DAU, and everything downstream of it", () => {
    const surge = (whatIf: { trafficFactor?: number }, entry: BoardComponent['entry']) => {
      const file = makeBoard(
        [{ ...client('user', entry), whatIf }, service('app', { capacityRps: 1000 }, { instances: 1 })],
        [sync('user', 'app')],
      );
      const result = analyze(file, engine);
      const app = result.components.find((component) => component.id === 'app');
      return { peak: result.flows[0]?.capacity.peakRps.value, utilisation: app?.traffic.utilisation.value };
    };
    expect(surge({}, { rps: 100 })).toEqual({ peak: 100, utilisation: 0.1 });
    expect(surge({ trafficFactor: 5 }, { rps: 100 })).toEqual({ peak: 500, utilisation: 0.5 });
    // 8,640,000 DAU × 1 action / 86,400 s × peak 1 = 100 req/s, then × 3.
    expect(surge({ trafficFactor: 3 }, { rps: undefined, dau: 8_640_000, actionsPerUser: 1, peakFactor: 1 }).peak).toBeCloseTo(300, 9);
  });

  it('a traffic factor on a component that is not an entry point changes nothing', () => {
    const file = (whatIf: { trafficFactor?: number }) =>
      makeBoard([client('user', { rps: 100 }), service('app', { capacityRps: 1000 }, { whatIf })], [sync('user', 'app')]);
    const utilisation = (whatIf: { trafficFactor?: number }) =>
      analyze(file(whatIf), engine).components.find((component) => component.id === 'app')?.traffic.utilisation.value;
    expect(utilisation({ trafficFactor: 5 })).toBe(utilisation({}));
  });
});

describe('consensus quorum', () => {
  const group = (instances: number) =>
    makeBoard(
      [client('user'), { id: 'etcd', kind: 'consensus-store', instances, params: { availability: 0.99 } }],
      [sync('user', 'etcd')],
    );
  const availability = (instances: number) =>
    analyze(group(instances), createEngine()).flows[0]?.availability.percent.value ?? 0;

  it('a consensus group is up while a majority is: 3 nodes need 2, 5 need 3', () => {
    expect(availability(3) / 100).toBeCloseTo(3 * 0.99 ** 2 * 0.01 + 0.99 ** 3, 12);
    expect(availability(5) / 100).toBeCloseTo(10 * 0.99 ** 3 * 0.01 ** 2 + 5 * 0.99 ** 4 * 0.01 + 0.99 ** 5, 12);
  });

  it('a fourth node lowers availability (majority 3 of 4), the one place an extra instance can', () => {
    expect(availability(4)).toBeLessThan(availability(3));
  });
});
