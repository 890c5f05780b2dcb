// Runs the relay CLI (src/main.ts) as a child process, the way `pnpm start` does, so tests can kill it.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_ADMIN_TOKEN } from './harness.js';

const SERVER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

/** How long a child may take to print that it listens; under the 60 s test timeout (vitest.config.ts). */
const START_DEADLINE_MS = 45_000;

export interface ChildRelay {
  readonly process: ChildProcess;
  readonly url: string;
  /** Everything the child printed so far. */
  output(): string;
  /** Resolves with the exit code (or the signal name) once the child is gone. */
  readonly exited: Promise<number | string>;
}

export async function spawnRelay(dataDir: string, env: Record<string, string> = {}): Promise<ChildRelay> {
  // `node --import tsx` rather than the tsx CLI: the CLI would put a wrapper process between us and the
  // relay, and SIGKILL must hit the relay itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: SERVER_DIR,
    env: {
      ...process.env, PORT: '0', HOST: '127.0.0.1', NAPKIN_DATA_DIR: dataDir, NAPKIN_WEB_DIST: join(dataDir, 'no-web'), NAPKIN_ADMIN_TOKEN: TEST_ADMIN_TOKEN, ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const url = await new Promise<string>((resolve, reject) => {
    // Starting costs ~3 s of CPU (tsx compiles the server): 20-23 s of wall time at load 17 on two cores,
    // so the deadline is generous. A child that missed it is killed, not left running after the test.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`relay did not start within ${START_DEADLINE_MS / 1000} s:\n${output}`));
    }, START_DEADLINE_MS);
    const check = (): void => {
      const match = /Napkin listening on (http:\/\/localhost:\d+)/.exec(output);
      if (match?.[1] === undefined) return;
      clearTimeout(timer);
      child.stdout.off('data', check);
      resolve(match[1]);
    };
    child.stdout.on('data', check);
    void exited.then((code) => reject(new Error(`relay exited (${code}) before listening:\n${output}`)));
  });
  return { process: child, url, output: () => output, exited };
}
