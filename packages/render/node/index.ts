// What Node hosts (the CLI, the relay, tests, the benchmark) need to rasterise and embed text: resvg's wasm
// and the DejaVu Sans faces, read from the installed packages. The browser gets the same files as assets
// (apps/web's export menu); `src/` itself reads nothing, so it stays pure.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RasterAssets } from '../src/png/png';
import type { PdfFonts } from '../src/pdf/pdf';

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
