// Frame time while dragging one node on a 200-component board, with the analysis on (worker, panel,
// badges) against the same drag with it off (`?analysis=off`), in one run on headless Chromium. Frame
// times are requestAnimationFrame deltas measured inside the page; modes alternate over several rounds
// so a slow moment of the shared machine hurts both alike. Goal: analysis on ≤ 1.2× analysis off.
//
//   pnpm --filter @napkin/web build && cd e2e && pnpm bench        (FRAMES=240 ROUNDS=3 SIZE=200)
//
// BENCH_RECORD=1 adds the figures as a dated entry to bench/RESULTS.md.
import { fileURLToPath } from 'node:url';
import { newId } from '@napkin/doc';
import { benchRecorder } from '@napkin/testkit';
import type { Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../support/chromiumPath';
import { joinAsDocParticipant } from '../support/docParticipant';
import { linkHash } from '../support/links';
import { Relay } from '../support/relay';
import { DRAGGED_NAME, seedLargeBoard } from './seedBoard';

const SIZE = Number(process.env.SIZE ?? 200);
const FRAMES = Number(process.env.FRAMES ?? 240);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SEED = Number(process.env.SEED ?? 4);

type Mode = 'on' | 'off';

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

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Opens the board, waits until it is drawn (and analysed, when on), drags the node, returns the frame deltas. */
async function measureDrag(page: Page, url: string, mode: Mode): Promise<number[]> {
  await page.goto(url);
  await page.locator('.react-flow__node').nth(SIZE - 1).waitFor({ state: 'attached', timeout: 60_000 });
  if (mode === 'on') await page.getByTestId('flow-availability').first().waitFor({ timeout: 60_000 });
  const handle = page.getByTestId(`node-${DRAGGED_NAME}`);
  const box = await handle.boundingBox();
  if (box === null) throw new Error('the dragged node is not visible');
  // Let the first paint, the worker's first answer and React Flow's measuring settle.
  await page.waitForTimeout(1000);

  await page.evaluate(FRAME_RECORDER);

  // Grab near the top of the node (its kind label), away from handles and badges.
  const start = { x: box.x + box.width / 2, y: box.y + 12 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let frame = 0; frame < FRAMES; frame += 1) {
    // A slow circle: the node keeps moving for the whole measurement without leaving the view.
    const angle = (frame / FRAMES) * Math.PI * 4;
    await page.mouse.move(start.x + 120 * Math.sin(angle) + 4, start.y + 80 * (1 - Math.cos(angle)));
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(resolve))');
  }
  await page.mouse.up();
  const frames: unknown = await page.evaluate('(window.napkinBench.stop(), window.napkinBench.frames.slice(2))');
  if (!Array.isArray(frames) || !frames.every((delta) => typeof delta === 'number')) throw new Error('no frame times');
  return frames as number[];
}

/** A fresh participant must read the whole seeded board before the browsers open it. */
async function untilRelayHas(baseURL: string, boardPath: string, size: number): Promise<void> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const reader = await joinAsDocParticipant(baseURL, boardPath);
    const count = reader.board.snapshot().components.length;
    reader.close();
    if (count >= size) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the relay never held the ${size} seeded components`);
}

async function main(): Promise<void> {
  const recorder = benchRecorder(fileURLToPath(new URL('./RESULTS.md', import.meta.url)));
  const relay = await Relay.start();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const boardId = newId();
    const boardPath = `/b/${boardId}`;
    // The browser opens the seeded board with an editor link (support/links.ts); the seeder gets its own.
    const link = await linkHash(relay.baseURL, boardId);
    const seeder = await joinAsDocParticipant(relay.baseURL, boardPath);
    seedLargeBoard(seeder.board, SIZE, SEED);
    await untilRelayHas(relay.baseURL, boardPath, SIZE);
    seeder.close();

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: relay.baseURL });
    const samples: Record<Mode, number[]> = { on: [], off: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const mode of round % 2 === 0 ? (['off', 'on'] as const) : (['on', 'off'] as const)) {
        const page = await context.newPage();
        const url = `${mode === 'off' ? `${boardPath}?analysis=off` : boardPath}${link}`;
        samples[mode].push(...(await measureDrag(page, url, mode)));
        await page.close();
      }
    }
    await context.close();

    const report = (mode: Mode) => {
      const sorted = [...samples[mode]].sort((a, b) => a - b);
      return { frames: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
    };
    const on = report('on');
    const off = report('off');
    console.log(`frame time while dragging one node, ${SIZE} components, ${ROUNDS} rounds × ${FRAMES} moves (seed ${SEED})`);
    console.log(`  analysis off: p50 ${off.p50.toFixed(2)} ms  p95 ${off.p95.toFixed(2)} ms  (${off.frames} frames)`);
    console.log(`  analysis on:  p50 ${on.p50.toFixed(2)} ms  p95 ${on.p95.toFixed(2)} ms  (${on.frames} frames)`);
    const ratio50 = on.p50 / off.p50;
    const ratio95 = on.p95 / off.p95;
    const verdict = ratio95 <= 1.2 && ratio50 <= 1.2 ? 'met' : 'missed';
    console.log(`  ratio on/off: p50 ${ratio50.toFixed(2)}×  p95 ${ratio95.toFixed(2)}×  (goal ≤ 1.2×: ${verdict})`);
    recorder.record({
      title: '`pnpm bench` (frame time while dragging)',
      settings: `${SIZE} components, ${ROUNDS} rounds × ${FRAMES} moves, seed ${SEED}, headless Chromium at 1280 × 800.`,
      tables: [{
        header: ['analysis', 'p50 ms', 'p95 ms', 'frames'],
        rows: [
          ['off', off.p50.toFixed(2), off.p95.toFixed(2), String(off.frames)],
          ['on', on.p50.toFixed(2), on.p95.toFixed(2), String(on.frames)],
          ['ratio on / off', `${ratio50.toFixed(2)}×`, `${ratio95.toFixed(2)}×`, ''],
        ],
      }],
      notes: [`Goal ≤ 1.2× at p50 and p95: ${verdict}.`],
    });
  } finally {
    await browser.close();
    await relay.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
