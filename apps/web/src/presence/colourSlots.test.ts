import { describe, expect, it } from 'vitest';
import { settleColour } from './colourSlots';
import { PALETTE } from './identity';

/** Everyone publishes, then everyone looks at the others' last colours: one exchange of awareness. */
function exchange(colours: Map<number, string | null>): Map<number, string> {
  const published = new Map([...colours].filter((entry): entry is [number, string] => entry[1] !== null));
  return new Map(
    [...colours].map(([id, current]) => {
      const peers = new Map([...published].filter(([peer]) => peer !== id));
      return [id, settleColour(id, current, peers)];
    }),
  );
}

describe('settleColour', () => {
  it('takes the smallest free slot on joining', () => {
    expect(settleColour(7, null, new Map())).toBe(PALETTE[0]);
    expect(settleColour(7, null, new Map([[3, PALETTE[0]], [4, PALETTE[2]]]))).toBe(PALETTE[1]);
  });

  it('keeps its slot when a peer leaves, and when a later joiner took the same one', () => {
    expect(settleColour(5, PALETTE[3], new Map([[9, PALETTE[0]]]))).toBe(PALETTE[3]);
    expect(settleColour(5, PALETTE[3], new Map([[9, PALETTE[3]]]))).toBe(PALETTE[3]);
  });

  it('gives way to a lower client id wearing the same slot', () => {
    expect(settleColour(9, PALETTE[3], new Map([[5, PALETTE[3]]]))).toBe(PALETTE[0]);
  });

  it('settles 8 people joining at the same moment on 8 different colours within two exchanges', () => {
    const ids = [4012, 77, 918273, 5, 66001, 3141, 2718, 161803];
    // Nobody has seen anybody: every one of them takes the first slot.
    let colours = new Map<number, string | null>(ids.map((id) => [id, settleColour(id, null, new Map())]));
    expect(new Set(colours.values()).size).toBe(1);
    colours = exchange(colours);
    colours = exchange(colours);
    expect(new Set(colours.values()).size).toBe(ids.length);
    // And it stays settled.
    expect(exchange(colours)).toEqual(colours);
  });

  it('falls back to the client id hash once every slot is worn', () => {
    const peers = new Map(PALETTE.map((colour, index) => [index + 100, colour]));
    expect(PALETTE).toContain(settleColour(1, null, peers));
  });
});

/** CIELAB (D65) of an sRGB colour, for the distance people see between two colours (CIE76). */
function lab(hex: string): [number, number, number] {
  const value = parseInt(hex.slice(1), 16);
  const [r, g, b] = [value >> 16, (value >> 8) & 255, value & 255].map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

describe('PALETTE', () => {
  it('has no two colours people could mistake for each other (every pair at least 30 apart in CIELAB)', () => {
    for (const [index, a] of PALETTE.entries()) {
      for (const b of PALETTE.slice(index + 1)) {
        const [la, aa, ba] = lab(a);
        const [lb, ab, bb] = lab(b);
        expect(Math.hypot(la - lb, aa - ab, ba - bb), `${a} vs ${b}`).toBeGreaterThanOrEqual(30);
      }
    }
  });
});
