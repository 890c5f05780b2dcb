import { describe, expect, it } from 'vitest';
import type { BoardId } from '../route/route';
import type { NameStorage } from '../presence/identity';
import { RECENT_LIMIT, forgetBoard, loadRecentBoards, parseRecentBoard, recordVisit } from './recentBoards';

function memoryStorage(initial?: string): NameStorage & { raw(): string | undefined } {
  const items = new Map<string, string>();
  if (initial !== undefined) items.set('napkin.recentBoards', initial);
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    raw: () => items.get('napkin.recentBoards'),
  };
}

const idA = 'aaaaaaaaaaaaaaaaaaaaaa' as BoardId;
const idB = 'bbbbbbbbbbbbbbbbbbbbbb' as BoardId;
const idC = 'cccccccccccccccccccccc' as BoardId;

describe('recordVisit / loadRecentBoards', () => {
  it('lists visited boards most recent first, one entry per board', () => {
    const storage = memoryStorage();
    recordVisit(storage, idA, 'Checkout', 1000);
    recordVisit(storage, idB, '', 2000);
    recordVisit(storage, idA, 'Checkout v2', 3000);
    expect(loadRecentBoards(storage)).toEqual([
      { id: idA, title: 'Checkout v2', lastOpened: 3000 },
      { id: idB, title: '', lastOpened: 2000 },
    ]);
  });

  it('keeps at most RECENT_LIMIT boards, dropping the oldest', () => {
    const storage = memoryStorage();
    for (let i = 0; i < RECENT_LIMIT + 5; i++) recordVisit(storage, `board-${String(i).padStart(20, '0')}` as BoardId, `#${i}`, i);
    const boards = loadRecentBoards(storage);
    expect(boards).toHaveLength(RECENT_LIMIT);
    expect(boards[0]?.title).toBe(`#${RECENT_LIMIT + 4}`);
    expect(boards.at(-1)?.title).toBe('#5');
  });

  it('forgets a board', () => {
    const storage = memoryStorage();
    recordVisit(storage, idA, 'a', 1);
    recordVisit(storage, idB, 'b', 2);
    expect(forgetBoard(storage, idA).map((b) => b.id)).toEqual([idB]);
    expect(loadRecentBoards(storage).map((b) => b.id)).toEqual([idB]);
  });
});

describe('reading untrusted storage', () => {
  it.each([
    ['broken JSON', '{not json'],
    ['an object instead of a list', '{"id":"x"}'],
    ['a number', '42'],
    ['null', 'null'],
  ])('returns no boards for %s', (_label, stored) => {
    expect(loadRecentBoards(memoryStorage(stored))).toEqual([]);
  });

  it('skips bad entries and keeps the good ones', () => {
    const stored = JSON.stringify([
      { id: idA, title: 'ok', lastOpened: 5 },
      { id: '../../etc/passwd', title: 'path', lastOpened: 6 },
      { id: 'short', title: 'too short', lastOpened: 6 },
      { id: idB, title: 42, lastOpened: 6 },
      { id: idC, title: 'negative time', lastOpened: -1 },
      { id: idC, title: 'not finite', lastOpened: 'Infinity' },
      null,
      'text',
      { id: idC, title: `  spaced \n ${'x'.repeat(500)}`, lastOpened: 7 },
    ]);
    const boards = loadRecentBoards(memoryStorage(stored));
    expect(boards.map((b) => b.id)).toEqual([idC, idA]);
    expect(boards[0]?.title.startsWith('spaced x')).toBe(true);
    expect(boards[0]?.title.length).toBe(120);
  });

  it('keeps the newest of duplicated ids', () => {
    const stored = JSON.stringify([
      { id: idA, title: 'old', lastOpened: 1 },
      { id: idA, title: 'new', lastOpened: 9 },
    ]);
    expect(loadRecentBoards(memoryStorage(stored))).toEqual([{ id: idA, title: 'new', lastOpened: 9 }]);
  });

  it('survives storage that throws', () => {
    const broken: NameStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadRecentBoards(broken)).toEqual([]);
    expect(recordVisit(broken, idA, 't', 1)).toEqual([{ id: idA, title: 't', lastOpened: 1 }]);
    expect(loadRecentBoards(null)).toEqual([]);
  });

  it('parses one entry', () => {
    expect(parseRecentBoard({ id: idA, title: 't', lastOpened: 0, extra: true })).toEqual({ id: idA, title: 't', lastOpened: 0 });
    expect(parseRecentBoard([])).toBeNull();
  });
});
