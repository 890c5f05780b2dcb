// "Every number opens to show its formula and inputs": walk whole results and require that each plain
// number or yes/no either is part of an Explained figure or has one beside it under `why`, same key.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeInput, createEngine } from '../analyze';
import { EXAMPLES } from '../../test/examples';
import { client, makeBoard, service, sync } from '../../test/harness';
import type { AnalysisResult } from '../result';

/** Plain fields that describe the board or the format, not a computed figure. */
const STRUCTURAL = new Set(['version', 'depth', 'isEntry', 'allSync']);

type Node = Record<string, unknown>;
const isObject = (value: unknown): value is Node => typeof value === 'object' && value !== null;
const isExplained = (value: unknown): boolean =>
  isObject(value) &&
  typeof value.value === 'number' &&
  typeof value.unit === 'string' &&
  typeof value.formula === 'string' &&
  value.formula !== '' &&
  isObject(value.inputs);

const SOURCES = new Set(['board', 'catalog', 'engine']);

/**
 * An input the engine used is explained by where it comes from: the board, or a default whose citation
 * the result carries (text, section, fact).
 */
const isSourcedInput = (value: unknown, citations: Node): boolean => {
  if (!isObject(value) || !SOURCES.has(value.source as string) || !('value' in value)) return false;
  if (value.default === null) return value.source === 'board';
  return isObject(value.default) && typeof value.default.citation === 'string' && isObject(citations[value.default.citation]);
};

/** Paths of plain numbers and booleans that carry no explanation. */
function unexplained(value: unknown, citations: Node, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => unexplained(item, citations, `${path}[${i}]`));
  if (!isObject(value) || isExplained(value) || isSourcedInput(value, citations)) return [];
  const why = isObject(value.why) ? value.why : {};
  const out: string[] = [];
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'number' || typeof field === 'boolean') {
      if (!STRUCTURAL.has(key) && !isExplained(why[key])) out.push(`${path}.${key}`);
    } else out.push(...unexplained(field, citations, `${path}.${key}`));
  }
  return out;
}

const unexplainedIn = (result: AnalysisResult): string[] => unexplained(result, result.citations as Node);

const engine = createEngine();

function examples(): Array<[string, AnalysisResult]> {
  return EXAMPLES.map(([name, board]) => {
    const { result } = analyzeInput(board, engine);
    if (!result) throw new Error(`${name} did not analyse`);
    return [name, result];
  });
}

describe('explanations', () => {
  it.each(examples())('%s: every number and yes/no carries its formula and inputs, or its source', (_name, result) => {
    expect(unexplainedIn(result)).toEqual([]);
  });

  it('a saturated, over-budget board explains its verdicts with the figures they compare', () => {
    const board = makeBoard(
      [client('user', { rps: 500, p99BudgetMs: 5 }), service('app', { capacityRps: 200, p50Ms: 2, p99Ms: 8 })],
      [sync('user', 'app', { fraction: 0.5 })],
    );
    const result = analyze(board, engine);
    expect(unexplainedIn(result)).toEqual([]);
    const app = result.components.find((component) => component.id === 'app');
    expect(app?.saturated).toBe(true);
    expect(app?.why.saturated).toMatchObject({ value: 1, unit: 'boolean' });
    expect(app?.why.saturated.inputs.utilisation).toBeGreaterThanOrEqual(1);

    const flow = result.flows[0];
    expect(flow?.latency.withinBudget).toBe(false);
    expect(flow?.latency.why.withinBudget).toMatchObject({ value: 0, inputs: { budgetMs: 5 } });
    expect(flow?.availability.why.meetsObjective.value).toBe(flow?.availability.meetsObjective ? 1 : 0);

    // The app is saturated (500 × 0.5 / 200 = ρ 1.25) and does not shed load: its own time is unbounded, so
    // the hop names it instead of a number.
    const hop = flow?.latency.criticalPath[0];
    expect(hop?.why.visitProbability).toMatchObject({ value: 0.5, inputs: { fraction: 0.5 } });
    expect(hop?.ownP99Ms).toBeNull();
    expect(hop?.why.ownP99Ms).toBeNull();
    expect(hop?.saturated).toMatchObject({ component: 'app', utilisation: { value: 1.25 } });
    expect(hop?.why.networkMs).toMatchObject({ value: hop?.networkMs, inputs: { tier: 'same-zone' } });
  });
});
