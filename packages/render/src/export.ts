// One entry point for every export format, shared by the CLI, the relay's export route and the web app's
// Export menu: board file + analysis in, the bytes of the chosen format out, with their media type and a
// file name. The diagram formats draw the same scene (scene/scene.ts); the report formats the same blocks.
import type { AnalysisResult } from '@napkin/analysis';
import type { BoardFile } from '@napkin/fields';
import { toMermaid } from '@napkin/mermaid';
import type { PageSize } from './pdf/pdf';
import type { PngBackground, PngOptions, PngScale } from './png/png';
import { buildReport } from './report/build';
import type { Report } from './report/model';
import type { MarkdownDiagram } from './report/markdown';
import { writeMarkdown } from './report/markdown';
import { buildScene } from './scene/scene';
import { buildScorecard } from './scorecard/build';
import type { ScorecardDetails } from './scorecard/model';
import type { Scene } from './scene/types';
import { writeSvg } from './svg/writeSvg';

/** Every export format; Mermaid's flowchart is written by `@napkin/mermaid`, whose parser reads it back. */
export const EXPORT_FORMATS = ['svg', 'png', 'pdf', 'md', 'json', 'mermaid'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  readonly format: ExportFormat;
  /** Ids of the components, zones and notes to export; absent: the whole board. */
  readonly selection?: readonly string[];
  /** Open comment threads per element id, drawn as markers. */
  readonly comments?: ReadonlyMap<string, number>;
  /** PNG: 1× or 2× (default 1). */
  readonly scale?: PngScale;
  /** SVG and PNG: transparent (default) or white. */
  readonly background?: PngBackground;
  /** PDF: A4 (default) or Letter. */
  readonly pageSize?: PageSize;
  /** Markdown: where the diagram comes from (default: a Mermaid block, so the one file is complete). */
  readonly markdownDiagram?: MarkdownDiagram;
  /**
   * PDF and Markdown: write an interview's scorecard (scorecard/build.ts) instead of the design-doc report, with
   * the final diagram drawn as the SVG export draws it (inline in the Markdown by default).
   */
  readonly scorecard?: ScorecardDetails;
}

/**
 * The two writers that need bytes from outside (resvg's wasm, the fonts) and weigh the most to load:
 * hosts hand them in already bound to their assets, and load them when first used (`@napkin/render/node`,
 * `@napkin/render/browser`), so an SVG, Markdown or board file export never loads the PDF writer.
 */
export interface ExportWriters {
  readonly png?: (svg: string, options: PngOptions) => Promise<Uint8Array>;
  readonly pdf?: (scene: Scene, report: Report, pageSize: PageSize | undefined) => Promise<Uint8Array>;
}

export interface Exported {
  readonly body: string | Uint8Array;
  readonly mediaType: string;
  readonly fileName: string;
}

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** "LB → app → DB" → "lb-app-db"; a board without a usable title is "napkin-board". */
export function fileStem(title: string | undefined): string {
  const stem = (title ?? '')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-');
  // Long titles are cut at a word boundary, so a name never ends mid-word.
  const short = stem.length <= 60 ? stem : stem.slice(0, 61).replace(/-[^-]*$/, '');
  return short === '' ? 'napkin-board' : short;
}

export function exportFileName(title: string | undefined, request: Pick<ExportRequest, 'format' | 'scale' | 'pageSize'>): string {
  const stem = fileStem(title);
  switch (request.format) {
    case 'png':
      return `${stem}${request.scale === 2 ? '@2x' : ''}.png`;
    case 'pdf':
      return `${stem}${request.pageSize === 'letter' ? '-letter' : ''}.pdf`;
    case 'json':
      return `${stem}.napkin.json`;
    case 'mermaid':
      return `${stem}.mmd`;
    default:
      return `${stem}.${request.format}`;
  }
}

/** The file restricted to a selection: the chosen components, zones and notes and the calls between kept components. */
export function selectFromFile(file: BoardFile, selection: readonly string[] | undefined): BoardFile {
  if (selection === undefined) return file;
  const keep = new Set(selection);
  const components = file.components.filter((component) => keep.has(component.id));
  const kept = new Set(components.map((component) => component.id));
  const zones = file.zones.filter((zone) => keep.has(zone.id));
  const zoneIds = new Set(zones.map((zone) => zone.id));
  return {
    ...file,
    components: components.map((component) => (component.zone === undefined || zoneIds.has(component.zone) ? component : { ...component, zone: undefined })),
    calls: file.calls.filter((call) => kept.has(call.from) && kept.has(call.to)),
    zones: zones.map((zone) => (zone.parent === undefined || zoneIds.has(zone.parent) ? zone : { ...zone, parent: undefined })),
    annotations: file.annotations?.filter((note) => keep.has(note.id)),
  };
}

/** The formats that carry the board as written and no figures: exporting them needs no analysis. */
export type BoardFileFormat = 'json' | 'mermaid';

export function isBoardFileFormat(format: ExportFormat): format is BoardFileFormat {
  return format === 'json' || format === 'mermaid';
}

/** The board file or its Mermaid flowchart, of the whole board or the selection. */
export function exportBoardFile(file: BoardFile, request: Pick<ExportRequest, 'selection'> & { readonly format: BoardFileFormat }): Exported {
  const fileName = exportFileName(file.title, request);
  const chosen = selectFromFile(file, request.selection);
  return request.format === 'json'
    ? { body: `${JSON.stringify(chosen, null, 2)}\n`, mediaType: 'application/json', fileName }
    : { body: `${toMermaid(chosen).trimEnd()}\n`, mediaType: 'text/vnd.mermaid; charset=utf-8', fileName };
}

export function svgOf(file: BoardFile, result: AnalysisResult, request: Omit<ExportRequest, 'format'> = {}): string {
  const scene = buildScene(file, result, { selection: request.selection, comments: request.comments });
  return writeSvg(scene, request.background === 'white' ? { background: '#ffffff' } : {});
}

/** The report the PDF and Markdown formats write: the board's design-doc report, or the interview's scorecard. */
function reportOf(file: BoardFile, result: AnalysisResult, request: ExportRequest): Report {
  return request.scorecard === undefined ? buildReport(file, result) : buildScorecard(file, result, request.scorecard);
}

function markdownDiagramOf(file: BoardFile, result: AnalysisResult, request: ExportRequest): MarkdownDiagram {
  if (request.markdownDiagram !== undefined) return request.markdownDiagram;
  if (request.scorecard !== undefined) return { kind: 'svg-inline', svg: svgOf(file, result, { ...request, background: 'white' }) };
  return { kind: 'mermaid', text: toMermaid(selectFromFile(file, request.selection)) };
}

export async function exportBoard(file: BoardFile, result: AnalysisResult, request: ExportRequest, writers: ExportWriters = {}): Promise<Exported> {
  const fileName = request.scorecard === undefined ? exportFileName(file.title, request) : exportFileName(file.title, request).replace(/(@2x)?(-letter)?\.[a-z.]+$/, '-scorecard$&');
  switch (request.format) {
    case 'svg':
      return { body: svgOf(file, result, request), mediaType: 'image/svg+xml', fileName };
    case 'png': {
      if (writers.png === undefined) throw new Error('PNG export needs a PNG writer (@napkin/render/node or /browser)');
      // The background goes to the rasteriser, so the SVG drawn is the same as the SVG export's.
      const png = await writers.png(svgOf(file, result, { ...request, background: 'transparent' }), { scale: request.scale, background: request.background });
      return { body: png, mediaType: 'image/png', fileName };
    }
    case 'pdf': {
      if (writers.pdf === undefined) throw new Error('PDF export needs a PDF writer (@napkin/render/node or /browser)');
      const scene = buildScene(file, result, { selection: request.selection, comments: request.comments });
      return { body: await writers.pdf(scene, reportOf(file, result, request), request.pageSize), mediaType: 'application/pdf', fileName };
    }
    case 'md': {
      return { body: writeMarkdown(reportOf(file, result, request), markdownDiagramOf(file, result, request)), mediaType: 'text/markdown; charset=utf-8', fileName };
    }
    case 'json':
    case 'mermaid':
      return exportBoardFile(file, { ...request, format: request.format });
  }
}
