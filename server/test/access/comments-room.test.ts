// A board's comments room (`<boardId>~comments`) is stored like the board itself: a thread a commenter opens
// and another participant resolves is still there, still resolved, after the relay restarts on its data dir,
// read by a newcomer from storage alone. Real y-websocket clients on the real relay, with links per role.
import { CommentThreads } from '@napkin/doc';
import type { ThreadId } from '@napkin/doc';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, makeTempDir, newBoardId, startTestRelay, waitFor, waitForSynced } from '../harness.js';
import type { TestClient, TestRelay } from '../harness.js';

describe('the comments room', () => {
  const clients: TestClient[] = [];
  let relay: TestRelay | undefined;
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await relay?.dispose();
    relay = undefined;
  });
  const join = (room: string, role: 'commenter' | 'editor' | 'viewer'): { client: TestClient; threads: CommentThreads } => {
    const client = connectClient(relay!.url, room, new Y.Doc(), undefined, role);
    clients.push(client);
    return { client, threads: new CommentThreads(client.doc) };
  };

  it('keeps a thread a commenter opened, and its resolution, across a relay restart', async () => {
    const dir = await makeTempDir();
    try {
      relay = await startTestRelay({ dataDir: dir.path });
      const room = `${newBoardId()}~comments`;
      const commenter = join(room, 'commenter');
      const editor = join(room, 'editor');
      await Promise.all([waitForSynced(commenter.client), waitForSynced(editor.client)]);

      const thread = commenter.threads.startThread({ kind: 'component', id: 'orders-db' }, 'Carol', 'Replica lag on reads?', 1_000);
      await waitFor(() => editor.threads.snapshot().threads.length === 1, 'the editor sees the thread');
      editor.threads.reply(thread, 'Alice', 'Under 1 s; reads tolerate it.', 2_000);
      editor.threads.resolve(thread, 'Alice', 3_000);
      await waitFor(() => commenter.threads.snapshot().threads[0]?.resolved === true, 'the commenter sees it resolved');
      const before = commenter.threads.snapshot();

      for (const client of clients.splice(0)) client.destroy();
      await relay.dispose();
      relay = await startTestRelay({ dataDir: dir.path });

      const newcomer = join(room, 'viewer');
      await waitForSynced(newcomer.client);
      await waitFor(() => newcomer.threads.snapshot().threads.length === 1, 'the thread is read back from storage');
      expect(newcomer.threads.snapshot()).toEqual(before);
      expect(newcomer.threads.snapshot().threads[0]).toMatchObject({ id: thread as ThreadId, resolved: true, resolvedBy: 'Alice' });
    } finally {
      await relay?.dispose();
      relay = undefined;
      await dir.remove();
    }
  });
});
