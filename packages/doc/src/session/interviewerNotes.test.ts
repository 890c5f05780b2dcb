import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { NO_SCORE, readInterviewerNotes, readScores, rubricMap, SUMMARY_TEXT, writeScore } from './interviewerNotes.js';

describe("the interviewer's notes room", () => {
  it('keeps a score, a note and an override per point, changed field by field', () => {
    const doc = new Y.Doc();
    writeScore(doc, 'general.no-spof', { score: 3 });
    writeScore(doc, 'general.no-spof', { note: 'replicated the db when asked' });
    writeScore(doc, 'url-shortener.hot-cache', { override: 'met' });
    expect(readScores(doc).get('general.no-spof')).toEqual({ score: 3, note: 'replicated the db when asked', override: null });
    expect(readScores(doc).get('url-shortener.hot-cache')).toEqual({ score: null, note: '', override: 'met' });
  });

  it('reads a malformed entry as unscored', () => {
    const doc = new Y.Doc();
    rubricMap(doc).set('x', { score: 9, note: 4, override: 'maybe' });
    expect(readScores(doc).get('x')).toEqual(NO_SCORE);
  });

  it('reads the summary beside the scores', () => {
    const doc = new Y.Doc();
    doc.getText(SUMMARY_TEXT).insert(0, 'Hire: clear requirements, solid caching.');
    writeScore(doc, 'general.estimator', { score: 2 });
    const notes = readInterviewerNotes(doc);
    expect(notes.summary).toBe('Hire: clear requirements, solid caching.');
    expect(notes.notes).toBe('');
    expect(notes.scores.get('general.estimator')?.score).toBe(2);
  });
});
