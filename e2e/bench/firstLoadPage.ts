// What the first-load benches wait for, and the floor they measure beside Napkin: a static page with a tiny
// inline script, served from this process over HTTP on localhost and loaded exactly as a board is (fresh
// context, cache disabled, ready polled at each frame). Its time to ready is what a fresh Chromium context
// costs on this machine before any of Napkin's own work (navigation, process start, first frame).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Ready = 'board' | 'landing' | 'floor';

/**
 * In the page: its own clock (ms since navigation start) once the page is ready, else false. No inner
 * functions: tsx's name-keeping helper (`__name`) would be serialised with them and not exist in the page.
 */
export function readyAt(ready: Ready): number | false {
  if (ready === 'floor') return document.body?.dataset.ready === 'yes' ? performance.now() : false;
  if (ready === 'landing') return document.querySelector('[data-testid="new-board"]') !== null ? performance.now() : false;
  if (document.querySelector('[data-testid="connection-status"][data-status="connected"]') === null) return false;
  // Usable: a component can be added from it (folded or not, its buttons are there).
  const add = document.querySelector<HTMLButtonElement>('[data-testid="palette"] li button');
  return add !== null && !add.disabled ? performance.now() : false;
}

const FLOOR_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8"><title>floor</title></head>
<body><p>floor</p><script>document.body.dataset.ready = 'yes';</script></body></html>`;

export interface FloorServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves the floor page on a free localhost port until closed. */
export async function startFloorServer(): Promise<FloorServer> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(FLOOR_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The median of a run's loads (the middle two averaged for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
