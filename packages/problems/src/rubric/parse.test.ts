import { describe, expect, it } from 'vitest';
import { interviewerMaterial } from '../interviewer';
import { parseRubricPoints } from './index';

describe('parseRubricPoints', () => {
  it('reads back every point of a served rubric as it was', () => {
    const points = interviewerMaterial('url-shortener')?.points ?? [];
    expect(points.length).toBeGreaterThan(5);
    expect(parseRubricPoints(JSON.parse(JSON.stringify(points)))).toEqual(points);
  });

  it('drops a point without an id or title and leaves an unreadable check to the interviewer', () => {
    const served = [
      { id: 'a', title: 'A', general: true, check: { type: 'no-spof' }, section: '17. x' },
      { id: 'b', title: 'B', check: { type: 'serves', kinds: [] } },
      { id: 'c', title: 'C', check: { type: 'guess' } },
      { title: 'no id' },
      'junk',
    ];
    expect(parseRubricPoints(served)).toEqual([
      { id: 'a', title: 'A', general: true, check: { type: 'no-spof' }, section: '17. x' },
      { id: 'b', title: 'B', general: false, check: null, section: '' },
      { id: 'c', title: 'C', general: false, check: null, section: '' },
    ]);
    expect(parseRubricPoints({ points: [] })).toEqual([]);
  });
});
