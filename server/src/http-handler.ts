// Plain HTTP: `/healthz` and the built web app with an SPA fallback (any other GET that is not a file
// serves index.html, so client-side routes like /b/<boardId> survive a reload). A board's route gets the
// build's board.html when there is one: the same page, with the board's code preloaded (apps/web/build/routePage.ts).
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, sep } from 'node:path';
import type { Logger } from './logger.js';
import { createStaticFiles, isSourceMap } from './static-files.js';

export type HealthStatus = 'ok' | 'degraded';

export interface HealthReport {
  readonly status: HealthStatus;
  readonly rooms: number;
  readonly connections: number;
  /** Why the relay is degraded (e.g. Redis unreachable); absent when ok. */
  readonly reason?: string;
  readonly [detail: string]: unknown;
}

export interface HttpHandlerOptions {
  readonly webDistDir: string;
  readonly health: () => HealthReport;
  /** Set on every response (security headers, src/access/web-security.ts). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Whether this request may see `/healthz` details; without it, only `status` and `reason`. Absent: all see them. */
  readonly healthDetails?: (request: IncomingMessage) => boolean;
  /** Routes tried first (links, boards, presence: src/access/links-api.ts); false = not theirs. */
  readonly routes?: (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean>;
  readonly logger: Logger;
  /** Serve the build's `.map` files (they hold the app's source); default false: 404. */
  readonly serveSourceMaps?: boolean;
}

const MISSING_BUILD_PAGE = `<!doctype html><meta charset="utf-8"><title>Napkin: web app not built</title>
<h1>The web app has not been built yet</h1>
<p>Run <code>pnpm start</code> from the repository root (it builds the app first), or
<code>pnpm --filter @napkin/web build</code>, then reload this page. The relay itself is running:
see <a href="/healthz">/healthz</a>.</p>`;

/** The page a client-side route starts from: a board's own when the build wrote one, else index.html. */
function fallbackPage(pathname: string): string {
  return pathname.startsWith('/b/') ? 'board.html' : 'index.html';
}

async function fileAt(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export function createHttpHandler(options: HttpHandlerOptions): (request: IncomingMessage, response: ServerResponse) => void {
  const root = normalize(options.webDistDir);

  const staticFiles = createStaticFiles(options.logger);

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = url.pathname;
    if (pathname === '/healthz') {
      const report = options.health();
      const { status, reason } = report;
      const shown = options.healthDetails === undefined || options.healthDetails(request) ? report : { status, ...(reason === undefined ? {} : { reason }) };
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify(shown));
      return;
    }
    if (options.routes !== undefined && (await options.routes(request, response, url))) return;
    if (method !== 'GET' && method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname.startsWith('/ws/') || pathname === '/ws') {
      response.writeHead(426, { 'Content-Type': 'text/plain' }).end('WebSocket upgrade required');
      return;
    }
    const indexPath = join(root, 'index.html');
    if (!(await fileAt(indexPath))) {
      response.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8' }).end(MISSING_BUILD_PAGE);
      return;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      decoded = '/';
    }
    const candidate = normalize(join(root, decoded));
    const insideRoot = candidate === root || candidate.startsWith(root.endsWith(sep) ? root : root + sep);
    if (isSourceMap(candidate) && options.serveSourceMaps !== true) {
      // Not the SPA fallback either: a tool asking for a map should learn there is none.
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Source maps are not served (NAPKIN_SERVE_SOURCEMAPS=1 enables them)');
      return;
    }
    if (insideRoot && (await fileAt(candidate))) {
      await staticFiles.serve(request, response, candidate);
      return;
    }
    const routePage = join(root, fallbackPage(pathname));
    await staticFiles.serve(request, response, routePage !== indexPath && (await fileAt(routePage)) ? routePage : indexPath);
  };

  return (request, response) => {
    for (const [name, value] of Object.entries(options.headers ?? {})) response.setHeader(name, value);
    handle(request, response).catch((error: unknown) => {
      options.logger.error('http request failed', { url: request.url, error });
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  };
}
