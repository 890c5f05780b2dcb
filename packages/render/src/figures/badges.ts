// A component's badge figures as text, the same ones the board draws under its name: utilisation (with
// the linter's load rating for its colour), the p99 one visit adds, availability, and the largest share of
// a flow's p99 budget it takes; an entry point shows the load it offers instead.
import type { AnalysisResult, ComponentResult, Explained, FlowResult, LoadLevel } from '@napkin/analysis';
import { loadLevel, reachReasonAt, sharePercent } from '@napkin/analysis';
import { formatBudgetShare, formatFigure } from '../format';
import { latencyText } from './latency';
import { boundedIf } from './saturation';

export type ComponentBadges =
  | { readonly kind: 'entry'; readonly offered: string }
  | {
      readonly kind: 'server';
      readonly load: LoadLevel;
      /** 0–1, the bar's fill. */
      readonly utilisationFill: number;
      readonly utilisation: string;
      readonly p99: string;
      readonly availability: string;
      /** "12.8 % of budget", "over budget ×2.3"; null when the component is on no flow's critical path. */
      readonly budgetShare: string | null;
      /** "10 % of requests": the share of a flow's requests that reach it; null when every request does (or none). */
      readonly reach: string | null;
    };

/**
 * The utilisation as the badge prints it: whole percent, but never "100 %" below saturation (99.6 %
 * reads 99 %) and never "0 %" for a component that carries some load (< 1 %).
 */
export function utilisationText(utilisation: number): string {
  if (utilisation <= 0) return '0 %';
  if (utilisation < 0.01) return '< 1 %';
  if (utilisation < 1) return `${Math.min(99, Math.round(utilisation * 100))} %`;
  return `${Math.round(utilisation * 100)} %`;
}

/** Width of the bar's fill in percent: full at saturation, never negative. */
export function barWidth(utilisation: number): number {
  return Math.max(0, Math.min(100, utilisation * 100));
}

/** The largest share of a flow's p99 budget the component takes where it lies on a critical path (of reads or writes). */
export function budgetShareOf(result: AnalysisResult, componentId: string): Explained | null {
  let largest: Explained | null = null;
  for (const flow of result.flows) {
    for (const hop of flow.latency.criticalPaths.flatMap((path) => path.hops)) {
      const share = hop.budgetShare;
      if (hop.component === componentId && share !== null && (largest === null || share.value > largest.value)) largest = share;
    }
  }
  return largest;
}

/** Largest budget share per component, in one pass over every flow's critical path. */
export function budgetShares(result: AnalysisResult): ReadonlyMap<string, Explained> {
  const shares = new Map<string, Explained>();
  for (const flow of result.flows) {
    for (const hop of flow.latency.criticalPaths.flatMap((path) => path.hops)) {
      const known = shares.get(hop.component);
      const share = hop.budgetShare;
      if (share !== null && (known === undefined || share.value > known.value)) shares.set(hop.component, share);
    }
  }
  return shares;
}

/** Shares of at least this much are every request: nothing worth a badge. */
const EVERY_REQUEST = 0.9995;

/**
 * The share of requests reaching the component, for its badge: the largest over the flows that reach it,
 * its reason as the note ("10 % of requests reach API: CDN's 90 % hit ratio"); null when a flow sends it
 * every request, or none does.
 */
export function reachOf(result: AnalysisResult, componentId: string): Explained | null {
  let largest: { share: Explained; flow: FlowResult; index: number } | null = null;
  for (const flow of result.flows) {
    const index = flow.reach.findIndex((reach) => reach.component === componentId);
    const share = flow.reach[index]?.share;
    if (share !== undefined && (largest === null || share.value > largest.share.value)) largest = { share, flow, index };
  }
  if (largest === null || largest.share.value >= EVERY_REQUEST) return null;
  // The engine leaves the sentence to be worded when read (`reachReason`): only badges worded here.
  return { ...largest.share, note: reachReasonAt(largest.flow, largest.index) };
}

/** "10 % of requests", as the badge prints a reach. */
export function reachText(reach: Explained): string {
  return `${sharePercent(reach.value)} of requests`;
}

export function componentBadges(figures: ComponentResult, budgetShare: Explained | null, reach: Explained | null = null): ComponentBadges {
  if (figures.isEntry) return { kind: 'entry', offered: formatFigure(figures.traffic.totalRps) };
  const utilisation = figures.traffic.utilisation.value;
  const share = budgetShare && boundedIf(figures.saturated, budgetShare);
  return {
    kind: 'server',
    load: loadLevel(utilisation, figures.saturated),
    utilisationFill: barWidth(utilisation) / 100,
    utilisation: utilisationText(utilisation),
    p99: latencyText(figures.latency.p99Ms, figures.saturated, null),
    availability: formatFigure(figures.up),
    budgetShare: share ? formatBudgetShare(share) : null,
    reach: reach ? reachText(reach) : null,
  };
}
