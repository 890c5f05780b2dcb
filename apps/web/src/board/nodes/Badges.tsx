// The live figures under a component's name, from the analysis (each one opens its "why?"): a
// utilisation bar coloured by load, the p99 latency one visit adds, availability, and the share of
// the flow's p99 budget it takes ("saturated" instead of a number once its queue grows without bound).
// Entry points show the load they offer instead. The figures' words and the share chosen are the
// renderer's pure functions (@napkin/render figures/badges.ts), so an export prints what the board shows.
import type { ComponentResult, Explained } from '@napkin/analysis';
import { loadLevel } from '@napkin/analysis';
import { barWidth, budgetShareOf, utilisationText } from '@napkin/render';
import { useMemo } from 'react';
import { useAnalysis } from '../../analysis/context';
import { LatencyFigure } from '../../analysis/LatencyFigure';
import { formatBudgetShare } from '../../why/format';
import { Why } from '../../why/Why';
import { ReachBadge } from './ReachBadge';

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
      <ReachBadge componentId={figures.id} name={figures.name} />
    </div>
  );
}

/**
 * The component's latency contribution: its share of the flow's p99 budget (own p99 plus the network
 * hop that reaches it) where it lies on a critical path; the largest share if on several flows. A
 * saturated hop has no share (its own time is unbounded): its p99 badge already says so.
 */
function useBudgetShare(componentId: string): Explained | null {
  const { result } = useAnalysis();
  return useMemo(() => (result ? budgetShareOf(result, componentId) : null), [result, componentId]);
}

export function EntryBadges({ figures }: { readonly figures: ComponentResult }) {
  return (
    <div className="badges entry">
      <Why figure={figures.traffic.totalRps} label={`Load offered by ${figures.name}`} testId="badge-offered-load" className="badge" />
    </div>
  );
}
