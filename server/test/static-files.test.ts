// The web build as a real relay serves it: brotli or gzip as the browser asks (the body decompresses to the
// file), long-lived caching for fingerprinted assets and revalidation for index.html, build-time `.br`
// siblings used when present, and source maps answered 404 unless NAPKIN_SERVE_SOURCEMAPS turns them on.
import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { optionsFromEnv } from '../src/config.js';
import { negotiateEncoding } from '../src/static-files.js';
import { makeTempDir, startTestRelay } from './harness.js';
import type { TestRelay } from './harness.js';

interface RawResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** The bytes on the wire, not decompressed. */
  readonly body: Buffer;
}

/** node:http rather than fetch: fetch would decompress the body and hide what was sent. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const APP_JS = `export const board = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `component ${i}`))};\n`;
const INDEX_HTML = `<!doctype html><html><head><title>Napkin</title></head><body><div id="root"></div>${'<!-- padding -->'.repeat(80)}</body></html>`;

describe('static files of the web build', () => {
  let relay: TestRelay | null = null;
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await relay?.dispose();
    relay = null;
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  const startWithBuild = async (serveSourceMaps = false): Promise<{ url: string; dist: string }> => {
    const temp = await makeTempDir('napkin-dist-');
    cleanups.push(temp.remove);
    const dist = temp.path;
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), INDEX_HTML);
    await writeFile(join(dist, 'assets', 'main-AbC123.js'), APP_JS);
    await writeFile(join(dist, 'assets', 'main-AbC123.js.map'), '{"version":3,"sources":["secret.ts"]}');
    await writeFile(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    relay = await startTestRelay({ webDistDir: dist, serveSourceMaps });
    return { url: relay.url, dist };
  };

  it('sends brotli, gzip or the plain file as Accept-Encoding asks, with Vary and the right length', async () => {
    const { url } = await startWithBuild();
    const br = await get(`${url}/assets/main-AbC123.js`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(APP_JS.length / 3);
    expect(brotliDecompressSync(br.body).toString()).toBe(APP_JS);

    const gz = await get(`${url}/assets/main-AbC123.js`, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(APP_JS);

    const refused = await get(`${url}/assets/main-AbC123.js`, { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.toString()).toBe(APP_JS);
    const plain = await get(`${url}/assets/main-AbC123.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(APP_JS.length);
  });

  it('caches fingerprinted assets for a year and has index.html (and the SPA fallback) revalidated', async () => {
    const { url } = await startWithBuild();
    const asset = await get(`${url}/assets/main-AbC123.js`, { 'Accept-Encoding': 'br' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/b/some-board-id-1234', '/favicon.svg']) {
      const page = await get(`${url}${path}`, { 'Accept-Encoding': 'gzip' });
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
    }
    const index = await get(`${url}/`, { 'Accept-Encoding': 'gzip' });
    expect(index.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(index.body).toString()).toBe(INDEX_HTML);
    // Too small to be worth compressing: sent as it is, without Vary.
    const icon = await get(`${url}/favicon.svg`, { 'Accept-Encoding': 'br' });
    expect(icon.headers['content-encoding']).toBeUndefined();
    expect(icon.headers['content-type']).toBe('image/svg+xml');
  });

  it("serves a board's route the build's board.html (the board's code preloaded), other routes index.html", async () => {
    const { url, dist } = await startWithBuild();
    // Without a board.html (an older build) a board's route falls back to index.html as every route does.
    const before = await get(`${url}/b/some-board-id-1234`);
    expect(before.body.toString()).toBe(INDEX_HTML);
    const boardHtml = INDEX_HTML.replace('</head>', '<link rel="modulepreload" href="/assets/board-XyZ789.js"></head>');
    await writeFile(join(dist, 'board.html'), boardHtml);
    const board = await get(`${url}/b/some-board-id-1234`, { 'Accept-Encoding': 'gzip' });
    expect(board.status).toBe(200);
    expect(board.headers['cache-control']).toBe('no-cache');
    expect(gunzipSync(board.body).toString()).toBe(boardHtml);
    for (const path of ['/', '/interviews', '/b']) expect((await get(`${url}${path}`)).body.toString()).toBe(INDEX_HTML);
  });

  it('answers HEAD with the headers of the compressed response and no body', async () => {
    const { url } = await startWithBuild();
    const head = await get(`${url}/assets/main-AbC123.js`, { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);
  });

  it('sends a build-time .br sibling when it is at least as new as the file', async () => {
    const { url, dist } = await startWithBuild();
    const file = join(dist, 'assets', 'main-AbC123.js');
    const prebuilt = brotliCompressSync(Buffer.from(APP_JS));
    await writeFile(`${file}.br`, prebuilt);
    const later = new Date(Date.now() + 5_000);
    await utimes(`${file}.br`, later, later);
    const response = await get(`${url}/assets/main-AbC123.js`, { 'Accept-Encoding': 'br' });
    expect(response.body.equals(prebuilt)).toBe(true);
  });

  it('keeps source maps private by default: 404, not the SPA page', async () => {
    const { url } = await startWithBuild();
    const map = await get(`${url}/assets/main-AbC123.js.map`);
    expect(map.status).toBe(404);
    expect(map.body.toString()).toMatch(/NAPKIN_SERVE_SOURCEMAPS/);
    expect(map.body.toString()).not.toMatch(/secret\.ts/);
  });

  it('serves source maps when the operator turns them on', async () => {
    expect(optionsFromEnv({ NAPKIN_SERVE_SOURCEMAPS: '1' }).serveSourceMaps).toBe(true);
    expect(optionsFromEnv({ NAPKIN_SERVE_SOURCEMAPS: 'no' }).serveSourceMaps).toBe(false);
    const { url } = await startWithBuild(true);
    const map = await get(`${url}/assets/main-AbC123.js.map`);
    expect(map.status).toBe(200);
    expect(map.body.toString()).toMatch(/secret\.ts/);
  });

  it('negotiates brotli over gzip, honours q=0 and the wildcard', () => {
    expect(negotiateEncoding(undefined)).toBeNull();
    expect(negotiateEncoding('gzip, br')).toBe('br');
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('identity')).toBeNull();
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*;q=0')).toBeNull();
  });
});
