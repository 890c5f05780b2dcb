// Where a cold board load's time goes, stage by stage: the document, each script's download and evaluation,
// the page's first visible states (loading, board shell, canvas, first component), the relay's socket
// (made, open, sync step 1 and 2 received), the access answer, "connected", the palette usable; with the
// main thread's CPU time to ready split by kind (script evaluation, compile, callbacks, style and layout,
// paint). Several builds are loaded in turn in the same run (A/B interleaved: on a shared machine only
// that comparison means anything), each through its own relay, and the median of each stage is printed.
// A static page with an inline script is loaded the same way as a floor: what a fresh context costs here.
//
//   cd e2e && DISTS=base=/tmp/web-dist-a,new=/tmp/web-dist-b ROUNDS=5 pnpm exec tsx bench/first-load-timeline.ts
//
// Not part of `pnpm bench`: a tool for reading a first load, its figures go in notes, not RESULTS.md.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { newId } from '@napkin/doc';
import type { Browser, CDPSession } from 'playwright-core';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../support/chromiumPath';
import { joinAsDocParticipant } from '../support/docParticipant';
import { linkHash } from '../support/links';
import { Relay } from '../support/relay';
import { median, readyAt, startFloorServer } from './firstLoadPage';
import type { Ready } from './firstLoadPage';
import { runBench } from './runBench';
import { seedLargeBoard } from './seedBoard';

const ROUNDS = Number(process.env.ROUNDS ?? 5);
const SIZE = Number(process.env.SIZE ?? 12);
const TRACE_CATEGORIES = ['toplevel', 'v8', 'devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline'];

type Stages = Map<string, number>;

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string; readonly data?: { readonly url?: string; readonly documentLoaderURL?: string; readonly frame?: string }; readonly frame?: string };
}

// Installed before the page's own scripts: the first time each state shows, and the relay socket's life.
// Plain ES5-ish code with no helpers, since it is serialised into the page as it is.
const PAGE_PROBE = `(() => {
  const seen = {};
  window.__timeline = seen;
  const mark = (name) => { if (!(name in seen)) seen[name] = performance.now(); };
  const probes = [
    ['loading shown', '.page-loading'],
    ['board shell', '[data-testid="board-loading"], .board'],
    ['status badge', '[data-testid="connection-status"]'],
    ['palette shown', '[data-testid="palette"]'],
    ['canvas', '.react-flow__renderer'],
    ['first component drawn', '.react-flow__node'],
    ['status connected', '[data-testid="connection-status"][data-status="connected"]'],
  ];
  new MutationObserver(() => {
    for (const [name, selector] of probes) if (!(name in seen) && document.querySelector(selector)) mark(name);
    const add = document.querySelector('[data-testid="palette"] li button');
    if (add && !add.disabled) mark('palette enabled');
  }).observe(document, { subtree: true, childList: true, attributes: true });
  const Native = window.WebSocket;
  window.WebSocket = new Proxy(Native, { construct(target, args) {
    const socket = Reflect.construct(target, args);
    if (!String(args[0]).includes('/ws/') || String(args[0]).includes('/ws/comments')) return socket;
    mark('socket made');
    socket.addEventListener('open', () => mark('socket open'));
    socket.addEventListener('message', (event) => {
      if (!(event.data instanceof ArrayBuffer)) return;
      const bytes = new Uint8Array(event.data);
      if (bytes[0] === 0 && bytes[1] === 0) mark('sync step 1 received');
      if (bytes[0] === 0 && bytes[1] === 1) mark('sync step 2 received');
    });
    return socket;
  } });
})();`;

async function collectTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (batch) => events.push(...(batch.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Main-thread CPU (thread time) of the page's renderer from navigation to `readyMs`, by kind of work. */
function mainThreadCpu(events: readonly TraceEvent[], readyMs: number, stages: Stages): void {
  const navigation = events.find((event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL?.startsWith('http') === true);
  if (navigation === undefined) return;
  const main = events.find((event) => event.name === 'thread_name' && event.pid === navigation.pid && event.args?.name === 'CrRendererMain');
  if (main === undefined) return;
  const t0 = navigation.ts;
  const end = t0 + readyMs * 1000;
  const kinds: Record<string, string> = {
    'v8.evaluateModule': 'cpu: script evaluation', EvaluateScript: 'cpu: script evaluation',
    'v8.compileModule': 'cpu: compile', 'v8.compile': 'cpu: compile',
    FunctionCall: 'cpu: callbacks', RunMicrotasks: 'cpu: callbacks', TimerFire: 'cpu: callbacks', FireAnimationFrame: 'cpu: callbacks', EventDispatch: 'cpu: callbacks',
    UpdateLayoutTree: 'cpu: style+layout', Layout: 'cpu: style+layout', ParseAuthorStyleSheet: 'cpu: style+layout',
    Paint: 'cpu: paint', PrePaint: 'cpu: paint', Layerize: 'cpu: paint', ParseHTML: 'cpu: parse HTML',
  };
  let total = 0;
  // A kind's time counts once: work nested in an event already counted (a compile inside an evaluation) is part of it.
  let countedUntil = 0;
  const onMain = events.filter((event) => event.pid === navigation.pid && event.tid === main.tid && event.ph === 'X' && event.ts >= t0 && event.ts <= end);
  for (const event of onMain.sort((a, b) => a.ts - b.ts)) {
    const ms = (event.tdur ?? 0) / 1000;
    if (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') total += ms;
    const kind = kinds[event.name];
    if (kind !== undefined && event.ts >= countedUntil) {
      stages.set(kind, (stages.get(kind) ?? 0) + ms);
      countedUntil = event.ts + (event.dur ?? 0);
    }
    if (event.name === 'v8.evaluateModule' || event.name === 'EvaluateScript') {
      const file = event.args?.data?.url?.split('/').pop();
      if (file !== undefined && file !== '') {
        const key = `  evaluated ${file.replace(/-[\w-]{8}\.js$/, '.js')} (end)`;
        if (!stages.has(key)) stages.set(key, (event.ts + (event.dur ?? 0) - t0) / 1000);
      }
    }
  }
  stages.set('cpu: main thread to ready', total);
}

async function timedLoad(browser: Browser, url: string, floor: boolean): Promise<Stages> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(PAGE_PROBE);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES.join(','), transferMode: 'ReportEvents' });
    // PROFILE_DIR=<dir> keeps a JavaScript CPU profile of each load to ready (open it in DevTools).
    const profiling = process.env.PROFILE_DIR !== undefined;
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const stages: Stages = new Map();
    const requests = new Map<string, { url: string; start: number }>();
    let documentStart: number | null = null;
    cdp.on('Network.requestWillBeSent', (event) => {
      if (documentStart === null && event.type === 'Document') documentStart = event.timestamp;
      requests.set(event.requestId, { url: event.request.url, start: event.timestamp });
    });
    cdp.on('Network.loadingFinished', (event) => {
      const request = requests.get(event.requestId);
      if (request === undefined || documentStart === null) return;
      const file = new URL(request.url).pathname.split('/').pop() ?? '';
      const name = file.includes('.') ? file.replace(/-[\w-]{8}\.(js|css)$/, '.$1') : new URL(request.url).pathname.replace(/\/[\w-]{16,}(?=\/|$)/g, '/<id>');
      stages.set(`  ${name} requested`, (request.start - documentStart) * 1000);
      stages.set(`  ${name} received`, (event.timestamp - documentStart) * 1000);
    });
    await page.goto(url, { waitUntil: 'commit' });
    const ready: Ready = floor ? 'floor' : 'board';
    const handle = await page.waitForFunction(readyAt, ready, { polling: 'raf', timeout: 30_000 });
    const readyMs = Number(await handle.jsonValue());
    if (profiling) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(join(process.env.PROFILE_DIR!, `first-load-${floor ? 'floor' : 'board'}-${Date.now()}.cpuprofile`), JSON.stringify(profile));
    }
    const seen = await page.evaluate(() => (window as unknown as { __timeline?: Record<string, number> }).__timeline ?? {});
    for (const [name, ms] of Object.entries(seen)) stages.set(name, ms);
    stages.set('READY', readyMs);
    const events = await collectTrace(cdp);
    // TRACE_DIR=<dir> keeps each load's trace (open it in DevTools' Performance panel).
    if (process.env.TRACE_DIR !== undefined) writeFileSync(join(process.env.TRACE_DIR, `first-load-${floor ? 'floor' : 'board'}-${Date.now()}.json`), JSON.stringify({ traceEvents: events, readyMs }));
    mainThreadCpu(events, readyMs, stages);
    return stages;
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const dists = (process.env.DISTS ?? `build=${process.env.NAPKIN_WEB_DIST ?? ''}`).split(',').map((pair) => pair.split('=') as [string, string]);
  const load = () => loadavg().map((value) => value.toFixed(2)).join(' / ');
  const loadBefore = load();
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const floor = await startFloorServer();
  const relays: Relay[] = [];
  try {
    const targets: { label: string; url: string; floor: boolean }[] = [{ label: 'floor', url: floor.url, floor: true }];
    for (const [label, dist] of dists) {
      if (dist !== '') process.env.NAPKIN_WEB_DIST = dist;
      const relay = await Relay.start();
      relays.push(relay);
      const boardId = newId();
      const url = `${relay.baseURL}/b/${boardId}${await linkHash(relay.baseURL, boardId)}`;
      const seeder = await joinAsDocParticipant(relay.baseURL, `/b/${boardId}`);
      seedLargeBoard(seeder.board, SIZE, 4);
      seeder.close();
      targets.push({ label, url, floor: false });
    }
    for (const target of targets) await timedLoad(browser, target.url, target.floor); // warm-up
    const runs = new Map<string, Stages[]>(targets.map((target) => [target.label, []]));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const target of targets) runs.get(target.label)!.push(await timedLoad(browser, target.url, target.floor));
    }
    console.log(`first-load timeline, cold, median of ${ROUNDS} (board of ${SIZE} components); load average ${loadBefore} -> ${load()}`);
    const names = [...new Set([...runs.values()].flatMap((stages) => stages.flatMap((one) => [...one.keys()])))];
    const labels = [...runs.keys()];
    const rows = names.map((name) => {
      const values = labels.map((label) => runs.get(label)!.map((one) => one.get(name)).filter((value): value is number => value !== undefined));
      return { name, cells: values.map((list) => (list.length === 0 ? '' : median(list).toFixed(0))), order: Math.min(...values.map((list) => (list.length === 0 ? Infinity : median(list)))) };
    });
    rows.sort((a, b) => Number(a.name.startsWith('cpu')) - Number(b.name.startsWith('cpu')) || a.order - b.order);
    console.log(`${'stage (ms from navigation)'.padEnd(46)}${labels.map((label) => label.padStart(10)).join('')}`);
    for (const row of rows) console.log(`${row.name.padEnd(46)}${row.cells.map((cell) => cell.padStart(10)).join('')}`);
  } finally {
    await browser.close();
    await floor.close();
    for (const relay of relays) await relay.dispose();
  }
}

runBench(main);
