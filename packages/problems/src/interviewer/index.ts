// Interviewer material (`@napkin/problems/interviewer`): each problem's rubric and reference design, and
// the live check of the rubric against a board. Only the server (to interviewer links) and the tests
// import this entry; the web app receives it over HTTP, so its bundle never contains it.
import type { AnalysisResult } from '@napkin/analysis';
import type { BoardFile } from '@napkin/fields';
import type { RubricPoint, RubricResult } from '../types';
import { judgePoints } from '../rubric/judge';
import { generalPoints } from './general';
import type { ProblemMaterial } from './material';
import { MATERIALS } from './problems';

export type { RubricCheck, RubricEvidence, RubricPoint, RubricResult } from '../types';

export interface InterviewerMaterial {
  /** The template's own points first, then the general ones that apply to the problem. */
  readonly points: readonly RubricPoint[];
  /** A board file (`napkin-board`, version 1) any reader of boards accepts. */
  readonly referenceBoard: BoardFile;
}

function pointsOf(material: ProblemMaterial): readonly RubricPoint[] {
  const own = material.points.map(
    (point): RubricPoint => ({ id: `${material.id}.${point.id}`, title: point.title, general: false, check: point.check, section: material.section }),
  );
  return [...own, ...generalPoints(material.applies)];
}

const byId = new Map(MATERIALS.map((material) => [material.id, material]));

/** The rubric and reference design of a problem; null for an id the library does not have. */
export function interviewerMaterial(problemId: string): InterviewerMaterial | null {
  const material = byId.get(problemId);
  return material === undefined ? null : { points: pointsOf(material), referenceBoard: material.board };
}

/**
 * Each rubric point of the problem judged against a board and its analysis (`analyze(board)` of
 * @napkin/analysis), in the rubric's order; an empty list for an id the library does not have.
 */
export function evaluateRubric(problemId: string, board: BoardFile, analysis: AnalysisResult): RubricResult[] {
  const material = byId.get(problemId);
  return material === undefined ? [] : judgePoints(pointsOf(material), board, analysis);
}
