import { describe, expect, it } from 'vitest';
import { EMPTY_OUTLINE, frameOf, outlineOf } from './minimapOutline';

const node = (x: number, y: number, width = 100, height = 40, hidden = false) => ({ internals: { positionAbsolute: { x, y } }, measured: { width, height }, hidden });

describe('outlineOf', () => {
  it('draws every shown node as one rectangle of a single path and bounds them all', () => {
    const outline = outlineOf([node(0, 0), node(200.4, -50.6, 80, 30)]);
    expect(outline.path).toBe('M0,0h100v40h-100zM200,-51h80v30h-80z');
    expect(outline.bounds).toEqual({ x: 0, y: -50.6, width: 280.4, height: 90.6 });
  });

  it('leaves out hidden nodes and nodes not measured yet', () => {
    const outline = outlineOf([node(0, 0, 100, 40, true), node(10, 10, 0, 0), node(5, 5)]);
    expect(outline.path).toBe('M5,5h100v40h-100z');
    expect(outline.bounds).toEqual({ x: 5, y: 5, width: 100, height: 40 });
  });

  it('takes a size given on the node while React Flow has not measured it', () => {
    expect(outlineOf([{ internals: { positionAbsolute: { x: 0, y: 0 } }, width: 30, height: 20 }]).path).toBe('M0,0h30v20h-30z');
  });

  it('is empty with nothing to draw', () => {
    expect(outlineOf([])).toBe(EMPTY_OUTLINE);
  });
});

describe('frameOf', () => {
  it('fits the nodes and the visible area into the box, centred, with a five-pixel margin', () => {
    // Content 0..600 × 0..120 in a 300×120 box: 2 units a pixel, so 600×240 centred on the content.
    const frame = frameOf({ x: 0, y: 0, width: 600, height: 120 }, { x: 100, y: 0, width: 100, height: 50 }, 300, 120);
    expect(frame.viewScale).toBe(2);
    expect(frame.offset).toBe(10);
    expect(frame).toMatchObject({ x: -10, y: -70, width: 620, height: 260 });
  });

  it('frames the visible area alone when there are no nodes', () => {
    const frame = frameOf(null, { x: 0, y: 0, width: 300, height: 120 }, 300, 120);
    expect(frame).toMatchObject({ x: -5, y: -5, width: 310, height: 130, viewScale: 1 });
  });
});
