// The interviewer's rubric scores, kept in the private `~notes` room beside the notes (the relay serves that
// room to interviewer links only): per point a score 1-4, a note, and an override of the board's automatic
// verdict. Each point's entry is one plain value replaced whole (last writer wins per point).
import type * as Y from 'yjs';

export type Override = 'met' | 'missing' | null;

export interface PointScore {
  /** 1 (not shown) to 4 (strong); null until scored. */
  readonly score: 1 | 2 | 3 | 4 | null;
  readonly note: string;
  /** The interviewer's verdict where it differs from the board's. */
  readonly override: Override;
}

export const NO_SCORE: PointScore = { score: null, note: '', override: null };
const NOTE_LIMIT = 2000;

export function rubricMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('rubric');
}

export function readScores(doc: Y.Doc): ReadonlyMap<string, PointScore> {
  const scores = new Map<string, PointScore>();
  rubricMap(doc).forEach((value, pointId) => scores.set(pointId, parseScore(value)));
  return scores;
}

export function writeScore(doc: Y.Doc, pointId: string, change: Partial<PointScore>): void {
  const before = parseScore(rubricMap(doc).get(pointId));
  const after = parseScore({ ...before, ...change });
  doc.transact(() => rubricMap(doc).set(pointId, { score: after.score, note: after.note, override: after.override }));
}

export function parseScore(value: unknown): PointScore {
  if (typeof value !== 'object' || value === null) return NO_SCORE;
  const { score, note, override } = value as Record<string, unknown>;
  return {
    score: score === 1 || score === 2 || score === 3 || score === 4 ? score : null,
    note: typeof note === 'string' ? note.slice(0, NOTE_LIMIT) : '',
    override: override === 'met' || override === 'missing' ? override : null,
  };
}
