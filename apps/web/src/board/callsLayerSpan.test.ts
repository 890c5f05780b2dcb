// The calls' layer (canvas.css) clips what it draws to its box: the box must hold every position the board
// accepts, and the calls' svgs must be moved back by exactly the box's offset, or every call would be drawn
// shifted. The e2e suite checks calls at ±5,000,000 px on screen; this checks the box against the limit.
import { readFileSync } from 'node:fs';
import { COORDINATE_LIMIT } from '@napkin/fields';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./canvas.css', import.meta.url), 'utf8');

/** The px value of `property` in the first rule whose selector is exactly `selector`. */
function pixels(selector: string, property: string): number {
  const start = css.indexOf(`${selector} {`);
  if (start === -1) throw new Error(`canvas.css has no rule for ${selector}`);
  const body = css.slice(start, css.indexOf('}', start));
  const match = new RegExp(`(?:^|[\\s;{])${property}:\\s*(-?\\d+)px`).exec(body);
  if (match === null) throw new Error(`${selector} sets no ${property} in px`);
  return Number(match[1]);
}

describe("the calls' layer", () => {
  const layer = '.react-flow .react-flow__edges';
  const svgs = '.react-flow .react-flow__edges > svg';

  it('spans every board coordinate, with room for routes around a component at the limit', () => {
    for (const [start, size] of [['left', 'width'], ['top', 'height']] as const) {
      const from = pixels(layer, start);
      const to = from + pixels(layer, size);
      expect(from).toBeLessThanOrEqual(-COORDINATE_LIMIT - 10_000);
      expect(to).toBeGreaterThanOrEqual(COORDINATE_LIMIT + 10_000);
    }
  });

  it('moves the calls back to the board origin by exactly its own offset', () => {
    expect(pixels(svgs, 'left')).toBe(-pixels(layer, 'left'));
    expect(pixels(svgs, 'top')).toBe(-pixels(layer, 'top'));
  });

  it('stays inside the range Chromium lays out (its layout unit, 1/64 px in 32 bits: about ±33.5 million px)', () => {
    expect(pixels(layer, 'width')).toBeLessThan(2 ** 25);
    expect(Math.abs(pixels(layer, 'left'))).toBeLessThan(2 ** 25);
  });
});
