// A flow whose shedding tiers a request reaches more than once is the mixture of their cases
// (shedding-arrivals.ts): one evaluation per combination of the tiers' cases, and per tier the
// combinations with it perfect for its gain.
import type { ComponentId } from '../model/graph';
import type { AvailabilityInputs } from './flow-inputs';
import type { Evaluation, ExactLimits } from './evaluation';
import { certainSharedGains, evaluate } from './evaluation';
import type { Gains } from './gains';
import type { SheddingPlan, TierCase } from './shedding-arrivals';
import { combinations, withCombination } from './shedding-arrivals';
import { plainCases } from './plain-cases';
import type { Structure } from './structure';

/**
 * The flow's figure as the mixture of its shedding tiers' cases (shedding-arrivals.ts): each case one
 * evaluation, its gains weighted alike; a tier's own gain is the mixture with it perfect (up, admitting
 * every arrival) less the figure. Conditioning and method are the first case's (they are alike in all).
 */
export function perArrival(inputs: AvailabilityInputs, s: Structure, entry: ComponentId, limits: ExactLimits, plan: SheddingPlan): Evaluation {
  const all = combinations(plan);
  const shared = plainCases(inputs, s, entry, limits, plan);
  // Per case: its evaluation with gains (the combinations) or without (a tier perfect: only its total is read).
  const seen = new Map<string, { evaluation: Evaluation; gains: boolean }>();
  const evaluateCase = (picks: readonly TierCase[], withGains: boolean): Evaluation => {
    if (shared) {
      const evaluation = shared.evaluate(picks, withGains);
      if (!withGains || !evaluation.conditioning.exact) return evaluation;
      const variant = withCombination(inputs, s, plan, picks);
      certainSharedGains(variant.inputs, variant.s, entry, limits, evaluation);
      return evaluation;
    }
    const variant = withCombination(inputs, s, plan, picks);
    const evaluation = evaluate(variant.inputs, variant.s, entry, limits, {});
    if (withGains) certainSharedGains(variant.inputs, variant.s, entry, limits, evaluation);
    return evaluation;
  };
  const run = (picks: readonly TierCase[], withGains = true): Evaluation => {
    const key = picks.map((pick) => `${pick.up}:${pick.alpha}:${pick.served?.join(',') ?? ''}`).join('|');
    let known = seen.get(key);
    if (!known || (withGains && !known.gains)) {
      known = { evaluation: evaluateCase(picks, withGains), gains: withGains };
      seen.set(key, known);
    }
    return known.evaluation;
  };
  let total = 0;
  const gains: Gains = { components: new Map(), zones: new Map() };
  const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);
  for (const { picks, weight } of all) {
    const evaluation = run(picks);
    total += weight * evaluation.total;
    for (const [id, gain] of evaluation.gains.components) add(gains.components, id, weight * gain);
    for (const [zone, gain] of evaluation.gains.zones) add(gains.zones, zone, weight * gain);
  }
  plan.tiers.forEach((tier, t) => {
    let withPerfect = 0;
    for (const { picks, weight } of all) {
      withPerfect += weight * run(
        picks.map((pick, u) => (u === t ? tier.perfect : pick)),
        false,
      ).total;
    }
    gains.components.set(tier.id, withPerfect - total);
  });
  // A plan with no tier left (each past the budgets) is the plain evaluation, said to be a bound.
  const first = run((all[0] as { picks: readonly TierCase[] }).picks);
  return { ...first, total, gains };
}

