// Lookups the canvas needs on every render: a component's figures and a call's hops by id, built once
// per analysis result so a node's badge is a map read, not a scan of every flow.
import type { AnalysisResult, ComponentResult, Finding, Hop } from '@napkin/analysis';

/** What the analysis says about one call: the hops it carries on each flow's critical paths (reads', writes'). */
export interface CallFigures {
  readonly hops: readonly { readonly flow: string; readonly flowName: string; readonly hop: Hop }[];
  /** Network latency of the hop (0 when the call is on no flow's critical path). */
  readonly networkMs: number;
  readonly findings: readonly Finding[];
}

export interface FigureIndex {
  readonly components: ReadonlyMap<string, ComponentResult>;
  readonly calls: ReadonlyMap<string, CallFigures>;
  readonly findingsByComponent: ReadonlyMap<string, readonly Finding[]>;
}

export const EMPTY_INDEX: FigureIndex = { components: new Map(), calls: new Map(), findingsByComponent: new Map() };

export function indexFigures(result: AnalysisResult | null): FigureIndex {
  if (!result) return EMPTY_INDEX;
  const components = new Map(result.components.map((component) => [component.id as string, component]));
  const hops = new Map<string, { flow: string; flowName: string; hop: Hop }[]>();
  for (const flow of result.flows) {
    // Every class's critical path: a call only writes take (a write-only store) is on the write path.
    const seen = new Set<string>();
    for (const path of flow.latency.criticalPaths) {
      for (const hop of path.hops) {
        if (hop.via === null || seen.has(hop.via)) continue;
        seen.add(hop.via);
        const list = hops.get(hop.via) ?? [];
        list.push({ flow: flow.entry, flowName: flow.name, hop });
        hops.set(hop.via, list);
      }
    }
  }
  const callFindings = new Map<string, Finding[]>();
  const findingsByComponent = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    for (const call of finding.calls) pushTo(callFindings, call, finding);
    for (const component of finding.components) pushTo(findingsByComponent, component, finding);
  }
  const calls = new Map<string, CallFigures>();
  for (const id of new Set([...hops.keys(), ...callFindings.keys()])) {
    const onPaths = hops.get(id) ?? [];
    calls.set(id, {
      hops: onPaths,
      networkMs: Math.max(0, ...onPaths.map((entry) => entry.hop.networkMs)),
      findings: callFindings.get(id) ?? [],
    });
  }
  return { components, calls, findingsByComponent };
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
