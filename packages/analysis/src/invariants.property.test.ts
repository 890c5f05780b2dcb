// Invariants on random boards (seeded; FUZZ_SEED replays, fast-check prints the failing seed):
// availability in [0, 1]; an extra instance never lowers it; an extra required dependency never raises
// it; more load never lowers latency; nothing in the JSON result is NaN or Infinity; same input, same bytes.
import { fuzzSeed, printSeed } from '@napkin/testkit';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, createEngine } from './analyze';
import type { BoardFile } from './format/schema';
import { randomBoard } from '../test/harness';

const SEED = fuzzSeed(1234);
const engine = createEngine();
const boards = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    size: fc.integer({ min: 2, max: 12 }),
    zones: fc.integer({ min: 0, max: 3 }),
    rps: fc.constantFrom(1, 50, 400, 3000),
  })
  .map(({ seed, size, zones, rps }) => ({
    seed,
    board: randomBoard(seed, {
      components: size,
      zones,
      callsPerComponent: 1.5,
      allowAsync: true,
      rps,
      timeouts: true,
    }),
  }));

const availabilityOf = (board: BoardFile) => (analyze(board, engine).flows[0]?.availability.percent.value ?? 100) / 100;
// An unbounded p99 (a saturated tier the requests wait on) is larger than any figure.
const p99Of = (board: BoardFile) => {
  const flow = analyze(board, engine).flows[0];
  return flow === undefined ? 0 : (flow.latency.p99Ms?.value ?? Infinity);
};
const options = { seed: SEED, numRuns: 80 };

function everyNumber(value: unknown, visit: (n: number, path: string) => void, path = ''): void {
  if (typeof value === 'number') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => everyNumber(item, visit, `${path}[${i}]`));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) everyNumber(v, visit, `${path}.${k}`);
}

describe(`invariants on random boards (fast-check seed ${SEED})`, () => {
  beforeAll(() => printSeed('invariants on random boards (fast-check)', SEED));

  it('availability stays within [0, 1] and every number in the result is finite', () => {
    fc.assert(
      fc.property(boards, ({ seed, board }) => {
        const result = analyze(board, engine);
        for (const flow of result.flows) {
          expect(flow.availability.percent.value).toBeGreaterThanOrEqual(0);
          expect(flow.availability.percent.value).toBeLessThanOrEqual(100);
        }
        everyNumber(result, (n, path) => expect(Number.isFinite(n), `board seed ${seed} ${path}`).toBe(true));
      }),
      options,
    );
  });

  it('an extra instance never lowers availability', () => {
    fc.assert(
      fc.property(boards, fc.nat(), ({ seed, board }, pick) => {
        const servers = board.components.filter((component) => component.entry === undefined);
        const target = servers[pick % servers.length];
        if (!target) return;
        const more = {
          ...board,
          components: board.components.map((c) => (c === target ? { ...c, instances: (c.instances ?? 1) + 1 } : c)),
        };
        expect(availabilityOf(more), `board seed ${seed}, +1 instance of ${target.id}`).toBeGreaterThanOrEqual(
          availabilityOf(board) - 1e-12,
        );
      }),
      options,
    );
  });

  it('an extra required dependency never raises availability', () => {
    fc.assert(
      fc.property(boards, fc.nat(), fc.double({ min: 0.5, max: 1, noNaN: true }), ({ seed, board }, pick, a) => {
        const from = board.components[pick % board.components.length];
        if (!from) return;
        const extra: BoardFile = {
          ...board,
          components: [...board.components, { id: 'extra', kind: 'stateless-service', params: { availability: a } }],
          calls: [...board.calls, { id: 'to-extra', from: from.id, to: 'extra', mode: 'sync' }],
        };
        expect(availabilityOf(extra), `board seed ${seed}, ${from.id} → extra`).toBeLessThanOrEqual(
          availabilityOf(board) + 1e-12,
        );
      }),
      options,
    );
  });

  it('more load never lowers latency', () => {
    fc.assert(
      fc.property(boards, fc.double({ min: 1.1, max: 20, noNaN: true }), ({ seed, board }, factor) => {
        const heavier = {
          ...board,
          components: board.components.map((c) =>
            c.entry ? { ...c, entry: { ...c.entry, rps: (c.entry.rps ?? 0) * factor } } : c,
          ),
        };
        expect(p99Of(heavier), `board seed ${seed}, load × ${factor}`).toBeGreaterThanOrEqual(
          p99Of(board) * (1 - 1e-9) - 1e-9,
        );
      }),
      options,
    );
  });

  it('is deterministic: the same board gives byte-identical JSON', () => {
    fc.assert(
      fc.property(boards, ({ board }) => {
        expect(JSON.stringify(analyze(board, createEngine()))).toBe(
          JSON.stringify(analyze(structuredClone(board), engine)),
        );
      }),
      { ...options, numRuns: 20 },
    );
  });
});
