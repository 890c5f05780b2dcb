// A Vite build step: a second HTML page for one route, the app's index.html plus `<link rel="modulepreload">`
// for every chunk the route's lazily loaded page imports and a stylesheet link for its CSS. The relay serves
// it for that route (server/src/http-handler.ts: board.html for /b/<id>), so a browser opening a board
// fetches the board's code alongside the entry instead of after the entry has run and asked for it (issue 18,
// first load). The landing page keeps index.html, which names none of the board's code.
//
// Links rather than an inline script that adds them: the relay's Content-Security-Policy allows no inline
// scripts. The page's own `import()` then finds the files preloaded and the stylesheet already linked (Vite's
// preload helper skips a dependency that a <link> already names).
//
// `boot`: a small module built as its own chunk and loaded by the route's page with an async <script>, so it
// runs as soon as it arrives instead of after the whole entry graph has been fetched and linked (the board's
// boot script dials the relay from there). The entry imports the same module, so it runs once.
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

export interface RoutePageOptions {
  /** The page module the route imports lazily, relative to the Vite root, e.g. `src/page/BoardPage.tsx`. */
  readonly page: string;
  /** The HTML file written next to index.html, e.g. `board.html`. */
  readonly fileName: string;
  /** A module run early on this page only, e.g. `src/boot/boardBoot.ts` (see above). */
  readonly boot?: string;
  /**
   * Markup put in `<div id="root">` until the app's first render replaces it: the page says it is loading
   * from its first paint (the app renders only once the route's code is in, main.tsx).
   */
  readonly placeholder?: string;
}

interface ChunkMetadata {
  readonly viteMetadata?: { readonly importedCss: ReadonlySet<string> };
}

/** The chunk whose facade is `pageId`, then every chunk it imports statically, depth first. */
export function chunksOfPage(bundle: OutputBundle, pageId: string): OutputChunk[] {
  const chunks = Object.values(bundle).filter((output): output is OutputChunk => output.type === 'chunk');
  const page = chunks.find((chunk) => chunk.facadeModuleId === pageId) ?? chunks.find((chunk) => chunk.moduleIds.includes(pageId));
  if (page === undefined) throw new Error(`routePage: no chunk holds ${pageId}; is it still imported lazily by the app?`);
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set<string>();
  const order: OutputChunk[] = [];
  const visit = (chunk: OutputChunk): void => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    order.push(chunk);
    for (const imported of chunk.imports) {
      const next = byName.get(imported);
      if (next !== undefined) visit(next);
    }
  };
  visit(page);
  return order;
}

/** The chunk whose facade is `moduleId` (an entry emitted for it). */
export function chunkOfModule(bundle: OutputBundle, moduleId: string): OutputChunk {
  const chunk = Object.values(bundle).find((output): output is OutputChunk => output.type === 'chunk' && output.facadeModuleId === moduleId);
  if (chunk === undefined) throw new Error(`routePage: no chunk is built for ${moduleId}`);
  return chunk;
}

/**
 * index.html with links for the page's chunks and stylesheets that it does not name already, and an async
 * script for the `boot` chunk, if any, ahead of the entry's.
 */
export function withPreloads(indexHtml: string, chunks: readonly OutputChunk[], base: string, boot: OutputChunk | null = null): string {
  const links: string[] = [];
  const href = (fileName: string) => `${base}${fileName}`;

  for (const chunk of chunks) {
    if (chunk.isEntry || indexHtml.includes(`"${href(chunk.fileName)}"`)) continue;
    links.push(`<link rel="modulepreload" crossorigin href="${href(chunk.fileName)}">`);
  }
  for (const chunk of chunks) {
    for (const css of (chunk as OutputChunk & ChunkMetadata).viteMetadata?.importedCss ?? []) {
      if (indexHtml.includes(`"${href(css)}"`)) continue;
      links.push(`<link rel="stylesheet" crossorigin href="${href(css)}">`);
    }
  }
  if (!indexHtml.includes('</head>')) throw new Error('routePage: index.html has no </head> to put the links before');
  const linked = indexHtml.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
  if (boot === null) return linked;
  // First among the scripts: the browser starts fetching in document order.
  const bootScript = `<script type="module" async crossorigin src="${href(boot.fileName)}"></script>`;
  const firstScript = linked.indexOf('<script');
  return firstScript === -1 ? linked.replace('</head>', `  ${bootScript}\n  </head>`) : `${linked.slice(0, firstScript)}${bootScript}\n    ${linked.slice(firstScript)}`;
}

/** The page with `placeholder` inside its empty `<div id="root"></div>`. */
export function withPlaceholder(html: string, placeholder: string): string {
  const root = '<div id="root"></div>';
  if (!html.includes(root)) throw new Error(`routePage: index.html has no empty ${root} to put the placeholder in`);
  return html.replace(root, `<div id="root">${placeholder}</div>`);
}

export function routePage({ page, fileName, boot, placeholder }: RoutePageOptions): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let base = '/';
  return {
    name: `napkin-route-page:${fileName}`,
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
    },
    buildStart() {
      if (boot !== undefined) this.emitFile({ type: 'chunk', id: resolve(root, boot), name: 'boot' });
    },
    // After the bundle is on disk: index.html is then final (Vite writes its own links into it while bundling).
    async writeBundle(_options, bundle) {
      const chunks = chunksOfPage(bundle, resolve(root, page));
      const indexHtml = await readFile(join(outDir, 'index.html'), 'utf8');
      const bootChunk = boot === undefined ? null : chunkOfModule(bundle, resolve(root, boot));
      const html = withPreloads(indexHtml, chunks, base, bootChunk);
      await writeFile(join(outDir, fileName), placeholder === undefined ? html : withPlaceholder(html, placeholder));
    },
  };
}
