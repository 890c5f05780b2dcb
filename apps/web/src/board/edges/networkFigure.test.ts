// The network chip's "why?": the tier's round trip from the latency table, the two placements that
// decided it, and what the analysis charges for it.
import { Board } from '@napkin/doc';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { callTiers } from './callAnnotations';
import { NETWORK_FORMULA, describeEnd, networkFigure } from './networkFigure';

function crossZoneCall() {
  const b = new Board(new Y.Doc());
  const left = b.addZone({ level: 'availability-zone', name: 'AZ a', x: 0, y: 0, width: 500, height: 400 });
  const right = b.addZone({ level: 'availability-zone', name: 'AZ b', x: 600, y: 0, width: 500, height: 400 });
  const app = b.addComponent({ kind: 'stateless-service', name: 'API', x: 100, y: 100 });
  const db = b.addComponent({ kind: 'relational-primary', name: 'DB', x: 700, y: 100 });
  const call = b.addCall({ from: app, to: db, mode: 'sync' })!;
  const tier = callTiers(b.snapshot()).get(call)!;
  const names = new Map<string, string>([
    [left, 'AZ a'],
    [right, 'AZ b'],
  ]);
  const zoneName = (id: string) => names.get(id);
  return { call, tier, ends: { from: describeEnd('API', tier.from, zoneName), to: describeEnd('DB', tier.to, zoneName) } };
}

describe('networkFigure', () => {
  it('explains a cross-zone call by its tier, both placements and the table value', () => {
    const { tier, ends } = crossZoneCall();
    const figure = networkFigure(tier, ends, undefined);
    expect(figure.value).toBe(1);
    expect(figure.unit).toBe('ms');
    expect(figure.formula).toBe(NETWORK_FORMULA);
    expect(figure.inputs).toEqual({ from: 'API in AZ a', to: 'DB in AZ b', tier: 'cross-zone', 'latency table (ms)': 1 });
    expect(figure.note).toMatch(/Capacity|card|AZ/);
  });

  it('says whether a flow pays it once the analysis has run', () => {
    const { call, tier, ends } = crossZoneCall();
    expect(networkFigure(tier, ends, null).note).toMatch(/No flow’s critical path/);
    const hop = { component: 'db', name: 'DB', via: call, depth: 2, networkMs: 1, ownP50Ms: 5, ownP99Ms: 25, visitProbability: 1 };
    const charged = {
      hops: [{ flow: 'users', flowName: 'Users', hop: { ...hop, budgetShare: { value: 0.1, unit: 'ratio', formula: '', inputs: {} } } }],
      networkMs: 1,
      findings: [],
    } as unknown as Parameters<typeof networkFigure>[2];
    expect(networkFigure(tier, ends, charged).note).toMatch(/adds 1 ms for it on the critical path of Users/);
  });

  it('names an end in no zone as such', () => {
    expect(describeEnd('Cache', { host: 'c' }, () => undefined)).toBe('Cache (in no zone)');
  });
});
