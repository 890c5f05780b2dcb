// Exports render on a worker thread, so the relay keeps serving other boards meanwhile: with an export
// held in the middle of its render (the worker waits on a shared flag the test controls), a second board
// syncs between two real y-websocket clients; released, the export answers with the board's SVG. Bounded
// by conditions (the worker says it is holding; the clients say they synced), not by time.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseBoard } from '@napkin/analysis';
import { Board, importBoardFile } from '@napkin/doc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardId } from '../src/board-id.js';
import { ExportWorker } from '../src/export/export-worker.js';
import { connectClient, newBoardId, startTestRelay, tokenFor, waitForSynced } from './harness.js';
import type { TestClient, TestRelay } from './harness.js';

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('export on a worker thread', () => {
  const hold = new Int32Array(new SharedArrayBuffer(8));
  const worker = new ExportWorker({ hold });
  let relay: TestRelay;
  const clients: TestClient[] = [];
  const exported = newBoardId();
  const other = newBoardId();

  beforeAll(async () => {
    relay = await startTestRelay({ exportRenderer: worker });
    const editor = connectClient(relay.url, exported);
    clients.push(editor);
    await waitForSynced(editor);
    const text = readFileSync(fileURLToPath(new URL('../../packages/analysis/examples/typical-request-path.json', import.meta.url)), 'utf8');
    const { board } = parseBoard(text);
    if (board === null) throw new Error('the example parses');
    importBoardFile(editor.doc, board);
    await until(async () => (await relay.relay.readRoom(exported as BoardId, (doc) => new Board(doc).snapshot().components.length)) === board.components.length, 'the relay holds the board');
  });

  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await relay.dispose();
    await worker.close();
  });

  it("answers another board's sync while an export is rendering, then the export", async () => {
    let settled = false;
    const token = await tokenFor(relay.url, exported, 'viewer');
    const response = fetch(`${relay.url}/api/boards/${exported}/export?format=svg`, { headers: { Authorization: `Bearer ${token}` } }).finally(() => {
      settled = true;
    });
    await until(() => Atomics.load(hold, 1) === 1, 'the export worker to hold its render');

    const writer = connectClient(relay.url, other);
    clients.push(writer);
    await waitForSynced(writer);
    writer.map.set('written', 'while an export renders');
    const reader = connectClient(relay.url, other);
    clients.push(reader);
    await waitForSynced(reader);
    await until(() => reader.map.get('written') === 'while an export renders', "the other board's edit to reach a second client");
    expect(settled).toBe(false);

    Atomics.store(hold, 0, 1);
    Atomics.notify(hold, 0);
    const answer = await response;
    expect(answer.status).toBe(200);
    const svg = await answer.text();
    expect(svg).toContain('<g id="napkin-component-app"');
  }, 120_000);

  it('turns a render that fails into an error for that export, and keeps rendering the next', async () => {
    const broken = { version: 1, components: null } as unknown as Parameters<ExportWorker['render']>[0];
    await expect(worker.render(broken, { format: 'svg' })).rejects.toThrow();
    const token = await tokenFor(relay.url, exported, 'viewer');
    const answer = await fetch(`${relay.url}/api/boards/${exported}/export?format=mermaid`, { headers: { Authorization: `Bearer ${token}` } });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain('users --> limiter');
  }, 120_000);
});
