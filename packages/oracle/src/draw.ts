// Random draws for one simulation, all from one seeded uniform source (@napkin/testkit's mulberry32), so
// the same seed gives the same run on every machine.
import { seededRandom } from '@napkin/testkit/random';

export class Draws {
  readonly uniform: () => number;
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number) {
    this.uniform = seededRandom(seed).next;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return p >= 1 || (p > 0 && this.uniform() < p);
  }

  /** Standard normal, by Box–Muller (the second value of each pair is kept for the next call). */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    // 1 − U is in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - this.uniform()));
    const angle = 2 * Math.PI * this.uniform();
    this.spare = radius * Math.sin(angle);
    this.hasSpare = true;
    return radius * Math.cos(angle);
  }

  /** Exponential with the given mean. */
  exponential(meanMs: number): number {
    return -meanMs * Math.log(1 - this.uniform());
  }

  /** A whole count with the given mean: the whole part, plus one with the fractional part's chance. */
  count(mean: number): number {
    const whole = Math.floor(mean);
    return whole + (this.chance(mean - whole) ? 1 : 0);
  }

  /** An index drawn by weights that sum to 1 (the last one takes any rounding left over). */
  pick(weights: readonly number[]): number {
    let u = this.uniform();
    for (let i = 0; i < weights.length - 1; i++) {
      u -= weights[i] as number;
      if (u < 0) return i;
    }
    return weights.length - 1;
  }
}
