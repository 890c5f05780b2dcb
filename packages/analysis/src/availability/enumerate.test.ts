// The four-lane enumeration must give exactly what the one-by-one enumeration gives (same operations
// per assignment, sums in assignment order), so the engine's figures do not depend on which one ran.
// Checked bit for bit on seeded random flattened networks of every size the engine builds.
import { fuzzSeed, printSeed, seededRandom } from '@napkin/testkit';
import { describe, expect, it } from 'vitest';
import type { Network } from './enumerate';
import { inLanes, oneByOne } from './enumerate';

function randomNetwork(random: () => number): Network {
  const n = 1 + Math.floor(random() * 30);
  const m = 2 + Math.floor(random() * 7);
  const p = Float64Array.from({ length: n }, (_, i) => (i === 0 ? 1 : 0.9 + 0.1 * random()));
  const nodeBit = new Int32Array(n).fill(-1);
  const zoneMask = new Int32Array(n);
  const staticFactor = Float64Array.from({ length: n }, () => (random() < 0.2 ? 0.999 : 1));
  // Some bits are shared components, the others zones that a few nodes sit in.
  for (let bit = 0; bit < m; bit++) {
    if (random() < 0.5 && n > 1) nodeBit[1 + Math.floor(random() * (n - 1))] = bit;
    else for (let i = 1; i < n; i++) if (random() < 0.3) zoneMask[i] = (zoneMask[i] ?? 0) | (1 << bit);
  }
  const edgeStart = new Int32Array(n + 1);
  const from: number[] = [];
  const skip: number[] = [];
  const scale: number[] = [];
  let maxDegree = 0;
  for (let i = 0; i < n; i++) {
    const degree = i < n - 1 ? Math.floor(random() * 4) : 0;
    maxDegree = Math.max(maxDegree, degree);
    for (let k = 0; k < degree; k++) {
      const to = i + 1 + Math.floor(random() * (n - 1 - i));
      const share = random() < 0.3 ? 0.5 : 1;
      from.push(random() < 0.8 ? n + to : to);
      skip.push(1 - share);
      scale.push(share * (random() < 0.3 ? 0.99 : 1));
    }
    edgeStart[i + 1] = from.length;
  }
  return {
    n,
    m,
    root: 0,
    p,
    nodeBit,
    zoneMask,
    staticFactor,
    edgeStart,
    edgeFrom: Int32Array.from(from),
    edgeSkip: Float64Array.from(skip),
    edgeScale: Float64Array.from(scale),
    maxDegree,
    conditionedP: Float64Array.from({ length: m }, () => 0.99 + 0.01 * random()),
  };
}

const SEED = fuzzSeed(5);

describe('enumerating assignments', () => {
  it(`four lanes at a time equal one at a time bit for bit on 300 random networks (seed ${SEED})`, () => {
    printSeed('four lanes vs one by one', SEED);
    const random = seededRandom(SEED).next;
    for (let t = 0; t < 300; t++) {
      const net = randomNetwork(random);
      const lanes = inLanes(net);
      const single = oneByOne(net);
      expect(lanes.total).toBe(single.total);
      expect(Array.from(lanes.gradient)).toEqual(Array.from(single.gradient));
      expect(Array.from(lanes.conditionedGradient)).toEqual(Array.from(single.conditionedGradient));
    }
  });
});
