// The flow's availability as the terms that produce it: the read/write mixture of its classes, each
// class needing every part it reaches in series, each part its own P(up) (k of n when it has several
// copies) or a zone that fails everything inside it at once. Each part's cost is A(it never fails) − A,
// the exact evaluation's gain (the same figure the weakest link is chosen by), so parts shared by
// several paths, or correlated through a zone, are counted once and the costs are not a product.
import type { Explained } from '../explain/explained';
import { explained } from '../explain/explained';
import type { Term } from '../explain/terms';
import type { ComponentId, Graph, TrafficClass, ZoneId } from '../model/graph';
import type { UpModel } from './component-up';
import type { FlowAvailabilityResult } from './exact';

export interface AvailabilityTermContext {
  readonly graph: Graph;
  readonly up: (id: ComponentId) => Explained | undefined;
  readonly model: (id: ComponentId) => UpModel | undefined;
  readonly reach: (id: ComponentId) => Explained | undefined;
}

export interface ClassAvailability {
  readonly cls: TrafficClass;
  readonly weight: number;
  readonly result: FlowAvailabilityResult;
}

const EVERY_REQUEST = explained(1, 'probability', 'every request of the flow', {});

const COST_FORMULA = 'A(it never fails) − A, in percentage points of the class (exact evaluation, shared parts counted once)';

function percent(value: number, formula: string, inputs: Record<string, number | string>, note?: string): Explained {
  return explained(value * 100, '%', formula, inputs, note === undefined ? undefined : { note });
}

/** Gains under this are rounding: the part costs nothing worth listing. */
const NEGLIGIBLE = 1e-15;

const NEVER_FAILS = percent(1, 'not a server: never fails on its own', {});

/**
 * A component's P(up) in percent, built once per analysis and shared by every flow's tree that lists
 * it: an analysis keeps its result alive while it runs, and every object it holds is copied by each
 * garbage collection on the way.
 */
const upPercents = new WeakMap<Explained, Explained>();

function upPercent(up: Explained): Explained {
  let known = upPercents.get(up);
  if (known === undefined) {
    known = percent(up.value, up.formula, up.inputs, up.note);
    upPercents.set(up, known);
  }
  return known;
}

/** `gain` null: a part listed inside a zone, whose cost is the zone's (no cost of its own). */
function componentTerm(ctx: AvailabilityTermContext, id: ComponentId, gain: number | null): Term {
  const component = ctx.graph.byId.get(id);
  const up = ctx.up(id);
  const model = ctx.model(id);
  const copies = model === undefined ? 1 : Math.max(model.dataCopies, model.instances + model.readReplicas);
  const figure = up ? upPercent(up) : NEVER_FAILS;
  return {
    label: component?.name ?? id,
    rule: copies > 1 ? 'k-of-n' : 'component',
    component: id,
    zone: null,
    call: null,
    figure,
    share: ctx.reach(id) ?? EVERY_REQUEST,
    cost: gain === null ? null : explained(gain * 100, 'percentage points', COST_FORMULA, { component: component?.name ?? id }),
    children: [],
  };
}

function zoneTerm(ctx: AvailabilityTermContext, zone: ZoneId, gain: number, needed: readonly ComponentId[]): Term {
  const resolved = ctx.graph.zones.get(zone);
  const inside = needed.filter((id) => ctx.graph.byId.get(id)?.failureZones.includes(zone) === true);
  return {
    label: resolved?.name ?? zone,
    rule: 'shared-zone',
    component: null,
    zone,
    call: null,
    figure: percent(resolved?.availability ?? 1, "the zone's availability: every instance inside it fails with it", {
      componentsInside: inside.length,
    }),
    share: EVERY_REQUEST,
    cost: explained(gain * 100, 'percentage points', COST_FORMULA, { zone: resolved?.name ?? zone }),
    children: inside.map((id) => componentTerm(ctx, id, null)),
  };
}

function classTerm(ctx: AvailabilityTermContext, part: ClassAvailability, label: string): Term {
  const { result } = part;
  // Components first, then zones, in their maps' order (the sort is stable); read with forEach, which
  // makes no [key, value] pair per entry (a large flow lists ~300 parts per class).
  const children: Term[] = [];
  result.gainIfPerfect.forEach((gain, id) => {
    if (gain > NEGLIGIBLE) children.push(componentTerm(ctx, id, gain));
  });
  if (result.zoneGainIfPerfect.size > 0) {
    const needed = [...result.gainIfPerfect.keys()];
    result.zoneGainIfPerfect.forEach((gain, zone) => {
      if (gain > NEGLIGIBLE) children.push(zoneTerm(ctx, zone, gain, needed));
    });
  }
  children.sort((a, b) => (b.cost?.value ?? 0) - (a.cost?.value ?? 0));
  const note =
    result.sharedVariables > 0
      ? `${result.sharedVariables} part(s) reached by more than one path or sharing a zone, ${result.method === 'exact' ? 'conditioned on: exact' : 'partly taken as independent'}`
      : undefined;
  return {
    label,
    rule: 'series',
    component: null,
    zone: null,
    call: null,
    figure: percent(result.value, 'P(every part this class needs is up, each weighed by the share of its requests that reach it)', {
      trafficClass: part.cls,
      parts: children.length,
    }, note),
    share: explained(part.weight, 'probability', "the entry's share of requests of this class", { trafficClass: part.cls }),
    cost: null,
    children,
  };
}

/** The term tree of a flow's availability (`value` is the headline's figure, the root's value). */
export function availabilityTerms(ctx: AvailabilityTermContext, entryName: string, parts: readonly ClassAvailability[], value: number): Term {
  const [only] = parts;
  if (parts.length === 1 && only) return classTerm(ctx, only, `${entryName}: all requests`);
  return {
    label: `${entryName}: reads and writes`,
    rule: 'mixture',
    component: null,
    zone: null,
    call: null,
    figure: percent(value, 'Σ over classes: class share × A(class)', Object.fromEntries(parts.map((part) => [`${part.cls}Share`, part.weight]))),
    share: EVERY_REQUEST,
    cost: null,
    children: parts.map((part) => classTerm(ctx, part, part.cls === 'read' ? 'reads' : 'writes')),
  };
}
