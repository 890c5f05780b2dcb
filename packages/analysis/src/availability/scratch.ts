// Scratch arrays the enumerations reuse between calls. A typed array past a few dozen bytes has its
// store outside V8's heap, so allocating one costs a malloc and counts toward the next GC: a
// 300-component board's analysis enumerated 2,752 networks with eight such arrays each. An enumeration
// never runs inside another and hands none of these out (its gradients are fresh arrays), so one pool
// per slot is enough; each call gets a view of the length it needs, grown to the largest seen.

const pools: Float64Array[] = [];

/**
 * A view of `length` doubles in slot `slot`'s pool, contents left from the last use: the caller
 * writes every element before reading it, or fills it.
 */
export function scratch(slot: number, length: number): Float64Array {
  let pool = pools[slot];
  if (pool === undefined || pool.length < length) {
    pool = new Float64Array(Math.max(length, 2 * (pool?.length ?? 0), 64));
    pools[slot] = pool;
  }
  return pool.subarray(0, length);
}

/** The slots, one per array live at once in an enumeration. */
export const SCRATCH = { uv: 0, rest: 1, passed: 2, terms: 3, suffix: 4, adjoint: 5, weights: 6 } as const;
