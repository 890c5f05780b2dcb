// The hostile scenarios' client processes (a flooder, the restart storm's clients) and how the coordinator
// talks to them: one command at a time over IPC, one reply each. Clients run outside the coordinator so a
// flooder's CPU or a thousand sockets never delay the coordinator's clock readings; like load-pool.ts, but
// for any command type.
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

/** Every reply may be a failure, so the coordinator sees a worker's error instead of waiting forever. */
export type Failed = { readonly kind: 'failed'; readonly error: string };

export class WorkerChannel<Command, Reply extends { readonly kind: string }> {
  private constructor(private readonly child: ChildProcess) {}

  /** Forks `script` (a .ts file, run through tsx) as a worker. */
  static fork<Command, Reply extends { readonly kind: string }>(script: string): WorkerChannel<Command, Reply> {
    return new WorkerChannel(fork(script, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  }

  /** The worker's process id (to renice it). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Sends `command` and resolves with the worker's reply (rejects on a failure reply or an exit). */
  request(command: Command): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => {
      const onExit = (code: number | null): void => reject(new Error(`worker exited with ${code}`));
      this.child.once('exit', onExit);
      this.child.once('message', (reply: Reply | Failed) => {
        this.child.off('exit', onExit);
        if (reply.kind === 'failed') reject(new Error(`worker: ${(reply as Failed).error}`));
        else resolve(reply as Reply);
      });
      this.child.send(command as object);
    });
  }

  /** Disconnects the worker (it exits on disconnect) and waits for it to be gone. */
  close(): Promise<void> {
    return new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      if (this.child.connected) this.child.disconnect();
      else this.child.kill('SIGTERM');
    });
  }
}

/** The worker's side: answers each command with `handle`'s reply, or a failure; exits when the coordinator goes. */
export function serveCommands<Command, Reply>(handle: (command: Command) => Promise<Reply>): void {
  process.on('message', (command: Command) => {
    handle(command).then(
      (reply) => process.send?.(reply),
      (error: unknown) => process.send?.({ kind: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
  process.on('disconnect', () => process.exit(0));
}
