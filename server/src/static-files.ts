// The built web app's files as the browser should receive them: compressed when the browser accepts it
// (brotli, then gzip), hashed assets cached for a year, index.html revalidated every time, and source maps
// kept private unless the operator opts in. Compressed bytes come from a `.br`/`.gz` sibling written at
// build time (apps/web/vite.config.ts) when there is one, otherwise they are made once here and kept in
// memory (bounded), so a deploy without the build step still sends small files after the first request.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { Logger } from './logger.js';

export type Encoding = 'br' | 'gzip';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Text formats shrink a lot; PNG, woff2 and the like are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.map', '.txt', '.wasm', '.ico', '.ttf']);
/** Below this, the headers cost more than compression saves. */
const MIN_COMPRESS_BYTES = 1024;
/** Memory kept for compressed copies made on the fly; one build's assets fit several times over. */
const CACHE_BYTES = 32 * 1024 * 1024;

const SUFFIX: Readonly<Record<Encoding, string>> = { br: '.br', gzip: '.gz' };

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Vite fingerprints what it writes under assets/, so those may be cached forever; the rest is revalidated. */
export function cacheControlOf(path: string): string {
  return path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The best encoding the request accepts (q=0 refuses one), brotli first; null = send the file as it is. */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (acceptEncoding === undefined) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const wildcard = accepted.get('*') ?? 0;
  for (const encoding of ['br', 'gzip'] as const) if ((accepted.get(encoding) ?? wildcard) > 0) return encoding;
  return null;
}

export function isSourceMap(path: string): boolean {
  return extname(path).toLowerCase() === '.map';
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function compress(bytes: Buffer, encoding: Encoding): Promise<Buffer> {
  // Quality 9 (not 11): made on a request's path, it must stay quick; the build's copies use 11.
  if (encoding === 'br') return brotli(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
  return gzipAsync(bytes, { level: 9 });
}

interface Cached {
  readonly key: string;
  readonly bytes: Buffer;
}

export interface StaticFiles {
  /** Sends the file at `path` (known to exist) for a GET or HEAD. */
  serve(request: IncomingMessage, response: ServerResponse, path: string): Promise<void>;
}

export function createStaticFiles(logger: Logger): StaticFiles {
  // Insertion-ordered map used as an LRU: re-inserted on every hit, oldest evicted first.
  const cache = new Map<string, Cached>();
  let cachedBytes = 0;

  const remember = (entry: Cached): void => {
    cache.delete(entry.key);
    cache.set(entry.key, entry);
    cachedBytes += entry.bytes.length;
    for (const [key, old] of cache) {
      if (cachedBytes <= CACHE_BYTES) break;
      cache.delete(key);
      cachedBytes -= old.bytes.length;
    }
  };

  /** The compressed bytes of `path`, from a fresh build-time sibling or the memory cache. */
  const compressedBytes = async (path: string, size: number, mtimeMs: number, encoding: Encoding): Promise<Buffer> => {
    const sibling = await stat(path + SUFFIX[encoding]).catch(() => null);
    if (sibling?.isFile() === true && sibling.mtimeMs >= mtimeMs) return readFile(path + SUFFIX[encoding]);
    const key = `${encoding}:${mtimeMs}:${size}:${path}`;
    const hit = cache.get(key);
    if (hit !== undefined) {
      cache.delete(key);
      cache.set(key, hit);
      return hit.bytes;
    }
    const bytes = await compress(await readFile(path), encoding);
    remember({ key, bytes });
    return bytes;
  };

  return {
    async serve(request, response, path) {
      const info = await stat(path);
      const extension = extname(path).toLowerCase();
      const headers: Record<string, string | number> = { 'Content-Type': contentTypeOf(path), 'Cache-Control': cacheControlOf(path) };
      const compressible = COMPRESSIBLE.has(extension) && info.size >= MIN_COMPRESS_BYTES;
      if (compressible) headers.Vary = 'Accept-Encoding';
      const encoding = compressible ? negotiateEncoding(request.headers['accept-encoding']) : null;
      if (encoding !== null) {
        const bytes = await compressedBytes(path, info.size, info.mtimeMs, encoding);
        response.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': bytes.length });
        response.end(request.method === 'HEAD' ? undefined : bytes);
        return;
      }
      response.writeHead(200, { ...headers, 'Content-Length': info.size });
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      createReadStream(path)
        .on('error', (error) => {
          logger.warn('static file read failed', { path, error });
          response.destroy();
        })
        .pipe(response);
    },
  };
}
