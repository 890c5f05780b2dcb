// The uncovered part of the canvas: side panels narrow it from their side, a bottom sheet from below.
import { describe, expect, it } from 'vitest';
import { freeArea } from './visibleArea';

const canvas = { left: 0, top: 40, right: 1800, bottom: 1000 };
const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom, width: right - left, height: bottom - top });

describe('freeArea', () => {
  it('is narrowed by the palette on the left and the inspector and panel on the right', () => {
    const panels = [box(8, 48, 240, 900), box(1160, 48, 1440, 992), box(1452, 48, 1792, 992)];
    expect(freeArea(canvas, panels)).toEqual({ left: 240, top: 40, right: 1160, bottom: 1000 });
  });

  it('is narrowed from below by a bottom sheet, and ignores hidden panels', () => {
    expect(freeArea(canvas, [box(0, 700, 1800, 1000), box(100, 100, 100, 100)])).toEqual({ left: 0, top: 40, right: 1800, bottom: 700 });
  });

  it('counts a panel low in the right-hand column (analysis under the inspector) as a side panel', () => {
    const panels = [box(1490, 48, 1792, 500), box(1490, 520, 1792, 992)];
    expect(freeArea(canvas, panels)).toEqual({ left: 0, top: 40, right: 1490, bottom: 1000 });
  });

  it('falls back to the whole canvas when the panels leave almost nothing', () => {
    expect(freeArea(canvas, [box(0, 48, 950, 990), box(1000, 48, 1800, 990)])).toEqual(canvas);
  });
});
