import { describe, expect, it } from 'vitest';
import { onlyClient } from './usePresence';

describe('onlyClient', () => {
  it('is true for our own cursor or drag moving, and for nothing at all', () => {
    expect(onlyClient({ added: [], updated: [7], removed: [] }, 7)).toBe(true);
    expect(onlyClient({ added: [], updated: [], removed: [] }, 7)).toBe(true);
  });

  it('is false as soon as a peer joins, moves or leaves', () => {
    expect(onlyClient({ added: [9], updated: [7], removed: [] }, 7)).toBe(false);
    expect(onlyClient({ added: [], updated: [7, 9], removed: [] }, 7)).toBe(false);
    expect(onlyClient({ added: [], updated: [], removed: [9] }, 7)).toBe(false);
  });
});
