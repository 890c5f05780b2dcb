// The bystander board of the hostile scenarios: 10 ordinary clients (fanout-load.ts, in the load workers,
// asking for saved answers as the web app does) writing at 10 Hz on a board of their own, each timing
// how long the others' writes take to reach it. Its p99 is what a flood or an amplification on another
// board costs everyone else.
import { percentile } from '../fanout-load.js';
import { assignClients } from '../load-pool.js';
import type { LoadPool } from '../load-pool.js';
import { withTokens } from '../bench-links.js';
import { ASK_SAVED_BY_DEFAULT } from '../saved-requests.js';

export const BYSTANDER_CLIENTS = 10;
export const BYSTANDER_HZ = 10;

export interface LatencySummary {
  readonly deliveries: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/** Connects the bystanders to a board of their own on `url` and starts their writes. */
export async function joinBystanders(pool: LoadPool, url: string, runId: string, askSaved: boolean): Promise<void> {
  const scenario = { rooms: 1, clientsPerRoom: BYSTANDER_CLIENTS, writesPerSecond: BYSTANDER_HZ };
  await pool.connect(url, await withTokens(url, assignClients(scenario, `${runId}-bystanders`, pool.size)), askSaved && ASK_SAVED_BY_DEFAULT);
  await pool.startWriting(BYSTANDER_HZ);
}

/** The bystanders' deliveries since `pool.beginMeasuring()`: count, p50, p99 and the slowest. */
export async function bystanderLatency(pool: LoadPool): Promise<LatencySummary> {
  const { latenciesMs } = await pool.endMeasuring();
  const sorted = Float64Array.from(latenciesMs).sort();
  return { deliveries: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? Number.NaN };
}

export const describeLatency = (latency: LatencySummary): string =>
  `p50 ${latency.p50.toFixed(1)} ms, p99 ${latency.p99.toFixed(1)} ms, max ${latency.max.toFixed(0)} ms over ${latency.deliveries} deliveries`;
