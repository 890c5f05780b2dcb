// Availability of one component: at least k of its n instances must be up, k following from load.
import type { Explained } from '../explain/explained';
import { explained } from '../explain/explained';

/** P(at least k of n independent instances are up), each up with probability a. */
export function atLeastKofN(a: number, n: number, k: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  let total = 0;
  let binomial = 1; // C(n, i), built incrementally from i = 0
  for (let i = 0; i <= n; i++) {
    if (i >= k) total += binomial * Math.pow(a, i) * Math.pow(1 - a, n - i);
    binomial = (binomial * (n - i)) / (i + 1);
  }
  return Math.min(1, Math.max(0, total));
}

/** Instances the load needs: ceil(load / capacity per instance), at least 1 and at most n. */
export function instancesNeeded(loadRps: number, capacityRps: number, instances: number): number {
  if (!(capacityRps > 0)) return instances;
  return Math.min(instances, Math.max(1, Math.ceil(loadRps / capacityRps - 1e-9)));
}

export function componentUp(a: number, n: number, loadRps: number, capacityRps: number): Explained {
  const k = instancesNeeded(loadRps, capacityRps, n);
  return explained(
    atLeastKofN(a, n, k),
    'probability',
    k === 1 ? '1 − (1 − a)^n' : 'Σ_{i ≥ k} C(n, i) a^i (1 − a)^(n − i)',
    { a, n, k, loadRps, capacityRps },
  );
}
