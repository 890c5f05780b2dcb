// `@napkin/problems/rubric`: the rubric check, the one implementation, without any problem's material. The
// interviewer's screen gets the points from the relay (GET /api/problems/<id>/interviewer), reads them back
// (parseRubricPoints) and judges them against its live analysis; the relay judges the same way for the
// scorecard (evaluateRubric calls judgePoints). Importing this entry brings no point, title or reference
// design into a bundle.
export { judgePoints } from './judge';
export { parseRubricPoint, parseRubricPoints } from './parse';
export type { RubricCheck, RubricEvidence, RubricPoint, RubricResult } from '../types';
