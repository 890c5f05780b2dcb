// The reach reasons, worded on demand from the result, are the sentences the engine wrote into every
// result before (at 40051d9, test/reach-reasons.json): the examples, seeded bench boards and random
// boards with issue 14's features, covering deep chains, one class only, both classes and "every request".
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../analyze';
import { benchBoard } from '../../bench/boards';
import { EXAMPLES } from '../../test/examples';
import { randomBoard } from '../../test/harness';
import recorded from '../../test/reach-reasons.json';
import type { BoardFile } from '../format/schema';
import { reachReason } from './reach-reason';

const engine = createEngine();

function boardNamed(name: string): BoardFile {
  const example = EXAMPLES.find(([file]) => file === name);
  if (example) return example[1] as BoardFile;
  if (name === 'bench 100/142') return benchBoard(100, 142);
  if (name === 'bench 300/342 (picked)') return benchBoard(300, 342);
  const seed = Number(/^random (\d+) features$/.exec(name)?.[1]);
  const s = seed - 1000;
  return randomBoard(seed, {
    components: 4 + (s % 12),
    zones: s % 4,
    callsPerComponent: 1.3 + (s % 3) * 0.3,
    allowAsync: s % 2 === 0,
    rps: 100 + s * 10,
    timeouts: s % 3 === 0,
    features: true,
  });
}

describe('reach reasons on demand', () => {
  for (const [name, flows] of Object.entries(recorded as Record<string, Record<string, Record<string, string>>>)) {
    it(`${name}: the same sentence for every component recorded`, () => {
      const result = analyze(boardNamed(name), engine);
      for (const [entry, reasons] of Object.entries(flows)) {
        const flow = result.flows.find((candidate) => candidate.entry === entry);
        expect(flow, entry).toBeDefined();
        for (const [component, sentence] of Object.entries(reasons))
          expect(flow && reachReason(flow, component), `${entry} → ${component}`).toBe(sentence);
      }
    });
  }
});
