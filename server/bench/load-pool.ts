// The coordinator's side of the load workers: spreads each room's clients over the workers (so a room's
// updates cross processes), sends every worker the same command and waits for all replies.
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ClientAssignment, LoadResult } from './fanout-load.js';
import type { WorkerCommand, WorkerReply } from './load-worker.js';

export interface LoadScenario {
  readonly rooms: number;
  readonly clientsPerRoom: number;
  readonly writesPerSecond: number;
}

const WORKER_SCRIPT = fileURLToPath(new URL('./load-worker.ts', import.meta.url));

/** Client i of room r goes to worker (r + i) mod n: every room is split, every worker gets as many clients. */
export function assignClients(scenario: LoadScenario, runId: string, workers: number): ClientAssignment[][] {
  const shares: ClientAssignment[][] = Array.from({ length: workers }, () => []);
  for (let room = 0; room < scenario.rooms; room++) {
    const boardId = `bench-${runId}-room-${String(room).padStart(4, '0')}`;
    for (let index = 0; index < scenario.clientsPerRoom; index++) {
      shares[(room + index) % workers]?.push({ boardId, key: `c${index}` });
    }
  }
  return shares;
}

export class LoadPool {
  private constructor(private readonly workers: readonly ChildProcess[]) {}

  static start(count: number): LoadPool {
    const workers = Array.from({ length: count }, () =>
      fork(WORKER_SCRIPT, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
    );
    return new LoadPool(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  /** Sends one command per worker (same index) and resolves with their replies. */
  private async each(commands: readonly WorkerCommand[]): Promise<WorkerReply[]> {
    return Promise.all(
      this.workers.map(
        (worker, index) =>
          new Promise<WorkerReply>((resolve, reject) => {
            const command = commands[index];
            if (command === undefined) throw new Error(`no command for worker ${index}`);
            const onExit = (code: number | null): void => reject(new Error(`load worker exited with ${code}`));
            worker.once('exit', onExit);
            worker.once('message', (reply: WorkerReply) => {
              worker.off('exit', onExit);
              if (reply.kind === 'failed') reject(new Error(`load worker: ${reply.error}`));
              else resolve(reply);
            });
            worker.send(command);
          }),
      ),
    );
  }

  private async all(command: WorkerCommand): Promise<WorkerReply[]> {
    return this.each(this.workers.map(() => command));
  }

  /** `askSaved`: every client asks to be told when each of its writes is durable (our relay only). */
  async connect(url: string, shares: readonly ClientAssignment[][], askSaved: boolean): Promise<void> {
    await this.each(shares.map((clients) => ({ kind: 'connect', url, clients, askSaved })));
  }

  async startWriting(writesPerSecond: number): Promise<void> {
    await this.all({ kind: 'start', writesPerSecond });
  }

  async beginMeasuring(): Promise<void> {
    await this.all({ kind: 'begin-measuring' });
  }

  /** Every worker's latencies, merged. */
  async endMeasuring(): Promise<LoadResult> {
    const replies = await this.all({ kind: 'end-measuring' });
    const latenciesMs: number[] = [];
    const savedLatenciesMs: number[] = [];
    // Loops, not push(...): one worker may report a few hundred thousand samples.
    for (const reply of replies) {
      if (reply.kind !== 'result') continue;
      for (const latency of reply.result.latenciesMs) latenciesMs.push(latency);
      for (const latency of reply.result.savedLatenciesMs) savedLatenciesMs.push(latency);
    }
    return { delivered: latenciesMs.length, latenciesMs, savedLatenciesMs };
  }

  async stopClients(): Promise<void> {
    await this.all({ kind: 'stop' });
  }

  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.exitCode !== null) return resolve();
            worker.once('exit', () => resolve());
            worker.disconnect();
          }),
      ),
    );
  }
}
