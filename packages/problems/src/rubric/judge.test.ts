// The rubric check as the interviewer's screen runs it: on the points as the relay serves them (JSON), it
// gives the same verdicts as evaluateRubric on every problem's reference design.
import { analyze, createEngine } from '@napkin/analysis';
import { describe, expect, it } from 'vitest';
import { problemPrompts } from '../index';
import { evaluateRubric, interviewerMaterial } from '../interviewer';
import type { RubricPoint } from '../types';
import { judgePoints } from './index';

const engine = createEngine();

describe('judgePoints', () => {
  it.each(problemPrompts().map((problem) => [problem.id] as const))('judges the served points of %s as evaluateRubric does', (id) => {
    const material = interviewerMaterial(id)!;
    const served = JSON.parse(JSON.stringify(material)) as { points: RubricPoint[]; referenceBoard: typeof material.referenceBoard };
    const analysis = analyze(served.referenceBoard, engine);
    expect(judgePoints(served.points, served.referenceBoard, analysis)).toEqual(evaluateRubric(id, material.referenceBoard, analysis));
  });
});
