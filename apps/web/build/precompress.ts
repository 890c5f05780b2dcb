// A Vite build step: next to every text file it writes (JavaScript, CSS, HTML, SVG, JSON, WebAssembly, the export's fonts),
// a brotli `.br` and a gzip `.gz` copy at the highest settings, so the relay (server/src/static-files.ts)
// sends them as they are instead of compressing on a request's path. Source maps are left alone: they
// are not served by default.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.wasm', '.txt', '.ttf']);
/** The relay sends smaller files as they are (MIN_COMPRESS_BYTES there). */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

async function precompressFile(path: string): Promise<void> {
  const bytes = await readFile(path);
  const [br, gz] = await Promise.all([
    brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
    gzipAsync(bytes, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
}

export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'napkin-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir);
    },
    async closeBundle() {
      const work: Array<Promise<void>> = [];
      for await (const path of filesUnder(outDir)) {
        if (!COMPRESSIBLE.has(extname(path).toLowerCase())) continue;
        if ((await stat(path)).size < MIN_BYTES) continue;
        work.push(precompressFile(path));
      }
      await Promise.all(work);
    },
  };
}
