import { describe, expect, it } from 'vitest';
import { explainPresence, parsePresence, peersFromAwareness } from './presence.js';

const user = { name: 'Ada', color: '#1f77b4' };

describe('parsePresence', () => {
  it('accepts a well-formed state', () => {
    const state = { user, cursor: { x: 1, y: 2 }, drag: { componentId: 'abc', x: 3, y: 4 }, viewport: { x: 0, y: 0, zoom: 1.5 } };
    expect(parsePresence(state)).toEqual(state);
    expect(parsePresence({ user, cursor: null, drag: null })).toEqual({ user, cursor: null, drag: null });
  });

  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['no user', { cursor: null, drag: null }],
    ['empty name', { user: { name: '  ', color: '#000000' }, cursor: null, drag: null }],
    ['css injection in the colour', { user: { name: 'x', color: 'red;background:url(evil)' }, cursor: null, drag: null }],
    ['huge name', { user: { name: 'x'.repeat(5000), color: '#000000' }, cursor: null, drag: null }],
    ['name of control and bidi characters only', { user: { name: '\u202e\u0007\u2066 ', color: '#000000' }, cursor: null, drag: null }],
  ])('rejects a state with %s', (_label, raw) => {
    expect(parsePresence(raw)).toBeNull();
    expect(explainPresence(raw).ok).toBe(false);
  });

  it('neutralises a name: no control or bidi characters, whitespace collapsed, clipped to 64 code points', () => {
    const shown = (name: string): string | undefined => parsePresence({ user: { name, color: '#000000' }, cursor: null, drag: null })?.user.name;
    expect(shown('\u202eyrollaM')).toBe('yrollaM');
    expect(shown('Ada\u0000\u001b[31m \u2066Lovelace\u2069\n\tX')).toBe('Ada[31m Lovelace X');
    expect(shown('x'.repeat(1000))).toBe('x'.repeat(64));
    expect(shown('😀'.repeat(70))).toBe('😀'.repeat(64));
  });

  it('keeps the user but drops a malformed cursor, drag or viewport', () => {
    const raw = {
      user,
      cursor: { x: 'left', y: 0 },
      drag: { componentId: '<script>', x: 1, y: 1 },
      viewport: { x: 0, y: 0, zoom: -1 },
    };
    expect(parsePresence(raw)).toEqual({ user, cursor: null, drag: null });
  });
});

describe('peersFromAwareness', () => {
  it('lists valid peers other than ourselves, ordered by client id', () => {
    const states = new Map<number, unknown>([
      [9, { user: { name: 'Bob', color: '#00ff00' }, cursor: null, drag: null }],
      [1, { user, cursor: { x: 5, y: 5 }, drag: null }],
      [4, { garbage: true }],
      [7, { user: { name: 'me', color: '#ffffff' }, cursor: null, drag: null }],
    ]);
    expect(peersFromAwareness(states, 7).map((peer) => [peer.clientId, peer.state.user.name])).toEqual([
      [1, 'Ada'],
      [9, 'Bob'],
    ]);
  });
});
