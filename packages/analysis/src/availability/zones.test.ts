// Zones (issue 14): a component's spread over several zones, a zone marked down in the shared what-if,
// and zones as correlated failures of what is inside them. Each rule with its hand computation.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { BoardComponent, BoardZone } from '../format/schema';
import { client, engineWithoutNetwork, makeBoard, service, sync } from '../../test/harness';
import type { AnalysisResult } from '../result';

const engine = engineWithoutNetwork();
const Q = 0.999;
const percent = (result: AnalysisResult) => (result.flows[0]?.availability.percent.value ?? Number.NaN) / 100;
const app = (result: AnalysisResult) => result.components.find((c) => c.id === 'app');
const twoZones = (down: readonly string[] = []): BoardZone[] =>
  ['a', 'b'].map((id) => ({ id, level: 'availability-zone', availability: Q, ...(down.includes(id) ? { down: true } : {}) }));

function board(extra: Partial<BoardComponent>, params: BoardComponent['params'] = {}, rps = 10, zones = twoZones()) {
  return makeBoard([client('users', { rps }), service('app', { availability: 0.99, capacityRps: 100, ...params }, extra)], [sync('users', 'app')], zones);
}

describe('a spread over zones', () => {
  it('two instances spread over two zones fail together only when both zones (or both instances) do', () => {
    // Both zones up (Q²): 1 − 0.01²; one up (2Q(1 − Q)): one instance, 0.99; none: 0.
    const expected = Q ** 2 * (1 - 0.01 ** 2) + 2 * Q * (1 - Q) * 0.99;
    expect(percent(analyze(board({ instances: 2, spread: 'a b' }), engine))).toBeCloseTo(expected, 12);
    // Drawn in zone a alone, the zone takes both: Q × (1 − 0.01²), lower.
    expect(percent(analyze(board({ instances: 2, zone: 'a' }), engine))).toBeCloseTo(Q * (1 - 0.01 ** 2), 12);
  });

  it('evenly, the remainder to the first zone listed; with counts, the counts are the instances', () => {
    const even = analyze(board({ instances: 3, spread: 'a b' }), engine);
    expect(app(even)?.up.inputs.n).toBe(3);
    const counted = analyze(board({ instances: 1, spread: 'a:2 b:3' }), engine);
    expect(app(counted)?.up.inputs.n).toBe(5);
    // Zone b down: "a b" of 3 keeps a's 2; "a:2 b:3" keeps 2.
    expect(app(analyze(board({ instances: 3, spread: 'a b' }, {}, 10, twoZones(['b'])), engine))?.up.inputs.n).toBe(2);
    expect(app(analyze(board({ instances: 1, spread: 'a:2 b:3' }, {}, 10, twoZones(['b'])), engine))?.up.inputs.n).toBe(2);
  });

  it('a zone marked down takes its instances: the survivors carry the load (utilisation doubles) and k of n follows', () => {
    // 4 instances of 100 req/s, spread evenly, at 150 req/s: ρ = 150 / 400 = 0.375; zone b down: 150 / 200 = 0.75.
    const up = analyze(board({ instances: 4, spread: 'a b' }, {}, 150), engine);
    const down = analyze(board({ instances: 4, spread: 'a b' }, {}, 150, twoZones(['b'])), engine);
    expect(app(up)?.traffic.utilisation.value).toBeCloseTo(0.375, 12);
    expect(app(down)?.traffic.utilisation.value).toBeCloseTo(0.75, 12);
    // The 2 survivors need both of theirs (150 > 100): 0.99², in zone a: Q × 0.99².
    expect(percent(down)).toBeCloseTo(Q * 0.99 ** 2, 12);
  });

  it('losing a zone can leave the survivors saturated: 4 instances at 250 req/s need 3, and a zone holds 2', () => {
    const result = analyze(board({ instances: 4, spread: 'a b' }, {}, 250), engine);
    // Only with both zones up can 3 of 4 be up: Q² × P(U ≥ 3), U ~ Binomial(4, 0.99); one zone left serves nothing.
    const atLeast3 = 4 * 0.99 ** 3 * 0.01 + 0.99 ** 4;
    expect(percent(result)).toBeCloseTo(Q ** 2 * atLeast3, 12);
  });

  it('an unknown zone in a spread is reported where it is and that part ignored', () => {
    const result = analyze(board({ instances: 2, spread: 'a nowhere' }), engine);
    expect(result.errors).toEqual([{ path: 'components[1].spread', message: 'unknown zone "nowhere" in the spread; that part ignored' }]);
    // The spread is "a" alone: both instances there.
    expect(percent(result)).toBeCloseTo(Q * (1 - 0.01 ** 2), 12);
  });
  it('a spread names at most 8 zones: the rest are reported and ignored', () => {
    const zones: BoardZone[] = Array.from({ length: 10 }, (_, i) => ({ id: `z${i}`, level: 'availability-zone', availability: 1 }));
    const result = analyze(board({ instances: 10, spread: zones.map((zone) => zone.id).join(' ') }, { availability: 1 }, 10, zones), engine);
    expect(result.errors).toEqual([
      { path: 'components[1].spread', message: 'a spread takes at most 8 zones; the zones after "z7" are ignored' },
    ]);
    // 10 instances over the first 8 zones: 2, 2, 1, 1, 1, 1, 1, 1.
    expect(app(result)?.placement?.zones.map((zone) => zone.instances.value)).toEqual([2, 2, 1, 1, 1, 1, 1, 1]);
  });
});

describe('zones marked down and zones as correlated failures', () => {
  it('a region marked down takes its zones and everything in them', () => {
    const zones: BoardZone[] = [
      { id: 'eu', level: 'region', availability: 1, down: true },
      { id: 'eu-a', level: 'availability-zone', parent: 'eu', availability: 1 },
    ];
    expect(percent(analyze(board({ zone: 'eu-a' }, { availability: 1 }, 10, zones), engine))).toBe(0);
  });

  it('two components in one zone fail with it once, not twice: A = Q × a1 × a2, and the zone is the weakest link', () => {
    const result = analyze(
      makeBoard(
        [client('users'), service('s1', { availability: 0.9999 }, { zone: 'a' }), service('s2', { availability: 0.9999 }, { zone: 'a' })],
        [sync('users', 's1'), sync('s1', 's2')],
        twoZones(),
      ),
      engine,
    );
    expect(percent(result)).toBeCloseTo(Q * 0.9999 ** 2, 12);
    // Zone perfect gains (1 − Q) × 0.9999² = 0.09998 points; either component 0.0001 × Q × 0.9999.
    expect(result.flows[0]?.availability.weakestLink).toMatchObject({ kind: 'zone', component: 'a' });
    expect(result.flows[0]?.availability.weakestLink?.gain.value).toBeCloseTo((1 - Q) * 0.9999 ** 2 * 100, 10);
  });

  it('a database shared by two services counts once in the weakest link: gain (1 − a_db) × a1 × a2, not twice that', () => {
    const result = analyze(
      makeBoard(
        [client('users'), service('s1', { availability: 0.999 }), service('s2', { availability: 0.999 }), service('db', { availability: 0.99 })],
        [sync('users', 's1'), sync('users', 's2'), sync('s1', 'db'), sync('s2', 'db')],
      ),
      engine,
    );
    expect(percent(result)).toBeCloseTo(0.999 ** 2 * 0.99, 12);
    expect(result.flows[0]?.availability.weakestLink).toMatchObject({ kind: 'component', component: 'db' });
    expect(result.flows[0]?.availability.weakestLink?.gain.value).toBeCloseTo(0.01 * 0.999 ** 2 * 100, 10);
  });
});
