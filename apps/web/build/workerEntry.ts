// A Vite plugin that builds a web worker as one more entry of the app's own build, instead of Vite's
// separate worker bundle: the worker then imports the same chunks as the page (zod, the catalog, the
// field declarations), so a browser opening a board downloads and caches them once, not twice.
//
// The page imports the worker's URL from a virtual module: `import url from 'virtual:analysis-worker'`
// and starts it with `new Worker(url, { type: 'module' })` (module workers can import shared chunks).
// In the dev server the URL is the source file, which Vite serves transformed like any other module.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export interface WorkerEntryOptions {
  /** The virtual module's name, e.g. `virtual:analysis-worker`. */
  readonly id: string;
  /** The worker's source, relative to the Vite root (apps/web). */
  readonly entry: string;
  /** The chunk's name in `assets/` (a hash is added). */
  readonly name: string;
}

export function workerEntry({ id, entry, name }: WorkerEntryOptions): Plugin {
  const resolvedId = `\0${id}`;
  let root = process.cwd();
  let building = false;
  return {
    name: `napkin-worker-entry:${name}`,
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    resolveId(source) {
      return source === id ? resolvedId : undefined;
    },
    load(loaded) {
      if (loaded !== resolvedId) return undefined;
      if (!building) return `export default ${JSON.stringify(`/${entry}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: resolve(root, entry), name });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
