import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parsePoint, parseVerdict } from './rubricApi';
import { NO_SCORE, readScores, rubricMap, writeScore } from './rubricScores';

describe("the interviewer's rubric scores", () => {
  it('keep a score, a note and an override per point, changed field by field', () => {
    const doc = new Y.Doc();
    writeScore(doc, 'general.no-spof', { score: 3 });
    writeScore(doc, 'general.no-spof', { note: 'replicated the db when asked' });
    writeScore(doc, 'url-shortener.hot-cache', { override: 'met' });
    expect(readScores(doc).get('general.no-spof')).toEqual({ score: 3, note: 'replicated the db when asked', override: null });
    expect(readScores(doc).get('url-shortener.hot-cache')).toEqual({ score: null, note: '', override: 'met' });
  });

  it('read a malformed entry as unscored', () => {
    const doc = new Y.Doc();
    rubricMap(doc).set('x', { score: 9, note: 4, override: 'maybe' });
    expect(readScores(doc).get('x')).toEqual(NO_SCORE);
  });
});

describe('answers from the relay', () => {
  it('are parsed, and what is unusable is dropped', () => {
    expect(parsePoint({ id: 'a', title: 'A', general: true, check: { type: 'no-spof' }, section: '17. x' })).toEqual([{ id: 'a', title: 'A', general: true, automatic: true, section: '17. x' }]);
    expect(parsePoint({ id: 'b', title: 'B', check: null })).toEqual([{ id: 'b', title: 'B', general: false, automatic: false, section: '' }]);
    expect(parsePoint({ title: 'no id' })).toEqual([]);
    expect(parseVerdict({ pointId: 'a', status: 'met', evidence: { componentId: 'cache', figure: '120 req/s' } })).toEqual([{ pointId: 'a', status: 'met', componentId: 'cache', figure: '120 req/s' }]);
    expect(parseVerdict({ pointId: 'a', status: 'great' })).toEqual([]);
  });
});
