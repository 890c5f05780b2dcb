// Splits as a person edits them: shares read as the engine reads them, rebalanced to 100 % when one
// changes, the three presets, and every edit written to a real document as one undo step.
import { Board, createUndoManager } from '@napkin/doc';
import type { BoardCall, CallId, ComponentId } from '@napkin/doc';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  applyPreset,
  checkSplit,
  effectiveShares,
  equalShares,
  makeSplit,
  presetOf,
  rebalance,
  removeBranch,
  setShare,
  splitGroups,
  ungroup,
  writeSplit,
} from './split';
import type { SplitGroup } from './split';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('effective shares', () => {
  it('reads set shares as weights and gives unset ones what the set ones leave', () => {
    expect(effectiveShares([0.5, 0.5])).toEqual([0.5, 0.5]);
    // Weights 2 and 1 (they need not sum to 1): two thirds and one third.
    expect(effectiveShares([0.6, 0.3]).map((s) => s.toFixed(4))).toEqual(['0.6667', '0.3333']);
    // 0.5 set, two unset split the 0.5 left: 0.25 each.
    expect(effectiveShares([0.5, undefined, undefined])).toEqual([0.5, 0.25, 0.25]);
    // Nothing set: equal. All zero: equal too.
    expect(effectiveShares([undefined, undefined])).toEqual([0.5, 0.5]);
    expect(effectiveShares([0, 0, 0])).toEqual([1 / 3, 1 / 3, 1 / 3]);
    // Set shares already over 1 leave nothing to the unset one.
    expect(effectiveShares([1, 1, undefined])).toEqual([0.5, 0.5, 0]);
  });
});

describe('rebalance', () => {
  it('keeps the other branches in proportion and the whole at 100 %', () => {
    expect(rebalance([0.5, 0.5], 0, 0.7)).toEqual([0.7, 0.3]);
    // Others 0.2 and 0.6 (1 : 3) share the 0.5 left: 0.125 and 0.375.
    expect(rebalance([0.2, 0.2, 0.6], 0, 0.5)).toEqual([0.5, 0.125, 0.375]);
  });

  it('splits the rest equally when the others had nothing (an active-passive primary turned down)', () => {
    expect(rebalance([1, 0, 0], 0, 0.4)).toEqual([0.4, 0.3, 0.3]);
  });

  it('keeps the edited share exactly and clamps it to 0–100 %', () => {
    expect(rebalance([1 / 3, 1 / 3, 1 / 3], 1, 0.2)).toEqual([0.4, 0.2, 0.4]);
    expect(rebalance([0.5, 0.5], 1, 1.5)).toEqual([0, 1]);
    expect(rebalance([0.5, 0.5], 1, -1)).toEqual([1, 0]);
  });

  it('always sums to 1 on the 0.01 % grid, with the edited share as typed (every case of a grid)', () => {
    // Exhaustive over small shapes rather than random: 2–5 branches, weights from even to lopsided to
    // all-but-one zero, every branch edited, typed values at and near both ends.
    const patterns = [[1, 1], [3, 1], [1, 0], [0, 0], [0.7, 0.2, 0.1], [1, 1, 1, 1e-4], [5, 0, 0, 0, 1], [2, 3, 5, 7, 11]];
    const typed = [0, 1e-4, 0.1234, 1 / 3, 0.5, 0.9999, 1];
    let cases = 0;
    for (const pattern of patterns) {
      const shares = effectiveShares(pattern);
      for (let index = 0; index < shares.length; index++) {
        for (const value of typed) {
          const next = rebalance(shares, index, value);
          cases++;
          expect(next[index]).toBe(Number(value.toFixed(4)));
          expect(Math.abs(sum(next) - 1)).toBeLessThan(1e-9);
          for (const share of next) {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(Math.abs(share * 10_000 - Math.round(share * 10_000))).toBeLessThan(1e-6);
          }
        }
      }
    }
    expect(cases).toBe(7 * (2 + 2 + 2 + 2 + 3 + 4 + 5 + 5));
  });
});

describe('making and checking a split', () => {
  const call = (id: string, from: string, to: string, extra: Partial<BoardCall> = {}): BoardCall =>
    ({ id: id as CallId, from: from as ComponentId, to: to as ComponentId, mode: 'sync', ...extra }) as BoardCall;

  it('needs two or more calls from one caller that are not already one split', () => {
    expect(checkSplit([call('a', 'lb', 'x')])).toMatchObject({ ok: false });
    expect(checkSplit([call('a', 'lb', 'x'), call('b', 'api', 'y')])).toMatchObject({ ok: false, reason: expect.stringContaining('one component') });
    expect(checkSplit([call('a', 'lb', 'x', { alternative: 's' }), call('b', 'lb', 'y', { alternative: 's' })])).toMatchObject({ ok: false });
    expect(checkSplit([call('a', 'lb', 'x'), call('b', 'lb', 'y')])).toEqual({ ok: true, from: 'lb' });
  });

  it('names the group afresh for the caller and gives equal shares with failover', () => {
    const calls = [call('a', 'lb', 'x', { alternative: 'split' }), call('b', 'lb', 'y', { alternative: 'split' }), call('c', 'lb', 'z'), call('d', 'lb', 'w')];
    const patches = makeSplit([calls[2]!, calls[3]!], calls);
    expect(patches.get('c' as CallId)).toEqual({ alternative: 'split 2', share: 0.5, failover: undefined });
    expect(equalShares(3)).toEqual([0.3334, 0.3333, 0.3333]);
  });

  it('takes a call out of its old split, which ends when one branch is left', () => {
    const calls = [call('a', 'lb', 'x', { alternative: 'old' }), call('b', 'lb', 'y', { alternative: 'old' }), call('c', 'lb', 'z')];
    const patches = makeSplit([calls[1]!, calls[2]!], calls);
    expect(patches.get('a' as CallId)).toEqual({ alternative: undefined, share: undefined, failover: undefined });
    expect(patches.get('b' as CallId)).toMatchObject({ alternative: 'split' });
  });
});

describe('presets', () => {
  const group = (shares: readonly (number | undefined)[], failover: readonly (boolean | undefined)[] = []): SplitGroup => {
    const calls = shares.map((share, i) => ({ id: `c${i}`, from: 'lb', to: `t${i}`, mode: 'sync', alternative: 'g', share, failover: failover[i] }) as BoardCall);
    return splitGroups(calls).values().next().value as SplitGroup;
  };

  it('writes the three shapes and recognises them', () => {
    const weighted = group([0.8, 0.2]);
    expect([...applyPreset(weighted, 'active-active').values()]).toEqual([
      { share: 0.5, failover: undefined },
      { share: 0.5, failover: undefined },
    ]);
    expect([...applyPreset(weighted, 'weighted').values()]).toEqual([
      { share: 0.8, failover: false },
      { share: 0.2, failover: false },
    ]);
    expect([...applyPreset(weighted, 'active-passive', 'c1').values()].map((patch) => patch.share)).toEqual([0, 1]);
    expect(presetOf(group([0.5, 0.5]))).toBe('active-active');
    expect(presetOf(group([0.8, 0.2], [false, false]))).toBe('weighted');
    expect(presetOf(group([1, 0]))).toBe('active-passive');
    expect(presetOf(group([0.8, 0.2]))).toBeNull();
  });
});

describe('writing a split to the document', () => {
  function lbWithThreeZones() {
    const ydoc = new Y.Doc();
    const origin = { user: 'test' };
    const board = new Board(ydoc, { localOrigin: origin });
    const undo = createUndoManager(ydoc, origin);
    const lb = board.addComponent({ kind: 'load-balancer-l7', name: 'LB', x: 0, y: 0 });
    const ids = ['A', 'B', 'C'].map((name, i) => {
      const to = board.addComponent({ kind: 'stateless-service', name, x: 300, y: i * 150 });
      return board.addCall({ from: lb, to, mode: 'sync' }) as CallId;
    });
    undo.stopCapturing();
    const calls = () => board.snapshot().calls;
    const only = () => [...splitGroups(calls()).values()][0];
    return { board, undo, ids, calls, only };
  }

  it('make, rebalance, remove a branch and ungroup are each one undo step', () => {
    const { board, undo, calls, only } = lbWithThreeZones();
    writeSplit(board, makeSplit(calls(), calls()));
    undo.stopCapturing();
    expect(only()?.branches.map((b) => b.share)).toEqual([0.3334, 0.3333, 0.3333]);

    const first = only()!.branches[0]!.call.id;
    writeSplit(board, setShare(only()!, first, 0.5));
    undo.stopCapturing();
    expect(only()?.branches.map((b) => b.share)).toEqual([0.5, 0.25, 0.25]);

    writeSplit(board, removeBranch(only()!, first));
    undo.stopCapturing();
    expect(only()?.branches.map((b) => b.share)).toEqual([0.5, 0.5]);
    expect(calls().find((c) => c.id === first)).not.toHaveProperty('alternative');

    writeSplit(board, ungroup(only()!));
    undo.stopCapturing();
    expect(splitGroups(calls()).size).toBe(0);

    undo.undo();
    expect(only()?.branches).toHaveLength(2);
    undo.undo();
    expect(only()?.branches.map((b) => b.share)).toEqual([0.5, 0.25, 0.25]);
    undo.undo();
    expect(only()?.branches.map((b) => b.share)).toEqual([0.3334, 0.3333, 0.3333]);
    undo.undo();
    expect(splitGroups(calls()).size).toBe(0);
  });
});
