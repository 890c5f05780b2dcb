// What the browser needs for PNG and PDF: resvg's wasm and the DejaVu Sans faces, as assets the bundler
// (Vite) copies next to the app and names by URL, and the two writers bound to them. Code and bytes load
// the first time a PNG, a PDF or "copy as image" is asked for; an SVG, Markdown or board file needs none.
import wasmUrl from '@resvg/resvg-wasm/index_bg.wasm?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { ExportWriters } from '../src/export';
import type { PdfFonts } from '../src/pdf/pdf';

let fonts: Promise<PdfFonts> | null = null;
/** Fetched once: resvg compiles it on the first PNG and never reads it again. */
let wasm: Promise<Response> | null = null;

async function bytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url} (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The two faces, fetched once per page. */
function loadFonts(): Promise<PdfFonts> {
  fonts ??= Promise.all([bytes(regularUrl), bytes(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      fonts = null;
      throw error;
    },
  );
  return fonts;
}

/** The PNG and PDF writers for `exportBoard`, loading their code and assets on first use. */
export function browserWriters(): ExportWriters {
  return {
    png: async (svg, options) => {
      const [{ renderPng }, { regular, bold }] = await Promise.all([import('../src/png/png'), loadFonts()]);
      wasm ??= fetch(wasmUrl);
      return renderPng(svg, { wasm, fonts: [regular, bold] }, options);
    },
    pdf: async (scene, report, pageSize) => {
      const [{ renderPdf }, loaded] = await Promise.all([import('../src/pdf/pdf'), loadFonts()]);
      return renderPdf(scene, report, loaded, pageSize);
    },
  };
}
