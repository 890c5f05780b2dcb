// A token bucket: `capacity` tokens to start with, refilled at `ratePerSecond`, never above `capacity`.
// A take that finds too few tokens fails and takes nothing, so a refused frame costs its sender nothing
// against later frames (the socket is closed anyway). Time comes in from the caller (one clock read per
// frame serves every bucket it is charged to).

export class TokenBucket {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly capacity: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.refilledAt = now;
  }

  /** Takes `amount` tokens at time `now` (milliseconds); false (nothing taken) if there are not that many. */
  take(amount: number, now: number): boolean {
    if (now > this.refilledAt) {
      this.tokens = Math.min(this.capacity, this.tokens + ((now - this.refilledAt) * this.ratePerSecond) / 1000);
      this.refilledAt = now;
    }
    if (this.tokens < amount) return false;
    this.tokens -= amount;
    return true;
  }

  /** Milliseconds after the last take until `amount` tokens are there (Infinity if it never refills). */
  msUntil(amount: number): number {
    if (this.tokens >= amount) return 0;
    return this.ratePerSecond > 0 ? ((amount - this.tokens) * 1000) / this.ratePerSecond : Infinity;
  }

  /** True when the bucket would be full at `now`: it remembers nothing a fresh one would not. */
  fullAt(now: number): boolean {
    return this.tokens + ((now - this.refilledAt) * this.ratePerSecond) / 1000 >= this.capacity;
  }

  /** Tokens left at the last take (for tests and logs). */
  get available(): number {
    return this.tokens;
  }
}
