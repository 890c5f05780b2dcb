// `@napkin/problems/rubric`: the rubric check without any problem's material. The interviewer's screen gets
// the points from the relay (GET /api/problems/<id>/interviewer) and judges them against the live board
// here; importing this entry brings no point, title or reference design into a bundle.
export { judgePoints } from './judge';
export type { RubricCheck, RubricEvidence, RubricPoint, RubricResult } from '../types';
