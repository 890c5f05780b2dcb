// The flooder (issue 13): one editor with a real link, a real Y.Doc and the real y-websocket client, writing
// 1 KB strings into a Y.Map as fast as asked (10,000 updates a second), each in its own transaction, so
// each is its own update message. Whenever the relay closes it, it comes back as y-websocket does: after
// the provider's own backoff (2^n x 100 ms, capped, reset by every sync), or at once (maxBackoffTime 0) for
// a client that does not back off at all. It is told to retry every close (shouldReconnect), 4429 included:
// a hostile client ignores what the close code says. Runs in its own process (flood.ts forks it).
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { tokenParams } from '../../src/access/link-client.js';
import { serveCommands } from './worker-channel.js';

export type ReconnectMode = 'backoff' | 'immediate';

export type FloodCommand =
  | {
      readonly kind: 'start';
      readonly url: string;
      readonly boardId: string;
      readonly token?: string;
      readonly updatesPerSecond: number;
      readonly updateBytes: number;
      readonly reconnect: ReconnectMode;
    }
  | { readonly kind: 'stop' };

export interface FloodStats {
  /** Updates made in the flooder's doc, and how many of them went out on an open socket. */
  readonly generated: number;
  readonly sentOnOpenSocket: number;
  readonly seconds: number;
  readonly connects: number;
  /** Close code → how often the flooder's socket was closed with it ("1006" = no close frame). */
  readonly closes: Readonly<Record<string, number>>;
}

export type FloodReply = { readonly kind: 'started' } | { readonly kind: 'stopped'; readonly stats: FloodStats };

/** Overwritten in turn, so the board's live content stays at KEYS x updateBytes however long the flood lasts. */
const KEYS = 100;
const TICK_MS = 5;
/** A tick that fell behind (a GC pause, a busy core) catches up at most this far, not in one huge burst. */
const MAX_PER_TICK = 1_000;

class Flooder {
  private readonly doc = new Y.Doc();
  private readonly provider: WebsocketProvider;
  private readonly closes: Record<string, number> = {};
  private readonly payload: string;
  private connects = 0;
  private generated = 0;
  private sentOnOpenSocket = 0;
  private startedAt = 0;
  /** The rate's reference point: moved forward by time a tick could not catch up on. */
  private paceFrom = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly command: Extract<FloodCommand, { kind: 'start' }>) {
    this.payload = 'x'.repeat(command.updateBytes - 8);
    this.provider = new WebsocketProvider(`${command.url.replace('http', 'ws')}/ws`, command.boardId, this.doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      shouldReconnect: () => true,
      ...(command.reconnect === 'immediate' ? { maxBackoffTime: 0 } : {}),
      ...(command.token === undefined ? {} : { params: tokenParams(command.token) }),
    });
    this.provider.on('status', ({ status }) => {
      if (status === 'connected') this.connects++;
    });
    this.provider.on('connection-close', (event) => {
      const code = event === null ? 'local' : String(event.code);
      this.closes[code] = (this.closes[code] ?? 0) + 1;
    });
  }

  async start(): Promise<void> {
    const deadline = Date.now() + 30_000;
    while (!this.provider.synced) {
      if (Date.now() > deadline) throw new Error('flooder did not sync');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const map = this.doc.getMap<string>('flood');
    this.startedAt = performance.now();
    this.paceFrom = this.startedAt;
    this.timer = setInterval(() => {
      const due = Math.floor(((performance.now() - this.paceFrom) * this.command.updatesPerSecond) / 1000) - this.generated;
      for (let index = 0; index < Math.min(due, MAX_PER_TICK); index++) {
        // y-websocket sends an update only while its socket is open; while closed the doc keeps it.
        if (this.provider.wsconnected) this.sentOnOpenSocket++;
        map.set(`k${this.generated % KEYS}`, `${String(this.generated).padStart(8, '0')}${this.payload}`);
        this.generated++;
      }
      // Time lost beyond the cap is forgiven: the rate is the flooder's ceiling, not a debt.
      if (due > MAX_PER_TICK) this.paceFrom += ((due - MAX_PER_TICK) * 1000) / this.command.updatesPerSecond;
    }, TICK_MS);
  }

  stop(): FloodStats {
    if (this.timer !== null) clearInterval(this.timer);
    const seconds = (performance.now() - this.startedAt) / 1000;
    this.provider.destroy();
    this.doc.destroy();
    return { generated: this.generated, sentOnOpenSocket: this.sentOnOpenSocket, seconds, connects: this.connects, closes: { ...this.closes } };
  }
}

let flooder: Flooder | null = null;

serveCommands<FloodCommand, FloodReply>(async (command) => {
  switch (command.kind) {
    case 'start':
      flooder = new Flooder(command);
      await flooder.start();
      return { kind: 'started' };
    case 'stop': {
      const stats = flooder?.stop() ?? { generated: 0, sentOnOpenSocket: 0, seconds: 0, connects: 0, closes: {} };
      flooder = null;
      return { kind: 'stopped', stats };
    }
  }
});
