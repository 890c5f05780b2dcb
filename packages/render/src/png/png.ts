// PNG from the SVG, by resvg's WebAssembly build: the same bytes in the browser and in Node, no native
// module, nothing downloaded at install. The host hands over the wasm (bytes, a URL or a Response) and the
// font faces (bytes): the package reads no files and fetches nothing itself.
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { InitInput } from '@resvg/resvg-wasm';

export type PngScale = 1 | 2;
export type PngBackground = 'transparent' | 'white';

export interface RasterAssets {
  /** resvg's `index_bg.wasm`: bytes, a URL, a fetch Response or a compiled module. */
  readonly wasm: InitInput | Promise<InitInput>;
  /** The DejaVu Sans faces (regular and bold), as TTF bytes. */
  readonly fonts: readonly Uint8Array[];
}

export interface PngOptions {
  readonly scale?: PngScale;
  readonly background?: PngBackground;
}

let initialised: Promise<void> | null = null;

/** Loads the wasm once per process or page; later calls wait for the first. */
export function prepareRaster(wasm: RasterAssets['wasm']): Promise<void> {
  initialised ??= initWasm(wasm).catch((error: unknown) => {
    initialised = null;
    throw error;
  });
  return initialised;
}

/** The SVG at 1× or 2× its size, on white or transparent. */
export async function renderPng(svg: string, assets: RasterAssets, options: PngOptions = {}): Promise<Uint8Array> {
  await prepareRaster(assets.wasm);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.scale ?? 1 },
    ...(options.background === 'white' ? { background: '#ffffff' } : {}),
    font: { fontBuffers: [...assets.fonts], defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
