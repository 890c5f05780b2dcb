// Every problem of the library, checked end to end: its reference design is a board file any reader
// accepts, analyses without error findings, meets its own p99 budget and availability objective, meets
// every automatic point of its own rubric, and its main client offers the load its prompt's scale implies.
import { analyze, createEngine } from '@napkin/analysis';
import { parseBoard } from '@napkin/fields';
import { describe, expect, it } from 'vitest';
import { problemPrompts, readFraction } from '../index';
import { evaluateRubric, interviewerMaterial } from './index';
import { CITATIONS } from './citations';
import { MATERIALS } from './problems';

const engine = createEngine();
const PROMPTS = problemPrompts();

describe('the library', () => {
  it('has the twenty problems of the playbook, prompts and material in the same order', () => {
    expect(PROMPTS).toHaveLength(20);
    expect(MATERIALS.map((material) => material.id)).toEqual(PROMPTS.map((prompt) => prompt.id));
    expect(new Set(PROMPTS.map((prompt) => prompt.title)).size).toBe(20);
    expect(MATERIALS.map((material) => material.section.split(' ')[0])).toEqual(PROMPTS.map((_, index) => `24.${index + 1}`));
  });

  it('labels each citation once, under its problem', () => {
    const labels = CITATIONS.map((citation) => citation.label);
    expect(new Set(labels).size).toBe(labels.length);
    const ids = new Set(PROMPTS.map((prompt) => prompt.id));
    for (const label of labels) expect(ids.has(label.split('.')[0] ?? '')).toBe(true);
  });

  it('has no material for an id it does not know', () => {
    expect(interviewerMaterial('no-such-problem')).toBeNull();
  });
});

describe.each(PROMPTS.map((prompt) => [prompt.id, prompt] as const))('problem %s', (id, prompt) => {
  const material = interviewerMaterial(id)!;
  const board = material.referenceBoard;
  const result = analyze(board, engine);

  it('states its prompt, scale and requirements', () => {
    expect(prompt.prompt.length).toBeGreaterThan(80);
    expect(prompt.functional.length).toBeGreaterThanOrEqual(3);
    expect(prompt.scale.dailyActiveUsers).toBeGreaterThan(0);
    expect(prompt.scale.peakFactor).toBeGreaterThanOrEqual(1);
    expect(prompt.scale.dataSizes.length).toBeGreaterThan(0);
    expect(prompt.nonFunctional.p99BudgetMs).toBeGreaterThan(0);
    expect(prompt.nonFunctional.availabilityObjective).toBeGreaterThan(0.9);
  });

  it('has a reference design any reader accepts unchanged', () => {
    const { board: read, errors } = parseBoard(JSON.stringify(board));
    expect(errors).toEqual([]);
    expect(read).toEqual(board);
  });

  it("gives its first client the prompt's scale and objectives", () => {
    const entry = board.components.find((component) => component.entry !== undefined)?.entry;
    expect(entry).toMatchObject({
      dau: prompt.scale.dailyActiveUsers,
      actionsPerUser: prompt.scale.requestsPerUserPerDay,
      peakFactor: prompt.scale.peakFactor,
      p99BudgetMs: prompt.nonFunctional.p99BudgetMs,
      availabilityObjective: prompt.nonFunctional.availabilityObjective,
    });
    expect(entry?.readFraction).toBeCloseTo(readFraction(prompt.scale), 2);
  });

  it('analyses without error findings, within every budget and objective, and saturates nothing', () => {
    expect(result.errors).toEqual([]);
    expect(result.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.message)).toEqual([]);
    expect(result.flows.length).toBeGreaterThan(0);
    for (const flow of result.flows) {
      expect({ flow: flow.name, within: flow.latency.withinBudget, meets: flow.availability.meetsObjective }).toEqual({ flow: flow.name, within: true, meets: true });
    }
    expect(result.components.filter((component) => component.saturated).map((component) => component.name)).toEqual([]);
  });

  it('meets every automatic point of its own rubric', () => {
    const verdicts = evaluateRubric(id, board, result);
    expect(verdicts.map((verdict) => verdict.pointId)).toEqual(material.points.map((point) => point.id));
    const automatic = material.points.filter((point) => point.check !== null).map((point) => point.id);
    expect(automatic.length).toBeGreaterThanOrEqual(5);
    expect(verdicts.filter((verdict) => verdict.status !== 'met' && automatic.includes(verdict.pointId))).toEqual([]);
  });

  it("lists the template's own points first, each id once, and cites at least three parameters", () => {
    const ids = material.points.map((point) => point.id);
    expect(new Set(ids).size).toBe(ids.length);
    const own = material.points.filter((point) => !point.general);
    expect(own.length).toBeGreaterThanOrEqual(3);
    expect(material.points.slice(0, own.length)).toEqual(own);
    expect(CITATIONS.filter((citation) => citation.label.startsWith(`${id}.`) && !citation.label.startsWith(`${id}.point.`)).length).toBeGreaterThanOrEqual(3);
  });
});
