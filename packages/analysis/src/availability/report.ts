// Availability as people read it: percent, nines, downtime per year and month, error budget.
import type { Explained } from '../explain/explained';
import { explained, explainedFlag } from '../explain/explained';
import { formatPercent } from '../present/format';

/** A Julian year, the SRE convention: 365.25 days. */
export const MINUTES_PER_YEAR = 365.25 * 24 * 60;
/** Error budgets are kept over a 30-day window (playbook § 5.4: "0.1% × 30 days ≈ 43 min/month"). */
export const MINUTES_PER_MONTH = 30 * 24 * 60;
export const MINUTES_PER_DAY = 24 * 60;

export interface AvailabilityFigures {
  readonly percent: Explained;
  readonly nines: Explained;
  readonly downtimeMinutesPerYear: Explained;
  readonly downtimeMinutesPerMonth: Explained;
  readonly objective: Explained;
  /** Share of the objective's monthly error budget this design spends (1 = all of it). */
  readonly errorBudgetUsed: Explained;
  readonly meetsObjective: boolean;
  /** Explanations of the plain fields above, under the same keys. */
  readonly why: { readonly meetsObjective: Explained };
}

/** Nines as a real number: 99.9 % → 3, 99.95 % → 3.3; capped at 12 for a perfect system. */
export function nines(availability: number): number {
  const unavailability = 1 - availability;
  return unavailability <= 1e-12 ? 12 : Math.max(0, -Math.log10(unavailability));
}

export function downtimeMinutes(availability: number, periodMinutes: number): number {
  return Math.max(0, 1 - availability) * periodMinutes;
}

/** How the headline availability was composed: the rule and its parts, so its "why?" is not itself. */
export interface AvailabilityComposition {
  readonly formula: string;
  readonly inputs: Record<string, number | string>;
}

/**
 * The flow's composition: one class, or the read/write mixture of the classes' availabilities, each
 * the probability that every part the class needs is up (k of n per component, each zone once).
 */
export function availabilityComposition(
  perClass: ReadonlyArray<{ readonly cls: 'read' | 'write'; readonly weight: number; readonly result: { readonly value: number } }>,
  method: string,
): AvailabilityComposition {
  const inputs: Record<string, number | string> = { method };
  for (const part of perClass) {
    inputs[`${part.cls}Share`] = part.weight;
    inputs[`${part.cls}Availability`] = part.result.value;
  }
  const formula =
    perClass.length > 1
      ? 'Σ over classes: class share × A(class); A(class) = P(every part the class needs is up), each part by its k of n, each zone once'
      : 'P(every part the request needs is up): each part by its k of n, each zone once';
  return { formula, inputs };
}

const PLAIN: AvailabilityComposition = { formula: 'P(every part the request needs is up)', inputs: {} };

export function availabilityFigures(availability: number, objective: number, composition: AvailabilityComposition = PLAIN): AvailabilityFigures {
  const a = Math.min(1, Math.max(0, availability));
  const budget = 1 - objective;
  const used = 1 - a;
  return {
    percent: explained(a * 100, '%', composition.formula, { ...composition.inputs, availability: a }),
    nines: explained(nines(a), 'nines', '−log10(1 − A)', { availability: a }),
    downtimeMinutesPerYear: explained(downtimeMinutes(a, MINUTES_PER_YEAR), 'min', '(1 − A) × 365.25 days', {
      availability: a,
    }),
    downtimeMinutesPerMonth: explained(downtimeMinutes(a, MINUTES_PER_MONTH), 'min', '(1 − A) × 30 days', {
      availability: a,
    }),
    objective: explained(objective * 100, '%', 'availability objective', { objective }),
    errorBudgetUsed:
      budget > 0
        ? explained(used / budget, 'ratio', '(1 − A) / (1 − objective)', { availability: a, objective })
        : explained(
            used > 0 ? 1e12 : 0,
            'ratio',
            '(1 − A) / (1 − objective)',
            { availability: a, objective },
            used > 0 ? { capped: true, note: 'a 100 % objective has no error budget' } : {},
          ),
    meetsObjective: a >= objective,
    why: { meetsObjective: explainedFlag(a >= objective, 'A ≥ objective', { availability: a, objective }) },
  };
}

/**
 * A percentage printed next to its objective, by the one formatter (present/format.ts). It rounds down,
 * so a value under an objective of at most four decimals never prints as the objective ("99.900 % is
 * under the 99.9 % objective" would read as a bug; 99.89991 prints "99.89 %").
 */
export function percentAgainst(value: number, _objective: number): string {
  return formatPercent(value);
}
