// How big a board is, cheaply: the bytes it loaded with plus every accepted update's bytes. That count only
// grows (an update that moves a box adds bytes while the board's encoding barely changes), so when it
// passes the cap the board is measured exactly (its encoded state, ~50 ms for 8 MiB) and the count starts
// over from that. A board measured just under the cap is not measured again until it has taken `slack`
// more bytes: near-full, growth is refused without re-encoding the board for every update. Updates accepted
// but not yet durable are not in the doc, so the measure adds them (`inFlight`).

export class BoardSize {
  private counted = 0;
  private measuredAt = -Infinity;
  private inFlight = 0;
  private readonly slack: number;

  constructor(
    private readonly maxBytes: number,
    private readonly measure: () => number,
  ) {
    this.slack = Math.max(64 * 1024, Math.floor(maxBytes / 64));
  }

  start(bytes: number): void {
    this.counted = bytes;
  }

  /** Counts an update of `bytes` that adds content; false (nothing counted) if the board would pass the cap. */
  admit(bytes: number): boolean {
    if (this.counted + bytes > this.maxBytes) {
      if (this.counted - this.measuredAt < this.slack) return false;
      this.counted = this.measure() + this.inFlight;
      this.measuredAt = this.counted;
      if (this.counted + bytes > this.maxBytes) return false;
    }
    this.counted += bytes;
    this.inFlight += bytes;
    return true;
  }

  /** An admitted update has reached the doc (durable and relayed). */
  held(bytes: number): void {
    this.inFlight = Math.max(0, this.inFlight - bytes);
  }

  get bytes(): number {
    return this.counted;
  }
}
