// A compaction's CPU work, on a worker thread. Folding a board's log means applying its compacted state
// (every tombstone it ever made: a flooded board's runs to 100,000+ items) and its newer records to a
// fresh doc, then encoding it: on the relay's own thread that held the loop for 300-500 ms at a time,
// half of it garbage collection, and every other board's frames waited (a flooded board compacts every
// few seconds). Sliced into 4 ms pieces it still blocked: the compacted state is one update, applied in
// one go. On a worker the loop never waits and the garbage is the worker's own heap's.
//
// The worker's code is a small CommonJS script given as a string (`eval`), loading the yjs package by its
// resolved path, so it runs the same under tsx, vitest and plain node (a `.ts` worker file would need
// the TypeScript loader in every one of them). Bytes in, bytes out: nothing but updates crosses.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface Folded {
  /** The board's whole state as one update. */
  readonly state: Uint8Array;
  /** Indexes of the updates Yjs could not read (skipped). */
  readonly unreadable: readonly number[];
}

/** The updates packed into one buffer (moved to the worker, not copied), with each one's end offset. */
interface FoldRequest {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly ends: readonly number[];
}

type FoldReply = { readonly id: number; readonly state: Uint8Array; readonly unreadable: number[] };

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Y = require(workerData.yjsPath);
parentPort.on('message', ({ id, bytes, ends }) => {
  const doc = new Y.Doc();
  const unreadable = [];
  ends.forEach((end, index) => {
    try {
      Y.applyUpdate(doc, bytes.subarray(index === 0 ? 0 : ends[index - 1], end));
    } catch {
      unreadable.push(index);
    }
  });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  parentPort.postMessage({ id, state, unreadable });
});
`;

function pack(updates: readonly Uint8Array[]): { bytes: Uint8Array<ArrayBuffer>; ends: number[] } {
  const ends: number[] = [];
  let total = 0;
  for (const update of updates) ends.push((total += update.byteLength));
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const update of updates) {
    bytes.set(update, at);
    at += update.byteLength;
  }
  return { bytes, ends };
}

const yjsPath = (): string => createRequire(import.meta.url).resolve('yjs');

export class FoldWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (folded: Folded) => void; reject: (error: unknown) => void }>();
  private closed = false;

  /** The updates applied in order to an empty doc, encoded as one update. */
  fold(updates: readonly Uint8Array[]): Promise<Folded> {
    if (this.closed) return Promise.reject(new Error('fold worker is closed'));
    const worker = this.started();
    const id = this.nextId++;
    // One buffer moved, not thousands of small arrays cloned: cloning a 4 MiB log of 1 KB updates held
    // the loop for ~50 ms.
    const { bytes, ends } = pack(updates);
    return new Promise<Folded>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const request: FoldRequest = { id, bytes, ends };
      worker.postMessage(request, [bytes.buffer]);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error('fold worker is closed'));
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker !== null) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { yjsPath: yjsPath() } });
    // Idle, it must not keep the process alive; a fold in flight is awaited by whoever asked for it.
    worker.unref();
    worker.on('message', ({ id, state, unreadable }: FoldReply) => {
      const waiting = this.waiting.get(id);
      this.waiting.delete(id);
      waiting?.resolve({ state, unreadable });
    });
    // A crashed worker fails what it had; the next fold starts a new one.
    const lost = (error: unknown): void => {
      if (this.worker === worker) this.worker = null;
      this.failAll(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`fold worker exited with ${code}`)));
    this.worker = worker;
    return worker;
  }

  private failAll(error: unknown): void {
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}
