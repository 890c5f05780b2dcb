// A board's comments room (`<boardId>~comments`) is stored like the board itself: a thread a commenter opens
// and another participant resolves is still there, still resolved, after the relay restarts on its data dir,
// read by a newcomer from storage alone. A tab holds the board and its comments room through one link: the
// share panel counts it once, and revoking the link closes both. Real y-websocket clients on the real relay.
import { CommentThreads } from '@napkin/doc';
import type { ThreadId } from '@napkin/doc';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from '../../src/access/link-client.js';
import { CloseCode } from '../../src/close-codes.js';
import { connectClient, makeTempDir, newBoardId, startTestRelay, waitFor, waitForSynced } from '../harness.js';
import type { TestClient, TestRelay } from '../harness.js';
import { ownerCall, watchedClient } from './access-client.js';

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

  it('counts a tab on the board and its comments room once, and revoking the link closes both', async () => {
    relay = await startTestRelay();
    const { url } = relay;
    const board = await createBoard(url);
    const made = await ownerCall(url, 'POST', `/api/boards/${board.boardId}/links`, board.token, { role: 'commenter', label: 'review' });
    const { token, link } = made.body as { token: string; link: { id: string } };
    const onBoard = watchedClient(url, board.boardId, token);
    const onComments = watchedClient(url, `${board.boardId}~comments`, token);
    clients.push(onBoard, onComments);
    await Promise.all([waitForSynced(onBoard), waitForSynced(onComments)]);

    const listed = await ownerCall(url, 'GET', `/api/boards/${board.boardId}/links`, board.token);
    const links = (listed.body as { links: { id: string; connected: number }[] }).links;
    expect(links.find((candidate) => candidate.id === link.id)?.connected).toBe(1);

    await ownerCall(url, 'DELETE', `/api/boards/${board.boardId}/links/${link.id}`, board.token);
    await waitFor(() => onBoard.codes.includes(CloseCode.LINK_REVOKED) && onComments.codes.includes(CloseCode.LINK_REVOKED), 'both sockets closed with 4410');
  });
});
