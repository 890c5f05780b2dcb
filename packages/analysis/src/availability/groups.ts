// An alternative group inside the exact evaluation. Given which branch targets pass their health check
// (a set S), each request takes branch j ∈ S with the share routeShares gives it (its own weight plus
// what failed over to it); the shares of down branches that do not fail over, or that have no survivor,
// are lost (they fail, unless the branch is optional). So the group's success is
//   T = Σ_S Π_{l∈S} h_l Π_{l∉S} (1 − h_l) × [lost_ok(S) + Σ_{j∈S} c_j(S) × x_j / h_j]
// where h_l is P(target l healthy) and x_j what branch j needs once chosen (its target and subtree, v;
// the target accepting, u; or nothing, h), all independent given the conditioned variables. Written as
// monomials, each target enters as h, 1 − h or x, never twice, so T is affine in every one of them:
// its partial derivatives are differences of two evaluations, which is how the reverse pass gets them.
import { routeShares } from '../model/alternatives';
import type { Branch, GroupEdge } from './structure';

/** Where a branch's x sits among the evaluation's slots: v, u or h of its target. */
export const NEEDS_SLOT = { v: 1, u: 0, h: 2 } as const;

/** A group flattened for evaluation: per health state S (bit j = branch j healthy) its coefficients. */
export interface GroupTable {
  readonly k: number;
  /** Per branch: the target's node index and which slot of it x reads (0 u, 1 v, 2 h). */
  readonly target: Int32Array;
  readonly slot: Int32Array;
  /** c_j(S) at S × k + j: the share of requests branch j serves in state S, times its in-time probability. */
  readonly coefficient: Float64Array;
  /** lost_ok(S): shares lost in state S that still succeed (optional branches'). */
  readonly lostOk: Float64Array;
  /** The fraction of the caller's requests that make the group's call. */
  readonly share: number;
  /** Scratch for one evaluation: h and x per branch. */
  readonly h: Float64Array;
  readonly x: Float64Array;
}

export function groupTable(edge: GroupEdge): GroupTable {
  const branches = edge.branches;
  const k = branches.length;
  const states = 1 << k;
  const coefficient = new Float64Array(states * k);
  const lostOk = new Float64Array(states);
  const weights = branches.map((branch) => branch.weight);
  const failover = branches.map((branch) => branch.failover);
  for (let state = 0; state < states; state++) {
    const healthy = (j: number) => (state & (1 << j)) !== 0;
    const shares = routeShares(weights, failover, healthy);
    let lost = 0;
    branches.forEach((branch: Branch, j) => {
      if (healthy(j)) {
        coefficient[state * k + j] = (shares[j] ?? 0) * (branch.needs === 'v' ? branch.inTime : 1);
        return;
      }
      // A down branch's share is lost when it does not fail over or nothing survives; an optional one's still succeeds.
      const moved = branch.failover && state !== 0;
      if (!moved && branch.needs === 'h') lost += branch.weight;
    });
    lostOk[state] = lost;
  }
  return {
    k,
    target: Int32Array.from(branches, (branch) => branch.to),
    slot: Int32Array.from(branches, (branch) => NEEDS_SLOT[branch.needs]),
    coefficient,
    lostOk,
    share: edge.share,
    h: new Float64Array(k),
    x: new Float64Array(k),
  };
}

/** T for the health probabilities and needs in the table's scratch (h, x). */
function evaluate(table: GroupTable): number {
  const { k, coefficient, lostOk, h, x } = table;
  let total = 0;
  for (let state = 0; state < 1 << k; state++) {
    // Π over the branches outside the state of (1 − h).
    let outside = 1;
    for (let l = 0; l < k; l++) if ((state & (1 << l)) === 0) outside *= 1 - (h[l] as number);
    if (outside === 0) continue;
    let inside = 0;
    const lost = lostOk[state] as number;
    if (lost !== 0) {
      let all = lost;
      for (let l = 0; l < k; l++) if ((state & (1 << l)) !== 0) all *= h[l] as number;
      inside += all;
    }
    for (let j = 0; j < k; j++) {
      if ((state & (1 << j)) === 0) continue;
      const c = coefficient[state * k + j] as number;
      if (c === 0) continue;
      let term = c * (x[j] as number);
      for (let l = 0; l < k; l++) if (l !== j && (state & (1 << l)) !== 0) term *= h[l] as number;
      inside += term;
    }
    total += outside * inside;
  }
  return total;
}

/** Loads h and x of every branch from the evaluation's slots (u at i, v at n + i, h at 2n + i, each × stride + lane). */
function load(table: GroupTable, values: Float64Array, n: number, stride: number, lane: number): void {
  for (let j = 0; j < table.k; j++) {
    const to = table.target[j] as number;
    table.h[j] = values[(2 * n + to) * stride + lane] as number;
    table.x[j] = values[((table.slot[j] as number) * n + to) * stride + lane] as number;
  }
}

/** The group's success T for one assignment. */
export function groupValue(table: GroupTable, values: Float64Array, n: number, stride = 1, lane = 0): number {
  load(table, values, n, stride, lane);
  return evaluate(table);
}

/**
 * Adds `seed` × ∂T/∂(each slot T reads) to `adjoint` (same layout as `values`). T is affine in each of
 * them, so a partial derivative is T with that value at 1 minus T with it at 0.
 */
export function groupBackward(
  table: GroupTable,
  values: Float64Array,
  adjoint: Float64Array,
  n: number,
  seed: number,
  stride = 1,
  lane = 0,
): void {
  load(table, values, n, stride, lane);
  const { k, h, x } = table;
  for (let j = 0; j < k; j++) {
    const to = table.target[j] as number;
    const keepH = h[j] as number;
    h[j] = 1;
    const healthUp = evaluate(table);
    h[j] = 0;
    const healthDown = evaluate(table);
    h[j] = keepH;
    const keepX = x[j] as number;
    x[j] = 1;
    const needUp = evaluate(table);
    x[j] = 0;
    const needDown = evaluate(table);
    x[j] = keepX;
    const hSlot = (2 * n + to) * stride + lane;
    const xSlot = ((table.slot[j] as number) * n + to) * stride + lane;
    adjoint[hSlot] = (adjoint[hSlot] as number) + seed * (healthUp - healthDown);
    adjoint[xSlot] = (adjoint[xSlot] as number) + seed * (needUp - needDown);
  }
}
