// The same y-websocket clients for both relays: each writes a timestamp into a shared Y.Map at a fixed
// rate; every other client in the room records how long that write took to arrive (same process clock).
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface LoadScenario {
  readonly rooms: number;
  readonly clientsPerRoom: number;
  readonly writesPerSecond: number;
}

export interface LoadResult {
  readonly delivered: number;
  readonly seconds: number;
  readonly latenciesMs: Float64Array;
}

interface BenchClient {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly key: string;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class FanoutLoad {
  private readonly clients: BenchClient[] = [];
  private measuring = false;
  private latencies: number[] = [];
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly url: string,
    private readonly scenario: LoadScenario,
  ) {}

  async connect(runId: string): Promise<void> {
    for (let room = 0; room < this.scenario.rooms; room++) {
      const boardId = `bench-${runId}-room-${String(room).padStart(4, '0')}`;
      for (let index = 0; index < this.scenario.clientsPerRoom; index++) {
        const doc = new Y.Doc();
        const provider = new WebsocketProvider(`${this.url.replace('http', 'ws')}/ws`, boardId, doc, {
          WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
          disableBc: true,
        });
        const key = `c${index}`;
        doc.getMap<number>('ticks').observe((event) => {
          if (!this.measuring) return;
          const now = performance.now();
          for (const changed of event.keysChanged) {
            if (changed === key) continue;
            const sentAt = doc.getMap<number>('ticks').get(changed);
            if (sentAt !== undefined) this.latencies.push(now - sentAt);
          }
        });
        this.clients.push({ doc, provider, key });
      }
    }
    const deadline = Date.now() + 30_000;
    while (!this.clients.every((client) => client.provider.synced)) {
      if (Date.now() > deadline) throw new Error('bench clients did not sync');
      await sleep(20);
    }
  }

  /** Starts every client writing at the scenario's rate, phases spread so writes do not arrive in bursts. */
  startWriting(): void {
    const interval = 1000 / this.scenario.writesPerSecond;
    for (const client of this.clients) {
      const ticks = client.doc.getMap<number>('ticks');
      const start = setTimeout(() => {
        this.timers.push(setInterval(() => ticks.set(client.key, performance.now()), interval));
      }, Math.random() * interval);
      this.timers.push(start);
    }
  }

  async measure(seconds: number): Promise<LoadResult> {
    this.latencies = [];
    this.measuring = true;
    await sleep(seconds * 1000);
    this.measuring = false;
    return { delivered: this.latencies.length, seconds, latenciesMs: Float64Array.from(this.latencies) };
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
