// The sentences the panel leads with, built from the engine's figures (pure, so they are unit-tested):
// where the system breaks first and how far load can grow before it does.
import type { AnalysisResult, ComponentResult } from '@napkin/analysis';
import { formatNumber } from '../why/format';

/** "the App tier breaks first, at 2.3× today's load" — or why nothing limits growth. */
export function bottleneckSentence(result: AnalysisResult): string {
  const { bottleneck } = result;
  if (bottleneck.component === null || bottleneck.headroom.capped) return 'No component carries load yet, so nothing limits growth.';
  const name = result.components.find((component) => component.id === bottleneck.component)?.name ?? bottleneck.component;
  const headroom = bottleneck.headroom.value;
  if (headroom < 1) {
    return `the ${name} tier is already past its capacity: it takes only ${formatNumber(headroom)}× today's load`;
  }
  return `the ${name} tier breaks first, at ${formatNumber(headroom)}× today's load`;
}

/** Utilisation bands the badges and the panel share: ≥ 70 % is hot, ≥ 100 % is saturated. */
export type LoadBand = 'ok' | 'hot' | 'saturated';

export function loadBand(utilisation: number): LoadBand {
  if (utilisation >= 1) return 'saturated';
  if (utilisation >= 0.7) return 'hot';
  return 'ok';
}

export function saturatedComponents(result: AnalysisResult): readonly ComponentResult[] {
  return result.components.filter((component) => component.saturated);
}
