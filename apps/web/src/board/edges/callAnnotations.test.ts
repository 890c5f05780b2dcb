// The tier on a call comes from zone geometry, the same way the engine derives it.
import { Board } from '@napkin/doc';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { splitGroups } from '../../alternatives/split';
import { branchLabels, callLabels, callTiers, tierLabel } from './callAnnotations';

function board() {
  return new Board(new Y.Doc());
}

describe('callTiers', () => {
  it('says nothing special for a board without zones', () => {
    const b = board();
    const a = b.addComponent({ kind: 'stateless-service', x: 0, y: 0 });
    const d = b.addComponent({ kind: 'relational-primary', x: 300, y: 0 });
    const call = b.addCall({ from: a, to: d, mode: 'sync' })!;
    const tier = callTiers(b.snapshot()).get(call)!;
    expect(tier.tier).toBe('same-zone');
    expect(tierLabel(tier)).toBeNull();
  });

  it('labels a call between two availability zones cross-zone, and one between regions cross-region', () => {
    const b = board();
    b.addZone({ level: 'region', x: -50, y: -50, width: 1200, height: 500 });
    b.addZone({ level: 'availability-zone', x: 0, y: 0, width: 500, height: 400 });
    b.addZone({ level: 'availability-zone', x: 600, y: 0, width: 500, height: 400 });
    b.addZone({ level: 'region', x: 0, y: 2000, width: 500, height: 400 });
    const app = b.addComponent({ kind: 'stateless-service', x: 100, y: 100 });
    const db = b.addComponent({ kind: 'relational-primary', x: 700, y: 100 });
    const far = b.addComponent({ kind: 'relational-replica', x: 100, y: 2100 });
    const cross = b.addCall({ from: app, to: db, mode: 'sync' })!;
    const remote = b.addCall({ from: db, to: far, mode: 'async' })!;
    const tiers = callTiers(b.snapshot());
    expect(tierLabel(tiers.get(cross)!)).toBe('cross-zone +1 ms');
    expect(tierLabel(tiers.get(remote)!)).toBe('cross-region +35 ms');
  });
});

describe('callTiers into a spread', () => {
  it('labels the share of calls that cross zones when the callee spreads its instances over them', () => {
    // app in AZ a; db spreads 2 instances over AZ a and AZ b: a visit meets either, so half the calls
    // stay in the zone (0.5 ms) and half cross it (1 ms): mean 0.75 ms, as the engine counts it.
    const b = board();
    b.addZone({ level: 'region', x: -50, y: -50, width: 1200, height: 500 });
    const za = b.addZone({ level: 'availability-zone', x: 0, y: 0, width: 500, height: 400 });
    const zb = b.addZone({ level: 'availability-zone', x: 600, y: 0, width: 500, height: 400 });
    const app = b.addComponent({ kind: 'stateless-service', x: 100, y: 100 });
    const db = b.addComponent({ kind: 'stateless-service', x: 700, y: 100, instances: 2, spread: `${za} ${zb}` });
    const call = b.addCall({ from: app, to: db, mode: 'sync' })!;
    const tier = callTiers(b.snapshot()).get(call)!;
    expect(tier.mix?.map((part) => [part.tier, part.share])).toEqual([
      ['same-zone', 0.5],
      ['cross-zone', 0.5],
    ]);
    expect(tier.rttMs).toBeCloseTo(0.75, 12);
    expect(tierLabel(tier)).toBe('cross-zone +1 ms (50 % of calls)');
    // Listing the spread's zones the other way round changes nothing.
    b.updateComponent(db, { spread: `${zb} ${za}` });
    expect(tierLabel(callTiers(b.snapshot()).get(call)!)).toBe('cross-zone +1 ms (50 % of calls)');
    // All of it in AZ b: every call crosses, the plain label.
    b.updateComponent(db, { spread: `${zb}:2` });
    expect(tierLabel(callTiers(b.snapshot()).get(call)!)).toBe('cross-zone +1 ms');
  });
});

describe('callLabels', () => {
  it('shows fan-out, fraction, traffic, retries, optional and the user label; nothing for a plain call', () => {
    const b = board();
    const a = b.addComponent({ kind: 'stateless-service', x: 0, y: 0 });
    const d = b.addComponent({ kind: 'relational-primary', x: 300, y: 0 });
    b.addCall({ from: a, to: d, mode: 'sync' });
    b.addCall({ from: d, to: a, mode: 'sync', callsPerRequest: 3, fraction: 0.3, traffic: 'read', retries: 2, optional: true, label: 'lookup' });
    const [plain, busy] = b.snapshot().calls.sort((x, y) => (x.callsPerRequest ?? 1) - (y.callsPerRequest ?? 1));
    expect(callLabels(plain!)).toEqual([]);
    expect(callLabels(busy!)).toEqual(['×3', '30 %', 'reads', '↻2', 'optional', 'lookup']);
  });
});

describe('branchLabels', () => {
  it('shows a branch\'s share, a 0 % branch that takes over as a standby, and a branch that does not fail over', () => {
    const b = board();
    const lb = b.addComponent({ kind: 'load-balancer-l7', x: 0, y: 0 });
    const targets = [0, 1, 2].map((i) => b.addComponent({ kind: 'stateless-service', x: 300, y: i * 150 }));
    const [first, second, third] = targets.map((to) => b.addCall({ from: lb, to, mode: 'sync', alternative: 'split' })!);
    b.updateCall(first!, { share: 0.7 });
    b.updateCall(second!, { share: 0.3, failover: false });
    b.updateCall(third!, { share: 0 });
    const branches = new Map([...splitGroups(b.snapshot().calls).values()][0]!.branches.map((branch) => [branch.call.id, branch]));
    expect(branchLabels(branches.get(first!)!)).toEqual(['split 70 %']);
    expect(branchLabels(branches.get(second!)!)).toEqual(['split 30 %', 'no failover']);
    expect(branchLabels(branches.get(third!)!)).toEqual(['standby']);
  });
});
