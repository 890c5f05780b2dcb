// Exports take turns: one renders on the export worker at a time and a few wait; beyond that a caller is
// refused at once instead of piling up work (and memory: each waiting export holds its board file).
export interface Turn {
  /** Resolves when it is this export's turn. */
  readonly ready: Promise<void>;
  /** Frees the turn (call once, whether the export succeeded or not). */
  leave(): void;
}

export class ExportGate {
  private running = false;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly queue: number) {}

  /** A turn, or null when `queue` exports are already waiting. */
  enter(): Turn | null {
    if (this.running && this.waiting.length >= this.queue) return null;
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      const next = this.waiting.shift();
      if (next === undefined) this.running = false;
      else next();
    };
    if (!this.running) {
      this.running = true;
      return { ready: Promise.resolve(), leave };
    }
    return { ready: new Promise<void>((resolve) => this.waiting.push(resolve)), leave };
  }
}
