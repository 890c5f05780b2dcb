// `pnpm bench`: fan-out through our relay (persisting every update durably, group commit) and through the
// reference @y/websocket-server 0.1.1 (persisting nothing), same clients, same run. Each relay runs in its
// own process; the clients run in load worker processes (never in this one); the relays are measured in
// alternation (ABBA…) and every figure is the median over the rounds. Prints throughput, fan-out latency
// p50/p99 and relay CPU per 1,000 delivered updates, with ours/reference ratios. Our relay's clients ask
// after every write to be told once it is durable (type 100, as the web app does; BENCH_ACKS=off stops
// them), so its figures include answering them; the reference is never asked (it has no such message).
// BENCH_RECORD=1 adds the medians as a dated entry to bench/RESULTS.md. Then the hostile clients' scenarios
// (bench/hostile/hostile-bench.ts: flood, amplification, restart storm); BENCH_SCENARIO=hostile (`pnpm
// bench:hostile`) runs only those, BENCH_SCENARIO=flood|amplification|restart one of them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchRecorder } from '@napkin/testkit';
import { runCrossInstanceScenario } from './cross-instance.js';
import { runHostileBench, selectsHostile } from './hostile/hostile-bench.js';
import { percentile } from './fanout-load.js';
import { assignClients, LoadPool } from './load-pool.js';
import type { LoadScenario } from './load-pool.js';
import { BENCH_ADMIN_TOKEN, withTokens } from './bench-links.js';
import { startRelayProcess } from './relay-process.js';
import { ASK_SAVED_BY_DEFAULT } from './saved-requests.js';
import type { RelayProcess } from './relay-process.js';

const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// 5 s: with --trace-opt, V8 was still optimising relay functions (bursts of ~90 per second) for ~5 s after
// the clients connected; the steady state a long-running relay lives in starts after that.
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const HZ = Number(process.env.BENCH_HZ ?? 10);
const ROUNDS = Math.max(2, Number(process.env.BENCH_ROUNDS ?? 3));
const WORKERS = Math.max(1, Number(process.env.BENCH_WORKERS ?? 2));

const SCENARIOS: ReadonlyArray<{ name: string } & LoadScenario> = [
  { name: '1 room x 50 clients', rooms: 1, clientsPerRoom: 50, writesPerSecond: HZ },
  { name: '10 rooms x 10 clients', rooms: 10, clientsPerRoom: 10, writesPerSecond: HZ },
];

type RelayKind = 'ours' | 'reference';

interface Figures {
  readonly deliveredPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly cpuMsPer1000: number;
  /** The kernel's part of it (system time): syscalls, loopback TCP, disk. */
  readonly systemMsPer1000: number;
  /** Saved requests answered per second (0 when the clients do not ask), and request → answer p50/p99. */
  readonly savedPerSecond: number;
  readonly savedP50: number;
  readonly savedP99: number;
}

async function runOnce(pool: LoadPool, relay: RelayProcess, scenario: LoadScenario, runId: string, askSaved: boolean): Promise<Figures> {
  await pool.connect(relay.url, await withTokens(relay.url, assignClients(scenario, runId, pool.size)), askSaved);
  await pool.startWriting(scenario.writesPerSecond);
  await new Promise((resolve) => setTimeout(resolve, WARMUP_SECONDS * 1000));
  await pool.beginMeasuring();
  const cpuBefore = await relay.cpuMs();
  const startedAt = performance.now();
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  const cpuAfter = await relay.cpuMs();
  const result = await pool.endMeasuring();
  const seconds = (performance.now() - startedAt) / 1000;
  await pool.stopClients();
  const sorted = Float64Array.from(result.latenciesMs).sort();
  const saved = Float64Array.from(result.savedLatenciesMs).sort();
  return {
    deliveredPerSecond: result.delivered / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    cpuMsPer1000: ((cpuAfter.total - cpuBefore.total) / Math.max(1, result.delivered)) * 1000,
    systemMsPer1000: ((cpuAfter.system - cpuBefore.system) / Math.max(1, result.delivered)) * 1000,
    savedPerSecond: saved.length / seconds,
    savedP50: percentile(saved, 50),
    savedP99: percentile(saved, 99),
  };
}

const AB_SERVER_DIR = process.env.BENCH_REFERENCE_SERVER;

function startOurRelay(serverDir: string, dataDir: string): Promise<RelayProcess> {
  const extraArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  return startRelayProcess('napkin', [...extraArgs, '--import', 'tsx', 'src/main.ts'], {
    PORT: '0', HOST: '127.0.0.1', NAPKIN_DATA_DIR: dataDir, NAPKIN_WEB_DIST: join(dataDir, 'no-web'), NAPKIN_ADMIN_TOKEN: BENCH_ADMIN_TOKEN,
  }, serverDir);
}

function startRelay(kind: RelayKind, dataDir: string): Promise<RelayProcess> {
  switch (kind) {
    case 'reference':
      // BENCH_REFERENCE_SERVER=<another checkout's server/>: an A/B of our relay against an older version
      // of itself (it is never asked for saved answers, which an older version may not know).
      if (AB_SERVER_DIR !== undefined) return startOurRelay(AB_SERVER_DIR, dataDir);
      return startRelayProcess('reference', ['bench/reference-relay.mjs'], {}, SERVER_DIR);
    case 'ours':
      return startOurRelay(SERVER_DIR, dataDir);
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

function medianFigures(runs: readonly Figures[]): Figures {
  return {
    deliveredPerSecond: median(runs.map((run) => run.deliveredPerSecond)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    cpuMsPer1000: median(runs.map((run) => run.cpuMsPer1000)),
    systemMsPer1000: median(runs.map((run) => run.systemMsPer1000)),
    savedPerSecond: median(runs.map((run) => run.savedPerSecond)),
    savedP50: median(runs.map((run) => run.savedP50)),
    savedP99: median(runs.map((run) => run.savedP99)),
  };
}

const cell = (value: number, digits: number): string => value.toFixed(digits).padStart(11);

function describeRun(kind: RelayKind, round: number, figures: Figures): string {
  const { deliveredPerSecond, p50, p99, cpuMsPer1000, systemMsPer1000, savedPerSecond } = figures;
  const saved = savedPerSecond > 0 ? `  saved ${savedPerSecond.toFixed(0)}/s` : '';
  return `  round ${round} ${kind.padEnd(10)} ${deliveredPerSecond.toFixed(0)} upd/s  p50 ${p50.toFixed(2)} ms  p99 ${p99.toFixed(2)} ms  cpu ${cpuMsPer1000.toFixed(2)} ms/1000 (system ${systemMsPer1000.toFixed(2)})${saved}`;
}

/** Prints the scenario's medians and returns them as result-file rows (scenario, figure, ours, reference, ratio). */
function printTable(name: string, ours: Figures, reference: Figures): string[][] {
  const rows: Array<[string, 'deliveredPerSecond' | 'p50' | 'p99' | 'cpuMsPer1000' | 'systemMsPer1000', number]> = [
    ['delivered updates / s', 'deliveredPerSecond', 0],
    ['fan-out latency p50 (ms)', 'p50', 2],
    ['fan-out latency p99 (ms)', 'p99', 2],
    ['relay CPU ms / 1000 delivered', 'cpuMsPer1000', 2],
    ['  of which system (kernel)', 'systemMsPer1000', 2],
  ];
  console.log(`\n${name} (median of ${ROUNDS} rounds)`);
  console.log(`  ${''.padEnd(30)}${'ours'.padStart(11)}${'reference'.padStart(11)}${'ratio'.padStart(11)}`);
  for (const [label, key, digits] of rows) {
    console.log(`  ${label.padEnd(30)}${cell(ours[key], digits)}${cell(reference[key], digits)}${cell(ours[key] / reference[key], 2)}`);
  }
  const recordRows = rows.map(([label, key, digits], index) => [
    index === 0 ? name : '', label.trim(), ours[key].toFixed(digits), reference[key].toFixed(digits), (ours[key] / reference[key]).toFixed(2),
  ]);
  console.log(
    ours.savedPerSecond > 0
      ? `  ours answered ${ours.savedPerSecond.toFixed(0)} saved requests/s (at most one per client per second, as the web app): request → answer p50 ${ours.savedP50.toFixed(2)} ms, p99 ${ours.savedP99.toFixed(2)} ms`
      : '  ours: saved requests off (BENCH_ACKS=off)',
  );
  if (ours.savedPerSecond > 0) recordRows.push(['', 'saved answers / s (ours)', ours.savedPerSecond.toFixed(0), '—', '—']);
  return recordRows;
}

async function main(): Promise<void> {
  const only = process.env.BENCH_SCENARIO; // e.g. "10 rooms" to run one scenario while profiling
  if (only !== undefined && selectsHostile(only)) return runHostileBench(only);
  await runFanoutBench(only);
  await runHostileBench(only);
}

async function runFanoutBench(only: string | undefined): Promise<void> {
  console.log(
    `fan-out benchmark: ${SECONDS}s measured after ${WARMUP_SECONDS}s warm-up, ${HZ} Hz per client, ` +
      `${ROUNDS} rounds per relay in alternation, clients in ${WORKERS} load worker processes, median reported; ` +
      `saved requests (type 100) after every write to ours: ${ASK_SAVED_BY_DEFAULT ? 'on' : 'off'}`,
  );
  const recorder = benchRecorder(join(SERVER_DIR, 'bench', 'RESULTS.md'));
  const recorded: string[][] = [];
  const pool = LoadPool.start(WORKERS);
  try {
    for (const [index, scenario] of SCENARIOS.entries()) {
      if (only !== undefined && !scenario.name.includes(only)) continue;
      console.log(`\n${scenario.name}: ${scenario.rooms} room(s) x ${scenario.clientsPerRoom} clients at ${scenario.writesPerSecond} Hz`);
      const runs: Record<RelayKind, Figures[]> = { ours: [], reference: [] };
      for (let round = 1; round <= ROUNDS; round++) {
        // ABBA order: neither relay always runs first (after the other's leftovers) or last.
        const order: RelayKind[] = round % 2 === 1 ? ['reference', 'ours'] : ['ours', 'reference'];
        for (const kind of order) {
          const dataDir = await mkdtemp(join(tmpdir(), 'napkin-bench-'));
          const relay = await startRelay(kind, dataDir);
          try {
            const askSaved = kind === 'ours' && ASK_SAVED_BY_DEFAULT;
            const figures = await runOnce(pool, relay, scenario, `${kind}-${index}-${round}`, askSaved);
            runs[kind].push(figures);
            console.log(describeRun(kind, round, figures));
          } finally {
            await relay.stop();
            await rm(dataDir, { recursive: true, force: true });
          }
        }
      }
      recorded.push(...printTable(scenario.name, medianFigures(runs.ours), medianFigures(runs.reference)));
    }
  } finally {
    await pool.close();
  }
  console.log('\nratio = ours / reference; below 1.00 is better for latency and CPU, above 1.00 for throughput.');
  const cross = await runCrossInstanceScenario(only);
  recorder.record({
    title: '`pnpm bench` (relay)',
    settings:
      `${SECONDS} s measured after ${WARMUP_SECONDS} s warm-up, ${HZ} Hz, ${ROUNDS} rounds per relay (ABBA), ${WORKERS} load workers, ` +
      `saved requests ${ASK_SAVED_BY_DEFAULT ? 'on' : 'off'}${only === undefined ? '' : `, BENCH_SCENARIO=${only}`}` +
      `${AB_SERVER_DIR === undefined ? '' : ', reference = another checkout (BENCH_REFERENCE_SERVER)'}. Medians; ratio = ours / reference.`,
    tables: recorded.length > 0 ? [{ header: ['scenario', 'figure', 'ours', 'reference', 'ratio'], rows: recorded }] : [],
    notes: cross === undefined ? [] : [cross],
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
