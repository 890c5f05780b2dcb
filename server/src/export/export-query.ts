// The export route's query: `format` (required), `scale=2`, `background=white`, `page=letter`,
// `select=id,id` and, for Markdown, `svg=<file name>` (the diagram as an SVG file the caller writes beside
// it, as `napkin export -o report.md` does; without it a Mermaid block). Anything else is a 400 that says
// what to send.
import type { ExportRequest } from '@napkin/render';
import { EXPORT_FORMATS, isExportFormat } from '@napkin/render';

const KNOWN = new Set(['format', 'scale', 'background', 'page', 'select', 'svg']);
/** A file name, not a path or markup: what the Markdown's image reference may hold. */
const SVG_NAME = /^[\w.@-]{1,100}\.svg$/;

export function parseExportQuery(params: URLSearchParams): { request: ExportRequest } | { error: string } {
  for (const key of params.keys()) if (!KNOWN.has(key)) return { error: `unknown parameter ${key} (format, scale, background, page, select, svg)` };
  const format = params.get('format');
  if (!isExportFormat(format)) return { error: `format must be one of ${EXPORT_FORMATS.join(', ')}` };
  const scale = params.get('scale') ?? '1';
  if (scale !== '1' && scale !== '2') return { error: 'scale must be 1 or 2' };
  const background = params.get('background') ?? 'transparent';
  if (background !== 'transparent' && background !== 'white') return { error: 'background must be transparent or white' };
  const page = params.get('page') ?? 'a4';
  if (page !== 'a4' && page !== 'letter') return { error: 'page must be a4 or letter' };
  const select = params.get('select');
  const selection = select === null ? undefined : select.split(',').map((id) => id.trim()).filter((id) => id !== '');
  if (selection !== undefined && selection.length > 10_000) return { error: 'select names at most 10,000 ids' };
  const svg = params.get('svg');
  if (svg !== null && !SVG_NAME.test(svg)) return { error: 'svg must be a file name ending in .svg' };
  return {
    request: {
      format,
      scale: scale === '2' ? 2 : 1,
      background,
      pageSize: page,
      ...(selection === undefined ? {} : { selection }),
      ...(svg === null ? {} : { markdownDiagram: { kind: 'svg-file', path: svg } }),
    },
  };
}
