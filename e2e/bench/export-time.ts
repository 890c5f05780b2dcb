// SVG export of a 300-component board in the browser: the Export menu's SVG on a seeded board opened in
// headless Chromium against the real relay. Two figures per export: the page's own measure of the work
// (`performance.measure('napkin export svg')`: board file, analysis, scene, SVG) and the wall time from the
// click to the download Playwright sees. Goal: under 1 s. The CLI's side is packages/render/bench/export.ts.
//
// Peer, measured in the same page and interleaved with it (svg, json, svg, json, …), so load on the shared
// machine slows both alike: the menu's board file export (`Board file (JSON)`: the board as its file, no
// analysis, no drawing). svg / json is what the analysis and the drawing add to the same click.
//
//   pnpm --filter @napkin/web build && cd e2e && pnpm exec tsx bench/export-time.ts     (SIZE=300 EXPORTS=4)
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
import { runBench } from './runBench';

const SIZE = Number(process.env.SIZE ?? 300);
/**
 * Exports of each format measured, after one warm-up of each. Headless Chromium 156 hands Playwright no
 * more than 10 downloads of one page (the 11th never arrives), so 4 pairs after the warm-up pair is the most.
 */
const MOST_DOWNLOADS_PER_PAGE = 10;
const EXPORTS = Number(process.env.EXPORTS ?? 4);
if (2 * (EXPORTS + 1) > MOST_DOWNLOADS_PER_PAGE) throw new Error(`EXPORTS=${EXPORTS} needs ${2 * (EXPORTS + 1)} downloads from one page; Chromium delivers ${MOST_DOWNLOADS_PER_PAGE}: use EXPORTS=4 or fewer`);
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
    const walls = { svg: [] as number[], json: [] as number[] };
    const exportOnce = async (format: 'svg' | 'json'): Promise<number> => {
      const start = Date.now();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${format}`).click()]);
      await download.path();
      return Date.now() - start;
    };
    // One export of each first: it loads the export code; the figures are of the ones after it.
    for (let run = 0; run <= EXPORTS; run += 1) {
      for (const format of ['svg', 'json'] as const) {
        const wall = await exportOnce(format);
        if (run > 0) walls[format].push(wall);
      }
    }
    const inPageOf = async (format: 'svg' | 'json'): Promise<number[]> => {
      const measured: unknown = await page.evaluate(`performance.getEntriesByName('napkin export ${format}').map((entry) => entry.duration)`);
      return Array.isArray(measured) ? (measured as number[]).slice(1) : [];
    };
    const work = { svg: await inPageOf('svg'), json: await inPageOf('json') };
    await context.close();

    const inPage = median(work.svg);
    const wall = median(walls.svg);
    const peerInPage = median(work.json);
    const peerWall = median(walls.json);
    const verdict = (ms: number) => (ms < GOAL_MS ? 'met' : 'missed');
    const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
    console.log(`SVG export in the browser, ${SIZE} components (seed ${SEED}), median of ${EXPORTS}, interleaved with the board file export`);
    console.log(`  in the page (file, analysis, scene, SVG): ${inPage.toFixed(0)} ms  (goal < ${GOAL_MS} ms: ${verdict(inPage)}; peer json ${peerInPage.toFixed(1)} ms)`);
    console.log(`  click to download:                        ${wall.toFixed(0)} ms  (goal < ${GOAL_MS} ms: ${verdict(wall)}; peer json ${peerWall.toFixed(0)} ms, svg / json ${ratio(wall, peerWall)})`);
    recorder.record({
      title: '`pnpm bench` (SVG export in the browser)',
      settings: `${SIZE} components (bench/seedBoard.ts, seed ${SEED}), ${EXPORTS} exports of each after one warm-up, SVG and the board file (the peer) interleaved, headless Chromium at 1600 × 1000.`,
      tables: [
        {
          header: ['what', 'SVG median ms', 'peer: board file (JSON) median ms', 'svg / json'],
          rows: [
            ['in the page', inPage.toFixed(0), peerInPage.toFixed(1), ratio(inPage, peerInPage)],
            ['click to download', wall.toFixed(0), peerWall.toFixed(0), ratio(wall, peerWall)],
          ],
        },
      ],
      notes: [`Goal < ${GOAL_MS} ms: in the page ${verdict(inPage)}, click to download ${verdict(wall)}.`],
    });
  } finally {
    await browser.close();
    await relay.dispose();
  }
}

runBench(main);
