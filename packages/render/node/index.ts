// What Node hosts (the CLI, the relay, tests, the benchmark) need for PNG and PDF: resvg's wasm and the
// DejaVu Sans faces, read from the installed packages, and the two writers bound to them, each loaded the
// first time it is used (an SVG export never loads pdf-lib). The browser gets the same files as assets
// (`../browser/`); `src/` itself reads nothing, so it stays pure.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ExportWriters } from '../src/export';
import type { PdfFonts } from '../src/pdf/pdf';
import type { RasterAssets } from '../src/png/png';

const require = createRequire(import.meta.url);
let cached: { raster: RasterAssets; pdf: PdfFonts } | null = null;

function read(specifier: string): Uint8Array {
  return new Uint8Array(readFileSync(require.resolve(specifier)));
}

/** The assets, read once per process. */
export function nodeAssets(): { raster: RasterAssets; pdf: PdfFonts } {
  if (cached !== null) return cached;
  const regular = read('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
  const bold = read('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
  cached = { raster: { wasm: read('@resvg/resvg-wasm/index_bg.wasm'), fonts: [regular, bold] }, pdf: { regular, bold } };
  return cached;
}

/** The PNG and PDF writers for `exportBoard`, loading their code and assets on first use. */
export function nodeWriters(): ExportWriters {
  return {
    png: async (svg, options) => (await import('../src/png/png')).renderPng(svg, nodeAssets().raster, options),
    pdf: async (scene, report, pageSize) => (await import('../src/pdf/pdf')).renderPdf(scene, report, nodeAssets().pdf, pageSize),
  };
}
