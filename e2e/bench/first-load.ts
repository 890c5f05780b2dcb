// First load, cold: how long until a board is ready to work on (connected to the relay, the palette's
// buttons usable) and how many bytes crossed the network to get there, in a fresh browser context (empty
// cache) against the real relay serving the production build. The landing page is measured the same way
// (ready: the "New board" button). Bytes are what Chromium received for every HTTP response (headers and
// compressed bodies, CDP `encodedDataLength`); the WebSocket's sync frames are not counted. Goal for a
// board: ≤ 500 ms and ≤ 350 KB (issue 18). The median of ROUNDS cold loads is reported, with a floor measured
// the same way in the same rounds: a static page with a tiny inline script (firstLoadPage.ts), what a fresh
// context costs on this machine before any of Napkin's work.
//
//   cd apps/web && pnpm exec vite build && cd ../../e2e && pnpm exec tsx bench/first-load.ts   (ROUNDS=5 SIZE=12)
//
// NAPKIN_WEB_DIST points the relay at another build. BENCH_RECORD=1 adds a dated entry to bench/RESULTS.md.
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { newId } from '@napkin/doc';
import { benchRecorder } from '@napkin/testkit';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../support/chromiumPath';
import { joinAsDocParticipant } from '../support/docParticipant';
import { linkHash } from '../support/links';
import { Relay } from '../support/relay';
import { seedLargeBoard } from './seedBoard';
import { median, readyAt, startFloorServer } from './firstLoadPage';
import type { Ready } from './firstLoadPage';
import { runBench } from './runBench';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const SIZE = Number(process.env.SIZE ?? 12);
const SEED = Number(process.env.SEED ?? 4);

interface Load {
  readonly ms: number;
  readonly bytes: number;
  readonly scriptBytes: number;
  readonly requests: number;
  /** Content-Encoding of the responses, e.g. { br: 12, none: 3 }. */
  readonly encodings: Readonly<Record<string, number>>;
}

async function coldLoad(browser: Browser, url: string, ready: Ready): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const types = new Map<string, string>();
    let bytes = 0;
    let scriptBytes = 0;
    let requests = 0;
    let counting = true;
    const encodings: Record<string, number> = {};
    cdp.on('Network.responseReceived', (event) => {
      types.set(event.requestId, event.type);
      const header = Object.entries(event.response.headers).find(([name]) => name.toLowerCase() === 'content-encoding');
      const encoding = typeof header?.[1] === 'string' ? header[1] : 'none';
      encodings[encoding] = (encodings[encoding] ?? 0) + 1;
    });
    cdp.on('Network.loadingFinished', (event) => {
      if (!counting) return;
      bytes += event.encodedDataLength;
      requests += 1;
      if (types.get(event.requestId) === 'Script') scriptBytes += event.encodedDataLength;
    });
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(readyAt, ready, { polling: 'raf', timeout: 30_000 }).catch(async (error: unknown) => {
      const status = await page.getByTestId('connection-status').getAttribute('data-status').catch(() => 'none');
      throw new Error(`${url.split('#')[0]} never got ready (connection status: ${status}, palette buttons: ${await page.locator('[data-testid="palette"] li button').count()})`, { cause: error });
    });
    const ms = Number(await handle.jsonValue());
    counting = false;
    return { ms, bytes, scriptBytes, requests, encodings };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

async function main(): Promise<void> {
  const recorder = benchRecorder(fileURLToPath(new URL('./RESULTS.md', import.meta.url)));
  const loadBefore = loadavg().map((value) => value.toFixed(2)).join(' / ');
  const relay = await Relay.start();
  const floorServer = await startFloorServer();
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const boardId = newId();
    const boardPath = `/b/${boardId}`;
    // The link first: it registers the board, which the seeder then joins (as bench/frame-time.ts does).
    const boardUrl = `${relay.baseURL}${boardPath}${await linkHash(relay.baseURL, boardId)}`;
    const seeder = await joinAsDocParticipant(relay.baseURL, boardPath);
    seedLargeBoard(seeder.board, SIZE, SEED);
    seeder.close();

    // One warm-up of each, so the relay's first compression of a file (if the build has no .br) is not measured.
    await coldLoad(browser, `${relay.baseURL}/`, 'landing');
    await coldLoad(browser, boardUrl, 'board');
    await coldLoad(browser, floorServer.url, 'floor');
    const landing: Load[] = [];
    const board: Load[] = [];
    const floor: Load[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      floor.push(await coldLoad(browser, floorServer.url, 'floor'));
      landing.push(await coldLoad(browser, `${relay.baseURL}/`, 'landing'));
      board.push(await coldLoad(browser, boardUrl, 'board'));
    }
    const summary = (loads: readonly Load[]) => ({
      ms: median(loads.map((load) => load.ms)),
      bytes: median(loads.map((load) => load.bytes)),
      scriptBytes: median(loads.map((load) => load.scriptBytes)),
      requests: median(loads.map((load) => load.requests)),
    });
    const page = summary(landing);
    const open = summary(board);
    const fixed = summary(floor);
    const loadAfter = loadavg().map((value) => value.toFixed(2)).join(' / ');
    const timeVerdict = open.ms <= 500 ? 'met' : 'missed';
    const bytesVerdict = open.bytes <= 350 * 1024 ? 'met' : 'missed';
    console.log(`first load, cold cache, median of ${ROUNDS} (board of ${SIZE} components, seed ${SEED}); load average ${loadBefore} -> ${loadAfter}`);
    console.log(`  landing: ready ${page.ms.toFixed(0)} ms, ${kb(page.bytes)} KB (${kb(page.scriptBytes)} KB script) in ${page.requests} responses`);
    console.log(`  board:   ready ${open.ms.toFixed(0)} ms, ${kb(open.bytes)} KB (${kb(open.scriptBytes)} KB script) in ${open.requests} responses`);
    console.log(`  floor:   ready ${fixed.ms.toFixed(0)} ms (a static page with an inline script: a fresh context's fixed cost here)`);
    console.log(`  board responses by Content-Encoding: ${JSON.stringify(board[0]?.encodings ?? {})}`);
    console.log(`  goal ≤ 500 ms: ${timeVerdict}; ≤ 350 KB: ${bytesVerdict}`);
    recorder.record({
      title: '`bench/first-load.ts` (first load, cold cache)',
      settings: `Median of ${ROUNDS} cold loads after one warm-up, each in a fresh context with the cache disabled; board of ${SIZE} components (seed ${SEED}); headless Chromium at 1280 × 800, relay on localhost.`,
      tables: [{
        header: ['page', 'ready ms', 'KB transferred', 'KB of it script', 'responses'],
        rows: [
          ['landing (New board usable)', page.ms.toFixed(0), kb(page.bytes), kb(page.scriptBytes), String(page.requests)],
          ['board (connected, palette usable)', open.ms.toFixed(0), kb(open.bytes), kb(open.scriptBytes), String(open.requests)],
          ['floor: static page, inline script (peer)', fixed.ms.toFixed(0), kb(fixed.bytes), kb(fixed.scriptBytes), String(fixed.requests)],
        ],
      }],
      notes: [
        `Goal for a board ≤ 500 ms: ${timeVerdict}; ≤ 350 KB: ${bytesVerdict}. Board responses by Content-Encoding: ${JSON.stringify(board[0]?.encodings ?? {})}.`,
        `Load average (1 / 5 / 15 min) ${loadBefore} before, ${loadAfter} after: times on a machine this loaded are not the machine's speed.`,
      ],
    });
  } finally {
    await browser.close();
    await floorServer.close();
    await relay.dispose();
  }
}

runBench(main);
