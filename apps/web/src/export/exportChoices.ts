// What the Export menu offers, as requests to the one renderer (`@napkin/render`, the CLI's and the
// relay's too). Pure, so the menu's rows and the requests they make are tested without a browser.
import type { ExportRequest } from '@napkin/render';

export type Background = 'transparent' | 'white';

export interface ExportChoice {
  readonly id: string;
  readonly label: string;
  readonly group: 'Picture' | 'Report' | 'Board';
  /** The request, given the background chosen in the menu and the selection (absent: the whole board). */
  readonly request: (background: Background, selection: readonly string[] | undefined) => ExportRequest;
}

const scoped = (selection: readonly string[] | undefined) => (selection === undefined ? {} : { selection });

export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { id: 'svg', label: 'SVG', group: 'Picture', request: (background, selection) => ({ format: 'svg', background, ...scoped(selection) }) },
  { id: 'png-1x', label: 'PNG 1×', group: 'Picture', request: (background, selection) => ({ format: 'png', scale: 1, background, ...scoped(selection) }) },
  { id: 'png-2x', label: 'PNG 2×', group: 'Picture', request: (background, selection) => ({ format: 'png', scale: 2, background, ...scoped(selection) }) },
  { id: 'pdf-a4', label: 'PDF (A4)', group: 'Report', request: (_background, selection) => ({ format: 'pdf', pageSize: 'a4', ...scoped(selection) }) },
  { id: 'pdf-letter', label: 'PDF (Letter)', group: 'Report', request: (_background, selection) => ({ format: 'pdf', pageSize: 'letter', ...scoped(selection) }) },
  { id: 'md', label: 'Markdown', group: 'Report', request: (_background, selection) => ({ format: 'md', ...scoped(selection) }) },
  { id: 'json', label: 'Board file (JSON)', group: 'Board', request: (_background, selection) => ({ format: 'json', ...scoped(selection) }) },
  { id: 'mermaid', label: 'Mermaid', group: 'Board', request: (_background, selection) => ({ format: 'mermaid', ...scoped(selection) }) },
];

/** "Copy as image": a 2× PNG, so it stays sharp when pasted into a document. */
export const COPY_IMAGE = (background: Background, selection: readonly string[] | undefined): ExportRequest => ({ format: 'png', scale: 2, background, ...scoped(selection) });
