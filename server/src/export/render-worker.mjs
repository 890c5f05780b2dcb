// The export worker's thread (export-worker.ts starts it). Plain JavaScript so that every host can start
// it (tsx, vitest, node): it registers tsx's loader for itself and imports the TypeScript renderer.
// Messages in: { id, file, request }; out: { id, exported } or { id, error }. A job waits first while
// the optional shared `hold` reads 0 (setting hold[1] to say it is waiting): tests hold a render midway.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { renderJob } = await import('./render-job.ts');
const hold = workerData?.hold ?? null;

parentPort.on('message', async ({ id, file, request }) => {
  if (hold !== null && Atomics.load(hold, 0) === 0) {
    Atomics.store(hold, 1, 1);
    Atomics.wait(hold, 0, 0);
  }
  try {
    const exported = await renderJob(file, request);
    parentPort.postMessage({ id, exported });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
