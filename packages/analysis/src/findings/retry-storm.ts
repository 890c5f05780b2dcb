// Retry storms: retries that tip a tier over its capacity, or a load ↔ latency feedback that does not
// settle. Retries multiply a call's load by its expected attempts, which grow as the callee slows down
// and its attempts time out; past the callee's headroom that load saturates it, every attempt is late,
// and the retries triple the load of a tier that was fine without them.
import type { ComponentState } from '../engine/components';
import type { RetrySolution } from '../engine/load-latency';
import type { CallId, ComponentId, Graph, ResolvedCall } from '../model/graph';
import { TRAFFIC_CLASSES } from '../model/graph';
import { forwardFactor } from '../traffic/load';
import type { Finding } from './rules';
import { finding } from './rules';

const percent = (share: number) => `${(share * 100).toPrecision(3)} %`;
const rps = (value: number) => Math.round(value).toLocaleString('en-US');

function label(graph: Graph, call: ResolvedCall): string {
  return `${graph.byId.get(call.from)?.name ?? call.from} → ${graph.byId.get(call.to)?.name ?? call.to}`;
}

/** "2 retries on a 50 ms timeout, late on 10.7 % of attempts" */
function policy(call: ResolvedCall, solution: RetrySolution): string {
  const retries = `${call.retries} retr${call.retries === 1 ? 'y' : 'ies'}`;
  if (call.timeoutMs === undefined) return retries;
  return `${retries} on a ${call.timeoutMs} ms timeout, late on ${percent(solution.late.get(call.id) ?? 0)} of attempts`;
}

/** Load a call's retries add to its callee: the caller's calls × (attempts − 1), over both classes. */
function extraLoad(call: ResolvedCall, states: ReadonlyMap<ComponentId, ComponentState>, solution: RetrySolution): number {
  const caller = states.get(call.from);
  if (!caller || call.retries === 0) return 0;
  let extra = 0;
  for (const cls of TRAFFIC_CLASSES) {
    const made = (cls === 'read' ? caller.load.read : caller.load.write) * forwardFactor(caller.component, call, cls);
    extra += made * (solution.attempts(call, cls) - 1);
  }
  return extra;
}

/**
 * The retrying call that adds most load on the way to a tier: among the calls into it, else among the
 * nearest calls above it that retry (their retries reach it through their callees), level by level.
 */
function culprit(graph: Graph, target: ComponentId, extraOf: (call: ResolvedCall) => number): ResolvedCall | null {
  const seen = new Set<ComponentId>([target]);
  let level: ComponentId[] = [target];
  while (level.length > 0) {
    let best: { call: ResolvedCall; extra: number } | null = null;
    const above: ComponentId[] = [];
    for (const id of level) {
      for (const call of graph.incoming.get(id) ?? []) {
        const extra = extraOf(call);
        if (extra > 0 && (best === null || extra > best.extra)) best = { call, extra };
        if (!seen.has(call.from)) {
          seen.add(call.from);
          above.push(call.from);
        }
      }
    }
    if (best) return best.call;
    level = above;
  }
  return null;
}

export function retryStormFindings(
  graph: Graph,
  states: ReadonlyMap<ComponentId, ComponentState>,
  solution: RetrySolution,
): Finding[] {
  const out: Finding[] = [];
  const calls = new Map<CallId, ResolvedCall>(graph.calls.map((call) => [call.id, call]));
  const extras = new Map<CallId, number>();
  const extraOf = (call: ResolvedCall) => {
    let extra = extras.get(call.id);
    if (extra === undefined) {
      extra = extraLoad(call, states, solution);
      extras.set(call.id, extra);
    }
    return extra;
  };
  const unsettled = solution.unsettled === null ? undefined : calls.get(solution.unsettled);
  if (!solution.converged && unsettled) {
    out.push(
      finding(
        'retry-storm',
        `${label(graph, unsettled)} (${policy(unsettled, solution)}): load and latency did not settle in ` +
          `${solution.rounds} rounds, its attempts still moving by ${percent(solution.residual)} a round; the figures are the last round's`,
        [unsettled.from, unsettled.to],
        [unsettled.id],
      ),
    );
  }
  for (const component of graph.components) {
    const state = states.get(component.id);
    const rho = state?.traffic.utilisation.value ?? 0;
    const without = solution.utilisationWithoutRetries.get(component.id) ?? 0;
    if (!state?.queue || rho < 1 || without >= 1) continue;
    const call = culprit(graph, component.id, extraOf);
    if (!call) continue;
    const before = solution.withoutRetries.get(component.id) ?? { read: 0, write: 0 };
    const ids = [...new Set([call.from, call.to, component.id])];
    out.push(
      finding(
        'retry-storm',
        `retries on ${label(graph, call)} (${policy(call, solution)}) raise ${component.name}'s load from ` +
          `${rps(before.read + before.write)} to ${rps(state.load.read + state.load.write)} req/s, past its capacity: ` +
          `ρ ${without.toFixed(2)} without retries, ${rho.toFixed(2)} with them`,
        ids,
        [call.id],
      ),
    );
  }
  return out;
}
