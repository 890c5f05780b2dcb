// The interviewer's private room (`<boardId>~notes`, which the relay serves to interviewer links only), read and
// written the same way by the interviewer's screen and by the relay's scorecard: free notes, the summary that
// closes the interview, and per rubric point a score 1-4, a note and an override of the board's automatic
// verdict. Each point's entry is one plain value replaced whole (last writer wins per point); the two texts are
// Y.Texts, so two interviewer tabs typing at once keep both their words.
import type * as Y from 'yjs';

/** The free notes taken during the interview. */
export const NOTES_TEXT = 'notes';
/** The interviewer's closing summary, printed on the scorecard. */
export const SUMMARY_TEXT = 'summary';
const RUBRIC_MAP = 'rubric';
const NOTE_LIMIT = 2000;

export type Override = 'met' | 'missing' | null;

export interface PointScore {
  /** 1 (not shown) to 4 (strong); null until scored. */
  readonly score: 1 | 2 | 3 | 4 | null;
  readonly note: string;
  /** The interviewer's verdict where it differs from the board's. */
  readonly override: Override;
}

export const NO_SCORE: PointScore = { score: null, note: '', override: null };

export interface InterviewerNotes {
  readonly notes: string;
  readonly summary: string;
  readonly scores: ReadonlyMap<string, PointScore>;
}

export function rubricMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(RUBRIC_MAP);
}

export function readScores(doc: Y.Doc): ReadonlyMap<string, PointScore> {
  const scores = new Map<string, PointScore>();
  rubricMap(doc).forEach((value, pointId) => scores.set(pointId, parseScore(value)));
  return scores;
}

/** Changes some fields of a point's score and keeps the others. */
export function writeScore(doc: Y.Doc, pointId: string, change: Partial<PointScore>): void {
  const before = parseScore(rubricMap(doc).get(pointId));
  const after = parseScore({ ...before, ...change });
  doc.transact(() => rubricMap(doc).set(pointId, { score: after.score, note: after.note, override: after.override }));
}

/** A stored value read back: anything malformed is unscored, never a crash on a bad write. */
export function parseScore(value: unknown): PointScore {
  if (typeof value !== 'object' || value === null) return NO_SCORE;
  const { score, note, override } = value as Record<string, unknown>;
  return {
    score: score === 1 || score === 2 || score === 3 || score === 4 ? score : null,
    note: typeof note === 'string' ? note.slice(0, NOTE_LIMIT) : '',
    override: override === 'met' || override === 'missing' ? override : null,
  };
}

/** Everything the room holds, as plain data. */
export function readInterviewerNotes(doc: Y.Doc): InterviewerNotes {
  return { notes: doc.getText(NOTES_TEXT).toString(), summary: doc.getText(SUMMARY_TEXT).toString(), scores: readScores(doc) };
}
