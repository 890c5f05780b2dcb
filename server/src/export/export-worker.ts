// Exports render on a worker thread. Analysing and drawing a 300-component board takes a quarter of a
// second, a PNG or PDF of it seconds; on the relay's own thread every other board's frames waited that
// long. Here the relay only reads the board (toBoardFile, milliseconds) and passes it over; the analysis,
// the drawing, resvg and pdf-lib all run on the worker and their garbage is the worker's heap's.
//
// One worker, started on the first export and kept (unref'd, so an idle one does not hold the process).
// Jobs reach it in order; ExportGate in front of it keeps the queue short. A crashed worker fails the
// jobs it had and the next export starts a new one.
import { Worker } from 'node:worker_threads';
import type { BoardFile } from '@napkin/analysis';
import type { Exported, ExportRequest } from '@napkin/render';

/** What the export route renders with. */
export interface ExportRenderer {
  render(file: BoardFile, request: ExportRequest): Promise<Exported>;
  close(): Promise<void>;
}

export interface ExportWorkerOptions {
  /**
   * Tests: a shared Int32Array; each job waits while hold[0] is 0, with hold[1] set to 1 while it waits,
   * so a test can hold a render in the middle and look at the relay meanwhile.
   */
  readonly hold?: Int32Array;
}

type Reply = { readonly id: number; readonly exported: Exported } | { readonly id: number; readonly error: string };

const WORKER_FILE = new URL('./render-worker.mjs', import.meta.url);

export class ExportWorker implements ExportRenderer {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (exported: Exported) => void; reject: (error: unknown) => void }>();
  private closed = false;

  constructor(private readonly options: ExportWorkerOptions = {}) {}

  render(file: BoardFile, request: ExportRequest): Promise<Exported> {
    if (this.closed) return Promise.reject(new Error('the export worker is closed'));
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<Exported>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, file, request });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error('the export worker is closed'));
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker !== null) return this.worker;
    // No inherited flags: the worker registers its own TypeScript loader whatever started the relay.
    const worker = new Worker(WORKER_FILE, { execArgv: [], workerData: { hold: this.options.hold ?? null } });
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const waiting = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.exported);
    });
    const lost = (error: unknown): void => {
      if (this.worker === worker) this.worker = null;
      this.failAll(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the export worker exited with ${code}`)));
    this.worker = worker;
    return worker;
  }

  private failAll(error: unknown): void {
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}
