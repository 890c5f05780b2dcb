// "Why?" for a call's network cost: the round trip of the tier between the two ends' placements, read
// from the playbook's latency table, with the placements that decided the tier and, once the analysis
// has run, whether a flow's critical path actually pays it. Pure: the chip and the inspector render it.
import { NETWORK_LATENCIES } from '@napkin/catalog';
import type { Placement } from '@napkin/catalog';
import type { Explained } from '@napkin/analysis';
import type { CallFigures } from '../../analysis/figureIndex';
import type { CallTier } from './callAnnotations';

export const NETWORK_FORMULA = 'network RTT = latency table[tier(placement of caller, placement of callee)]';

/** A zone's display name by id (the board's name, else its level's label). */
export type ZoneName = (zoneId: string) => string | undefined;

/** "API in AZ a, Region 1"; "DB (in no zone)" when neither level is known. */
export function describeEnd(componentName: string, placement: Placement, zoneName: ZoneName): string {
  const levels = [placement.zone, placement.region]
    .filter((id): id is string => id !== undefined)
    .map((id) => zoneName(id) ?? id);
  return levels.length > 0 ? `${componentName} in ${levels.join(', ')}` : `${componentName} (in no zone)`;
}

export interface CallEnds {
  /** Each end described by `describeEnd`. */
  readonly from: string;
  readonly to: string;
}

/**
 * What the analysis says about the call: `undefined` while there is no result (analysis off or
 * pending), `null` when it ran and no flow's critical path goes through the call.
 */
export type Charged = CallFigures | null | undefined;

export function networkFigure(tier: CallTier, ends: CallEnds, charged: Charged): Explained {
  const source = NETWORK_LATENCIES[tier.tier].rtt.source;
  const notes = [`§ ${source.section}${source.note ? `: ${source.note}` : ''}`];
  const paths = charged?.hops ?? [];
  if (paths.length > 0) {
    const flows = [...new Set(paths.map((entry) => entry.flowName))].join(', ');
    notes.push(`The analysis adds ${charged?.networkMs ?? tier.rttMs} ms for it on the critical path of ${flows}.`);
  } else if (charged !== undefined) {
    notes.push('No flow’s critical path goes through this call, so no flow’s p99 includes it.');
  }
  return {
    value: tier.rttMs,
    unit: 'ms',
    formula: NETWORK_FORMULA,
    inputs: { from: ends.from, to: ends.to, tier: tier.tier, 'latency table (ms)': tier.rttMs },
    note: notes.join(' '),
  };
}
