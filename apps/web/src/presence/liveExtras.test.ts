import { describe, expect, it } from 'vitest';
import { extrasFromAwareness, parseExtras, parseLaser, parseSummon } from './liveExtras';

describe('parseSummon', () => {
  it('accepts a positive finite timestamp', () => {
    expect(parseSummon({ at: 1_700_000_000_000 })).toEqual({ at: 1_700_000_000_000 });
  });

  it.each([
    ['null', null],
    ['a string', 'now'],
    ['a string time', { at: '1700000000000' }],
    ['infinity', { at: Infinity }],
    ['NaN', { at: NaN }],
    ['zero', { at: 0 }],
  ])('reads %s as no summon', (_label, raw) => {
    expect(parseSummon(raw)).toBeNull();
  });
});

describe('parseLaser', () => {
  it('accepts a point and drops extra keys', () => {
    expect(parseLaser({ x: -10.5, y: 20, colour: 'red' })).toEqual({ x: -10.5, y: 20 });
  });

  it.each([
    ['a missing y', { x: 1 }],
    ['text coordinates', { x: '1', y: '2' }],
    ['a huge coordinate', { x: 1e12, y: 0 }],
    ['infinity', { x: Infinity, y: 0 }],
    ['a list', [1, 2]],
  ])('reads %s as no laser', (_label, raw) => {
    expect(parseLaser(raw)).toBeNull();
  });
});

describe('extrasFromAwareness', () => {
  it('reads each listed client, a bad field as absent without affecting the other', () => {
    const states = new Map<number, unknown>([
      [1, { user: {}, summon: { at: 5 }, laser: { x: 1, y: 2 } }],
      [2, { summon: 'yes', laser: { x: 3, y: 4 } }],
      [3, 'garbage'],
      [4, { summon: { at: 9 } }],
    ]);
    const extras = extrasFromAwareness(states, [1, 2, 3]);
    expect(extras.get(1)).toEqual({ summon: { at: 5 }, laser: { x: 1, y: 2 } });
    expect(extras.get(2)).toEqual({ summon: null, laser: { x: 3, y: 4 } });
    expect(extras.get(3)).toEqual({ summon: null, laser: null });
    expect(extras.has(4)).toBe(false);
    expect(parseExtras(undefined)).toEqual({ summon: null, laser: null });
  });
});
