// A real redis-server for tests, on a free port, killed in teardown. `appendonly` keeps its data across
// a kill + restart on the same port and directory (the "Redis goes away" tests).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { redisServerPath } from './redis-server-path.js';

export interface TestRedis {
  readonly port: number;
  readonly url: string;
  /** SIGKILLs the server (no shutdown save); `start()` brings it back on the same port and directory. */
  kill(): Promise<void>;
  start(): Promise<void>;
  /** Kills the server and removes its directory. */
  dispose(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilPingable(url: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      client.disconnect();
    }
  }
}

export async function startTestRedis(options: { appendonly?: boolean } = {}): Promise<TestRedis> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'napkin-redis-'));
  const url = `redis://127.0.0.1:${port}`;
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''];
  args.push('--appendonly', options.appendonly === true ? 'yes' : 'no');
  if (options.appendonly === true) args.push('--appendfsync', 'always');
  // Looked up per server, not at import: a suite that never starts Redis runs without one installed.
  const binary = redisServerPath();
  let child: ChildProcess | null = null;
  const start = async (): Promise<void> => {
    child = spawn(binary, args, { stdio: 'ignore' });
    await waitUntilPingable(url);
  };
  const kill = async (): Promise<void> => {
    const running = child;
    child = null;
    if (running === null || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    port,
    url,
    kill,
    start,
    dispose: async () => {
      await kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
