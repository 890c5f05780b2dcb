// Storage whose loads and appends complete only when the test says so: lets a test hold an update short of
// durable and see exactly what the relay does meanwhile ("loaded before the first sync reply", "durable
// before relayed", "saved only once durable"), with no timing involved.
import type { BoardId } from '../src/board-id.js';
import type { BoardStorage, LoadedBoard } from '../src/storage/board-storage.js';

interface HeldAppend {
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

export class GatedStorage implements BoardStorage {
  /** Every update appended, in order, durable or not. */
  readonly appended: Uint8Array[] = [];
  /** Updates whose append has resolved, in order. */
  readonly durable: Uint8Array[] = [];
  private readonly held: HeldAppend[] = [];
  private finishLoadGate: () => void = () => undefined;
  private readonly loadGate = new Promise<void>((resolve) => (this.finishLoadGate = resolve));

  constructor(private readonly initial: Uint8Array[] = []) {}

  async load(): Promise<LoadedBoard> {
    await this.loadGate;
    return { updates: this.initial, issues: [] };
  }

  append(_boardId: BoardId, update: Uint8Array): Promise<void> {
    this.appended.push(update);
    return new Promise((resolve, reject) =>
      this.held.push({
        resolve: () => {
          this.durable.push(update);
          resolve();
        },
        reject,
      }),
    );
  }

  finishLoad(): void {
    this.finishLoadGate();
  }

  /** Appends made and not yet completed. */
  get heldCount(): number {
    return this.held.length;
  }

  makeNextAppendDurable(): void {
    this.held.shift()?.resolve();
  }

  /** Every held append resolves at once, as one group commit would. */
  makeAllAppendsDurable(): void {
    for (const append of this.held.splice(0)) append.resolve();
  }

  failNextAppend(): void {
    this.held.shift()?.reject(new Error('disk on fire'));
  }

  async compact(): Promise<void> {}
  async release(): Promise<void> {}
  async flush(): Promise<void> {}
  async close(): Promise<void> {}
}
