// Comment threads: open, reply, resolve, reopen between two synced peers; what the badges and the open list
// derive; input refused with its reason; and a comments document a peer wrote badly, read without crashing.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exchangeUpdates, linkDocs } from '../../test/sync.js';
import type { ThreadId } from './commentSchema.js';
import { CommentInputError, CommentThreads, openThreadCounts, openThreads, threadsOn } from './commentThreads.js';
import { threadMaps } from './readComments.js';

function twoPeers() {
  const a = new CommentThreads(new Y.Doc());
  const b = new CommentThreads(new Y.Doc());
  const unlink = linkDocs(a.ydoc, b.ydoc);
  return { a, b, unlink };
}

const DB = { kind: 'component', id: 'orders-db' } as const;
const CALL = { kind: 'call', id: 'api-to-db' } as const;

describe('comment threads', () => {
  it('opens a thread, takes replies from both peers in one order, resolves and reopens it', () => {
    const { a, b, unlink } = twoPeers();
    const thread = a.startThread(DB, 'Alice', 'Is one primary enough at 7,000 req/s?', 1_000);
    b.reply(thread, 'Bob', 'Add a read replica.', 2_000);
    a.reply(thread, 'Alice', 'Done, finding cleared.', 3_000);
    b.resolve(thread, 'Bob', 4_000);

    const [read] = a.snapshot().threads;
    expect(read).toMatchObject({ id: thread, target: DB, resolved: true, resolvedBy: 'Bob', resolvedAt: 4_000 });
    expect(read?.comments.map((comment) => [comment.author, comment.text, comment.createdAt])).toEqual([
      ['Alice', 'Is one primary enough at 7,000 req/s?', 1_000],
      ['Bob', 'Add a read replica.', 2_000],
      ['Alice', 'Done, finding cleared.', 3_000],
    ]);
    expect(b.snapshot()).toEqual(a.snapshot());

    a.reopen(thread);
    expect(b.snapshot().threads[0]).toMatchObject({ resolved: false });
    expect(b.snapshot().threads[0]).not.toHaveProperty('resolvedBy');
    unlink();
  });

  it('keeps both replies written at the same moment on two disconnected peers, in the same order for both', () => {
    const a = new CommentThreads(new Y.Doc());
    const b = new CommentThreads(new Y.Doc());
    const thread = a.startThread(CALL, 'Alice', 'Why async here?', 1);
    exchangeUpdates(a.ydoc, b.ydoc);
    a.reply(thread, 'Alice', 'Answering myself: the queue absorbs bursts.', 5);
    b.reply(thread, 'Bob', 'Because the worker is slow.', 5);
    exchangeUpdates(a.ydoc, b.ydoc);
    expect(a.snapshot().threads[0]?.comments).toHaveLength(3);
    expect(a.snapshot()).toEqual(b.snapshot());
  });

  it('counts open threads per element, lists open ones newest activity first, and an element’s open ones first', () => {
    const threads = new CommentThreads(new Y.Doc());
    const first = threads.startThread(DB, 'Alice', 'one', 10);
    const second = threads.startThread(DB, 'Bob', 'two', 20);
    const onCall = threads.startThread(CALL, 'Bob', 'three', 30);
    threads.reply(first, 'Bob', 'late reply', 40);
    threads.resolve(second, 'Alice', 50);
    const { threads: all } = threads.snapshot();

    expect(openThreadCounts(all)).toEqual(new Map([[DB.id, 1], [CALL.id, 1]]));
    expect(openThreads(all).map((thread) => thread.id)).toEqual([first, onCall]);
    expect(threadsOn(all, DB.id).map((thread) => [thread.id, thread.resolved])).toEqual([[first, false], [second, true]]);
  });

  it('refuses an empty comment, a nameless author and a target that is not an element, writing nothing', () => {
    const threads = new CommentThreads(new Y.Doc());
    expect(() => threads.startThread(DB, 'Alice', '   \n ')).toThrow(new CommentInputError('comment: needs some text'));
    expect(() => threads.startThread(DB, '\u202e', 'hello')).toThrow(/author: must name someone/);
    expect(() => threads.startThread({ kind: 'board' as never, id: 'x' }, 'Alice', 'hello')).toThrow(/target/);
    expect(() => threads.startThread(DB, 'Alice', 'x'.repeat(5_001))).toThrow(/at most 5000 characters/);
    expect(threadMaps(threads.ydoc).size).toBe(0);
    expect(threads.reply('gone' as ThreadId, 'Alice', 'hello')).toBe(false);
    expect(threads.resolve('gone' as ThreadId, 'Alice')).toBe(false);
  });

  it('keeps line breaks but drops invisible and reordering characters from what it stores', () => {
    const threads = new CommentThreads(new Y.Doc());
    threads.startThread(DB, 'Alice', '  first line\r\n\n\n\nsecond\u202e line\u0007 ', 1);
    expect(threads.snapshot().threads[0]?.comments[0]?.text).toBe('first line\n\nsecond line');
  });

  it('reads a document a peer wrote badly: skips what it cannot use, reads a bad resolved as open, and says why', () => {
    const ydoc = new Y.Doc();
    const maps = threadMaps(ydoc);
    const thread = (fields: Record<string, unknown>, comments: unknown[]) => {
      const map = new Y.Map<unknown>();
      for (const [key, value] of Object.entries(fields)) map.set(key, value);
      const list = new Y.Array<unknown>();
      list.push(comments);
      map.set('comments', list);
      return map;
    };
    const good = { id: 'c1', author: 'Alice', text: 'fine', createdAt: 5 };
    ydoc.transact(() => {
      maps.set('ok', thread({ targetKind: 'zone', targetId: 'eu-a', resolved: 'yes' }, [good, { id: 'c2', author: 'Bob', text: '', createdAt: 6 }, 'junk']));
      maps.set('no-target', thread({ targetKind: 'planet', targetId: 'mars' }, [good]));
      maps.set('empty', thread({ targetKind: 'call', targetId: 'c' }, []));
      maps.set('bad id!', thread({ targetKind: 'call', targetId: 'c' }, [good]));
      maps.set('plain', 'not a map' as never);
    });
    const snapshot = new CommentThreads(ydoc).snapshot();
    expect(snapshot.threads).toEqual([{ id: 'ok', target: { kind: 'zone', id: 'eu-a' }, resolved: false, comments: [good] }]);
    expect(snapshot.problems.map((problem) => `${problem.thread}#${problem.comment}`).sort()).toEqual(
      ['bad id!#-1', 'empty#-1', 'no-target#-1', 'ok#-1', 'ok#1', 'ok#2', 'plain#-1'],
    );
  });
});
