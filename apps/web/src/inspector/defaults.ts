// What each field falls back to when the board leaves it unset, and where that number comes from, as
// the engine reports it: the analysis result's resolved inputs name each default and its citation (the
// catalog's kind default or the engine's own), so the inspector shows exactly what the numbers used and
// keeps no copy of its own. Until the first result arrives (or with analysis off) no default is shown.
import type { AnalysisResult, ResolvedInput } from '@napkin/analysis';
import { describeFact } from '@napkin/catalog';
import type { KindSpec, Source, Traits } from '@napkin/catalog';
import { useMemo } from 'react';
import { useAnalysis } from '../analysis/context';

/** A text named relative to the playbook texts (a seed file, or the design note beside them), its section, and the fact. */
export type DefaultSource = Source;

export interface FieldDefault {
  readonly value: number | boolean | string;
  readonly source: DefaultSource;
}

type Inputs = Readonly<Record<string, ResolvedInput<unknown> | undefined>>;

/** The default of each field of each component, entry point, call and zone the engine resolved, by id. */
export interface Defaults {
  component(id: string, key: string): FieldDefault | undefined;
  entry(id: string, key: string): FieldDefault | undefined;
  call(id: string, key: string): FieldDefault | undefined;
  zone(id: string, key: string): FieldDefault | undefined;
}

export function defaultsOf(result: AnalysisResult | null): Defaults {
  const byId = (entries: readonly { readonly id: string; readonly inputs: object | null }[] | undefined) =>
    new Map((entries ?? []).map((entry) => [entry.id, entry.inputs as Inputs | null]));
  const components = byId(result?.components);
  const entries = byId(result?.components.map((component) => ({ id: component.id, inputs: component.entryInputs })));
  const calls = byId(result?.calls);
  const zones = byId(result?.zones);
  const citations = result?.citations ?? {};
  const lookup = (inputs: Inputs | null | undefined, key: string): FieldDefault | undefined => {
    const fallback = inputs?.[key]?.default;
    // A null default is "nothing stands in" (no timeout): there is no value to show.
    if (!fallback || fallback.value === null) return undefined;
    const source = citations[fallback.citation];
    return source && { value: fallback.value as FieldDefault['value'], source };
  };
  return {
    component: (id, key) => lookup(components.get(id), key),
    entry: (id, key) => lookup(entries.get(id), key),
    call: (id, key) => lookup(calls.get(id), key),
    zone: (id, key) => lookup(zones.get(id), key),
  };
}

/** The defaults of the latest analysis, rebuilt only when a new result arrives. */
export function useDefaults(): Defaults {
  const { result } = useAnalysis();
  return useMemo(() => defaultsOf(result), [result]);
}

type TraitKey = 'hitRatio' | 'ttlSeconds' | 'readReplicas' | 'partitions' | 'consumers' | 'hasDeadLetterQueue' | 'recordBytes' | 'replicationFactor';
const TRAIT_KEYS: readonly TraitKey[] = ['hitRatio', 'ttlSeconds', 'readReplicas', 'partitions', 'consumers', 'hasDeadLetterQueue', 'recordBytes', 'replicationFactor'];

/** Traits this kind carries: only those are worth editing (the engine ignores the rest). */
export function traitsOf(kind: KindSpec | undefined): ReadonlySet<string> {
  const traits: Traits = kind?.traits ?? {};
  return new Set(TRAIT_KEYS.filter((key) => traits[key] !== undefined));
}

/** One line per part, for a tooltip: "002_….txt — 5.4 Availability in Numbers\n99.95% — the app tier …\nnote". */
export function describeSource(source: DefaultSource): string {
  return [`${source.seed} — ${source.section}`, source.fact ? describeFact(source.fact) : null, source.note ?? null]
    .filter((line): line is string => line !== null)
    .join('\n');
}
