// Cross-instance fan-out over Redis against one instance, same clients, same run: a redis-server started
// here; variant "one instance" puts every client on one relay (REDIS_URL set, so storage is the same
// Redis stream); variant "two instances" spreads each room's clients over two relays, and its p99 is
// taken over the deliveries that crossed instances. Rounds alternate (ABBA); figures are medians.
// Goal (issue 5): cross-instance p99 ≤ 2 × single-instance p99.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redisServerPath } from '../test/redis/redis-server-path.js';
import { CrossInstanceClients } from './cross-instance-clients.js';
import { percentile } from './fanout-load.js';
import { BENCH_ADMIN_TOKEN } from './bench-links.js';
import { startRelayProcess } from './relay-process.js';
import type { RelayProcess } from './relay-process.js';

const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const HZ = Number(process.env.BENCH_HZ ?? 10);
const ROUNDS = Math.max(2, Number(process.env.BENCH_ROUNDS ?? 2));
const ROOMS = 2;
const CLIENTS_PER_ROOM = 10;
export const CROSS_INSTANCE_SCENARIO = 'cross-instance over redis';

type Variant = 'one instance' | 'two instances';

interface VariantFigures {
  readonly p50: number;
  readonly p99: number;
  readonly deliveredPerSecond: number;
  readonly savedPerSecond: number;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });

async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(redisServerPath(), ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { url: `redis://127.0.0.1:${port}`, stop: async () => (child.kill('SIGTERM'), await exited) };
}

async function startRelay(redisUrl: string, dataDir: string): Promise<RelayProcess> {
  return startRelayProcess('napkin', ['--import', 'tsx', 'src/main.ts'], {
    PORT: '0', HOST: '127.0.0.1', NAPKIN_DATA_DIR: dataDir, NAPKIN_WEB_DIST: join(dataDir, 'no-web'), REDIS_URL: redisUrl,
    NAPKIN_ADMIN_TOKEN: BENCH_ADMIN_TOKEN,
  }, SERVER_DIR);
}

async function runVariant(variant: Variant, redisUrl: string, runId: string): Promise<VariantFigures> {
  const dirs = await Promise.all([0, 1].map(() => mkdtemp(join(tmpdir(), 'napkin-bench-x-'))));
  const count = variant === 'one instance' ? 1 : 2;
  const relays = await Promise.all(dirs.slice(0, count).map((dir) => startRelay(redisUrl, dir)));
  const clients = new CrossInstanceClients();
  try {
    await clients.connect(relays.map((relay) => relay.url), ROOMS, CLIENTS_PER_ROOM, runId);
    clients.startWriting(HZ);
    await new Promise((resolve) => setTimeout(resolve, WARMUP_SECONDS * 1000));
    const latencies = await clients.measure(SECONDS);
    const measured = Float64Array.from(variant === 'one instance' ? latencies.same : latencies.cross).sort();
    return {
      p50: percentile(measured, 50),
      p99: percentile(measured, 99),
      deliveredPerSecond: measured.length / SECONDS,
      savedPerSecond: latencies.savedAnswers / SECONDS,
    };
  } finally {
    await clients.stop();
    await Promise.all(relays.map((relay) => relay.stop()));
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

/** Runs the scenario unless `only` (BENCH_SCENARIO) names another one; returns its summary line for the results file. */
export async function runCrossInstanceScenario(only: string | undefined): Promise<string | undefined> {
  if (only !== undefined && !CROSS_INSTANCE_SCENARIO.includes(only)) return undefined;
  // Every y-websocket provider adds a process 'exit' listener; ROOMS x CLIENTS_PER_ROOM of them are expected.
  process.setMaxListeners(Math.max(process.getMaxListeners(), ROOMS * CLIENTS_PER_ROOM + 10));
  console.log(`\n${CROSS_INSTANCE_SCENARIO}: ${ROOMS} rooms x ${CLIENTS_PER_ROOM} clients at ${HZ} Hz, ${ROUNDS} rounds per variant (ABBA), clients in the bench process`);
  const redis = await startRedis();
  const runs: Record<Variant, VariantFigures[]> = { 'one instance': [], 'two instances': [] };
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const order: Variant[] = round % 2 === 1 ? ['one instance', 'two instances'] : ['two instances', 'one instance'];
      for (const variant of order) {
        const figures = await runVariant(variant, redis.url, `x-${variant.replace(' ', '-')}-${round}`);
        runs[variant].push(figures);
        console.log(`  round ${round} ${variant.padEnd(14)} ${figures.deliveredPerSecond.toFixed(0)} deliveries/s  p50 ${figures.p50.toFixed(2)} ms  p99 ${figures.p99.toFixed(2)} ms  saved ${figures.savedPerSecond.toFixed(0)}/s`);
      }
    }
  } finally {
    await redis.stop();
  }
  const p99 = (variant: Variant): number => median(runs[variant].map((run) => run.p99));
  const p50 = (variant: Variant): number => median(runs[variant].map((run) => run.p50));
  const [single, cross] = [p99('one instance'), p99('two instances')];
  console.log(`  median p50: one instance ${p50('one instance').toFixed(2)} ms, two instances (crossing) ${p50('two instances').toFixed(2)} ms`);
  console.log(`  median p99: one instance ${single.toFixed(2)} ms, two instances (crossing) ${cross.toFixed(2)} ms, ratio ${(cross / single).toFixed(2)} (goal ≤ 2.00)`);
  return (
    `Cross-instance over Redis (${ROOMS} rooms × ${CLIENTS_PER_ROOM} clients, ${ROUNDS} rounds per variant): median p50 ${p50('one instance').toFixed(2)} vs ` +
    `${p50('two instances').toFixed(2)} ms, p99 one instance ${single.toFixed(2)} ms, crossing ${cross.toFixed(2)} ms, ratio ${(cross / single).toFixed(2)} (goal ≤ 2).`
  );
}
