// Latency figures that may have no finite value: past saturation a tier that does not shed load makes
// its own time, and the percentiles of flows waiting on it, unbounded; the engine then gives null and names
// the tier. Exports print "unbounded (<tier> saturated)" there, and "≥" before a figure that is only a
// floor, as the board does.
import type { Explained } from '@napkin/analysis';
import { formatFigure } from '../format';
import { boundedIf } from './saturation';

/** The saturated tier a latency names, where the engine's result carries one. */
export function saturatedTierName(latency: object): string | null {
  const tier = (latency as { readonly saturated?: { readonly name?: unknown } | null }).saturated;
  return tier !== null && typeof tier === 'object' && typeof tier.name === 'string' ? tier.name : null;
}

export function unboundedText(tier: string | null): string {
  return tier === null ? 'unbounded' : `unbounded (${tier} saturated)`;
}

/** A latency figure as text: a floor flagged "≥" when `floor`, "unbounded" when there is no figure. */
export function latencyText(figure: Explained | null, floor: boolean, tier: string | null): string {
  return figure === null ? unboundedText(tier) : formatFigure(boundedIf(floor, figure));
}
