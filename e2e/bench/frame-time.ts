// Dragging one node of a seeded board (200 components; SIZE=1000 for issue 18's big board) in headless
// Chromium, three ways in one run: Napkin with the analysis on (worker, panel, badges), Napkin with it off
// (`?analysis=off`), and a plain React Flow page (bench/plain-flow/) drawing the same nodes, at the sizes
// and in the view Napkin drew them, and the same calls as plain edges. Snapping, guides, routing and the
// minimap are Napkin's defaults, on in both Napkin modes. Each drag is the same mouse path (bench/dragSteps.ts)
// and is measured the same way on every page: requestAnimationFrame deltas, and the main thread's CPU
// time per drag step. The modes alternate over rounds so a slow moment of the shared machine hurts all alike.
// Goals (issue 18): frame time on ≤ 1.2× off; main-thread time per step on ≤ 1.3× the plain page's.
//
//   cd apps/web && pnpm exec vite build && cd ../../e2e && pnpm exec tsx bench/frame-time.ts   (FRAMES=240 ROUNDS=3 SIZE=200)
//
// NAPKIN_WEB_DIST points the relay at another build. BENCH_RECORD=1 adds a dated entry to bench/RESULTS.md.
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { newId } from '@napkin/doc';
import { benchRecorder } from '@napkin/testkit';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../support/chromiumPath';
import { joinAsDocParticipant } from '../support/docParticipant';
import { linkHash } from '../support/links';
import { Relay } from '../support/relay';
import type { DragSample } from './dragSteps';
import { bringIntoView } from './bringIntoView';
import { grabPoint, mean, measureDragSteps, percentile, viewAtRest } from './dragSteps';
import type { PlainEdge, PlainFlowLayout } from './plain-flow/layout';
import { LAYOUT_GLOBAL } from './plain-flow/layout';
import { readNapkinLayout } from './plain-flow/readLayout';
import { servePlainFlow } from './plain-flow/serve';
import { DRAGGED_NAME, seedLargeBoard } from './seedBoard';
import { runBench } from './runBench';

const SIZE = Number(process.env.SIZE ?? 200);
const FRAMES = Number(process.env.FRAMES ?? 240);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SEED = Number(process.env.SEED ?? 4);
/** Opening a board of SIZE components on the loaded machine: a minute per 500, at least one. */
const OPEN_TIMEOUT_MS = Math.max(60_000, SIZE * 120);

/** Where the drag grabs its node: mid-canvas, clear of the palette and the panels, room for the circle below. */
const GRAB_AT = { x: 560, y: 250 } as const;

type Mode = 'on' | 'off' | 'plain';

/** Opens Napkin's board, waits until it is drawn (and analysed, when on), drags the node. */
async function dragOnNapkin(page: Page, url: string, mode: 'on' | 'off'): Promise<DragSample & { readonly detail: string }> {
  await page.goto(url);
  await page.locator('.react-flow__node').nth(SIZE - 1).waitFor({ state: 'attached', timeout: OPEN_TIMEOUT_MS });
  if (mode === 'on') await page.getByTestId('flow-availability').first().waitFor({ timeout: OPEN_TIMEOUT_MS });
  // Let the first paint, the worker's first answer and React Flow's measuring settle.
  await page.waitForTimeout(1000);
  await viewAtRest(page, OPEN_TIMEOUT_MS);
  const dragged = page.getByTestId(`node-${DRAGGED_NAME}`);
  const grab = await bringIntoView(page, dragged, GRAB_AT, OPEN_TIMEOUT_MS);
  // The level of detail drawn (board/zoomDetail.ts): a round drawn nearer would cost more for that reason.
  const detail = (await page.locator('.react-flow').getAttribute('data-detail')) ?? 'none';
  return { ...(await measureDragSteps(page, dragged, grab, FRAMES)), detail };
}

/** Opens the plain page with Napkin's layout, waits until every node is measured, drags the same node. */
async function dragOnPlain(page: Page, url: string, layout: PlainFlowLayout, draggedId: string): Promise<DragSample> {
  await page.addInitScript(`window.${LAYOUT_GLOBAL} = ${JSON.stringify(layout)};`);
  await page.goto(url);
  await page.waitForFunction(`document.querySelectorAll('.react-flow__node[style*="visibility: visible"]').length >= ${layout.nodes.length}`, undefined, { timeout: OPEN_TIMEOUT_MS });
  await page.waitForTimeout(1000);
  const dragged = page.locator(`.react-flow__node[data-id="${draggedId}"]`);
  return measureDragSteps(page, dragged, await grabPoint(dragged), FRAMES);
}

/** A fresh participant must read the whole seeded board before the browsers open it. */
async function untilRelayHas(baseURL: string, boardPath: string, size: number): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    const reader = await joinAsDocParticipant(baseURL, boardPath);
    const count = reader.board.snapshot().components.length;
    reader.close();
    if (count >= size) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the relay never held the ${size} seeded components`);
}

/** Even rounds start with Napkin (on), so the plain page has its layout before its first turn. */
const orderOf = (round: number): readonly Mode[] => (round % 2 === 0 ? ['on', 'off', 'plain'] : ['plain', 'off', 'on']);

async function main(): Promise<void> {
  const recorder = benchRecorder(fileURLToPath(new URL('./RESULTS.md', import.meta.url)));
  const load = loadavg()[0] ?? Number.NaN;
  const plain = await servePlainFlow();
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
    const calls: PlainEdge[] = seeder.board.snapshot().calls.map((call) => ({ id: call.id, source: call.from, target: call.to }));
    const draggedId = seeder.idOf(DRAGGED_NAME);
    await untilRelayHas(relay.baseURL, boardPath, SIZE);
    seeder.close();

    const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: relay.baseURL });
    const samples: Record<Mode, DragSample[]> = { on: [], off: [], plain: [] };
    const details: Record<'on' | 'off', string[]> = { on: [], off: [] };
    let layout: PlainFlowLayout | null = null;
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const mode of orderOf(round)) {
        const page = await context.newPage();
        if (mode === 'plain') {
          if (layout === null) throw new Error('the plain page needs Napkin’s layout first');
          samples.plain.push(await dragOnPlain(page, plain.url, layout, draggedId));
        } else {
          const url = `${mode === 'off' ? `${boardPath}?analysis=off` : boardPath}${link}`;
          const sample = await dragOnNapkin(page, url, mode);
          samples[mode].push(sample);
          details[mode].push(sample.detail);
          // Read after the drag (the dragged node back within a few pixels of its place): analysis on, so
          // the plain page draws the nodes at the sizes and in the view of the page it is compared with.
          layout ??= await readNapkinLayout(page, calls);
        }
        await page.close();
      }
    }
    await context.close();

    const report = (mode: Mode) => {
      const frames = samples[mode].flatMap((sample) => sample.frames).sort((a, b) => a - b);
      const steps = samples[mode].flatMap((sample) => sample.steps);
      const sortedSteps = [...steps].sort((a, b) => a - b);
      const idle = mean(samples[mode].flatMap((sample) => sample.idle));
      return { frames: frames.length, p50: percentile(frames, 0.5), p95: percentile(frames, 0.95), stepMean: mean(steps), stepP50: percentile(sortedSteps, 0.5), idle };
    };
    const on = report('on');
    const off = report('off');
    const flat = report('plain');
    const ratio50 = on.p50 / off.p50;
    const ratio95 = on.p95 / off.p95;
    const offVerdict = ratio95 <= 1.2 && ratio50 <= 1.2 ? 'met' : 'missed';
    const plainRatio = on.stepMean / flat.stepMean;
    const plainRatio50 = on.stepP50 / flat.stepP50;
    const plainVerdict = plainRatio <= 1.3 ? 'met' : 'missed';
    // What the drag adds over an idle step, on each page: the measuring's own cost left out of both.
    const plainNetRatio = (on.stepMean - on.idle) / (flat.stepMean - flat.idle);
    const row = (name: string, r: ReturnType<typeof report>) =>
      `  ${name.padEnd(17)} frame p50 ${r.p50.toFixed(2)} ms  p95 ${r.p95.toFixed(2)} ms  (${r.frames} frames)  main thread per step: mean ${r.stepMean.toFixed(2)} ms  p50 ${r.stepP50.toFixed(2)} ms  idle ${r.idle.toFixed(2)} ms`;
    console.log(`dragging one node, ${SIZE} components, ${ROUNDS} rounds × ${FRAMES} moves (seed ${SEED}), load average ${load.toFixed(2)}`);
    console.log(row('analysis off:', off));
    console.log(row('analysis on:', on));
    console.log(row('plain React Flow:', flat));
    // Each round's own mean, so one slow round (a busy moment of the shared machine) shows as one.
    const perRound = (mode: Mode) => samples[mode].map((sample) => mean(sample.steps).toFixed(2)).join(' / ');
    const roundsLine = `Per round, main thread per step (mean ms): on ${perRound('on')} (detail ${details.on.join(', ')}); off ${perRound('off')} (detail ${details.off.join(', ')}); plain ${perRound('plain')}`;
    console.log(`  ${roundsLine}`);
    console.log(`  frame time on / off: p50 ${ratio50.toFixed(2)}×  p95 ${ratio95.toFixed(2)}×  (goal ≤ 1.2×: ${offVerdict})`);
    console.log(`  main thread per step, on / plain React Flow: mean ${plainRatio.toFixed(2)}×  p50 ${plainRatio50.toFixed(2)}×  (goal ≤ 1.3× at the mean: ${plainVerdict}); less an idle step: ${plainNetRatio.toFixed(2)}×`);
    const cells = (r: ReturnType<typeof report>) => [r.p50.toFixed(2), r.p95.toFixed(2), String(r.frames), r.stepMean.toFixed(2), r.stepP50.toFixed(2), r.idle.toFixed(2)];
    recorder.record({
      title: '`pnpm bench` (frame time while dragging)',
      settings: `${SIZE} components, ${ROUNDS} rounds × ${FRAMES} moves, seed ${SEED}, headless Chromium at 1280 × 800; load average ${load.toFixed(2)} at the start.`,
      tables: [{
        header: ['page', 'frame p50 ms', 'frame p95 ms', 'frames', 'main thread per step, mean ms', 'per step p50 ms', 'idle step mean ms'],
        rows: [
          ['Napkin, analysis off', ...cells(off)],
          ['Napkin, analysis on', ...cells(on)],
          ['plain React Flow', ...cells(flat)],
          ['on / off', `${ratio50.toFixed(2)}×`, `${ratio95.toFixed(2)}×`, '', '', '', ''],
          ['on / plain React Flow', '', '', '', `${plainRatio.toFixed(2)}×`, `${plainRatio50.toFixed(2)}×`, `less idle: ${plainNetRatio.toFixed(2)}×`],
        ],
      }],
      notes: [`${roundsLine}.`, `Goal on / off ≤ 1.2× at p50 and p95: ${offVerdict}. Goal on / plain React Flow ≤ 1.3× main-thread time per step (mean): ${plainVerdict}.`],
    });
  } finally {
    await browser.close();
    await relay.dispose();
    await plain.close();
  }
}

runBench(main);
