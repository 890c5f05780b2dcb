// `napkin export`'s arguments, read into one request or a message that says what to change. Pure, so the
// rules are tested without files or a server.
import type { ExportRequest } from '@napkin/render';
import { EXPORT_FORMATS, isExportFormat } from '@napkin/render';

export const EXPORT_USAGE = [
  'usage: napkin export <board.json | board link> --format svg|png|pdf|md|json|mermaid [-o file]',
  '         [--scale 1|2] [--background transparent|white] [--page a4|letter] [--select id,id,…]',
  '  A board link is the address a Share link opens (http://host/b/<id>#k=<token>); the relay renders it.',
].join('\n');

export interface ExportArgs {
  readonly source: string;
  readonly output: string | null;
  readonly request: ExportRequest;
}

const VALUE_FLAGS = new Set(['--format', '-o', '--output', '--scale', '--background', '--page', '--select']);

export function parseExportArgs(argv: readonly string[]): ExportArgs | { error: string } {
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (VALUE_FLAGS.has(arg)) {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('--')) return { error: `${arg} needs a value` };
      values.set(arg === '--output' ? '-o' : arg, value);
      index += 1;
    } else if (arg.startsWith('-')) return { error: `unknown option ${arg}` };
    else positional.push(arg);
  }
  const [source, ...extra] = positional;
  if (source === undefined) return { error: 'which board? give a board file or a board link' };
  if (extra.length > 0) return { error: `one board at a time (also got ${extra.join(' ')})` };
  const format = values.get('--format');
  if (!isExportFormat(format)) return { error: `--format must be one of ${EXPORT_FORMATS.join(', ')}` };
  const scale = values.get('--scale') ?? '1';
  if (scale !== '1' && scale !== '2') return { error: '--scale must be 1 or 2' };
  const background = values.get('--background') ?? 'transparent';
  if (background !== 'transparent' && background !== 'white') return { error: '--background must be transparent or white' };
  const page = values.get('--page') ?? 'a4';
  if (page !== 'a4' && page !== 'letter') return { error: '--page must be a4 or letter' };
  const select = values.get('--select');
  const selection = select === undefined ? undefined : select.split(',').map((id) => id.trim()).filter((id) => id !== '');
  return {
    source,
    output: values.get('-o') ?? null,
    request: { format, scale: scale === '2' ? 2 : 1, background, pageSize: page, ...(selection ? { selection } : {}) },
  };
}

/** The query string the relay's export route reads (server/src/export/export-route.ts). */
export function exportQuery(request: ExportRequest): string {
  const query = new URLSearchParams({ format: request.format });
  if (request.scale === 2) query.set('scale', '2');
  if (request.background === 'white') query.set('background', 'white');
  if (request.pageSize === 'letter') query.set('page', 'letter');
  if (request.selection) query.set('select', request.selection.join(','));
  if (request.markdownDiagram?.kind === 'svg-file') query.set('svg', request.markdownDiagram.path);
  return query.toString();
}

/** `http(s)://host/b/<id>#k=<token>` → where to ask and with which token; null for anything else. */
export function parseBoardLink(source: string): { origin: string; boardId: string; token: string | null } | null {
  if (!/^https?:\/\//.test(source)) return null;
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return null;
  }
  const match = /^\/b\/([^/]+)\/?$/.exec(url.pathname);
  if (match === null) return null;
  return { origin: url.origin, boardId: decodeURIComponent(match[1] ?? ''), token: new URLSearchParams(url.hash.slice(1)).get('k') };
}
