// Pasting 200 components into an empty board, in headless Chromium against the real relay: the bench
// board (bench/seedBoard.ts) as a board file, the format copy writes, arrives as the paste of a board's
// copy (a `paste` event whose clipboard holds the file as text/plain and the copy's own mark, what Ctrl+V
// after a board's copy delivers), and the time runs from the event to the moment all 200 nodes are in the
// DOM and measured (React Flow shows a node once its size is known), seen by a MutationObserver in the page.
//
// Peer, in the same run and alternating with it: the same 200 components written into an empty board by
// another participant (a Node y-websocket client, bench/seedBoard.ts), timed from that participant's write
// to the same moment in the page. Both end in the same drawing of 200 new components, analysis included;
// paste / relay is what the paste itself adds (reading and checking the file, fresh ids, one undo step,
// selecting what was pasted) over a document change that brings the same components.
//
//   cd apps/web && pnpm exec vite build && cd ../../e2e && pnpm exec tsx bench/paste-time.ts   (COUNT=200 ROUNDS=3)
//
// NAPKIN_WEB_DIST points the relay at another build. BENCH_RECORD=1 adds a dated entry to bench/RESULTS.md.
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Board, newId, toBoardFile } from '@napkin/doc';
import { benchRecorder } from '@napkin/testkit';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import * as Y from 'yjs';
import { chromiumPath } from '../support/chromiumPath';
import { joinAsDocParticipant } from '../support/docParticipant';
import { linkHash } from '../support/links';
import { Relay } from '../support/relay';
import { seedLargeBoard } from './seedBoard';
import { runBench } from './runBench';

const COUNT = Number(process.env.COUNT ?? 200);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SEED = Number(process.env.SEED ?? 4);
const TIMEOUT_MS = Math.max(60_000, COUNT * 300);
/** The mark a board's copy puts beside the file (apps/web/src/editing/useEditorShortcuts.ts COPY_MARK). */
const COPY_MARK = 'application/x-napkin-copy';

type Mode = 'paste' | 'relay';

/** The clipboard's text of a copy of the whole bench board: the file without title or creation time, as copy writes it. */
function copiedBoardText(): string {
  const board = new Board(new Y.Doc());
  seedLargeBoard(board, COUNT, SEED);
  const { title: _title, createdAt: _createdAt, ...file } = toBoardFile(board.snapshot());
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** In the page: connected, the canvas drawn and the palette usable. No inner functions (see below). */
function boardReady(): boolean {
  return (
    document.querySelector('[data-testid="connection-status"][data-status="connected"]') !== null &&
    document.querySelector('.react-flow__pane') !== null &&
    document.querySelector('[data-testid="palette"] li button:not([disabled])') !== null
  );
}

/** In the page: whether the watcher saw every node drawn. */
function allDrawn(): boolean {
  return (window as unknown as { napkinPasteBench?: { done: number | null } }).napkinPasteBench?.done != null;
}

// The other in-page scripts are strings: tsx's `__name` helper would be serialised with a function that
// has inner functions and not exist in the page. (waitForFunction takes functions: the board page's
// content security policy refuses the eval a string predicate needs.)
/** Records (epoch ms, page clock) the first moment `count` nodes are in the DOM and measured. */
const watchFor = (count: number) => `(() => {
  const state = { done: null };
  window.napkinPasteBench = state;
  const flow = document.querySelector('.react-flow');
  const observer = new MutationObserver(() => {
    let shown = 0;
    for (const node of flow.querySelectorAll('.react-flow__node')) if (node.style.visibility !== 'hidden') shown += 1;
    if (shown >= ${count}) {
      state.done = performance.timeOrigin + performance.now();
      observer.disconnect();
    }
  });
  observer.observe(flow, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
})()`;

/** Dispatches the paste of a board's copy on the page; returns when it was dispatched (epoch ms, page clock). */
const pasteOf = (text: string) => `(() => {
  const data = new DataTransfer();
  data.setData('text/plain', ${JSON.stringify(text)});
  data.setData('${COPY_MARK}', '1');
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  const start = performance.timeOrigin + performance.now();
  document.body.dispatchEvent(event);
  return start;
})()`;

async function openEmptyBoard(context: BrowserContext, relay: Relay): Promise<{ page: Page; boardPath: string }> {
  const boardId = newId();
  const boardPath = `/b/${boardId}`;
  const page = await context.newPage();
  await page.goto(`${boardPath}${await linkHash(relay.baseURL, boardId)}`);
  await page.waitForFunction(boardReady, undefined, { timeout: TIMEOUT_MS });
  // Let the first paint and the worker's start settle before the clock runs.
  await page.waitForTimeout(1000);
  return { page, boardPath };
}

/** One arrival of the COUNT components on an empty board; ms from its start to all of them drawn. */
async function arrival(context: BrowserContext, relay: Relay, mode: Mode, text: string): Promise<number> {
  const { page, boardPath } = await openEmptyBoard(context, relay);
  // The other participant joins before the clock runs: only its write is timed.
  const writer = mode === 'relay' ? await joinAsDocParticipant(relay.baseURL, boardPath) : null;
  try {
    await page.evaluate(watchFor(COUNT));
    let start: number;
    if (writer === null) {
      start = Number(await page.evaluate(pasteOf(text)));
    } else {
      start = Date.now();
      seedLargeBoard(writer.board, COUNT, SEED);
    }
    await page.waitForFunction(allDrawn, undefined, { timeout: TIMEOUT_MS, polling: 100 });
    const done = Number(await page.evaluate('window.napkinPasteBench.done'));
    const drawn = await page.locator('.react-flow__node').count();
    if (drawn !== COUNT) throw new Error(`${mode}: ${drawn} nodes drawn, expected ${COUNT}`);
    return done - start;
  } finally {
    writer?.close();
    await page.close();
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function main(): Promise<void> {
  const recorder = benchRecorder(fileURLToPath(new URL('./RESULTS.md', import.meta.url)));
  const load = loadavg()[0] ?? Number.NaN;
  const text = copiedBoardText();
  const relay = await Relay.start();
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: relay.baseURL });
    const times: Record<Mode, number[]> = { paste: [], relay: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const mode of round % 2 === 0 ? (['paste', 'relay'] as const) : (['relay', 'paste'] as const)) {
        times[mode].push(await arrival(context, relay, mode, text));
      }
    }
    await context.close();

    const paste = median(times.paste);
    const peer = median(times.relay);
    const ratio = paste / peer;
    const list = (values: readonly number[]) => values.map((ms) => ms.toFixed(0)).join(', ');
    console.log(`${COUNT} components arriving on an empty board until all are drawn, ${ROUNDS} rounds (seed ${SEED}), load average ${load.toFixed(2)}`);
    console.log(`  ${"paste (a board's copy):".padEnd(36)} median ${paste.toFixed(0)} ms  (${list(times.paste)})`);
    console.log(`  ${"peer: another participant's write:".padEnd(36)} median ${peer.toFixed(0)} ms  (${list(times.relay)})`);
    console.log(`  paste / relay: ${ratio.toFixed(2)}×`);
    recorder.record({
      title: '`pnpm bench` (paste of 200 components)',
      settings: `${COUNT} components (bench/seedBoard.ts, seed ${SEED}) pasted as a board's copy onto an empty board, against the same components written by a Node participant through the relay, ${ROUNDS} rounds alternating, headless Chromium at 1280 × 800; load average ${load.toFixed(2)} at the start.`,
      tables: [{
        header: ['arrival', 'median ms', 'each round ms'],
        rows: [
          ['paste', paste.toFixed(0), list(times.paste)],
          ['peer: participant through the relay', peer.toFixed(0), list(times.relay)],
          ['paste / relay', `${ratio.toFixed(2)}×`, ''],
        ],
      }],
      notes: ['Time from the paste event (or the participant\'s write) to all nodes in the DOM and measured.'],
    });
  } finally {
    await browser.close();
    await relay.dispose();
  }
}

runBench(main);
