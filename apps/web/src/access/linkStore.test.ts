import { describe, expect, it } from 'vitest';
import type { BoardId } from '../route/route';
import { heldToken, madeLinks, rememberMadeLink, tokenForBoard, tokenInHash } from './linkStore';

function memoryStorage(): { getItem(key: string): string | null; setItem(key: string, value: string): void } {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const BOARD = 'AAAAAAAAAAAAAAAAAAAAAA' as BoardId;
const OWNER = 'o'.repeat(32);
const VIEWER = 'v'.repeat(32);

describe('the links this browser holds', () => {
  it('reads a token from the URL fragment only when it looks like one', () => {
    expect(tokenInHash(`#k=${OWNER}`)).toBe(OWNER);
    expect(tokenInHash('#k=short')).toBeNull();
    expect(tokenInHash('')).toBeNull();
  });

  it('opens with the link in the URL (and remembers it), else with the one it holds', () => {
    const storage = memoryStorage();
    expect(tokenForBoard(storage, BOARD, '')).toBeNull();
    expect(tokenForBoard(storage, BOARD, `#k=${OWNER}`)).toBe(OWNER);
    expect(tokenForBoard(storage, BOARD, '')).toBe(OWNER);
    expect(tokenForBoard(storage, BOARD, `#k=${VIEWER}`)).toBe(VIEWER);
    expect(heldToken(storage, BOARD)).toBe(VIEWER);
  });

  it('keeps the tokens of links it made, and skips what it did not write', () => {
    const storage = memoryStorage();
    tokenForBoard(storage, BOARD, `#k=${OWNER}`);
    rememberMadeLink(storage, BOARD, 'link-1', VIEWER as never);
    expect(madeLinks(storage, BOARD)).toEqual({ 'link-1': VIEWER });
    storage.setItem('napkin.links', JSON.stringify({ [BOARD]: { token: 'x', made: {} }, other: 7 }));
    expect(heldToken(storage, BOARD)).toBeNull();
  });
});
