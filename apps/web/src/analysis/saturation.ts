// Latency past saturation. A tier at ρ ≥ 1 that does not shed load has a queue that grows without
// bound, so the engine gives no number for latency that waits on it: the percentile is null and the
// result names the tier (`latency.saturated`). The board says "saturated (DB)" where the number would
// be, and its "why?" opens the tier's utilisation. A figure the engine flags as only its cap keeps its
// number and reads "≥" (formatFigure).
import type { Explained, SaturatedTier } from '@napkin/analysis';

export const SATURATED_NOTE =
  'ρ ≥ 1 and it does not shed load: arrivals exceed what it can serve, so its queue grows without bound ' +
  'and latency that waits on it has no finite value.';

/** What stands in for an unbounded latency: "saturated", with the tier's name where it is not obvious. */
export function saturatedText(tier: SaturatedTier | null, withName = true): string {
  return withName && tier ? `saturated (${tier.name})` : 'saturated';
}

/** The "why?" of an unbounded latency: the saturated tier's utilisation, with a note saying what it means. */
export function saturatedWhy(tier: SaturatedTier): Explained {
  const { utilisation } = tier;
  return { ...utilisation, note: utilisation.note ? `${utilisation.note} ${SATURATED_NOTE}` : SATURATED_NOTE };
}
