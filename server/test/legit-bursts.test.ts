// The limits leave room for what real editors do in one go: each burst below goes through the real
// y-websocket client and the relay with default limits, arrives whole at another client, and no socket is
// closed. Boards are built with the document layer (@napkin/doc), as the web app builds them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Board } from '@napkin/doc';
import type { ComponentId } from '@napkin/doc';
import type * as Y from 'yjs';
import { connectClient, newBoardId, startTestRelay, waitFor, waitForSynced } from './harness.js';
import type { TestClient, TestRelay } from './harness.js';

const KINDS = ['load-balancer-l7', 'stateless-service', 'in-memory-cache', 'relational-primary', 'message-queue', 'worker'] as const;

/** `count` components in a grid, each called by an earlier one, in one transaction (a paste or an import). */
function addSystem(board: Board, count: number, offset = 0): void {
  board.batch(() => {
    const ids: ComponentId[] = [];
    for (let index = 0; index < count; index++) {
      const kind = KINDS[index % KINDS.length] ?? 'stateless-service';
      const x = (index % 20) * 320;
      const y = (offset + Math.floor(index / 20)) * 150;
      ids.push(board.addComponent({ kind, name: `${kind} ${offset + index}`, x, y, instances: 1 + (index % 3) }));
    }
    for (let index = 1; index < count; index++) {
      const from = ids[Math.floor(index / 2)];
      const to = ids[index];
      if (from !== undefined && to !== undefined) board.addCall({ from, to, mode: 'sync' });
    }
  });
}

const componentCount = (doc: Y.Doc): number => new Board(doc).snapshot().components.length;

describe('legitimate bursts fit under the default limits', () => {
  let relay: TestRelay;
  const clients: TestClient[] = [];
  const closes: number[] = [];
  beforeEach(async () => {
    relay = await startTestRelay();
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await relay.dispose();
    closes.length = 0;
  });

  async function pair(): Promise<[TestClient, TestClient]> {
    const boardId = newBoardId();
    const writer = connectClient(relay.url, boardId);
    const reader = connectClient(relay.url, boardId);
    clients.push(writer, reader);
    for (const client of [writer, reader]) client.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    await waitForSynced(writer);
    await waitForSynced(reader);
    return [writer, reader];
  }

  it('a 200-component paste', async () => {
    const [writer, reader] = await pair();
    addSystem(new Board(writer.doc), 200);
    await waitFor(() => componentCount(reader.doc) === 200, 'the paste arrives');
    expect(closes).toEqual([]);
  });

  it('a 1,000-component board file import', async () => {
    const [writer, reader] = await pair();
    addSystem(new Board(writer.doc), 1000);
    await waitFor(() => componentCount(reader.doc) === 1000, 'the import arrives', 30_000);
    expect(closes).toEqual([]);
  });

  it('the 1,000-component bench board, then 1,000 single edits in a row (a drag at full speed)', async () => {
    const [writer, reader] = await pair();
    const board = new Board(writer.doc);
    addSystem(board, 1000);
    const first = board.snapshot().components[0]?.id;
    for (let step = 1; step <= 1000; step++) if (first !== undefined) board.moveComponent(first, step, step);
    await waitFor(() => new Board(reader.doc).snapshot().components.find((component) => component.id === first)?.x === 1000, 'the last move arrives', 30_000);
    expect(componentCount(reader.doc)).toBe(1000);
    expect(closes).toEqual([]);
  });

  it('1,000 offline edits syncing at reconnect', async () => {
    const [writer, reader] = await pair();
    const board = new Board(writer.doc);
    addSystem(board, 10);
    await waitFor(() => componentCount(reader.doc) === 10, 'the first components arrive');
    writer.provider.disconnect();
    for (let index = 0; index < 1000; index++) board.addComponent({ kind: 'worker', name: `offline ${index}`, x: index, y: 5000 });
    writer.provider.connect();
    await waitFor(() => componentCount(reader.doc) === 1010, 'the offline edits arrive', 30_000);
    expect(closes.filter((code) => code !== 1000 && code !== 0 && code !== 1005)).toEqual([]);
  });
});
