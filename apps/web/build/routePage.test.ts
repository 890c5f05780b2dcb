import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { chunkOfModule, chunksOfPage, withPlaceholder, withPreloads } from './routePage';

type OutputChunk = Rollup.OutputChunk;

// The fields of Rollup's output chunks the build step reads; a bundle of these is what `writeBundle` gets.
function chunk(fileName: string, fields: { facade?: string; imports?: string[]; entry?: boolean; css?: string[]; modules?: string[] } = {}): OutputChunk {
  return {
    type: 'chunk',
    fileName,
    facadeModuleId: fields.facade ?? null,
    imports: fields.imports ?? [],
    isEntry: fields.entry ?? false,
    moduleIds: fields.modules ?? (fields.facade === undefined ? [] : [fields.facade]),
    viteMetadata: { importedCss: new Set(fields.css ?? []), importedAssets: new Set() },
  } as unknown as OutputChunk;
}

function bundleOf(...chunks: OutputChunk[]): Rollup.OutputBundle {
  return Object.fromEntries(chunks.map((one) => [one.fileName, one]));
}

const PAGE = '/app/src/page/BoardPage.tsx';
const BOOT = '/app/src/boot/boardBoot.ts';
const INDEX_HTML = `<!doctype html>
<html>
  <head>
    <title>Napkin</title>
    <script type="module" crossorigin src="/assets/index.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react.js">
  </head>
  <body><div id="root"></div></body>
</html>`;

const bundle = bundleOf(
  chunk('assets/index.js', { facade: '/app/src/main.tsx', entry: true, imports: ['assets/react.js', 'assets/boot.js'] }),
  chunk('assets/boot.js', { facade: BOOT, entry: true }),
  chunk('assets/react.js'),
  chunk('assets/BoardPage.js', { facade: PAGE, imports: ['assets/react.js', 'assets/flow.js', 'assets/index.js'], css: ['assets/BoardPage.css'] }),
  chunk('assets/flow.js', { imports: ['assets/react.js'], css: ['assets/flow.css'] }),
  chunk('assets/export.js', { facade: '/app/src/export/runExport.ts' }),
);

describe('chunksOfPage', () => {
  it('lists the page chunk and every chunk it imports statically, once each, depth first', () => {
    expect(chunksOfPage(bundle, PAGE).map((one) => one.fileName)).toEqual(['assets/BoardPage.js', 'assets/react.js', 'assets/flow.js', 'assets/index.js', 'assets/boot.js']);
  });

  it('finds a page merged into a chunk named after something else', () => {
    const merged = bundleOf(chunk('assets/shared.js', { modules: ['/app/src/x.ts', PAGE] }));
    expect(chunksOfPage(merged, PAGE).map((one) => one.fileName)).toEqual(['assets/shared.js']);
  });

  it('says so when the page is not in the bundle', () => {
    expect(() => chunksOfPage(bundle, '/app/src/page/Gone.tsx')).toThrow(/no chunk holds \/app\/src\/page\/Gone\.tsx/);
  });
});

describe('withPreloads', () => {
  const html = withPreloads(INDEX_HTML, chunksOfPage(bundle, PAGE), '/');

  it('preloads the page chunks index.html does not name, and links their stylesheets', () => {
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/BoardPage.js">');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/flow.js">');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/BoardPage.css">');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/flow.css">');
    expect(html).not.toContain('export.js');
  });

  it('adds nothing twice: entries and files index.html already names are left as they are', () => {
    expect(html.match(/\/assets\/react\.js/g)).toHaveLength(1);
    expect(html.match(/\/assets\/index\.js/g)).toHaveLength(1);
    expect(html).not.toContain('href="/assets/boot.js"');
  });

  it('puts the links in the head, under the base the app is served from', () => {
    const based = withPreloads(INDEX_HTML, chunksOfPage(bundle, PAGE), '/napkin/');
    expect(based.indexOf('href="/napkin/assets/BoardPage.js"')).toBeLessThan(based.indexOf('</head>'));
  });

  it('loads the boot chunk with an async module script before the entry script', () => {
    const booted = withPreloads(INDEX_HTML, chunksOfPage(bundle, PAGE), '/', chunkOfModule(bundle, BOOT));
    const boot = booted.indexOf('<script type="module" async crossorigin src="/assets/boot.js"></script>');
    expect(boot).toBeGreaterThan(booted.indexOf('<head>'));
    expect(boot).toBeLessThan(booted.indexOf('src="/assets/index.js"'));
  });

  it('refuses an index.html without a head to put the links in', () => {
    expect(() => withPreloads('<html><body></body></html>', chunksOfPage(bundle, PAGE), '/')).toThrow(/no <\/head>/);
  });
});

describe('withPlaceholder', () => {
  it('fills the empty root with the placeholder, which the first render replaces', () => {
    expect(withPlaceholder(INDEX_HTML, '<p>Loading…</p>')).toContain('<div id="root"><p>Loading…</p></div>');
  });

  it('refuses a page without an empty root', () => {
    expect(() => withPlaceholder('<html><body><div id="app"></div></body></html>', '<p>Loading…</p>')).toThrow(/no empty <div id="root"><\/div>/);
  });
});

describe('chunkOfModule', () => {
  it('finds the chunk built for a module, and says so when there is none', () => {
    expect(chunkOfModule(bundle, BOOT).fileName).toBe('assets/boot.js');
    expect(() => chunkOfModule(bundle, '/app/src/boot/gone.ts')).toThrow(/no chunk is built for \/app\/src\/boot\/gone\.ts/);
  });
});
