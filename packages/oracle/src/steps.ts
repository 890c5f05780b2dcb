// How a component's calls become what one request does there: calls of one alternative group are one
// choice (each request takes exactly one branch), calls in one parallel group run together (the request
// waits for the slowest), and the rest run one after another, in board order.
import type { Choice, OracleCall, Step, TrafficClass, Unit } from './model';
import { carries } from './model';

/**
 * Shares of a group read as weights: set shares as given, unset ones split equally what the set ones
 * leave of 1; all zero (or nothing left for the unset ones) gives equal weights. Normalised to sum 1.
 */
export function branchWeights(branches: readonly OracleCall[]): number[] {
  const set = branches.filter((branch) => branch.share !== undefined);
  const left = Math.max(0, 1 - set.reduce((sum, branch) => sum + (branch.share ?? 0), 0));
  const unset = branches.length - set.length;
  const raw = branches.map((branch) => branch.share ?? (unset > 0 ? left / unset : 0));
  const total = raw.reduce((sum, weight) => sum + weight, 0);
  return total > 0 ? raw.map((weight) => weight / total) : branches.map(() => 1 / branches.length);
}

/**
 * A request always takes one branch that can carry it: its class chooses among the branches that carry
 * it, by their weights renormalised (equally if those are all 0).
 */
function choiceFor(branches: readonly OracleCall[], weights: readonly number[], cls: TrafficClass): Choice {
  const carrying = branches.map((branch, i) => ({ branch, weight: weights[i] as number })).filter(({ branch }) => carries(branch, cls));
  const total = carrying.reduce((sum, { weight }) => sum + weight, 0);
  return {
    branches: carrying.map(({ branch }) => branch),
    weights: carrying.map(({ weight }) => (total > 0 ? weight / total : 1 / carrying.length)),
  };
}

function unitsOf(calls: readonly OracleCall[], where: string, errors: string[]): Array<{ unit: Unit; first: OracleCall }> {
  const groups = new Map<string, OracleCall[]>();
  const order: Array<OracleCall | string> = [];
  for (const call of calls) {
    if (call.alternative === undefined) {
      order.push(call);
      continue;
    }
    const branches = groups.get(call.alternative);
    if (branches) branches.push(call);
    else {
      groups.set(call.alternative, [call]);
      order.push(call.alternative);
    }
  }
  return order.map((item) => {
    if (typeof item !== 'string') return { unit: { kind: 'call', call: item }, first: item };
    const branches = groups.get(item) ?? [];
    const first = branches[0] as OracleCall;
    // The group's fraction is the first branch's; a branch that says otherwise is reported, not used.
    for (const branch of branches) {
      if (branch.fraction !== first.fraction)
        errors.push(`${where}: call ${branch.id} of alternative group "${item}" has fraction ${branch.fraction}; the group uses its first branch's ${first.fraction}`);
    }
    const weights = branchWeights(branches);
    const byClass = { read: choiceFor(branches, weights, 'read'), write: choiceFor(branches, weights, 'write') };
    return { unit: { kind: 'choice', group: item, branches, weights, byClass, fraction: first.fraction }, first };
  });
}

/** Per component: synchronous steps (parallel groups kept together) and asynchronous units. */
export function groupSteps(
  count: number,
  calls: readonly OracleCall[],
  errors: string[],
): { steps: Step[][]; asyncUnits: Unit[][] } {
  const outgoing: OracleCall[][] = Array.from({ length: count }, () => []);
  for (const call of calls) outgoing[call.from]?.push(call);
  const steps: Step[][] = [];
  const asyncUnits: Unit[][] = [];
  outgoing.forEach((own, component) => {
    const units = unitsOf(own, `component ${component}`, errors);
    // A choice runs where its first branch says: its mode and its parallel group.
    const byStep = new Map<string, Unit[]>();
    const asyncs: Unit[] = [];
    units.forEach(({ unit, first }, i) => {
      if (first.mode === 'async') {
        asyncs.push(unit);
        return;
      }
      const key = first.parallelGroup === undefined ? `unit:${i}` : `group:${first.parallelGroup}`;
      const list = byStep.get(key);
      if (list) list.push(unit);
      else byStep.set(key, [unit]);
    });
    steps.push([...byStep.values()].map((list) => ({ units: list })));
    asyncUnits.push(asyncs);
  });
  return { steps, asyncUnits };
}
