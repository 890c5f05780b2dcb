// The live figures under a component's name, from the analysis (each one opens its "why?"): a
// utilisation bar coloured by load, the p99 latency one visit adds, availability, and the share of
// the flow's p99 budget it takes ("saturated" instead of a number once its queue grows without bound).
// Entry points show the load they offer instead.
import type { ComponentResult, Explained } from '@napkin/analysis';
import { loadLevel } from '@napkin/analysis';
import { useMemo } from 'react';
import { useAnalysis } from '../../analysis/context';
import { LatencyFigure } from '../../analysis/LatencyFigure';
import { formatBudgetShare } from '../../why/format';
import { Why } from '../../why/Why';

export function ServerBadges({ figures }: { readonly figures: ComponentResult }) {
  const share = useBudgetShare(figures.id);
  const utilisation = figures.traffic.utilisation;
  // The bar's colour is the linter's rating: hot where `hot-component` fires, saturated where `saturated` does.
  const load = loadLevel(utilisation.value, figures.saturated);
  return (
    <div className="badges" data-load={load}>
      <Why figure={utilisation} label={`Utilisation of ${figures.name}`} testId="badge-utilisation" className="badge utilisation">
        <span className="bar" aria-hidden="true">
          <span className="fill" style={{ width: `${barWidth(utilisation.value)}%` }} />
        </span>
        <span className="value">{utilisationText(utilisation.value)}</span>
      </Why>
      <LatencyFigure
        figure={figures.latency.p99Ms}
        tier={figures.latency.saturated}
        nameTier={false}
        prefix="p99 "
        label={`p99 latency of one visit to ${figures.name}`}
        testId="badge-latency"
        className="badge"
      />
      <Why figure={figures.up} label={`Availability of ${figures.name}`} testId="badge-availability" className="badge" />
      {share && (
        <Why figure={share} label={`Share of the p99 budget ${figures.name} takes`} testId="badge-budget-share" className="badge">
          {formatBudgetShare(share)}
        </Why>
      )}
    </div>
  );
}

/**
 * The component's latency contribution: its share of the flow's p99 budget (own p99 plus the network
 * hop that reaches it) where it lies on a critical path; the largest share if on several flows.
 */
function useBudgetShare(componentId: string): Explained | null {
  const { result } = useAnalysis();
  return useMemo(() => {
    let largest: Explained | null = null;
    for (const flow of result?.flows ?? []) {
      for (const hop of flow.latency.criticalPath) {
        // A saturated hop has no share (its own time is unbounded): its p99 badge already says so.
        const share = hop.budgetShare;
        if (hop.component === componentId && share !== null && (largest === null || share.value > largest.value)) largest = share;
      }
    }
    return largest;
  }, [result, componentId]);
}

export function EntryBadges({ figures }: { readonly figures: ComponentResult }) {
  return (
    <div className="badges entry">
      <Why figure={figures.traffic.totalRps} label={`Load offered by ${figures.name}`} testId="badge-offered-load" className="badge" />
    </div>
  );
}

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
