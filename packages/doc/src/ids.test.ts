import { describe, expect, it } from 'vitest';
import { ID_PATTERN, isValidId, newId } from './ids.js';

describe('newId', () => {
  it('is url-safe, 22 characters (132 random bits), and accepted by the reader', () => {
    const id = newId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(ID_PATTERN.test(id)).toBe(true);
  });

  it('does not repeat across many draws and uses the whole alphabet', () => {
    const ids = Array.from({ length: 10_000 }, newId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.join('')).size).toBe(64);
  });
});

describe('isValidId', () => {
  it.each(['', 'a b', 'x'.repeat(65), '../etc', 42, null])('rejects %j', (value) => {
    expect(isValidId(value)).toBe(false);
  });
});
