// `napkin export`: a board file rendered here (the same renderer as the web app's Export menu), or a board
// on a running relay rendered there, for whoever holds a link that can view it. Text formats go to stdout
// unless -o says where; PNG and PDF always go to a file (named after the board when -o is absent). A
// Markdown report written to a file gets its diagram as an SVG file beside it.
import { writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { analyze, defaultCatalog, parseBoard, resolveBoard } from '@napkin/analysis';
import type { Exported } from '@napkin/render';
import { exportBoard, exportBoardFile, exportFileName, isBoardFileFormat } from '@napkin/render';
import { nodeWriters } from '@napkin/render/node';
import type { ExportArgs } from './exportArgs';
import { EXPORT_USAGE, exportQuery, parseBoardLink, parseExportArgs } from './exportArgs';
import { readBoardText } from './readBoard';
import { refuseBoard } from './refusal';

export interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const fail = (stderr: string): Outcome => ({ code: 1, stdout: '', stderr });

/** The export asked for and, for a Markdown report bound for a file, the SVG drawn beside it: one analysis for both. */
async function exportFile(args: ExportArgs, cwd: string): Promise<readonly Exported[] | Outcome> {
  const text = readBoardText(args.source, cwd);
  if (typeof text !== 'string') return text;
  const { board, errors } = parseBoard(text);
  if (board === null || errors.length > 0) return refuseBoard(args.source, errors, board !== null);
  const missing = (args.request.selection ?? []).filter((id) => ![...board.components, ...board.zones, ...(board.annotations ?? [])].some((item) => item.id === id));
  if (missing.length > 0) return fail(`napkin: --select names nothing on the board: ${missing.join(', ')}`);
  const { format } = args.request;
  if (isBoardFileFormat(format)) {
    // The board as written, no figures: no analysis, but the same refusals (an unknown kind, a call to it).
    const unresolved = resolveBoard(board, defaultCatalog()).errors;
    if (unresolved.length > 0) return refuseBoard(args.source, unresolved, true);
    return [exportBoardFile(board, { ...args.request, format })];
  }
  const result = analyze(board);
  // What the engine had to skip (an unknown kind, a call to it) would be missing from the picture.
  if (result.errors.length > 0) return refuseBoard(args.source, result.errors, true);
  const writers = nodeWriters();
  const asked = await exportBoard(board, result, withSvgBeside(args).request, writers);
  if (!hasSvgBeside(args)) return [asked];
  return [asked, await exportBoard(board, result, { ...args.request, format: 'svg' }, writers)];
}

async function exportRemote(link: { origin: string; boardId: string; token: string | null }, args: ExportArgs): Promise<Exported | Outcome> {
  const url = `${link.origin}/api/boards/${encodeURIComponent(link.boardId)}/export?${exportQuery(args.request)}`;
  let response: Response;
  try {
    response = await fetch(url, link.token === null ? {} : { headers: { Authorization: `Bearer ${link.token}` } });
  } catch (error) {
    return fail(`napkin: cannot reach ${link.origin} (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!response.ok) {
    const reason = await response
      .json()
      .then((body: unknown) => (typeof body === 'object' && body !== null && 'error' in body ? String(body.error) : response.statusText))
      .catch(() => response.statusText);
    return fail(`napkin: the relay refused the export (${response.status}): ${reason}`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const disposition = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const mediaType = response.headers.get('content-type') ?? 'application/octet-stream';
  const textual = !(mediaType.startsWith('image/png') || mediaType.startsWith('application/pdf'));
  return { body: textual ? new TextDecoder().decode(bytes) : bytes, mediaType, fileName: disposition ?? exportFileName(undefined, args.request) };
}

const hasSvgBeside = (args: ExportArgs): boolean => args.request.format === 'md' && args.output !== null;

/** A Markdown report bound for a file names the SVG written beside it (the relay is told the name too). */
function withSvgBeside(args: ExportArgs): ExportArgs {
  if (!hasSvgBeside(args) || args.output === null) return args;
  return { ...args, request: { ...args.request, markdownDiagram: { kind: 'svg-file', path: svgBeside(args.output) } } };
}

/** "report.md" → "report.svg": the Markdown's image reference and the file written for it. */
function svgBeside(markdownPath: string): string {
  return `${basename(markdownPath).replace(/\.(md|markdown)$/i, '')}.svg`;
}

export async function runExport(argv: readonly string[], cwd: string): Promise<Outcome> {
  const args = parseExportArgs(argv);
  if ('error' in args) return fail(`napkin export: ${args.error}\n${EXPORT_USAGE}`);
  const link = parseBoardLink(args.source);
  const exports = link === null ? await exportFile(args, cwd) : await exportRemoteWithSvg(link, args);
  if ('code' in exports) return exports;
  const [exported, svg] = exports;
  if (exported === undefined) return fail('napkin: nothing was exported');
  const binary = typeof exported.body !== 'string';
  if (args.output === null && !binary) return { code: 0, stdout: exported.body as string, stderr: '' };
  const target = resolve(cwd, args.output ?? exported.fileName);
  try {
    writeFileSync(target, exported.body);
    if (svg !== undefined) writeFileSync(join(dirname(target), svgBeside(target)), svg.body);
  } catch (error) {
    return fail(`napkin: cannot write ${target} (${error instanceof Error && 'code' in error ? String(error.code) : 'unwritable'})`);
  }
  return { code: 0, stdout: '', stderr: `napkin: wrote ${target}` };
}

/** A board on a relay: the export asked for and, for a Markdown report bound for a file, its SVG (two requests). */
async function exportRemoteWithSvg(link: { origin: string; boardId: string; token: string | null }, args: ExportArgs): Promise<readonly Exported[] | Outcome> {
  const asked = await exportRemote(link, withSvgBeside(args));
  if ('code' in asked) return asked;
  if (!hasSvgBeside(args)) return [asked];
  const svg = await exportRemote(link, { ...args, request: { ...args.request, format: 'svg' } });
  return 'code' in svg ? svg : [asked, svg];
}
