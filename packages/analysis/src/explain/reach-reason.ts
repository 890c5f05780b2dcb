// Why a flow's requests reach a component in the share they do, in words: "10 % of requests reach API:
// CDN's 90 % hit ratio". Worded on demand from the flow's result (its `reachPasses` record each class's
// best caller and that call's thinning), not by every analysis: a large board reaches thousands of
// components, and the sentences were a sixth of the analysis while a reader opens a few. A pure function
// of plain data, so the board's main thread, a worker or the CLI can call it on any result.
import { sharePercent } from '../engine/reach';
import type { ReachPass } from '../engine/reach';
import type { FlowResult } from '../result';

/** Shares of at least this much are "every request" (rounding of fractions that multiply to 1). */
const EVERY = 0.9995;
/** A reason names the nearest few thinning steps; a deep chain's earlier ones are counted, not listed. */
const MAX_FACTORS = 4;

/**
 * The thinning along the path that brings the pass most of its traffic at `index`, entry first; '' when
 * none. Walked upwards from the component: the first MAX_FACTORS met are the nearest, the rest are counted.
 */
function pathText(pass: ReachPass, index: number): string {
  const nearest: string[] = [];
  let total = 0;
  // Best callers never loop (calls that close a cycle are left out of the graph); the bound is a guard.
  for (let at = index, steps = 0; at >= 0 && steps <= pass.via.length; at = pass.via[at] ?? -1, steps++) {
    const factors = pass.thinning[at] ?? [];
    total += factors.length;
    for (let i = factors.length - 1; i >= 0 && nearest.length < MAX_FACTORS; i--) nearest.push(factors[i] as string);
  }
  if (total === 0) return '';
  const listed = nearest.reverse().join(', ');
  const upstream = total - nearest.length;
  return upstream === 0 ? listed : `${listed} (and ${upstream} more upstream)`;
}

/** The reason for the flow's `reach[index]`. */
export function reachReasonAt(flow: Pick<FlowResult, 'reach' | 'reachPasses'>, index: number): string {
  const reached = flow.reach[index];
  if (reached === undefined) throw new RangeError(`the flow reaches ${flow.reach.length} components; no reach[${index}]`);
  const { name, share } = reached;
  if (share.value >= EVERY) return `every request reaches ${name}`;
  if (share.value <= 0) return `no request of this flow reaches ${name}`;
  // A pass's share at the component: its class's P(reach) in the figure's inputs (a pass serving both is "read").
  const p = (pass: ReachPass) => Number(share.inputs[pass.cls === 'read' ? 'readReach' : 'writeReach'] ?? 0);
  // Two passes: the inputs carry both classes' shares of the flow's requests.
  const weight = (pass: ReachPass) => Number(share.inputs[pass.cls === 'read' ? 'readShare' : 'writeShare'] ?? 0);
  const passes = flow.reachPasses;
  const reaching = passes.filter((pass) => p(pass) > 0);
  let because = '';
  const only = reaching[0];
  if (reaching.length === 1 && passes.length === 2 && only !== undefined)
    because = `${only.cls === 'read' ? 'reads' : 'writes'} only (${sharePercent(weight(only))} of requests)`;
  // Each class's thinning along the path that brings it the most; named by class when both reach it.
  for (const pass of reaching) {
    const along = pathText(pass, index);
    if (along === '') continue;
    const text = reaching.length > 1 ? `${along} (${pass.cls}s)` : along;
    because = because === '' ? text : `${because}, ${text}`;
  }
  if (because === '') because = 'the calls that reach it are made by some requests only';
  return `${sharePercent(share.value)} of requests reach ${name}: ${because}`;
}

/** The reason the flow's requests reach `component` in the share they do; undefined when the flow does not reach it. */
export function reachReason(flow: Pick<FlowResult, 'reach' | 'reachPasses'>, component: string): string | undefined {
  const index = flow.reach.findIndex((reached) => reached.component === component);
  return index < 0 ? undefined : reachReasonAt(flow, index);
}
