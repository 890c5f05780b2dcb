// The flow's p99 as the terms that produce it, read off the same composition the figure comes from:
// the classes' mixture, each component's own time in series with its steps, a parallel group's max,
// a fan-out's slowest of N, a fraction's mixture, an alternative group's one branch. Every figure is
// the p99 of that part's distribution as the composer built it, so the tree and the headline agree.
import type { Explained } from '../explain/explained';
import { explained } from '../explain/explained';
import type { Term, TermRule } from '../explain/terms';
import { MAX_TERMS } from '../explain/terms';
import type { LatencyComposer, Step } from '../latency/compose';
import type { Histogram } from '../latency/distribution';
import { percentile } from '../latency/distribution';
import type { Grid } from '../latency/grid';
import type { ComponentId, Graph, ResolvedCall, ResolvedEntry, TrafficClass } from '../model/graph';
import type { ComponentState } from './components';
import type { ReachLookup } from './reach';

export interface LatencyTermContext {
  readonly graph: Graph;
  readonly grid: Grid;
  readonly states: ReadonlyMap<ComponentId, ComponentState>;
  readonly composer: LatencyComposer;
  readonly reach: ReachLookup;
}

const EVERY_REQUEST = explained(1, 'probability', 'every request of the flow', {});

/**
 * Figures that are the same in every flow (a component's own time, a call's network and p99 per
 * class), built once per analysis and shared by every flow's tree: an analysis keeps its result alive
 * while it runs, and each object it holds is copied by every garbage collection on the way.
 */
const ownTimes = new WeakMap<ComponentState, Explained>();
const networks = new WeakMap<ResolvedCall, Explained>();
const callFigures = new WeakMap<ResolvedCall, { read?: Explained; write?: Explained }>();

function ownTime(state: ComponentState): Explained {
  let known = ownTimes.get(state);
  if (known === undefined) {
    known = explained(state.ownP99, 'ms', 'p99 of log-normal(p50, p99) ⊕ M/M/c wait', {
      p50Ms: state.component.p50Ms,
      p99Ms: state.component.p99Ms,
    });
    ownTimes.set(state, known);
  }
  return known;
}

function network(call: ResolvedCall): Explained {
  let known = networks.get(call);
  if (known === undefined) {
    known = explained(call.networkMs, 'ms', 'round trip of the network tier (latency table)', { tier: call.networkTier });
    networks.set(call, known);
  }
  return known;
}

class Builder {
  private count = 0;
  constructor(private readonly ctx: LatencyTermContext) {}

  private p99(histogram: Histogram, formula: string, inputs: Record<string, number | string>): Explained {
    return explained(this.ctx.composer.p99(histogram), 'ms', formula, inputs);
  }

  private term(
    label: string,
    rule: TermRule,
    figure: Explained,
    share: Explained,
    component: string | null,
    call: string | null,
    /** Null for a leaf; otherwise built after this term is counted, so the cap counts in visiting order. */
    children: (() => Term[]) | null,
  ): Term {
    this.count += 1;
    const grow = this.count < MAX_TERMS;
    return {
      label,
      rule,
      component,
      zone: null,
      call,
      figure: grow ? figure : { ...figure, note: `not expanded: the tree lists at most ${MAX_TERMS} terms` },
      share,
      cost: null,
      children: grow && children !== null ? children() : [],
    };
  }

  private shareOf(id: ComponentId): Explained {
    return this.ctx.reach.get(id)?.share ?? EVERY_REQUEST;
  }

  /** A component's own time, then its steps, in series. */
  private body(id: ComponentId, cls: TrafficClass): Term[] {
    const state = this.ctx.states.get(id);
    const out: Term[] = [];
    if (state && state.component.entry === undefined) {
      out.push(
        this.term(`${state.component.name}: own time`, 'own-time', ownTime(state), this.shareOf(id), id, null, null),
      );
    }
    for (const step of this.ctx.composer.steps(id, cls)) out.push(this.step(step, cls));
    return out;
  }

  private step(step: Step, cls: TrafficClass): Term {
    const [only] = step.calls;
    if (step.calls.length === 1 && only) return this.call(only, cls);
    const alternatives = step.calls.every((call) => call.branch !== undefined && call.branch.group === only?.branch?.group);
    const rule: TermRule = alternatives ? 'alternatives' : 'parallel-max';
    const label = alternatives ? `one of ${step.calls.length} alternatives` : `${step.calls.length} calls in parallel`;
    const formula = alternatives ? 'p99 of the mixture of the branches by their routed shares' : 'p99 of the max of the calls';
    const from = only?.from ?? '';
    const children = () => step.calls.map((call) => this.call(call, cls));
    return this.term(label, rule, this.p99(step.histogram, formula, { calls: step.calls.length }), this.shareOf(from as ComponentId), from, null, children);
  }

  /** The call's p99 for the class, the same in every flow (see `callFigures`). */
  private callFigure(call: ResolvedCall, cls: TrafficClass, rule: TermRule, share: number): Explained {
    let known = callFigures.get(call);
    if (known === undefined) {
      known = {};
      callFigures.set(call, known);
    }
    const figure = known[cls];
    if (figure !== undefined) return figure;
    const made = this.buildCallFigure(call, cls, rule, share);
    known[cls] = made;
    return made;
  }

  private buildCallFigure(call: ResolvedCall, cls: TrafficClass, rule: TermRule, share: number): Explained {
    const { composer } = this.ctx;
    const formula =
      rule === 'mixture'
        ? "p99 of the mixture: the call for the share of the caller's requests that make it, nothing for the rest"
        : rule === 'fan-out'
          ? 'p99 of the slowest of N calls (CDF^N), each network ⊕ the callee'
          : 'p99 of network ⊕ the callee (its own time and its calls), timeouts and retries applied';
    const inputs = {
      networkMs: call.networkMs,
      callsPerRequest: call.callsPerRequest,
      shareOfCallerRequests: share,
      timeoutMs: call.timeoutMs ?? 'none',
      retries: call.retries,
    };
    return this.p99(composer.callLatency(call, cls), formula, inputs);
  }

  private call(call: ResolvedCall, cls: TrafficClass): Term {
    const { composer, graph } = this.ctx;
    const name = graph.byId.get(call.to)?.name ?? call.to;
    const share = composer.shareCalled(call, cls);
    const rule: TermRule = call.branch !== undefined ? 'alternatives' : share < 1 ? 'mixture' : call.callsPerRequest > 1 ? 'fan-out' : 'series';
    const figure = this.callFigure(call, cls, rule, share);
    return this.term(name, rule, figure, this.shareOf(call.to), call.to, call.id, () => [
      this.term(`network to ${name}`, 'network', network(call), this.shareOf(call.to), call.to, call.id, null),
      // A producer waits for the broker's acknowledgement only (its own time), not for its consumers.
      ...(call.waitsForAck ? this.body(call.to, cls).slice(0, 1) : this.body(call.to, cls)),
    ]);
  }

  classTerm(entryId: ComponentId, cls: TrafficClass, weight: number, label: string): Term {
    const histogram = this.ctx.composer.subtree(entryId, cls);
    const share = explained(weight, 'probability', "the entry's share of requests of this class", { trafficClass: cls });
    const figure = this.p99(histogram, "p99 of the class's call tree, its steps in series", { trafficClass: cls });
    return this.term(label, 'series', figure, share, entryId, null, () => this.body(entryId, cls));
  }
}

/** The term tree of a flow's p99 (`flowP99` is the headline's figure, the root's value). */
export function latencyTerms(
  ctx: LatencyTermContext,
  entryId: ComponentId,
  entry: ResolvedEntry,
  flowHistogram: Histogram,
): Term {
  const builder = new Builder(ctx);
  const name = ctx.graph.byId.get(entryId)?.name ?? entryId;
  const both = entry.readFraction > 0 && entry.readFraction < 1 && ctx.composer.classSensitive(entryId);
  if (!both) {
    const cls: TrafficClass = entry.readFraction > 0 ? 'read' : 'write';
    return builder.classTerm(entryId, cls, 1, `${name}: all requests`);
  }
  const p99 = percentile(ctx.grid, flowHistogram, 0.99);
  return {
    label: `${name}: reads and writes`,
    rule: 'mixture',
    component: entryId,
    zone: null,
    call: null,
    figure: explained(p99, 'ms', 'p99 of the mixture of the reads\' and the writes\' latency by the read/write mix (not an average of their p99s)', {
      readFraction: entry.readFraction,
    }),
    share: EVERY_REQUEST,
    cost: null,
    children: [
      builder.classTerm(entryId, 'read', entry.readFraction, 'reads'),
      builder.classTerm(entryId, 'write', 1 - entry.readFraction, 'writes'),
    ],
  };
}
