import { describe, expect, it } from 'vitest';
import { PALETTE, cleanName, colourForClient, defaultNameFor, loadName, saveName } from './identity';
import type { NameStorage } from './identity';

function memoryStorage(): NameStorage {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe('colourForClient', () => {
  it('gives the same participant the same colour on every peer', () => {
    expect(colourForClient(123456789)).toBe(colourForClient(123456789));
  });

  it('spreads consecutive client ids over the palette', () => {
    const colours = new Set(Array.from({ length: 40 }, (_, i) => colourForClient(1000 + i)));
    expect(colours.size).toBeGreaterThanOrEqual(PALETTE.length - 2);
  });

  it('handles the whole 32-bit client id range', () => {
    for (const id of [0, 1, 2 ** 31, 2 ** 32 - 1]) expect(PALETTE).toContain(colourForClient(id));
  });
});

describe('names', () => {
  it('has a readable default per client', () => {
    expect(defaultNameFor(42)).toMatch(/^[A-Z][a-z]+ \d{1,2}$/);
  });

  it('cleans typed names: collapses whitespace, trims, bounds the length', () => {
    expect(cleanName('  Ada \n  Lovelace ')).toBe('Ada Lovelace');
    expect(cleanName('x'.repeat(100))).toHaveLength(40);
    expect(cleanName('   ')).toBe('');
  });

  it('remembers the name in the storage it is given', () => {
    const storage = memoryStorage();
    expect(loadName(storage)).toBeNull();
    saveName(storage, 'Ada');
    expect(loadName(storage)).toBe('Ada');
  });

  it('survives storage that throws', () => {
    const broken: NameStorage = {
      getItem: () => { throw new Error('denied'); },
      setItem: () => { throw new Error('denied'); },
    };
    expect(loadName(broken)).toBeNull();
    expect(() => saveName(broken, 'Ada')).not.toThrow();
  });
});
