// The relays the hostile scenarios run against, each in its own process (relay-process.ts): ours with its
// defaults (links, roles and every limit on; the same settings as `pnpm start`) and an admin token for
// the bench's links, or the reference @y/websocket-server (no links, no limits) for contrast.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_ADMIN_TOKEN } from '../bench-links.js';
import { startRelayProcess } from '../relay-process.js';
import type { RelayProcess } from '../relay-process.js';

export const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export type RelayKind = 'ours' | 'reference';

/** Bench modules the amplification's relay loads (gc-on-signal.ts), after tsx so they may be TypeScript. */
export const GC_ON_SIGNAL = ['--expose-gc', '--import', 'tsx', '--import', './bench/hostile/gc-on-signal.ts'];

/** Ours on `port` (0: any free one; the restart storm brings its relay back on the port it had). */
export function startOurRelay(dataDir: string, port = 0, nodeArgs: readonly string[] = ['--import', 'tsx']): Promise<RelayProcess> {
  // BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") as for the fan-out's relays.
  const extraArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  return startRelayProcess('napkin', [...extraArgs, ...nodeArgs, 'src/main.ts'], {
    PORT: String(port), HOST: '127.0.0.1', NAPKIN_DATA_DIR: dataDir, NAPKIN_WEB_DIST: join(dataDir, 'no-web'), NAPKIN_ADMIN_TOKEN: BENCH_ADMIN_TOKEN,
  }, SERVER_DIR);
}

export function startRelay(kind: RelayKind, dataDir: string): Promise<RelayProcess> {
  return kind === 'ours' ? startOurRelay(dataDir) : startRelayProcess('reference', ['bench/reference-relay.mjs'], {}, SERVER_DIR);
}

export const portOf = (url: string): number => Number(new URL(url).port);

/** Runs `body` with a fresh data directory, removed afterwards whatever happened. */
export async function withDataDir<T>(body: (dataDir: string) => Promise<T>): Promise<T> {
  const dataDir = await mkdtemp(join(tmpdir(), 'napkin-bench-hostile-'));
  try {
    return await body(dataDir);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Runs `body` against a relay of `kind` with its own data directory, and stops the relay afterwards. */
export async function withRelay<T>(kind: RelayKind, body: (relay: RelayProcess) => Promise<T>): Promise<T> {
  return withDataDir(async (dataDir) => {
    const relay = await startRelay(kind, dataDir);
    try {
      return await body(relay);
    } finally {
      await relay.stop();
    }
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const megabytes = (bytes: number): string => (bytes / 1e6).toFixed(1);
