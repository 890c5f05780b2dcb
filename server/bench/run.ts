// `pnpm bench`: fan-out through our relay (persisting every update durably, group commit) and through the
// reference @y/websocket-server 0.1.1 (persisting nothing), same clients, same run. Prints throughput,
// fan-out latency p50/p99 and relay CPU per 1,000 delivered updates, with ours/reference ratios.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FanoutLoad, percentile } from './fanout-load.js';
import type { LoadScenario } from './fanout-load.js';
import { startRelayProcess } from './relay-process.js';
import type { RelayProcess } from './relay-process.js';

// Every y-websocket provider adds a process 'exit' listener; 50 of them are expected here.
process.setMaxListeners(200);

const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const HZ = Number(process.env.BENCH_HZ ?? 10);

const SCENARIOS: ReadonlyArray<{ name: string } & LoadScenario> = [
  { name: '1 room x 50 clients', rooms: 1, clientsPerRoom: 50, writesPerSecond: HZ },
  { name: '10 rooms x 10 clients', rooms: 10, clientsPerRoom: 10, writesPerSecond: HZ },
];

interface Figures {
  readonly deliveredPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly cpuMsPer1000: number;
}

async function runOnce(relay: RelayProcess, scenario: LoadScenario, runId: string): Promise<Figures> {
  const load = new FanoutLoad(relay.url, scenario);
  await load.connect(runId);
  load.startWriting();
  await new Promise((resolve) => setTimeout(resolve, WARMUP_SECONDS * 1000));
  const cpuBefore = await relay.cpuMs();
  const result = await load.measure(SECONDS);
  const cpuAfter = await relay.cpuMs();
  await load.stop();
  const sorted = result.latenciesMs.sort();
  return {
    deliveredPerSecond: result.delivered / result.seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    cpuMsPer1000: ((cpuAfter - cpuBefore) / Math.max(1, result.delivered)) * 1000,
  };
}

async function startOurs(dataDir: string): Promise<RelayProcess> {
  const extraArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  return startRelayProcess('napkin', [...extraArgs, '--import', 'tsx', 'src/main.ts'], {
    PORT: '0', HOST: '127.0.0.1', NAPKIN_DATA_DIR: dataDir, NAPKIN_WEB_DIST: join(dataDir, 'no-web'),
  }, SERVER_DIR);
}

async function startReference(): Promise<RelayProcess> {
  return startRelayProcess('reference', ['bench/reference-relay.mjs'], {}, SERVER_DIR);
}

const fmt = (value: number, digits = 1): string => value.toFixed(digits).padStart(11);

function printRow(label: string, ours: number, reference: number, digits = 1): void {
  console.log(`  ${label.padEnd(28)}${fmt(ours, digits)}${fmt(reference, digits)}${fmt(ours / reference, 2)}`);
}

async function main(): Promise<void> {
  console.log(`fan-out benchmark: ${SECONDS}s measured after ${WARMUP_SECONDS}s warm-up, each client writing at ${HZ} Hz`);
  const only = process.env.BENCH_SCENARIO; // e.g. "10 rooms" to run one scenario while profiling
  for (const [index, scenario] of SCENARIOS.entries()) {
    if (only !== undefined && !scenario.name.includes(only)) continue;
    const dataDir = await mkdtemp(join(tmpdir(), 'napkin-bench-'));
    try {
      // Reference first, then ours, each in a fresh process; the clients run in this process for both.
      const reference = await startReference();
      const referenceFigures = await runOnce(reference, scenario, `ref${index}`);
      await reference.stop();
      const ours = await startOurs(dataDir);
      const ourFigures = await runOnce(ours, scenario, `ours${index}`);
      await ours.stop();

      console.log(`\n${scenario.name}`);
      console.log(`  ${''.padEnd(28)}${'ours'.padStart(11)}${'reference'.padStart(11)}${'ratio'.padStart(11)}`);
      printRow('delivered updates / s', ourFigures.deliveredPerSecond, referenceFigures.deliveredPerSecond, 0);
      printRow('fan-out latency p50 (ms)', ourFigures.p50, referenceFigures.p50, 2);
      printRow('fan-out latency p99 (ms)', ourFigures.p99, referenceFigures.p99, 2);
      printRow('relay CPU ms / 1000 delivered', ourFigures.cpuMsPer1000, referenceFigures.cpuMsPer1000, 2);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  console.log('\nratio = ours / reference; below 1.00 is better for latency and CPU, above 1.00 for throughput.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
