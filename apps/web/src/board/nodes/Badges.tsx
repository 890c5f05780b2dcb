// The live figures under a component's name, from the analysis (each one opens its "why?"): a
// utilisation bar coloured by load, the p99 latency one visit adds, availability, and the share of
// the flow's p99 budget it takes (lower bounds once it is saturated). Entry points show the load they offer instead.
import type { ComponentResult, Explained } from '@napkin/analysis';
import { loadLevel } from '@napkin/analysis';
import { useMemo } from 'react';
import { useAnalysis } from '../../analysis/context';
import { boundedIf } from '../../analysis/saturation';
import { formatFigure } from '../../why/format';
import { Why } from '../../why/Why';

export function ServerBadges({ figures }: { readonly figures: ComponentResult }) {
  const budgetShare = useBudgetShare(figures.id);
  const share = budgetShare && boundedIf(figures.saturated, budgetShare);
  const latency = boundedIf(figures.saturated, figures.latency.p99Ms);
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
      <Why figure={latency} label={`p99 latency of one visit to ${figures.name}`} testId="badge-latency" className="badge">
        p99 {formatFigure(latency)}
      </Why>
      <Why figure={figures.up} label={`Availability of ${figures.name}`} testId="badge-availability" className="badge" />
      {share && (
        <Why figure={share} label={`Share of the p99 budget ${figures.name} takes`} testId="badge-budget-share" className="badge">
          {formatFigure(share)} of budget
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
        if (hop.component === componentId && (largest === null || hop.budgetShare.value > largest.value)) largest = hop.budgetShare;
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
