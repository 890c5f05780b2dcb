// The enumeration for a flow that uses alternatives or spread components (enumerate.ts keeps the plain
// case, four assignments at a time). Per node the evaluation keeps three values: u (it serves), v (it
// and everything it needs) and h (it passes a health check, read by the alternative groups that route
// to it). A node's own part is H × s: health, then serving given health, each a constant or a
// conditioned bit; a spread node's part comes from its tables (spread-tables.ts). A spread node reached
// more than once is "dependent": its bits are conditioned with probabilities its zones' bits decide.
import type { GroupTable } from './groups';
import { groupBackward, groupValue } from './groups';
import type { SpreadTables } from './spread-tables';
import { comboOf } from './spread-tables';

export interface GeneralNetwork {
  readonly n: number;
  readonly m: number;
  readonly root: number;
  /** s, serving given healthy (P(up) for a node no group routes to); its bit when conditioned, else −1. */
  readonly serveOwn: Float64Array;
  readonly serveBit: Int32Array;
  /** H, P(healthy) (1 for a node no group routes to); its bit when conditioned, else −1. */
  readonly healthOwn: Float64Array;
  readonly healthBit: Int32Array;
  /** Conditioned zones a node needs (all up), and the factors of the others: with served share (u), without (h). */
  readonly zoneMask: Int32Array;
  readonly staticFactor: Float64Array;
  readonly zoneFactor: Float64Array;
  /** Per node: its tables when it is spread, else null; `dependent` when its own bits are conditioned. */
  readonly spread: ReadonlyArray<SpreadTables | null>;
  readonly dependent: Uint8Array;
  readonly isTarget: Uint8Array;
  readonly edgeStart: Int32Array;
  readonly edgeFrom: Int32Array;
  readonly edgeSkip: Float64Array;
  readonly edgeScale: Float64Array;
  /** −1 for a plain call, else the index of its group in `groups`. */
  readonly edgeGroup: Int32Array;
  readonly groups: readonly GroupTable[];
  readonly maxDegree: number;
  /** Per conditioned bit: its probability when independent; for a dependent node's bit, that node (else −1) and whether it is the health bit. */
  readonly conditionedP: Float64Array;
  readonly dependentOf: Int32Array;
  readonly dependentHealth: Uint8Array;
}

/** Sums over assignments, weighted: the success, and what the gains are made of (gains.ts). */
export interface GeneralSums {
  readonly total: number;
  /** ∂A/∂q per independent conditioned bit (0 for a dependent node's bits). */
  readonly conditionedGradient: Float64Array;
  /** Per node, ∂A/∂ its health H, its serving s, its u-factor and its h-factor (unconditioned parts). */
  readonly dHealth: Float64Array;
  readonly dServe: Float64Array;
  readonly dFactor: Float64Array;
  readonly dZoneFactor: Float64Array;
  /** Per spread node (not dependent), ∂A/∂ each entry of its serve and health tables. */
  readonly dServeTable: ReadonlyArray<Float64Array | null>;
  readonly dHealthTable: ReadonlyArray<Float64Array | null>;
  /** Per dependent node, A(node perfect) − A. */
  readonly dependentGain: Float64Array;
}

type MutableSums = { -readonly [K in keyof GeneralSums]: GeneralSums[K] };

/** A dependent node's bit: its probability (perfect: never failing itself) under an assignment. */
function dependentQ(net: GeneralNetwork, bit: number, assignment: number, perfect: boolean): number {
  const node = net.dependentOf[bit] as number;
  const tables = net.spread[node] as SpreadTables;
  const combo = comboOf(assignment, tables.bits);
  const health = tables.health[combo] as number;
  if (net.dependentHealth[bit] === 1) return perfect ? (tables.runs[combo] as number) : health;
  if (net.isTarget[node] === 1) return perfect ? 1 : health > 0 ? (tables.serve[combo] as number) / health : 1;
  return perfect ? (tables.runs[combo] as number) : (tables.serve[combo] as number);
}

export function enumerateGeneral(net: GeneralNetwork): GeneralSums {
  const { n, m, root, edgeStart, edgeFrom, edgeSkip, edgeScale, edgeGroup, groups } = net;
  // Locals, not property loads in the loops (a group's evaluation is a call V8 cannot see through).
  const { spread, dependent, zoneMask, staticFactor, zoneFactor, healthBit, serveBit, healthOwn, serveOwn, isTarget } = net;
  const edgeCount = edgeStart[n] ?? 0;
  const values = new Float64Array(3 * n);
  const adjoint = new Float64Array(3 * n);
  const rest = new Float64Array(n);
  const terms = new Float64Array(edgeCount);
  const suffix = new Float64Array(net.maxDegree + 1);
  const own = { F: new Float64Array(n), ZF: new Float64Array(n), H: new Float64Array(n), S: new Float64Array(n), pass: new Float64Array(n) };
  const combo = new Int32Array(n);
  const factor = new Float64Array(m);
  const perfectFactor = new Float64Array(m);
  const dependents: number[] = [];
  for (let i = 0; i < n; i++) if (net.dependent[i] === 1) dependents.push(i);
  const sums: MutableSums = {
    total: 0,
    conditionedGradient: new Float64Array(m),
    dHealth: new Float64Array(n),
    dServe: new Float64Array(n),
    dFactor: new Float64Array(n),
    dZoneFactor: new Float64Array(n),
    dServeTable: net.spread.map((t, i) => (t && net.dependent[i] !== 1 ? new Float64Array(t.serve.length) : null)),
    dHealthTable: net.spread.map((t, i) => (t && net.dependent[i] !== 1 ? new Float64Array(t.health.length) : null)),
    dependentGain: new Float64Array(n),
  };

  for (let assignment = 0; assignment < 1 << m; assignment++) {
    let weight = 1;
    for (let bit = 0; bit < m; bit++) {
      const dependent = (net.dependentOf[bit] as number) >= 0;
      const q = dependent ? dependentQ(net, bit, assignment, false) : (net.conditionedP[bit] as number);
      const set = (assignment & (1 << bit)) !== 0;
      factor[bit] = set ? q : 1 - q;
      if (dependent) {
        const qP = dependentQ(net, bit, assignment, true);
        perfectFactor[bit] = set ? qP : 1 - qP;
      }
      weight *= factor[bit] as number;
    }
    if (weight === 0 && dependents.length === 0) continue;
    // Forward: callees before callers.
    for (let i = n - 1; i >= 0; i--) {
      const tables = spread[i];
      let F: number;
      let ZF: number;
      let pass = 1;
      if (dependent[i] === 1) {
        F = 1;
        ZF = 1;
      } else if (tables) {
        const c = comboOf(assignment, tables.bits);
        combo[i] = c;
        F = tables.serve[c] as number;
        ZF = tables.health[c] as number;
      } else {
        const mask = zoneMask[i] as number;
        pass = (assignment & mask) === mask ? 1 : 0;
        F = pass * (staticFactor[i] as number);
        ZF = pass * (zoneFactor[i] as number);
      }
      const hb = healthBit[i] as number;
      const sb = serveBit[i] as number;
      const H = hb >= 0 ? (assignment >> hb) & 1 : (healthOwn[i] as number);
      const S = sb >= 0 ? (assignment >> sb) & 1 : (serveOwn[i] as number);
      own.F[i] = F;
      own.ZF[i] = ZF;
      own.H[i] = H;
      own.S[i] = S;
      own.pass[i] = pass;
      const u = H * S * F;
      values[i] = u;
      // Only a group's target is health-checked; no one reads the others' h (it stays 0).
      if (isTarget[i] === 1) values[2 * n + i] = H * ZF;
      let product = 1;
      const last = edgeStart[i + 1] as number;
      for (let e = edgeStart[i] as number; e < last; e++) {
        const g = edgeGroup[e] as number;
        const callee = g >= 0 ? groupValue(groups[g] as GroupTable, values, n) : (values[edgeFrom[e] as number] as number);
        const t = (edgeSkip[e] as number) + (edgeScale[e] as number) * callee;
        terms[e] = t;
        product *= t;
      }
      rest[i] = product;
      values[n + i] = u * product;
    }
    const value = values[n + root] as number;
    sums.total += weight * value;
    for (let bit = 0; bit < m; bit++) {
      if ((net.dependentOf[bit] as number) >= 0) continue;
      const q = net.conditionedP[bit] as number;
      sums.conditionedGradient[bit] =
        (sums.conditionedGradient[bit] as number) + (assignment & (1 << bit) ? (weight / q) * value : (-weight / (1 - q)) * value);
    }
    for (const node of dependents) {
      // A(node perfect) − A: this assignment's weight with the node's own factors at their perfect values.
      let others = 1;
      let actual = 1;
      let perfect = 1;
      for (let bit = 0; bit < m; bit++) {
        if (net.dependentOf[bit] === node) {
          actual *= factor[bit] as number;
          perfect *= perfectFactor[bit] as number;
        } else others *= factor[bit] as number;
      }
      sums.dependentGain[node] = (sums.dependentGain[node] as number) + value * others * (perfect - actual);
    }
    backward(net, sums, weight, values, adjoint, rest, terms, suffix, own, combo);
  }
  return sums;
}

/** Reverse mode: callers before callees, so each node's adjoints are complete when it is reached. */
function backward(
  net: GeneralNetwork,
  sums: MutableSums,
  weight: number,
  values: Float64Array,
  adjoint: Float64Array,
  rest: Float64Array,
  terms: Float64Array,
  suffix: Float64Array,
  own: { F: Float64Array; ZF: Float64Array; H: Float64Array; S: Float64Array; pass: Float64Array },
  combo: Int32Array,
): void {
  const { n, root, edgeStart, edgeFrom, edgeScale, edgeGroup, groups, isTarget } = net;
  const { dServe, dFactor, dServeTable } = sums;
  const F = own.F;
  const H = own.H;
  const S = own.S;
  const pass = own.pass;
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
      let prefix = values[i] as number;
      for (let k = 0; k < degree; k++) {
        const e = first + k;
        const seed = prefix * (suffix[k + 1] as number) * (edgeScale[e] as number) * a;
        const g = edgeGroup[e] as number;
        if (g >= 0) groupBackward(groups[g] as GroupTable, values, adjoint, n, seed);
        else {
          const from = edgeFrom[e] as number;
          adjoint[from] = (adjoint[from] as number) + seed;
        }
        prefix *= terms[e] as number;
      }
    }
    const au = adjoint[i] as number;
    const ah = adjoint[2 * n + i] as number;
    if (au === 0 && ah === 0) continue;
    const f = F[i] as number;
    const h = H[i] as number;
    const s = S[i] as number;
    const serveTable = dServeTable[i];
    if (isTarget[i] !== 1 && serveTable === null) {
      // Not health-checked, not spread: H = 1 and nothing reads h, so only ∂/∂s and ∂/∂(u-factor) count.
      dServe[i] = (dServe[i] as number) + weight * au * f;
      dFactor[i] = (dFactor[i] as number) + weight * au * s * (pass[i] as number);
      continue;
    }
    const zf = own.ZF[i] as number;
    sums.dHealth[i] = (sums.dHealth[i] as number) + weight * (au * s * f + ah * zf);
    dServe[i] = (dServe[i] as number) + weight * au * h * f;
    const healthTable = sums.dHealthTable[i];
    if (serveTable && healthTable) {
      const c = combo[i] as number;
      serveTable[c] = (serveTable[c] as number) + weight * au * h * s;
      healthTable[c] = (healthTable[c] as number) + weight * ah * h;
    } else {
      const passed = pass[i] as number;
      dFactor[i] = (dFactor[i] as number) + weight * au * h * s * passed;
      sums.dZoneFactor[i] = (sums.dZoneFactor[i] as number) + weight * ah * h * passed;
    }
  }
}

