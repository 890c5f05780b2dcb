// What a session recording holds and how it is written: one JSON object per line, appended as the session
// goes (`<dataDir>/recordings/<boardId>.ndjson`). A line is a whole entry, so a line that cannot be read
// (a torn write, a disk error, a hand edit) costs that entry only: the reader skips it, says which line
// and why, and keeps everything else. Times are the relay's clock (epoch ms), like the phase timer's.
//
//   {"kind":"start","version":1,"startedAt":…}
//   {"kind":"update","t":…,"update":"<base64 Yjs update of the board>"}
//   {"kind":"frame","n":0,"t":…,"reason":"phase","phase":2,"ended":false,"snapshot":"<base64 state>","figures":[…]}
//   {"kind":"frame","n":4,…,"ref":3,…}   (the board had not changed since frame 3: its snapshot is that one)

import type { FlowFigures, FrameReason } from '@napkin/doc';

export const RECORDING_VERSION = 1;

export interface StartEntry {
  readonly kind: 'start';
  readonly version: number;
  /** When the recording began; the retention counts from here. */
  readonly startedAt: number;
}

export interface UpdateEntry {
  readonly kind: 'update';
  readonly t: number;
  /** The board's Yjs update as the relay stored it, base64. */
  readonly update: string;
}

export interface FrameEntry {
  readonly kind: 'frame';
  /** The frame's number in its recording (0, 1, …), which `ref` names: a skipped line never shifts it. */
  readonly n: number;
  readonly t: number;
  readonly reason: FrameReason;
  /** Index into the RAPID-S phases; -1 before the timer started. */
  readonly phase: number;
  readonly ended: boolean;
  /** The whole board as one Yjs update, base64; absent when `ref` names an earlier frame (its `n`) with the same board. */
  readonly snapshot?: string;
  readonly ref?: number;
  readonly figures: readonly FlowFigures[];
}

export type RecordingEntry = StartEntry | UpdateEntry | FrameEntry;

export const encodeEntry = (entry: RecordingEntry): string => `${JSON.stringify(entry)}\n`;

export type ParsedLine = { readonly ok: true; readonly entry: RecordingEntry } | { readonly ok: false; readonly reason: string };

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isBase64 = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(value);
const numberOrNull = (value: unknown): value is number | null => value === null || (typeof value === 'number' && Number.isFinite(value));

function parseFigures(value: unknown): FlowFigures[] | null {
  if (!Array.isArray(value)) return null;
  const figures: FlowFigures[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) return null;
    const f = item as Record<string, unknown>;
    if (typeof f.entry !== 'string' || typeof f.name !== 'string' || !numberOrNull(f.p50Ms) || !numberOrNull(f.p99Ms)) return null;
    if (typeof f.budgetMs !== 'number' || typeof f.availabilityPercent !== 'number' || typeof f.objectivePercent !== 'number') return null;
    if (typeof f.withinBudget !== 'boolean' || typeof f.meetsObjective !== 'boolean') return null;
    figures.push({
      entry: f.entry, name: f.name, p50Ms: f.p50Ms, p99Ms: f.p99Ms, budgetMs: f.budgetMs, withinBudget: f.withinBudget,
      availabilityPercent: f.availabilityPercent, objectivePercent: f.objectivePercent, meetsObjective: f.meetsObjective,
    });
  }
  return figures;
}

/** One line read back; anything malformed is a reason, never a throw. */
export function parseLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'not an object' };
  const raw = value as Record<string, unknown>;
  switch (raw.kind) {
    case 'start': {
      if (!isTime(raw.startedAt) || typeof raw.version !== 'number') return { ok: false, reason: 'start entry without its time or version' };
      return { ok: true, entry: { kind: 'start', version: raw.version, startedAt: raw.startedAt } };
    }
    case 'update':
      if (!isTime(raw.t) || !isBase64(raw.update)) return { ok: false, reason: 'update entry without its time or bytes' };
      return { ok: true, entry: { kind: 'update', t: raw.t, update: raw.update } };
    case 'frame': {
      const figures = parseFigures(raw.figures);
      if (!isTime(raw.t) || (raw.reason !== 'phase' && raw.reason !== 'interval') || figures === null) return { ok: false, reason: 'frame without its time, reason or figures' };
      if (typeof raw.phase !== 'number' || !Number.isInteger(raw.phase) || raw.phase < -1 || typeof raw.ended !== 'boolean') return { ok: false, reason: 'frame without its phase' };
      if (typeof raw.n !== 'number' || !Number.isInteger(raw.n) || raw.n < 0) return { ok: false, reason: 'frame without its number' };
      const base = { kind: 'frame', n: raw.n, t: raw.t, reason: raw.reason, phase: raw.phase, ended: raw.ended, figures } as const;
      if (isBase64(raw.snapshot)) return { ok: true, entry: { ...base, snapshot: raw.snapshot } };
      if (typeof raw.ref === 'number' && Number.isInteger(raw.ref) && raw.ref >= 0) return { ok: true, entry: { ...base, ref: raw.ref } };
      return { ok: false, reason: 'frame with neither a snapshot nor a reference to one' };
    }
    default:
      return { ok: false, reason: `unknown entry kind ${JSON.stringify(raw.kind)?.slice(0, 40) ?? 'undefined'}` };
  }
}

/** A recording read back: its entries in order and the lines that could not be read. */
export interface ParsedRecording {
  readonly start: StartEntry | null;
  readonly updates: readonly UpdateEntry[];
  readonly frames: readonly FrameEntry[];
  /** "line 7: not JSON"; empty when every line was read. */
  readonly issues: readonly string[];
}

export function parseRecording(text: string): ParsedRecording {
  let start: StartEntry | null = null;
  const updates: UpdateEntry[] = [];
  const frames: FrameEntry[] = [];
  const issues: string[] = [];
  const snapshots = new Set<number>();
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = parseLine(line);
    if (!parsed.ok) {
      issues.push(`line ${index + 1}: ${parsed.reason}`);
      return;
    }
    const { entry } = parsed;
    if (entry.kind === 'start') start ??= entry;
    else if (entry.kind === 'update') updates.push(entry);
    else if (entry.ref !== undefined && !snapshots.has(entry.ref)) {
      issues.push(`line ${index + 1}: frame ${entry.n} refers to frame ${entry.ref}, which is not a readable snapshot before it`);
    } else {
      if (entry.snapshot !== undefined) snapshots.add(entry.n);
      frames.push(entry);
    }
  });
  return { start, updates, frames, issues };
}
