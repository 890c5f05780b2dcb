// Past saturation the engine's latency is the value at its wait cap: the board shows it as a floor.
import { describe, expect, it } from 'vitest';
import { analyseSingleTier } from '../../test/single-tier-board';
import { formatFigure } from '../why/format';
import { SATURATED_NOTE, asLowerBound, boundedIf, pathSaturated, saturatedIds } from './saturation';

const resultFor = (rps: number) => analyseSingleTier({ id: 'db', kind: 'relational-primary', name: 'DB' }, rps);

describe('saturation', () => {
  it('marks the latency through a saturated component as a lower bound, with the reason', () => {
    const result = resultFor(2000);
    const saturated = saturatedIds(result);
    expect([...saturated]).toEqual(['db']);
    const flow = result.flows[0]!;
    expect(pathSaturated(flow, saturated)).toBe(true);
    const bounded = boundedIf(true, flow.latency.p99Ms);
    expect(formatFigure(bounded)).toMatch(/^≥ /);
    expect(bounded.note).toContain(SATURATED_NOTE);
  });

  it('leaves figures alone below saturation, and keeps a note already there', () => {
    const result = resultFor(100);
    expect(pathSaturated(result.flows[0]!, saturatedIds(result))).toBe(false);
    const figure = { value: 3, unit: 'ms', formula: 'f', inputs: {}, note: 'first' };
    expect(boundedIf(false, figure)).toBe(figure);
    expect(asLowerBound(figure).note).toBe(`first ${SATURATED_NOTE}`);
  });
});
