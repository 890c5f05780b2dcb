// SVG export of a 300-component board in the browser: the Export menu's SVG on a seeded board opened in
// headless Chromium against the real relay. Two figures per export: the page's own measure of the work
// (`performance.measure('napkin export svg')`: board file, analysis, scene, SVG) and the wall time from the
// click to the download Playwright sees. Goal: under 1 s. The CLI's side is packages/render/bench/export.ts.
//
//   pnpm --filter @napkin/web build && cd e2e && pnpm exec tsx bench/export-time.ts     (SIZE=300 EXPORTS=5)
//
// BENCH_RECORD=1 adds the figures as a dated entry to bench/RESULTS.md.
import { fileURLToPath } from 'node:url';
import { newId } from '@napkin/doc';
import { benchRecorder } from '@napkin/testkit';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../support/chromiumPath';
import { joinAsDocParticipant } from '../support/docParticipant';
import { linkHash } from '../support/links';
import { Relay } from '../support/relay';
import { seedLargeBoard } from './seedBoard';

const SIZE = Number(process.env.SIZE ?? 300);
const EXPORTS = Number(process.env.EXPORTS ?? 5);
const SEED = Number(process.env.SEED ?? 4);
const GOAL_MS = 1000;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function main(): Promise<void> {
  const recorder = benchRecorder(fileURLToPath(new URL('./RESULTS.md', import.meta.url)));
  const relay = await Relay.start();
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const boardId = newId();
    const boardPath = `/b/${boardId}`;
    const seeder = await joinAsDocParticipant(relay.baseURL, boardPath);
    seedLargeBoard(seeder.board, SIZE, SEED);
    // The seeder reads its own writes back from a fresh connection before the browser opens the board.
    for (let attempt = 0; attempt < 40; attempt += 1) {
      const reader = await joinAsDocParticipant(relay.baseURL, boardPath);
      const count = reader.board.snapshot().components.length;
      reader.close();
      if (count >= SIZE) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    seeder.close();

    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, baseURL: relay.baseURL, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${boardPath}${await linkHash(relay.baseURL, boardId)}`);
    await page.locator('.react-flow__node').nth(SIZE - 1).waitFor({ state: 'attached', timeout: 60_000 });
    await page.getByTestId('export').click();
    const walls: number[] = [];
    // One export first: it loads the export code; the figures are of the ones after it.
    for (let run = 0; run <= EXPORTS; run += 1) {
      const start = Date.now();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
      await download.path();
      if (run > 0) walls.push(Date.now() - start);
    }
    const measured: unknown = await page.evaluate("performance.getEntriesByName('napkin export svg').map((entry) => entry.duration)");
    const work = Array.isArray(measured) ? (measured as number[]).slice(1) : [];
    await context.close();

    const inPage = median(work);
    const wall = median(walls);
    const verdict = (ms: number) => (ms < GOAL_MS ? 'met' : 'missed');
    console.log(`SVG export in the browser, ${SIZE} components (seed ${SEED}), median of ${EXPORTS}`);
    console.log(`  in the page (file, analysis, scene, SVG): ${inPage.toFixed(0)} ms  (goal < ${GOAL_MS} ms: ${verdict(inPage)})`);
    console.log(`  click to download:                        ${wall.toFixed(0)} ms  (goal < ${GOAL_MS} ms: ${verdict(wall)})`);
    recorder.record({
      title: '`pnpm bench` (SVG export in the browser)',
      settings: `${SIZE} components (bench/seedBoard.ts, seed ${SEED}), ${EXPORTS} exports after one warm-up, headless Chromium at 1600 × 1000.`,
      tables: [{ header: ['what', 'median ms'], rows: [['in the page', inPage.toFixed(0)], ['click to download', wall.toFixed(0)]] }],
      notes: [`Goal < ${GOAL_MS} ms: in the page ${verdict(inPage)}, click to download ${verdict(wall)}.`],
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
