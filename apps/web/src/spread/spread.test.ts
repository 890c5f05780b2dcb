// A spread as the component inspector edits it: read and written in the declared pattern, even or
// counted (never a mix), zones ticked on and off in the checklist's order, counts set per zone.
import { SPREAD_PATTERN } from '@napkin/fields';
import { describe, expect, it } from 'vitest';
import { countsOf, evenCounts, formatSpread, instancesWith, NO_SPREAD, parseSpread, setCount, toggleZone, withCounts } from './spread';

describe('reading and writing a spread', () => {
  it('reads both forms and writes them back as they were', () => {
    expect(parseSpread('eu-a eu-b')).toEqual({ entries: [{ zone: 'eu-a' }, { zone: 'eu-b' }], counted: false });
    expect(parseSpread('eu-a:2, eu-b:1')).toEqual({ entries: [{ zone: 'eu-a', count: 2 }, { zone: 'eu-b', count: 1 }], counted: true });
    expect(formatSpread(parseSpread('eu-a eu-b'))).toBe('eu-a eu-b');
    expect(formatSpread(parseSpread('eu-a:2,eu-b:1'))).toBe('eu-a:2 eu-b:1');
  });

  it('reads nothing from unset or malformed text, and writes unset when no zone is left', () => {
    expect(parseSpread(undefined)).toEqual(NO_SPREAD);
    expect(parseSpread('eu a:')).toEqual(NO_SPREAD);
    expect(formatSpread(NO_SPREAD)).toBeUndefined();
  });

  it('never writes a mix: a counted spread gives every zone a count', () => {
    const mixed = parseSpread('eu-a:2 eu-b');
    expect(mixed.counted).toBe(true);
    expect(formatSpread(mixed)).toBe('eu-a:2 eu-b:1');
  });
});

describe('instances over zones', () => {
  it('divides evenly, the remainder to the first zones listed', () => {
    expect(evenCounts(3, 2)).toEqual([2, 1]);
    expect(evenCounts(7, 3)).toEqual([3, 2, 2]);
    expect(evenCounts(1, 3)).toEqual([1, 0, 0]);
    expect(countsOf(parseSpread('a b c'), 4)).toEqual([2, 1, 1]);
  });

  it('takes the counts as the instance count when they are set', () => {
    expect(instancesWith(parseSpread('a:2 b:3'), 1)).toBe(5);
    expect(instancesWith(parseSpread('a b'), 4)).toBe(4);
  });
});

describe('editing the checklist', () => {
  const order = ['a', 'b', 'c'];

  it('ticks zones on in the checklist order and off again, back to no spread', () => {
    let spread = toggleZone(NO_SPREAD, 'c', true, order);
    spread = toggleZone(spread, 'a', true, order);
    expect(formatSpread(spread)).toBe('a c');
    spread = toggleZone(spread, 'c', false, order);
    spread = toggleZone(spread, 'a', false, order);
    expect(formatSpread(spread)).toBeUndefined();
  });

  it('gives a zone ticked on in a counted spread one instance', () => {
    expect(formatSpread(toggleZone(parseSpread('a:3'), 'b', true, order))).toBe('a:3 b:1');
  });

  it('sets one count and writes the even division of the others out', () => {
    expect(formatSpread(setCount(parseSpread('a b c'), 'b', 4, 3))).toBe('a:1 b:4 c:1');
    expect(formatSpread(setCount(parseSpread('a:2 b:2'), 'a', 5, 1))).toBe('a:5 b:2');
  });

  it('switches forms without moving an instance, and back', () => {
    const counted = withCounts(parseSpread('a b'), true, 5);
    expect(formatSpread(counted)).toBe('a:3 b:2');
    expect(formatSpread(withCounts(counted, false, 5))).toBe('a b');
  });

  it('writes only text the declared pattern accepts', () => {
    const written = [
      formatSpread(toggleZone(parseSpread('zA_1'), 'z-B', true, ['zA_1', 'z-B'])),
      formatSpread(withCounts(parseSpread('a b c'), true, 1_000_000)),
      formatSpread(setCount(parseSpread('x'), 'x', 42, 1)),
    ];
    for (const text of written) expect(text !== undefined && SPREAD_PATTERN.test(text), String(text)).toBe(true);
  });
});
