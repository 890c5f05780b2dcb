// What a person reads off an analysis, keyed by the names they see rather than by ids (an inserted copy has
// fresh ids, and the board's order follows them): each flow's latency, availability and verdicts, each
// component's load and availability, and the findings with the components they name. Two boards with the
// same figures here analyse the same for anyone looking at them.
import { analyze, createEngine } from '@napkin/analysis';
import type { AnalysisResult } from '@napkin/analysis';
import type { BoardFile } from '@napkin/fields';

const engine = createEngine();

export interface NamedFigures {
  readonly flows: Record<string, unknown>;
  readonly components: Record<string, unknown>;
  readonly findings: readonly string[];
}

export function figuresByName(file: BoardFile, only?: ReadonlySet<string>): NamedFigures {
  return namedFigures(analyze(file, engine), only);
}

/** `only`: the names to keep (the imported part of a board that holds more). */
export function namedFigures(result: AnalysisResult, only?: ReadonlySet<string>): NamedFigures {
  const kept = (name: string) => only === undefined || only.has(name);
  const nameOf = new Map(result.components.map((component) => [component.id as string, component.name]));
  const flows: Record<string, unknown> = {};
  for (const flow of result.flows) {
    if (!kept(flow.name)) continue;
    flows[flow.name] = {
      p50: flow.latency.p50Ms?.value ?? null,
      p99: flow.latency.p99Ms?.value ?? null,
      withinBudget: flow.latency.withinBudget,
      availability: flow.availability.percent.value,
      meetsObjective: flow.availability.meetsObjective,
      method: flow.availability.method,
      criticalPath: flow.latency.criticalPath.map((hop) => hop.name),
    };
  }
  const components: Record<string, unknown> = {};
  for (const component of result.components) {
    if (!kept(component.name)) continue;
    components[component.name] = {
      kind: component.kind,
      load: component.traffic.totalRps.value,
      utilisation: component.traffic.utilisation.value,
      up: component.up.value,
      saturated: component.saturated,
    };
  }
  const findings = result.findings
    .map((finding) => ({ id: finding.id, names: finding.components.map((id) => nameOf.get(id) ?? '?') }))
    .filter(({ names }) => names.length === 0 || names.some(kept))
    .map(({ id, names }) => `${id}: ${[...names].sort().join(', ')}`)
    .sort();
  return { flows, components, findings };
}
