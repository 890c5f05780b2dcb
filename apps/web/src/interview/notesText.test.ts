import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyTextChange, editBetween } from './notesText';

describe('a textarea edit over shared text', () => {
  it('is the span that changed', () => {
    expect(editBetween('abc', 'abc')).toBeNull();
    expect(editBetween('hello world', 'hello big world')).toEqual({ at: 6, remove: 0, insert: 'big ' });
    expect(editBetween('aaa', 'aa')).toEqual({ at: 2, remove: 1, insert: '' });
    expect(editBetween('', 'x')).toEqual({ at: 0, remove: 0, insert: 'x' });
  });

  it('keeps both writers words when two tabs type at once', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    a.getText('notes').insert(0, 'strong on API; weak on sharding');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    applyTextChange(a.getText('notes'), 'strong on API (REST); weak on sharding');
    applyTextChange(b.getText('notes'), 'strong on API; weak on sharding, no hot keys');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(a.getText('notes').toString()).toBe('strong on API (REST); weak on sharding, no hot keys');
    expect(b.getText('notes').toString()).toBe(a.getText('notes').toString());
  });
});
