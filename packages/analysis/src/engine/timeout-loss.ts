// How much of a flow's unavailability comes from calls that answer after their timeout rather than from
// components being down: A(no call ever late) − A. The weakest link ranks components by what their
// perfection would gain, which counts failures only; a flow that loses 0.13 points to a tight timeout
// would otherwise point at a component whose perfection gains 0.00002, and the fix would be the wrong one.
import type { AvailabilityInputs, ExactLimits } from '../availability/exact';
import { flowAvailability } from '../availability/exact';
import { explained } from '../explain/explained';
import type { ComponentId, Graph, ResolvedCall, TrafficClass } from '../model/graph';
import type { TimeoutLoss } from '../result';

/** Late shares at or below this are rounding, not a loss worth reporting (or a second evaluation). */
const NEGLIGIBLE_LATE_SHARE = 1e-9;
/**
 * The second evaluation (every call in time) costs as much as the first, so it runs only where the split
 * changes the advice: on a flow that misses its objective, when the late shares together (an upper bound
 * on what timeouts can cost) reach half of its unavailability, so that late answers may be the larger part.
 * Not when a component the request needs is saturated: its calls are late because its queue grows without
 * bound, and the fix is the capacity the `saturated` finding asks for, not a timeout.
 */
const POSSIBLY_LARGER_PART = 0.5;
/**
 * The split re-runs the flow's enumeration over the same structure: only where the first one was exact
 * and conditioned on at most this many shared variables (2^6 assignments), so that it stays a small part
 * of the analysis of a large board (on the 1,000-component bench board a budget-bound re-run cost 14–29 %).
 */
const MAX_SPLIT_CONDITIONED = 6;

interface LateCall {
  readonly call: ResolvedCall;
  readonly late: number;
}

interface LateCalls {
  /** The call late most often, or null when none is measurably late. */
  readonly latest: LateCall | null;
  /** Sum of every reached call's late share: a bound on what timeouts can cost (each multiplies success). */
  readonly lateSum: number;
  /** Whether a component the request needs is saturated: its calls are late because its queue grows. */
  readonly saturated: boolean;
}

/** The calls with a timeout among those the flow reaches: the one late most often (fan-out included), and the sum. */
function lateReachedCalls(inputs: AvailabilityInputs, entry: ComponentId, cls: TrafficClass): LateCalls {
  const { graph } = inputs;
  const seen = new Set<ComponentId>([entry]);
  const pending: ComponentId[] = [entry];
  let latest: LateCall | null = null;
  let lateSum = 0;
  let saturated = false;
  while (pending.length > 0) {
    const from = pending.pop() as ComponentId;
    if (inputs.served(from) < 1) saturated = true;
    for (const call of graph.outgoing.get(from) ?? []) {
      // Only what can fail the request: a late optional call is dropped, and past an asynchronous call
      // the request no longer waits. (These are the calls availability asks `inTime` about: no new work.)
      if (call.mode !== 'sync' || call.optional || inputs.share(call, cls) === 0) continue;
      if (call.timeoutMs !== undefined) {
        const late = 1 - inputs.inTime(call, cls);
        lateSum += late;
        if (late > NEGLIGIBLE_LATE_SHARE && (latest === null || late > latest.late)) latest = { call, late };
      }
      if (!seen.has(call.to)) {
        seen.add(call.to);
        pending.push(call.to);
      }
    }
  }
  return { latest, lateSum, saturated };
}

const callLabel = (graph: Graph, call: ResolvedCall): string =>
  `${graph.byId.get(call.from)?.name ?? call.from} → ${graph.byId.get(call.to)?.name ?? call.to}`;

export interface FlowClassWeight {
  readonly cls: TrafficClass;
  readonly weight: number;
}

/**
 * The flow's loss to timeouts where it can change the advice (see above), else null. `availability` is
 * the flow's A over the same classes and weights, `objective` its availability objective.
 */
export function timeoutLoss(
  inputs: AvailabilityInputs,
  entry: ComponentId,
  classes: readonly FlowClassWeight[],
  availability: number,
  objective: number,
  limits: ExactLimits,
  firstEvaluation: { readonly exact: boolean; readonly conditionedVariables: number },
): TimeoutLoss | null {
  if (availability >= objective || !firstEvaluation.exact || firstEvaluation.conditionedVariables > MAX_SPLIT_CONDITIONED) return null;
  const [first] = classes;
  if (first === undefined) return null;
  const main = classes.reduce((best, part) => (part.weight > best.weight ? part : best), first);
  const { latest, lateSum, saturated } = lateReachedCalls(inputs, entry, main.cls);
  if (saturated || latest === null || lateSum < POSSIBLY_LARGER_PART * (1 - availability)) return null;
  const allInTime: AvailabilityInputs = { ...inputs, inTime: () => 1 };
  let withoutTimeouts = 0;
  for (const part of classes) {
    const result = flowAvailability(allInTime, entry, part.cls, limits);
    if (result.method !== 'exact') return null;
    withoutTimeouts += part.weight * result.value;
  }
  const points = Math.max(0, withoutTimeouts - availability) * 100;
  const label = callLabel(inputs.graph, latest.call);
  const timeout = latest.call.timeoutMs ?? 0;
  const retries = latest.call.retries > 0 ? ` and ${latest.call.retries} retr${latest.call.retries === 1 ? 'y' : 'ies'}` : '';
  return {
    points: explained(
      points,
      'percentage points',
      'A(every call answers in time) − A',
      { availabilityWithoutTimeouts: withoutTimeouts, availability, latestCall: label, latestCallLateShare: latest.late },
      {
        note:
          `Most often late: ${label}, past its ${timeout} ms timeout${retries} for ` +
          `${(latest.late * 100).toPrecision(2)} % of the requests that make it` +
          (latest.call.callsPerRequest > 1 ? ` (all ${latest.call.callsPerRequest} calls must answer in time)` : '') +
          ', its callee up.',
      },
    ),
    failurePoints: explained(Math.max(0, 1 - withoutTimeouts) * 100, 'percentage points', '(1 − A(every call answers in time)) × 100', {
      availabilityWithoutTimeouts: withoutTimeouts,
    }),
    latestCall: latest.call.id,
  };
}
