// Alternatives as a person edits them: a "split". Calls from one caller that name the same `alternative`
// group are branches of one choice, and each request takes exactly one of them by share (the issue 14
// contract). The document stores each branch's own `share` and `failover`; this module turns the edits a
// person makes on the whole split (make one, change a share, pick a preset, drop a branch, ungroup) into
// one patch per call, so the caller writes them in one transaction: one undo step for everyone. Pure.
import type { Board, BoardCall, CallId, CallPatch } from '@napkin/doc';

export interface Branch {
  readonly call: BoardCall;
  /** The share of the group's requests this branch takes with every branch up (0–1; the group sums to 1). */
  readonly share: number;
  /** Unset is the declared default: a lost branch's share goes to the survivors. */
  readonly failover: boolean;
}

export interface SplitGroup {
  /** Unique on the board: a group name means something only among one caller's calls. */
  readonly key: string;
  readonly from: string;
  readonly name: string;
  readonly branches: readonly Branch[];
}

export type Preset = 'active-active' | 'weighted' | 'active-passive';

/** Patches to write together; a caller applies them in one `board.batch`. */
export type SplitPatches = ReadonlyMap<CallId, CallPatch>;

/** Shares are kept to 0.01 %: finer than anyone edits, coarse enough that 1/3 reads 33.33 %. */
const SHARE_STEP = 1e-4;
const CLEARED: CallPatch = { alternative: undefined, share: undefined, failover: undefined };

export const groupKey = (from: string, name: string): string => `${from} ${name}`;

/**
 * The shares the engine reads off the branches' weights: set shares are weights, unset ones split equally
 * what the set ones leave of 1, and if every weight is 0 the branches split equally.
 */
export function effectiveShares(shares: readonly (number | undefined)[]): number[] {
  const setSum = shares.reduce<number>((sum, share) => sum + Math.max(0, share ?? 0), 0);
  const unset = shares.filter((share) => share === undefined).length;
  const leftover = unset > 0 ? Math.max(0, 1 - setSum) / unset : 0;
  const weights = shares.map((share) => (share === undefined ? leftover : Math.max(0, share)));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return total > 0 ? weights.map((weight) => weight / total) : shares.map(() => 1 / shares.length);
}

/** Every split on the board, by key; branches in the snapshot's (id) order, the same on every screen. */
export function splitGroups(calls: readonly BoardCall[]): ReadonlyMap<string, SplitGroup> {
  const members = new Map<string, BoardCall[]>();
  for (const call of calls) {
    if (call.alternative === undefined) continue;
    const key = groupKey(call.from, call.alternative);
    members.set(key, [...(members.get(key) ?? []), call]);
  }
  const groups = new Map<string, SplitGroup>();
  for (const [key, groupCalls] of members) {
    const shares = effectiveShares(groupCalls.map((call) => call.share));
    const first = groupCalls[0] as BoardCall;
    const branches = groupCalls.map((call, index) => ({ call, share: shares[index] ?? 0, failover: call.failover !== false }));
    groups.set(key, { key, from: first.from, name: first.alternative ?? '', branches });
  }
  return groups;
}

export function groupOf(groups: ReadonlyMap<string, SplitGroup>, call: BoardCall): SplitGroup | undefined {
  return call.alternative === undefined ? undefined : groups.get(groupKey(call.from, call.alternative));
}

/** Shares on the 0.01 % grid that still sum to 1: the rounding's remainder goes to the largest one not held fixed. */
export function roundShares(shares: readonly number[], fixed?: number): number[] {
  const rounded = shares.map((share) => Math.round(share / SHARE_STEP) * SHARE_STEP);
  let largest = -1;
  rounded.forEach((share, index) => {
    if (index !== fixed && (largest < 0 || share > (rounded[largest] ?? 0))) largest = index;
  });
  if (largest < 0) return rounded.map(tidy);
  const others = rounded.reduce((sum, share, index) => (index === largest ? sum : sum + share), 0);
  rounded[largest] = Math.max(0, 1 - others);
  return rounded.map(tidy);
}

/** Float noise off (0.30000000000000004 → 0.3), so the document holds what the screen shows. */
const tidy = (share: number): number => Number(share.toFixed(4));

export function equalShares(count: number): number[] {
  return roundShares(Array.from({ length: count }, () => 1 / count));
}

/**
 * One branch's share set to `share`; the others keep their proportions and fill what is left, so the
 * group still sums to 100 %. Branches that had nothing split the rest equally.
 */
export function rebalance(shares: readonly number[], index: number, share: number): number[] {
  const target = Math.min(1, Math.max(0, share));
  const rest = 1 - target;
  const othersSum = shares.reduce((sum, value, i) => (i === index ? sum : sum + value), 0);
  const others = shares.length - 1;
  const next = shares.map((value, i) => {
    if (i === index) return target;
    return othersSum > 0 ? (value / othersSum) * rest : rest / others;
  });
  return roundShares(next, index);
}

export type SplitCheck = { readonly ok: true; readonly from: string } | { readonly ok: false; readonly reason: string };

/** Whether these calls can become one split, and if not, why in words a person can act on. */
export function checkSplit(calls: readonly BoardCall[]): SplitCheck {
  if (calls.length < 2) return { ok: false, reason: 'Select two or more calls from one component to make a split.' };
  const from = calls[0]?.from as string;
  if (calls.some((call) => call.from !== from)) return { ok: false, reason: 'A split is made of calls from one component: these come from several.' };
  const names = new Set(calls.map((call) => call.alternative));
  const sole = [...names][0];
  if (names.size === 1 && sole !== undefined) return { ok: false, reason: `These calls already are one split (“${sole}”).` };
  return { ok: true, from };
}

/** A group name the caller does not use yet: "split", then "split 2", … */
export function freshGroupName(callerCalls: readonly BoardCall[]): string {
  const used = new Set(callerCalls.map((call) => call.alternative));
  for (let n = 1; ; n++) {
    const name = n === 1 ? 'split' : `split ${n}`;
    if (!used.has(name)) return name;
  }
}

/**
 * The calls become one new split with equal shares and failover (active-active). A call that was a branch
 * of another split leaves it, as `removeBranch` would take it out.
 */
export function makeSplit(calls: readonly BoardCall[], callerCalls: readonly BoardCall[]): SplitPatches {
  const name = freshGroupName(callerCalls);
  const shares = equalShares(calls.length);
  const joining = new Set<string>(calls.map((call) => call.id));
  const patches = new Map<CallId, CallPatch>();
  for (const group of splitGroups(callerCalls).values()) {
    if (group.branches.some((branch) => joining.has(branch.call.id))) leave(group, joining, patches);
  }
  calls.forEach((call, index) => patches.set(call.id, { alternative: name, share: shares[index], failover: undefined }));
  return patches;
}

export function setShare(group: SplitGroup, callId: string, share: number): SplitPatches {
  const index = group.branches.findIndex((branch) => branch.call.id === callId);
  if (index < 0) return new Map();
  const shares = rebalance(group.branches.map((branch) => branch.share), index, share);
  return new Map(group.branches.map((branch, i) => [branch.call.id, { share: shares[i] }]));
}

/**
 * The three shapes every split design takes: active-active (equal shares, failover), a weighted split
 * without failover (the shares as they are, a lost branch's share fails), active-passive (the primary
 * takes everything, the standbys 0 % until the primary is down).
 */
export function applyPreset(group: SplitGroup, preset: Preset, primaryId?: string): SplitPatches {
  const { branches } = group;
  switch (preset) {
    case 'active-active': {
      const shares = equalShares(branches.length);
      return new Map(branches.map((branch, i) => [branch.call.id, { share: shares[i], failover: undefined }]));
    }
    case 'weighted': {
      const shares = roundShares(branches.map((branch) => branch.share));
      return new Map(branches.map((branch, i) => [branch.call.id, { share: shares[i], failover: false }]));
    }
    case 'active-passive': {
      const primary = branches.some((branch) => branch.call.id === primaryId) ? primaryId : branches[0]?.call.id;
      return new Map(branches.map((branch) => [branch.call.id, { share: branch.call.id === primary ? 1 : 0, failover: undefined }]));
    }
  }
}

/** Which preset the split matches now, if any (the inspector marks it). */
export function presetOf(group: SplitGroup): Preset | null {
  const { branches } = group;
  const allFailover = branches.every((branch) => branch.failover);
  const equal = branches.every((branch) => Math.abs(branch.share - 1 / branches.length) < SHARE_STEP * branches.length);
  if (allFailover && branches.filter((branch) => branch.share >= 1 - SHARE_STEP).length === 1 && branches.length > 1) return 'active-passive';
  if (allFailover && equal) return 'active-active';
  if (branches.every((branch) => !branch.failover)) return 'weighted';
  return null;
}

/** The branch leaves the split (it becomes a plain call); the others share what it had. */
export function removeBranch(group: SplitGroup, callId: string): SplitPatches {
  const patches = new Map<CallId, CallPatch>([[callId as CallId, CLEARED]]);
  leave(group, new Set([callId]), patches);
  return patches;
}

/**
 * The remaining branches' patches once `leaving` are out: their shares rescaled to sum to 1 again. A
 * split left with one branch is no choice any more: it ends.
 */
function leave(group: SplitGroup, leaving: ReadonlySet<string>, patches: Map<CallId, CallPatch>): void {
  const remaining = group.branches.filter((branch) => !leaving.has(branch.call.id));
  if (remaining.length < 2) {
    for (const branch of remaining) patches.set(branch.call.id, CLEARED);
    return;
  }
  const shares = roundShares(effectiveShares(remaining.map((branch) => branch.share)));
  remaining.forEach((branch, i) => patches.set(branch.call.id, { share: shares[i] }));
}

/**
 * What deleting calls (or the components they join) leaves of the splits they were in: the remaining
 * branches rescaled to 100 %, and a split left with one branch ended, as `removeBranch` does.
 */
export function splitsAfterRemoval(calls: readonly BoardCall[], removed: ReadonlySet<string>): SplitPatches {
  const patches = new Map<CallId, CallPatch>();
  for (const group of splitGroups(calls).values()) {
    if (group.branches.some((branch) => removed.has(branch.call.id))) leave(group, removed, patches);
  }
  return patches;
}

/** Every branch becomes a plain call again (made by every request, as before the split). */
export function ungroup(group: SplitGroup): SplitPatches {
  return new Map(group.branches.map((branch) => [branch.call.id, CLEARED]));
}

/** Writes a split's patches as one transaction, so the edit is one undo step and reaches peers at once. */
export function writeSplit(board: Board, patches: SplitPatches): void {
  board.batch(() => {
    for (const [id, patch] of patches) board.updateCall(id, patch);
  });
}
