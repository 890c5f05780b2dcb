// Scenario "flood" (issue 13): one authorised editor floods board A with 10,000 updates a second of 1 KB
// each (flood-worker.ts) and comes back whenever it is closed; meanwhile 10 ordinary clients on board B
// write at 10 Hz (measured-board.ts). Figures over the whole flood: B's fan-out p50/p99, how often the
// flooder was closed and with which codes, and the relay's CPU. Goal: B's p99 under 50 ms. Variants: the
// flooder backing off as y-websocket does, reconnecting at once, and (for contrast, unless
// BENCH_HOSTILE_REFERENCE=off) the reference relay, which has no limits and never closes it; first, board B
// alone, the machine's own baseline. The flooder runs at a lower priority (nice 10): a real attacker's CPU
// is on another machine, here it shares two cores with the relay and board B's clients, whose delays would
// otherwise be the flooder's, not the relay's.
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchToken } from '../bench-links.js';
import type { LoadPool } from '../load-pool.js';
import type { FloodCommand, FloodReply, FloodStats, ReconnectMode } from './flood-worker.js';
import { withRelay, sleep } from './hostile-relays.js';
import type { RelayKind } from './hostile-relays.js';
import { bystanderLatency, describeLatency, joinBystanders } from './measured-board.js';
import type { LatencySummary } from './measured-board.js';
import { WorkerChannel } from './worker-channel.js';

export const FLOOD_SCENARIO = 'flood';
export const FLOOD_GOAL_P99_MS = 50;
const FLOOD_SECONDS = Number(process.env.BENCH_HOSTILE_SECONDS ?? 15);
const WARMUP_SECONDS = 3;
const UPDATES_PER_SECOND = 10_000;
const UPDATE_BYTES = 1024;
const FLOOD_WORKER = fileURLToPath(new URL('./flood-worker.ts', import.meta.url));

interface FloodVariant {
  readonly name: string;
  readonly relay: RelayKind;
  readonly reconnect: ReconnectMode;
  /** False: board B alone, no flooder. */
  readonly flood: boolean;
}

export interface FloodFigures {
  readonly variant: string;
  readonly bystanders: LatencySummary;
  /** Relay CPU over the flood, in percent of one core. */
  readonly relayCpuPercent: number;
  readonly flooder: FloodStats;
}

const VARIANTS: readonly FloodVariant[] = [
  { name: 'ours, board B alone (no flooder)', relay: 'ours', reconnect: 'backoff', flood: false },
  { name: 'ours, flooder backs off as y-websocket', relay: 'ours', reconnect: 'backoff', flood: true },
  { name: 'ours, flooder reconnects at once', relay: 'ours', reconnect: 'immediate', flood: true },
  ...(process.env.BENCH_HOSTILE_REFERENCE === 'off' ? [] : [{ name: 'reference (no limits)', relay: 'reference', reconnect: 'backoff', flood: true } as const]),
];

const NO_FLOOD: FloodStats = { generated: 0, sentOnOpenSocket: 0, seconds: 0, connects: 0, closes: {} };

/** "4429 x 31, 1006 x 1", most frequent first. */
export const describeCloses = (closes: Readonly<Record<string, number>>): string =>
  Object.entries(closes)
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => `${code} x ${count}`)
    .join(', ') || 'never closed';

async function runVariant(pool: LoadPool, variant: FloodVariant, index: number): Promise<FloodFigures> {
  return withRelay(variant.relay, async (relay) => {
    const flooder = WorkerChannel.fork<FloodCommand, FloodReply>(FLOOD_WORKER);
    if (flooder.pid !== undefined) setPriority(flooder.pid, 10);
    try {
      await joinBystanders(pool, relay.url, `flood-${index}`, variant.relay === 'ours');
      await sleep(WARMUP_SECONDS * 1000);
      const boardId = `bench-flood-${index}-board-a`;
      const token = await benchToken(relay.url, boardId);
      await pool.beginMeasuring();
      const cpuBefore = await relay.cpuMs();
      const startedAt = performance.now();
      if (variant.flood) {
        await flooder.request({
          kind: 'start', url: relay.url, boardId, ...(token === undefined ? {} : { token }),
          updatesPerSecond: UPDATES_PER_SECOND, updateBytes: UPDATE_BYTES, reconnect: variant.reconnect,
        });
      }
      await sleep(FLOOD_SECONDS * 1000);
      const stopped = variant.flood ? await flooder.request({ kind: 'stop' }) : ({ kind: 'stopped', stats: NO_FLOOD } as const);
      const cpuAfter = await relay.cpuMs();
      const elapsedMs = performance.now() - startedAt;
      const bystanders = await bystanderLatency(pool);
      if (stopped.kind !== 'stopped') throw new Error(`flooder answered ${stopped.kind}`);
      return { variant: variant.name, bystanders, relayCpuPercent: ((cpuAfter.total - cpuBefore.total) / elapsedMs) * 100, flooder: stopped.stats };
    } finally {
      await flooder.close();
      await pool.stopClients();
    }
  });
}

function describe(figures: FloodFigures): string {
  const { flooder, bystanders } = figures;
  if (flooder.seconds === 0) return `  ${figures.variant}:\n    board B: ${describeLatency(bystanders)}\n    relay CPU ${figures.relayCpuPercent.toFixed(0)} % of one core`;
  const verdict = bystanders.p99 < FLOOD_GOAL_P99_MS ? 'met' : 'NOT met';
  return [
    `  ${figures.variant}:`,
    `    board B: ${describeLatency(bystanders)} (goal p99 < ${FLOOD_GOAL_P99_MS} ms: ${verdict})`,
    `    relay CPU ${figures.relayCpuPercent.toFixed(0)} % of one core`,
    `    flooder: ${flooder.generated} updates made (${(flooder.generated / flooder.seconds).toFixed(0)}/s), ` +
      `${flooder.sentOnOpenSocket} sent on an open socket, ${flooder.connects} connects; closed: ${describeCloses(flooder.closes)}`,
  ].join('\n');
}

export async function runFloodScenario(pool: LoadPool): Promise<FloodFigures[]> {
  console.log(
    `\n${FLOOD_SCENARIO}: one editor on board A at ${UPDATES_PER_SECOND} updates/s x ${UPDATE_BYTES} B for ${FLOOD_SECONDS} s; ` +
      `board B: 10 clients at 10 Hz (measured over the whole flood)`,
  );
  const results: FloodFigures[] = [];
  for (const [index, variant] of VARIANTS.entries()) {
    const figures = await runVariant(pool, variant, index);
    console.log(describe(figures));
    results.push(figures);
  }
  return results;
}
