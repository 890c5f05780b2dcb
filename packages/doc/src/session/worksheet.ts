// The interview's worksheet: what the candidate states in the phases that are not boxes and arrows, kept
// in the BOARD's document (top-level types named `worksheet.*`) so it has the board's roles for free: the candidate,
// the interviewer and a practising person write it, an observer's link is read-only and the relay closes
// its socket on any write (server/src/access/reader-guard.ts). Three parts, each for a RAPID-S phase
// (playbook section 4, "The Interview Framework (RAPID-S)"):
//   requirements (phase 1): the scale figures (daily users, requests per user a day, peak factor, reads per
//     write), which become the client's load on the board, and the requirement lines;
//   API (phase 2): endpoints, each a method, a path and whether a retry is safe (idempotent);
//   data model and partitioning (phase 4, internals): two shared texts.
// Each part is a top-level type (a nested one made by two peers at once would keep only one peer's), each
// scale figure its own key and each line its own entry, so two people editing different figures or lines
// keep both edits; an edited line is replaced whole (the last writer wins on the same line).
import type * as Y from 'yjs';
import { newId } from '../ids.js';
import type { EntryLoad } from '../schema.js';
import type { InterviewPhase } from './phaseTimer.js';

/** The top-level names of the worksheet's parts in the board's Y.Doc. */
export const WORKSHEET_TYPES = {
  scale: 'worksheet.scale',
  requirements: 'worksheet.requirements',
  apis: 'worksheet.apis',
  dataModel: 'worksheet.dataModel',
  partitioning: 'worksheet.partitioning',
} as const;
export const MAX_LINES = 50;
export const MAX_LINE_CHARS = 300;
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** When the candidate gives no peak factor: the playbook's "default to 5×" (section 5.3, cited in citations.ts). */
export const DEFAULT_PEAK_FACTOR = 5;

export interface WorksheetScale {
  readonly dailyActiveUsers: number | null;
  readonly requestsPerUserPerDay: number | null;
  readonly peakFactor: number | null;
  /** Reads for each write (10 for 10:1); 0 for a write-only service. */
  readonly readsPerWrite: number | null;
}
export type ScaleFigure = keyof WorksheetScale;

export interface FigureRange {
  readonly min: number;
  readonly max: number;
}

/** What each figure may be: a figure outside is refused with this range. */
export const SCALE_RANGES: Readonly<Record<ScaleFigure, FigureRange>> = {
  dailyActiveUsers: { min: 0, max: 1e11 },
  requestsPerUserPerDay: { min: 0, max: 1e6 },
  peakFactor: { min: 1, max: 100 },
  readsPerWrite: { min: 0, max: 1e6 },
};

export interface RequirementLine {
  readonly id: string;
  readonly text: string;
}

export interface ApiLine {
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly idempotent: boolean;
}

export type WorksheetText = 'dataModel' | 'partitioning';

export interface WorksheetSnapshot {
  readonly scale: WorksheetScale;
  readonly requirements: readonly RequirementLine[];
  readonly apis: readonly ApiLine[];
  readonly dataModel: string;
  readonly partitioning: string;
}

/** Which phase each part belongs to, so the interview shows it beside that phase. */
export const WORKSHEET_PHASES: Readonly<Record<'requirements' | 'api' | 'notes', InterviewPhase['id']>> = {
  requirements: 'requirements',
  api: 'api',
  notes: 'internals',
};

/** Checks a typed number against its range: the number, or what is wrong in words (commas and underscores are allowed). */
export function parseFigure(raw: string, { min, max }: FigureRange): number | string {
  const value = Number(raw.replaceAll(',', '').replaceAll('_', '').trim());
  if (raw.trim() === '' || !Number.isFinite(value)) return 'enter a number';
  if (value < min || value > max) return `between ${min.toLocaleString('en-US')} and ${max.toLocaleString('en-US')}`;
  return value;
}

/** Checks a typed scale figure (`parseFigure` in its range). */
export function parseScaleFigure(figure: ScaleFigure, raw: string): number | string {
  return parseFigure(raw, SCALE_RANGES[figure]);
}

/**
 * The client's load fields for this scale, null until daily users and requests a day are given: the engine
 * derives req/s from them (a typed-in rate is cleared so it does not win), reads are readsPerWrite : 1.
 */
export function worksheetEntryLoad(scale: WorksheetScale): EntryLoad | null {
  const { dailyActiveUsers, requestsPerUserPerDay, readsPerWrite } = scale;
  if (dailyActiveUsers === null || requestsPerUserPerDay === null) return null;
  const load: EntryLoad = { dau: dailyActiveUsers, actionsPerUser: requestsPerUserPerDay, peakFactor: scale.peakFactor ?? DEFAULT_PEAK_FACTOR, rps: undefined };
  return readsPerWrite === null ? load : { ...load, readFraction: readsPerWrite / (readsPerWrite + 1) };
}

export class Worksheet {
  private readonly scale: Y.Map<unknown>;
  private readonly lists: { readonly requirements: Y.Array<unknown>; readonly apis: Y.Array<unknown> };

  constructor(readonly ydoc: Y.Doc) {
    this.scale = ydoc.getMap(WORKSHEET_TYPES.scale);
    this.lists = { requirements: ydoc.getArray(WORKSHEET_TYPES.requirements), apis: ydoc.getArray(WORKSHEET_TYPES.apis) };
  }

  snapshot(): WorksheetSnapshot {
    return {
      scale: readScale(this.scale),
      requirements: readLines(this.lists.requirements, parseRequirement),
      apis: readLines(this.lists.apis, parseApi),
      dataModel: this.text('dataModel').toString(),
      partitioning: this.text('partitioning').toString(),
    };
  }

  /** Calls `listener` after every change to the worksheet, local or remote. */
  observe(listener: (snapshot: WorksheetSnapshot) => void): () => void {
    const onChange = () => listener(this.snapshot());
    const types = [this.scale, this.lists.requirements, this.lists.apis, this.text('dataModel'), this.text('partitioning')];
    types.forEach((type) => type.observe(onChange));
    return () => types.forEach((type) => type.unobserve(onChange));
  }

  /** Sets one scale figure (null clears it); a figure out of range is refused (false). */
  setScale(figure: ScaleFigure, value: number | null): boolean {
    if (value !== null && (!Number.isFinite(value) || value < SCALE_RANGES[figure].min || value > SCALE_RANGES[figure].max)) return false;
    if (value === null) this.scale.delete(figure);
    else this.scale.set(figure, value);
    return true;
  }

  /** Adds a requirement line at the end; false when the list is full or the text is empty. */
  addRequirement(text: string): boolean {
    const line = cleanText(text, MAX_LINE_CHARS);
    return line !== '' && this.push('requirements', { id: newId(), text: line });
  }

  addApi(method: HttpMethod, path: string, idempotent: boolean): boolean {
    const cleanPath = cleanText(path, MAX_LINE_CHARS);
    if (!HTTP_METHODS.includes(method) || cleanPath === '') return false;
    return this.push('apis', { id: newId(), method, path: cleanPath, idempotent });
  }

  /** Flips whether an endpoint is safe to retry (the line is replaced whole, in one transaction). */
  setIdempotent(id: string, idempotent: boolean): boolean {
    const lines = this.lists.apis;
    const index = lines.toArray().findIndex((line) => idOf(line) === id);
    const line = index < 0 ? null : parseApi(lines.get(index));
    if (line === null) return false;
    this.ydoc.transact(() => {
      lines.delete(index, 1);
      lines.insert(index, [{ ...line, idempotent }]);
    });
    return true;
  }

  removeLine(list: 'requirements' | 'apis', id: string): boolean {
    const index = this.lists[list].toArray().findIndex((line) => idOf(line) === id);
    if (index < 0) return false;
    this.lists[list].delete(index, 1);
    return true;
  }

  /** The shared text of a notes part (typing into it: applyTextChange in the web app). */
  text(part: WorksheetText): Y.Text {
    return this.ydoc.getText(WORKSHEET_TYPES[part]);
  }

  private push(list: 'requirements' | 'apis', entry: object): boolean {
    if (this.lists[list].length >= MAX_LINES) return false;
    this.lists[list].push([entry]);
    return true;
  }
}

function readScale(scale: Y.Map<unknown>): WorksheetScale {
  const figure = (name: ScaleFigure): number | null => {
    const raw = scale.get(name);
    const { min, max } = SCALE_RANGES[name];
    return typeof raw === 'number' && Number.isFinite(raw) && raw >= min && raw <= max ? raw : null;
  };
  return { dailyActiveUsers: figure('dailyActiveUsers'), requestsPerUserPerDay: figure('requestsPerUserPerDay'), peakFactor: figure('peakFactor'), readsPerWrite: figure('readsPerWrite') };
}

/** A peer's malformed entry is left out; the others still read. */
function readLines<T>(lines: Y.Array<unknown>, parse: (entry: unknown) => T | null): T[] {
  return lines.toArray().map(parse).filter((line): line is T => line !== null).slice(0, MAX_LINES);
}

function parseRequirement(entry: unknown): RequirementLine | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const { id, text } = entry as Record<string, unknown>;
  return typeof id === 'string' && typeof text === 'string' ? { id, text: text.slice(0, MAX_LINE_CHARS) } : null;
}

function parseApi(entry: unknown): ApiLine | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const { id, method, path, idempotent } = entry as Record<string, unknown>;
  if (typeof id !== 'string' || typeof path !== 'string' || !(HTTP_METHODS as readonly unknown[]).includes(method)) return null;
  return { id, method: method as HttpMethod, path: path.slice(0, MAX_LINE_CHARS), idempotent: idempotent === true };
}

const idOf = (entry: unknown): unknown => (typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined);

const cleanText = (text: string, limit: number): string => text.replace(/\s+/g, ' ').trim().slice(0, limit);
