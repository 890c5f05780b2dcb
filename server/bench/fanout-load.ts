// The same y-websocket clients for both relays: each writes a timestamp into a shared Y.Map at a fixed
// rate; every other client in the room records how long that write took to arrive. Clients of one room
// are spread over several load worker processes, so timestamps use the system-wide monotonic clock
// (`process.hrtime`, CLOCK_MONOTONIC on Linux), which every process on the machine reads alike. Clients of
// our relay also ask after every write to be told once it is durable (saved-requests.ts), as the app does.
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { tokenParams } from '../src/access/link-client.js';
import * as Y from 'yjs';
import { askSavedAfterUpdates } from './saved-requests.js';

/** One client this worker runs: the board it joins and the map key it writes. */
export interface ClientAssignment {
  readonly boardId: string;
  readonly key: string;
  /** The board's link (bench-links.ts); absent for a relay without links (the reference). */
  readonly token?: string;
}

export interface LoadResult {
  readonly delivered: number;
  readonly latenciesMs: number[];
  /** Saved requests answered, each with the time from request to answer (empty when not asking). */
  readonly savedLatenciesMs: number[];
}

interface BenchClient {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly key: string;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Milliseconds on the machine-wide monotonic clock: comparable between the bench's processes. */
export const monotonicMs = (): number => Number(process.hrtime.bigint()) / 1e6;

export class FanoutLoad {
  private readonly clients: BenchClient[] = [];
  private measuring = false;
  private latencies: number[] = [];
  private savedLatencies: number[] = [];
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly url: string,
    private readonly assignments: readonly ClientAssignment[],
    /** Ask to be told when each write is durable (type 100); only our relay answers. */
    private readonly askSaved: boolean,
  ) {}

  async connect(): Promise<void> {
    for (const { boardId, key, token } of this.assignments) {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(`${this.url.replace('http', 'ws')}/ws`, boardId, doc, {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
        ...(token === undefined ? {} : { params: tokenParams(token) }),
      });
      const ticks = doc.getMap<number>('ticks');
      ticks.observe((event) => {
        if (!this.measuring) return;
        const now = monotonicMs();
        for (const changed of event.keysChanged) {
          if (changed === key) continue;
          const sentAt = ticks.get(changed);
          if (sentAt !== undefined) this.latencies.push(now - sentAt);
        }
      });
      if (this.askSaved) {
        askSavedAfterUpdates(provider, doc, (waitedMs) => {
          if (this.measuring) this.savedLatencies.push(waitedMs);
        });
      }
      this.clients.push({ doc, provider, key });
    }
    const deadline = Date.now() + 30_000;
    while (!this.clients.every((client) => client.provider.synced)) {
      if (Date.now() > deadline) throw new Error('bench clients did not sync');
      await sleep(20);
    }
  }

  /** Starts every client writing at the given rate, phases spread so writes do not arrive in bursts. */
  startWriting(writesPerSecond: number): void {
    const interval = 1000 / writesPerSecond;
    for (const client of this.clients) {
      const ticks = client.doc.getMap<number>('ticks');
      const start = setTimeout(() => {
        this.timers.push(setInterval(() => ticks.set(client.key, monotonicMs()), interval));
      }, Math.random() * interval);
      this.timers.push(start);
    }
  }

  beginMeasuring(): void {
    this.latencies = [];
    this.savedLatencies = [];
    this.measuring = true;
  }

  endMeasuring(): LoadResult {
    this.measuring = false;
    const { latencies: latenciesMs, savedLatencies: savedLatenciesMs } = this;
    this.latencies = [];
    this.savedLatencies = [];
    return { delivered: latenciesMs.length, latenciesMs, savedLatenciesMs };
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    await sleep(300);
    for (const client of this.clients) {
      client.provider.destroy();
      client.doc.destroy();
    }
    this.clients.length = 0;
  }
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
