// The analysis as React state, shared by the panel, the node badges and the popovers. The provider
// turns each board snapshot into the board JSON and hands it to a worker (latest wins, one in flight);
// every peer runs the same deterministic engine on the same shared document, so all see the same numbers.
import type { AnalysisResult, ComponentResult, Finding } from '@napkin/analysis';
import type { BoardSnapshot } from '@napkin/doc';
import { toBoardFile } from '@napkin/doc';
import { createContext, createElement, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import analysisWorkerUrl from 'virtual:analysis-worker';
import type { AnalysisClient, AnalysisState } from './analysisClient';
import { createAnalysisClient } from './analysisClient';
import type { CallFigures, FigureIndex } from './figureIndex';
import { EMPTY_INDEX, indexFigures } from './figureIndex';
import type { WhatIfMark } from '../whatif/marks';
import { markOf } from '../whatif/marks';
import type { AnalysisPort } from './protocol';
import type { LeftOut } from './leftOut';
import { leftOut, NOTHING_LEFT_OUT } from './leftOut';

export type { CallFigures } from './figureIndex';

interface AnalysisContextValue extends AnalysisState {
  readonly enabled: boolean;
  readonly index: FigureIndex;
  /** What-if marks by component id, from the snapshot (they show even with analysis off). */
  readonly marks: ReadonlyMap<string, WhatIfMark>;
  /** What the numbers leave out: the document's skipped entries and ignored fields, and the engine's (analysis/leftOut.ts). */
  readonly leftOut: LeftOut;
}

const EMPTY: AnalysisContextValue = { enabled: false, result: null, errors: [], index: EMPTY_INDEX, marks: new Map(), leftOut: NOTHING_LEFT_OUT };
const AnalysisContext = createContext<AnalysisContextValue>(EMPTY);

/** The real worker: `analysis.worker.ts`, an entry of the app's build sharing its chunks (build/workerEntry.ts). */
export function createAnalysisWorker(): AnalysisPort {
  return new Worker(analysisWorkerUrl, { type: 'module' }) as unknown as AnalysisPort;
}

export interface AnalysisProviderProps {
  readonly snapshot: BoardSnapshot;
  /** False turns analysis off entirely (the `?analysis=off` URL flag, used by the frame-time benchmark). */
  readonly enabled?: boolean;
  readonly createPort?: () => AnalysisPort;
  readonly children?: ReactNode;
}

export function AnalysisProvider({ snapshot, enabled = true, createPort = createAnalysisWorker, children }: AnalysisProviderProps) {
  const [state, setState] = useState<AnalysisState>({ result: null, errors: [] });
  const clientRef = useRef<AnalysisClient | null>(null);

  useEffect(() => {
    if (!enabled) return undefined;
    const client = createAnalysisClient(createPort(), setState);
    clientRef.current = client;
    return () => {
      clientRef.current = null;
      client.close();
    };
  }, [enabled, createPort]);

  // A new snapshot object means the document changed (drags in flight live in presence, not here).
  useEffect(() => {
    clientRef.current?.submit(toBoardFile(snapshot));
  }, [snapshot, enabled, createPort]);

  const marks = useMemo(() => marksById(snapshot), [snapshot]);
  const index = useMemo(() => indexFigures(enabled ? state.result : null), [enabled, state.result]);
  const errors = enabled ? state.errors : EMPTY.errors;
  const skipped = useMemo(() => leftOut(snapshot, errors), [snapshot, errors]);
  const value = useMemo<AnalysisContextValue>(
    () => (enabled ? { enabled, ...state, index, marks, leftOut: skipped } : { ...EMPTY, marks, leftOut: skipped }),
    [enabled, state, index, marks, skipped],
  );
  return createElement(AnalysisContext.Provider, { value }, children);
}

export function useAnalysis(): { result: AnalysisResult | null; errors: readonly string[]; enabled: boolean } {
  const { result, errors, enabled } = useContext(AnalysisContext);
  return { result, errors, enabled };
}

/** Everything the numbers leave out, for the banner over the canvas. */
export function useLeftOut(): LeftOut {
  return useContext(AnalysisContext).leftOut;
}

/** Why this component, or a field of it, is left out of the numbers (analysis/leftOut.ts); undefined when all of it is counted. */
export function useSkipReason(componentId: string): string | undefined {
  return useContext(AnalysisContext).leftOut.components.get(componentId);
}

export function useComponentFigures(componentId: string): ComponentResult | undefined {
  return useContext(AnalysisContext).index.components.get(componentId);
}

export function useCallFigures(callId: string): CallFigures | undefined {
  return useContext(AnalysisContext).index.calls.get(callId);
}

export function useComponentFindings(componentId: string): readonly Finding[] {
  return useContext(AnalysisContext).index.findingsByComponent.get(componentId) ?? NO_FINDINGS;
}

export function useWhatIfMark(componentId: string): WhatIfMark | undefined {
  return useContext(AnalysisContext).marks.get(componentId);
}

const NO_FINDINGS: readonly Finding[] = [];

function marksById(snapshot: BoardSnapshot): ReadonlyMap<string, WhatIfMark> {
  const marks = new Map<string, WhatIfMark>();
  for (const component of snapshot.components) {
    const mark = markOf(component);
    if (mark) marks.set(component.id, mark);
  }
  return marks;
}

/** `?analysis=off` turns the analysis off (the frame-time benchmark's baseline). */
export function analysisEnabledIn(search: string): boolean {
  return new URLSearchParams(search).get('analysis') !== 'off';
}
