// What the browser needs to rasterise and embed text: resvg's wasm and the DejaVu Sans faces, as assets
// the bundler (Vite) copies next to the app and names by URL. Fetched once, the first time a PNG, a PDF or
// "copy as image" is asked for; an SVG, Markdown or board file needs none of it.
import wasmUrl from '@resvg/resvg-wasm/index_bg.wasm?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { ExportAssets } from '../src/export';

let loading: Promise<ExportAssets> | null = null;

async function bytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url} (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The raster and PDF assets, loaded once per page. */
export function browserAssets(): Promise<ExportAssets> {
  loading ??= Promise.all([bytes(regularUrl), bytes(boldUrl)]).then(
    ([regular, bold]) => ({ raster: { wasm: fetch(wasmUrl), fonts: [regular, bold] }, pdfFonts: { regular, bold } }),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
