// Enumerating the conditioned variables' assignments of one flow: its success and, by reverse mode,
// the gradient behind every weakest-link gain. Called by `flowAvailability` (exact.ts) with the flow
// flattened into typed arrays.
import { SCRATCH, scratch } from './scratch';

/** The flow's flattened network: per node its own probability, conditioned bit and zones; per edge its callee slot. */
export interface Network {
  readonly n: number;
  readonly m: number;
  readonly root: number;
  readonly p: Float64Array;
  readonly nodeBit: Int32Array;
  readonly zoneMask: Int32Array;
  readonly staticFactor: Float64Array;
  readonly edgeStart: Int32Array;
  readonly edgeFrom: Int32Array;
  readonly edgeSkip: Float64Array;
  readonly edgeScale: Float64Array;
  readonly maxDegree: number;
  readonly conditionedP: Float64Array;
}

/** Σ over assignments of weight × success, and of weight × its gradient (per node, per conditioned variable). */
export interface Sums {
  readonly total: number;
  /**
   * Per node not conditioned on: Σ weight × ∂value/∂u × [its conditioned zones are up], so that
   * ∂A/∂p = gradient × staticFactor and ∂A/∂staticFactor = gradient × p (u = p × that × staticFactor).
   */
  readonly gradient: Float64Array;
  readonly conditionedGradient: Float64Array;
}

/**
 * Every assignment of the conditioned variables: the flow's success (forward) and its gradient
 * (reverse mode), weighted by the assignment's probability. Four assignments at a time when there are
 * at least four (`inLanes`), which gives the same numbers bit for bit. Without the gradient (a caller
 * that reads only the total) the reverse pass is skipped: the same total, its gradients left at 0.
 */
export function enumerateAssignments(net: Network, withGradient = true): Sums {
  return net.m >= 2 ? inLanes(net, withGradient) : oneByOne(net, withGradient);
}

/** The assignment's probability: Π over conditioned variables of q (bit set) or 1 − q, bit 0 first. */
function weightOf(assignment: number, m: number, conditionedP: Float64Array): number {
  let weight = 1;
  for (let bit = 0; bit < m; bit++) {
    const q = conditionedP[bit] as number;
    weight *= assignment & (1 << bit) ? q : 1 - q;
  }
  return weight;
}

/**
 * Adds one assignment's share of ∂A/∂q for every conditioned variable: weight × value / q when its bit
 * is set, − weight × value / (1 − q) when not. Both passes call these two once per assignment (outside
 * the per-node loops; no closure, no allocation), so the lanes and the single pass do the same sums.
 */
function addConditionedGradient(
  conditionedGradient: Float64Array,
  assignment: number,
  m: number,
  conditionedP: Float64Array,
  weight: number,
  value: number,
): void {
  for (let bit = 0; bit < m; bit++) {
    const q = conditionedP[bit] as number;
    conditionedGradient[bit] =
      (conditionedGradient[bit] as number) +
      (assignment & (1 << bit) ? (weight / q) * value : (-weight / (1 - q)) * value);
  }
}

/**
 * One assignment at a time. A function of its own so V8 optimises it as a whole (inside
 * flowAvailability the loop ran on on-stack-replacement code that bailed out at the first statement
 * after it, on every call).
 */
export function oneByOne(net: Network, withGradient = true): Sums {
  const { n, m, root, p, nodeBit, zoneMask, staticFactor, conditionedP } = net;
  const { edgeStart, edgeFrom, edgeSkip, edgeScale } = net;
  const edgeCount = edgeStart[n] ?? 0;
  // Zeroed as a fresh array would be: a back edge (none in a structure today) would read it before it is written.
  const uv = scratch(SCRATCH.uv, 2 * n).fill(0);
  const rest = scratch(SCRATCH.rest, n);
  const passed = scratch(SCRATCH.passed, n);
  const terms = scratch(SCRATCH.terms, edgeCount);
  const suffix = scratch(SCRATCH.suffix, net.maxDegree + 1);
  const adjoint = scratch(SCRATCH.adjoint, 2 * n);
  const gradient = new Float64Array(n);
  const conditionedGradient = new Float64Array(m);
  let total = 0;

  for (let assignment = 0; assignment < 1 << m; assignment++) {
    const weight = weightOf(assignment, m, conditionedP);
    if (weight === 0) continue;
    // Forward: callees before callers.
    for (let i = n - 1; i >= 0; i--) {
      const mask = zoneMask[i] as number;
      const pass = (assignment & mask) === mask ? 1 : 0;
      const factor = pass * (staticFactor[i] as number);
      passed[i] = pass;
      const bit = nodeBit[i] as number;
      const own = bit >= 0 ? (assignment >> bit) & 1 : (p[i] as number);
      const ui = own * factor;
      uv[i] = ui;
      let product = 1;
      const last = edgeStart[i + 1] as number;
      for (let e = edgeStart[i] as number; e < last; e++) {
        const t = (edgeSkip[e] as number) + (edgeScale[e] as number) * (uv[edgeFrom[e] as number] as number);
        terms[e] = t;
        product *= t;
      }
      rest[i] = product;
      uv[n + i] = ui * product;
    }
    const value = uv[n + root] as number;
    total += weight * value;
    if (!withGradient) continue;
    addConditionedGradient(conditionedGradient, assignment, m, conditionedP, weight, value);
    // Backward (reverse mode): callers before callees, so each node's adjoint is complete when used.
    // adjoint[i] is ∂value/∂u_i, adjoint[n + i] is ∂value/∂v_i.
    adjoint.fill(0);
    adjoint[n + root] = 1;
    for (let i = 0; i < n; i++) {
      const a = adjoint[n + i] as number;
      if (a !== 0) {
        adjoint[i] = (adjoint[i] as number) + a * (rest[i] as number);
        const first = edgeStart[i] as number;
        const degree = (edgeStart[i + 1] as number) - first;
        suffix[degree] = 1;
        for (let k = degree - 1; k >= 0; k--) suffix[k] = (suffix[k + 1] as number) * (terms[first + k] as number);
        let prefix = uv[i] as number;
        for (let k = 0; k < degree; k++) {
          const e = first + k;
          const from = edgeFrom[e] as number;
          adjoint[from] =
            (adjoint[from] as number) + prefix * (suffix[k + 1] as number) * (edgeScale[e] as number) * a;
          prefix *= terms[e] as number;
        }
      }
      if ((nodeBit[i] as number) < 0) {
        gradient[i] = (gradient[i] as number) + weight * (adjoint[i] as number) * (passed[i] as number);
      }
    }
  }

  return { total, gradient, conditionedGradient };
}

/**
 * Four assignments (base … base + 3) per pass over the network: each node's and edge's data is read
 * once for four, and the four products are independent, so the loops run about twice as fast. Every
 * lane does exactly the operations `oneByOne` does for its assignment, and the sums take the lanes in
 * assignment order, so the result is the same bit for bit. Needs m ≥ 2 (a multiple of four assignments).
 * Its per-node and per-edge loops stay written out apart from oneByOne's on purpose: sharing them would
 * put a lane loop or a call back into every node and edge, the cost the four lanes exist to remove.
 */
export function inLanes(net: Network, withGradient = true): Sums {
  const { n, m, root, p, nodeBit, zoneMask, staticFactor, conditionedP } = net;
  const { edgeStart, edgeFrom, edgeSkip, edgeScale } = net;
  const edgeCount = edgeStart[n] ?? 0;
  // Lane l of slot x at 4x + l; u at slots 0 … n − 1 and v at n … 2n − 1, as in oneByOne.
  const uv = scratch(SCRATCH.uv, 8 * n).fill(0);
  const rest = scratch(SCRATCH.rest, 4 * n);
  const passed = scratch(SCRATCH.passed, 4 * n);
  const terms = scratch(SCRATCH.terms, 4 * edgeCount);
  const suffix = scratch(SCRATCH.suffix, 4 * (net.maxDegree + 1));
  const adjoint = scratch(SCRATCH.adjoint, 8 * n);
  const gradient = new Float64Array(n);
  const conditionedGradient = new Float64Array(m);
  const weights = scratch(SCRATCH.weights, 4);
  let total = 0;

  for (let base = 0; base < 1 << m; base += 4) {
    for (let lane = 0; lane < 4; lane++) {
      weights[lane] = weightOf(base + lane, m, conditionedP);
    }
    // Forward: callees before callers.
    for (let i = n - 1; i >= 0; i--) {
      const mask = zoneMask[i] as number;
      const factor = staticFactor[i] as number;
      const bit = nodeBit[i] as number;
      const own = p[i] as number;
      const g0 = (base & mask) === mask ? 1 : 0;
      const g1 = ((base + 1) & mask) === mask ? 1 : 0;
      const g2 = ((base + 2) & mask) === mask ? 1 : 0;
      const g3 = ((base + 3) & mask) === mask ? 1 : 0;
      const f0 = g0 * factor;
      const f1 = g1 * factor;
      const f2 = g2 * factor;
      const f3 = g3 * factor;
      const i4 = 4 * i;
      passed[i4] = g0;
      passed[i4 + 1] = g1;
      passed[i4 + 2] = g2;
      passed[i4 + 3] = g3;
      const u0 = (bit >= 0 ? (base >> bit) & 1 : own) * f0;
      const u1 = (bit >= 0 ? ((base + 1) >> bit) & 1 : own) * f1;
      const u2 = (bit >= 0 ? ((base + 2) >> bit) & 1 : own) * f2;
      const u3 = (bit >= 0 ? ((base + 3) >> bit) & 1 : own) * f3;
      uv[i4] = u0;
      uv[i4 + 1] = u1;
      uv[i4 + 2] = u2;
      uv[i4 + 3] = u3;
      let p0 = 1;
      let p1 = 1;
      let p2 = 1;
      let p3 = 1;
      const last = edgeStart[i + 1] as number;
      for (let e = edgeStart[i] as number; e < last; e++) {
        const from = 4 * (edgeFrom[e] as number);
        const skip = edgeSkip[e] as number;
        const scale = edgeScale[e] as number;
        const t0 = skip + scale * (uv[from] as number);
        const t1 = skip + scale * (uv[from + 1] as number);
        const t2 = skip + scale * (uv[from + 2] as number);
        const t3 = skip + scale * (uv[from + 3] as number);
        const e4 = 4 * e;
        terms[e4] = t0;
        terms[e4 + 1] = t1;
        terms[e4 + 2] = t2;
        terms[e4 + 3] = t3;
        p0 *= t0;
        p1 *= t1;
        p2 *= t2;
        p3 *= t3;
      }
      rest[i4] = p0;
      rest[i4 + 1] = p1;
      rest[i4 + 2] = p2;
      rest[i4 + 3] = p3;
      const v4 = 4 * (n + i);
      uv[v4] = u0 * p0;
      uv[v4 + 1] = u1 * p1;
      uv[v4 + 2] = u2 * p2;
      uv[v4 + 3] = u3 * p3;
    }
    for (let lane = 0; lane < 4; lane++) {
      const weight = weights[lane] as number;
      const value = uv[4 * (n + root) + lane] as number;
      total += weight * value;
      if (withGradient) addConditionedGradient(conditionedGradient, base + lane, m, conditionedP, weight, value);
    }
    if (!withGradient) continue;
    // Backward (reverse mode): callers before callees; a lane whose adjoint is 0 is skipped, as in oneByOne.
    adjoint.fill(0);
    const r4 = 4 * (n + root);
    adjoint[r4] = adjoint[r4 + 1] = adjoint[r4 + 2] = adjoint[r4 + 3] = 1;
    for (let i = 0; i < n; i++) {
      const i4 = 4 * i;
      const v4 = 4 * (n + i);
      const a0 = adjoint[v4] as number;
      const a1 = adjoint[v4 + 1] as number;
      const a2 = adjoint[v4 + 2] as number;
      const a3 = adjoint[v4 + 3] as number;
      if (a0 !== 0 || a1 !== 0 || a2 !== 0 || a3 !== 0) {
        if (a0 !== 0) adjoint[i4] = (adjoint[i4] as number) + a0 * (rest[i4] as number);
        if (a1 !== 0) adjoint[i4 + 1] = (adjoint[i4 + 1] as number) + a1 * (rest[i4 + 1] as number);
        if (a2 !== 0) adjoint[i4 + 2] = (adjoint[i4 + 2] as number) + a2 * (rest[i4 + 2] as number);
        if (a3 !== 0) adjoint[i4 + 3] = (adjoint[i4 + 3] as number) + a3 * (rest[i4 + 3] as number);
        const first = edgeStart[i] as number;
        const degree = (edgeStart[i + 1] as number) - first;
        const d4 = 4 * degree;
        suffix[d4] = suffix[d4 + 1] = suffix[d4 + 2] = suffix[d4 + 3] = 1;
        for (let k = degree - 1; k >= 0; k--) {
          const k4 = 4 * k;
          const e4 = 4 * (first + k);
          suffix[k4] = (suffix[k4 + 4] as number) * (terms[e4] as number);
          suffix[k4 + 1] = (suffix[k4 + 5] as number) * (terms[e4 + 1] as number);
          suffix[k4 + 2] = (suffix[k4 + 6] as number) * (terms[e4 + 2] as number);
          suffix[k4 + 3] = (suffix[k4 + 7] as number) * (terms[e4 + 3] as number);
        }
        let q0 = uv[i4] as number;
        let q1 = uv[i4 + 1] as number;
        let q2 = uv[i4 + 2] as number;
        let q3 = uv[i4 + 3] as number;
        for (let k = 0; k < degree; k++) {
          const e = first + k;
          const e4 = 4 * e;
          const s4 = 4 * (k + 1);
          const from = 4 * (edgeFrom[e] as number);
          const scale = edgeScale[e] as number;
          if (a0 !== 0) {
            adjoint[from] = (adjoint[from] as number) + q0 * (suffix[s4] as number) * scale * a0;
          }
          if (a1 !== 0) {
            adjoint[from + 1] = (adjoint[from + 1] as number) + q1 * (suffix[s4 + 1] as number) * scale * a1;
          }
          if (a2 !== 0) {
            adjoint[from + 2] = (adjoint[from + 2] as number) + q2 * (suffix[s4 + 2] as number) * scale * a2;
          }
          if (a3 !== 0) {
            adjoint[from + 3] = (adjoint[from + 3] as number) + q3 * (suffix[s4 + 3] as number) * scale * a3;
          }
          q0 *= terms[e4] as number;
          q1 *= terms[e4 + 1] as number;
          q2 *= terms[e4 + 2] as number;
          q3 *= terms[e4 + 3] as number;
        }
      }
      if ((nodeBit[i] as number) < 0) {
        // Lanes in assignment order, as oneByOne adds them.
        let g = gradient[i] as number;
        g = g + (weights[0] as number) * (adjoint[i4] as number) * (passed[i4] as number);
        g = g + (weights[1] as number) * (adjoint[i4 + 1] as number) * (passed[i4 + 1] as number);
        g = g + (weights[2] as number) * (adjoint[i4 + 2] as number) * (passed[i4 + 2] as number);
        g = g + (weights[3] as number) * (adjoint[i4 + 3] as number) * (passed[i4 + 3] as number);
        gradient[i] = g;
      }
    }
  }
  return { total, gradient, conditionedGradient };
}
