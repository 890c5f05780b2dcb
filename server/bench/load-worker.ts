// A load worker process: runs its share of the bench clients and answers the coordinator over IPC, so
// the clients' own CPU (50 Yjs docs decoding every update) never competes with measurement in one process.
import { FanoutLoad } from './fanout-load.js';
import type { ClientAssignment, LoadResult } from './fanout-load.js';

export type WorkerCommand =
  | { readonly kind: 'connect'; readonly url: string; readonly clients: readonly ClientAssignment[]; readonly askSaved: boolean }
  | { readonly kind: 'start'; readonly writesPerSecond: number }
  | { readonly kind: 'begin-measuring' }
  | { readonly kind: 'end-measuring' }
  | { readonly kind: 'stop' };

export type WorkerReply =
  | { readonly kind: 'done' }
  | { readonly kind: 'result'; readonly result: LoadResult }
  | { readonly kind: 'failed'; readonly error: string };

// Every y-websocket provider adds a process 'exit' listener; one worker may hold all 50 clients' halves.
process.setMaxListeners(200);

let load: FanoutLoad | null = null;

function reply(message: WorkerReply): void {
  process.send?.(message);
}

async function handle(command: WorkerCommand): Promise<WorkerReply> {
  switch (command.kind) {
    case 'connect':
      load = new FanoutLoad(command.url, command.clients, command.askSaved);
      await load.connect();
      return { kind: 'done' };
    case 'start':
      load?.startWriting(command.writesPerSecond);
      return { kind: 'done' };
    case 'begin-measuring':
      load?.beginMeasuring();
      return { kind: 'done' };
    case 'end-measuring':
      return { kind: 'result', result: load?.endMeasuring() ?? { delivered: 0, latenciesMs: [], savedLatenciesMs: [] } };
    case 'stop':
      await load?.stop();
      load = null;
      return { kind: 'done' };
  }
}

process.on('message', (command: WorkerCommand) => {
  handle(command).then(reply, (error: unknown) => reply({ kind: 'failed', error: String(error) }));
});
process.on('disconnect', () => process.exit(0));
