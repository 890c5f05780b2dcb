// One drag, measured two ways, the same on Napkin's page and on the plain React Flow page:
// - frame time: requestAnimationFrame deltas recorded inside the page for the whole drag;
// - main-thread time per drag step: the renderer main thread's CPU time (CDP `Performance.getMetrics`
//   TaskDuration, in thread ticks, so time the shared machine's other processes take from the page is not
//   counted) read before and after each step: one mouse move and the frame that follows it. Work a move
//   sets off that lands in a later step is counted there, so the sum over the drag is exact. The same
//   steps without a move, before the drag, give what measuring costs and what the page does when idle.
import type { Locator, Page } from 'playwright-core';

export interface DragSample {
  /** requestAnimationFrame deltas, ms. */
  readonly frames: number[];
  /** Main-thread CPU time of each step, ms. */
  readonly steps: number[];
  /** The same for steps without a move before the drag: the measuring's own cost and the page's idle work. */
  readonly idle: number[];
}

/** Steps without a move measured before each drag. */
const IDLE_STEPS = 30;

/**
 * Records requestAnimationFrame deltas into `window.napkinBench`. A string, not a function: tsx's
 * name-keeping helper (`__name`) would be serialised with a function but does not exist in the page.
 */
const FRAME_RECORDER = `(() => {
  const frames = [];
  let last = performance.now();
  let running = true;
  const tick = (now) => {
    frames.push(now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame((now) => { last = now; requestAnimationFrame(tick); });
  window.napkinBench = { frames, stop: () => { running = false; } };
})()`;

/**
 * Waits until the view (React Flow's viewport transform) has not changed for 300 ms: Napkin fits a board to
 * its content once it is measured, which on a loaded machine may come after the nodes are drawn, and a
 * grab point read before that fit would miss the node.
 */
export async function viewAtRest(page: Page, timeoutMs: number): Promise<void> {
  const read = () => page.evaluate(`document.querySelector('.react-flow__viewport')?.style.transform ?? ''`);
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  for (;;) {
    await page.waitForTimeout(300);
    const now = await read();
    if (now === last) return;
    if (Date.now() > deadline) throw new Error(`the view never came to rest (last ${String(now)})`);
    last = now;
  }
}

/**
 * Where to grab a node: the highest point along its middle (then either side) that is the node's own body,
 * not a handle, a button or a `nodrag` part (Napkin's badges and "why?" buttons), found the same way on
 * both pages. Napkin's kind label is at the top, so that is where it is grabbed, at any zoom.
 */
export async function grabPoint(dragged: Locator): Promise<{ x: number; y: number }> {
  const point = await dragged.evaluate((element) => {
    const box = element.getBoundingClientRect();
    for (let y = Math.ceil(box.top) + 1; y < box.bottom - 1; y += 1) {
      for (const x of [box.left + box.width / 2, box.left + box.width / 3, box.left + (2 * box.width) / 3]) {
        const hit = document.elementFromPoint(x, y);
        if (hit !== null && element.contains(hit) && hit.closest('.nodrag, button, input, textarea, .react-flow__handle') === null) return { x, y };
      }
    }
    return null;
  });
  if (point === null) throw new Error('no point of the dragged node grabs it (handles, buttons or other layers cover it)');
  return point;
}

/**
 * Drags from `start` along a slow circle for `moves` mouse moves, waiting a frame after each. A quarter of
 * the way round (the mouse 160 px below where it started) the `dragged` node must have followed, else the
 * figures would be of a drag that moves nothing; that check is outside the timed steps.
 */
export async function measureDragSteps(page: Page, dragged: Locator, start: { x: number; y: number }, moves: number): Promise<DragSample> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const taskSeconds = async (): Promise<number> => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const task = metrics.find((metric) => metric.name === 'TaskDuration');
    if (task === undefined) throw new Error('Chromium reported no TaskDuration metric');
    return task.value;
  };
  const atGrab = await dragged.evaluate((element, point) => {
    const hit = document.elementFromPoint(point.x, point.y);
    return element.contains(hit) ? null : (hit?.outerHTML.slice(0, 160) ?? 'nothing');
  }, start);
  if (atGrab !== null) throw new Error(`the grab point (${start.x}, ${start.y}) is not on the dragged node but on ${atGrab}`);
  const idle: number[] = [];
  let before = await taskSeconds();
  for (let step = 0; step < Math.min(IDLE_STEPS, moves); step += 1) {
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(resolve))');
    const after = await taskSeconds();
    idle.push((after - before) * 1000);
    before = after;
  }
  await page.evaluate(FRAME_RECORDER);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const steps: number[] = [];
  before = await taskSeconds();
  for (let move = 0; move < moves; move += 1) {
    // A slow circle: the node keeps moving for the whole measurement without leaving the view.
    const angle = (move / moves) * Math.PI * 4;
    await page.mouse.move(start.x + 120 * Math.sin(angle) + 4, start.y + 80 * (1 - Math.cos(angle)));
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(resolve))');
    const after = await taskSeconds();
    steps.push((after - before) * 1000);
    before = after;
    if (move === Math.floor(moves / 4)) {
      const box = await dragged.boundingBox();
      if (box === null || box.y < start.y + 80) throw new Error(`the node did not follow the drag (its top at ${String(box?.y)}, the mouse went from ${start.y} to ${start.y + 160})`);
      before = await taskSeconds();
    }
  }
  await page.mouse.up();
  await cdp.detach();
  const frames: unknown = await page.evaluate('(window.napkinBench.stop(), window.napkinBench.frames.slice(2))');
  if (!Array.isArray(frames) || !frames.every((delta) => typeof delta === 'number')) throw new Error('no frame times');
  return { frames: frames as number[], steps, idle };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length;
}
