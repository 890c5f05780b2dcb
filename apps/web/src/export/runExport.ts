// Running one export in the page: the board as its file (`toBoardFile`, what the board file download
// holds), analysed by the same engine the worker runs (not for the board file and Mermaid), drawn by `@napkin/render` with the open comment
// threads as markers. PNG and PDF load their writer, the wasm and the fonts once (`@napkin/render/browser`). Each export is
// measured (`performance.measure('napkin export <format>')`): the benchmark reads it.
import { analyze } from '@napkin/analysis';
import type { BoardSnapshot } from '@napkin/doc';
import { toBoardFile } from '@napkin/doc';
import type { Exported, ExportRequest } from '@napkin/render';
import { exportBoard, exportBoardFile, isBoardFileFormat } from '@napkin/render';
import { browserWriters } from '@napkin/render/browser';

const WRITERS = browserWriters();

export async function runExport(snapshot: BoardSnapshot, comments: ReadonlyMap<string, number>, request: ExportRequest): Promise<Exported> {
  const started = performance.now();
  const file = toBoardFile(snapshot);
  // The board file and Mermaid carry no figures: no analysis for them.
  const { format } = request;
  const exported = isBoardFileFormat(format) ? exportBoardFile(file, { ...request, format }) : await exportBoard(file, analyze(file), { ...request, comments }, WRITERS);
  performance.measure(`napkin export ${request.format}`, { start: started, end: performance.now() });
  return exported;
}

/** Saves the export under its file name (a download the browser asks about or keeps). */
export function download(exported: Exported): void {
  const blob = new Blob([exported.body as BlobPart], { type: exported.mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = exported.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL can go once the browser took it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Puts a PNG on the clipboard; false when the browser refuses (no permission, no image support). */
export async function copyImage(exported: Exported): Promise<boolean> {
  if (typeof ClipboardItem === 'undefined' || navigator.clipboard?.write === undefined) return false;
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': new Blob([exported.body as BlobPart], { type: 'image/png' }) })]);
    return true;
  } catch {
    return false;
  }
}
