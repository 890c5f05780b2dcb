// Clients for the cross-instance scenario: each room has clients on every relay instance given; every
// client writes a timestamp under its own key at a fixed rate, and every other client records how long
// it took to arrive, split by whether writer and reader sit on the same relay instance or not. Every client
// asks after each write to be told once it is durable (saved-requests.ts), as the app does, unless BENCH_ACKS=off.
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { tokenParams } from '../src/access/link-client.js';
import { benchToken } from './bench-links.js';
import * as Y from 'yjs';
import { monotonicMs } from './fanout-load.js';
import { ASK_SAVED_BY_DEFAULT, askSavedAfterUpdates } from './saved-requests.js';

export interface SplitLatencies {
  /** Writer and reader on the same relay instance. */
  readonly same: number[];
  /** Writer and reader on different relay instances (through Redis). */
  readonly cross: number[];
}

interface Client {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly key: string;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class CrossInstanceClients {
  private readonly clients: Client[] = [];
  private readonly timers: NodeJS.Timeout[] = [];
  private measuring = false;
  private latencies: SplitLatencies = { same: [], cross: [] };
  /** Saved requests answered while measuring: shows the acknowledgements were on. */
  private savedAnswers = 0;

  /** Client `i` of each room connects to `urls[i % urls.length]`; its key names its instance: `<instance>:<i>`. */
  async connect(urls: readonly string[], rooms: number, clientsPerRoom: number, runId: string): Promise<void> {
    for (let room = 0; room < rooms; room++) {
      const boardId = `bench-${runId}-room-${String(room).padStart(4, '0')}`;
      // One link per room, valid on every instance (links live in the shared Redis).
      const token = await benchToken(urls[0] ?? '', boardId);
      for (let index = 0; index < clientsPerRoom; index++) {
        const instance = index % urls.length;
        const doc = new Y.Doc();
        const provider = new WebsocketProvider(`${(urls[instance] ?? '').replace('http', 'ws')}/ws`, boardId, doc, {
          WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
          disableBc: true,
          ...(token === undefined ? {} : { params: tokenParams(token) }),
        });
        const key = `${instance}:${index}`;
        const ticks = doc.getMap<number>('ticks');
        ticks.observe((event) => {
          if (!this.measuring) return;
          const now = monotonicMs();
          for (const changed of event.keysChanged) {
            const sentAt = ticks.get(changed);
            if (changed === key || sentAt === undefined) continue;
            (changed.startsWith(`${instance}:`) ? this.latencies.same : this.latencies.cross).push(now - sentAt);
          }
        });
        if (ASK_SAVED_BY_DEFAULT) {
          askSavedAfterUpdates(provider, doc, () => {
            if (this.measuring) this.savedAnswers++;
          });
        }
        this.clients.push({ doc, provider, key });
      }
    }
    const deadline = Date.now() + 30_000;
    while (!this.clients.every((client) => client.provider.synced)) {
      if (Date.now() > deadline) throw new Error('cross-instance bench clients did not sync');
      await sleep(20);
    }
  }

  startWriting(writesPerSecond: number): void {
    const interval = 1000 / writesPerSecond;
    for (const { doc, key } of this.clients) {
      const ticks = doc.getMap<number>('ticks');
      this.timers.push(setTimeout(() => this.timers.push(setInterval(() => ticks.set(key, monotonicMs()), interval)), Math.random() * interval));
    }
  }

  async measure(seconds: number): Promise<SplitLatencies & { readonly savedAnswers: number }> {
    this.latencies = { same: [], cross: [] };
    this.savedAnswers = 0;
    this.measuring = true;
    await sleep(seconds * 1000);
    this.measuring = false;
    return { ...this.latencies, savedAnswers: this.savedAnswers };
  }

  async stop(): Promise<void> {
    for (const timer of this.timers.splice(0)) clearTimeout(timer);
    await sleep(300);
    for (const { provider, doc } of this.clients.splice(0)) {
      provider.destroy();
      doc.destroy();
    }
  }
}
