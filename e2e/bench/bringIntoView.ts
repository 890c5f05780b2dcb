// Puts the dragged node at a fixed spot of the window before a drag, by panning the empty canvas as a
// person would. Napkin fits a board to its content on open, and a big board's fit (at the canvas's least
// zoom, the left columns beyond the edge, panels taking their share) leaves the benchmark's node anywhere
// or out of sight; after this (its centre on one spot) the drag's mouse path is the same on every page and in every run.
import type { Locator, Page } from 'playwright-core';
import { grabPoint, viewAtRest } from './dragSteps';

interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * In the page: a point of the empty canvas from which a pan by `delta` stays inside the canvas, or null.
 * A string, not a function: tsx's `__name` helper would be serialised with one and not exist in the page.
 */
const panStart = (delta: Point): string => `(() => {
  const pane = document.querySelector('.react-flow__pane');
  if (pane === null) return null;
  const rect = pane.getBoundingClientRect();
  const dx = ${delta.x};
  const dy = ${delta.y};
  for (let y = rect.top + 20; y < rect.bottom - 20; y += 16) {
    for (let x = rect.left + 20; x < rect.right - 20; x += 16) {
      const endX = x + dx;
      const endY = y + dy;
      if (endX < rect.left + 20 || endX > rect.right - 20 || endY < rect.top + 20 || endY > rect.bottom - 20) continue;
      if (document.elementFromPoint(x, y) === pane) return { x, y };
    }
  }
  return null;
})()`;

/** Pans until the node's centre is within a pixel of `target`; then where to grab it (bench/dragSteps.ts). */
export async function bringIntoView(page: Page, dragged: Locator, target: Point, timeoutMs: number): Promise<Point> {
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const box = await dragged.boundingBox();
    if (box === null) throw new Error('the dragged node is not drawn');
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const delta = { x: Math.round(target.x - centre.x), y: Math.round(target.y - centre.y) };
    if (Math.abs(delta.x) <= 1 && Math.abs(delta.y) <= 1) return grabPoint(dragged);
    // A long way goes in parts, each from a free spot of the canvas.
    const part = { x: Math.max(-500, Math.min(500, delta.x)), y: Math.max(-300, Math.min(300, delta.y)) };
    const start = (await page.evaluate(panStart(part))) as Point | null;
    if (start === null) throw new Error(`no free spot of the canvas to pan by (${part.x}, ${part.y}) from`);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + part.x, start.y + part.y, { steps: 10 });
    await page.mouse.up();
    await viewAtRest(page, timeoutMs);
  }
  throw new Error(`the dragged node did not come to (${target.x}, ${target.y}) after four pans`);
}
