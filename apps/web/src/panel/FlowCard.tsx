// One entry flow in the panel: latency percentiles against the p99 budget with the per-hop bar, then
// availability (percent, nines, downtime) against the objective with the weakest link. Every number
// is a <Why> so its formula is one click away, and carries a stable test id for the browser tests.
import type { FlowResult } from '@napkin/analysis';
import { reachReason } from '@napkin/analysis';
import { LatencyFigure } from '../analysis/LatencyFigure';
import { formatBudgetShare, formatFigure } from '../why/format';
import { TermTree } from '../why/TermTree';
import { Why } from '../why/Why';
import { LatencyBar } from './LatencyBar';

/** Why an availability is not exact, in the words the engine's explanation uses (availability/exact.ts). */
const METHOD_NOTE: Record<'lower-bound' | 'estimate', string> = {
  'lower-bound': 'Too many shared parts to condition on them all: the rest are taken as independent, which can only under-estimate.',
  estimate: 'An estimate: some shared parts are taken as independent, and alternatives that fail over make it neither a lower nor an upper bound.',
};

export interface FlowCardProps {
  readonly flow: FlowResult;
  readonly onFocus: (components: readonly string[]) => void;
}

export function FlowCard({ flow, onFocus }: FlowCardProps) {
  const { availability, latency } = flow;
  // A percentile a saturated tier makes unbounded reads "saturated (tier)" instead of a number.
  const tier = latency.saturated;
  return (
    <section className="flow-card" data-testid="flow" data-flow={flow.name}>
      <h3>
        {flow.name} <Why figure={flow.capacity.peakRps} label="Peak load of this flow" testId="flow-rps" />
      </h3>

      <div className={`figure-row ${latency.withinBudget ? 'good' : 'bad'}`}>
        <span className="figure-label">Latency</span>
        <span>
          p50 <LatencyFigure figure={latency.p50Ms} tier={tier} label="p50 latency" testId="flow-p50" /> · p95{' '}
          <LatencyFigure figure={latency.p95Ms} tier={tier} label="p95 latency" testId="flow-p95" /> · p99{' '}
          <LatencyFigure
            figure={latency.p99Ms}
            tier={tier}
            label="p99 latency"
            testId="flow-p99"
            detail={<TermTree term={latency.terms} onSelect={(id) => onFocus([id])} reason={(id) => reachReason(flow, id)} />}
          />
        </span>
        <span className="versus" data-testid="flow-latency-verdict">
          {latency.withinBudget ? 'within' : 'over'} budget <Why figure={latency.budgetMs} label="p99 budget" testId="flow-budget" />
        </span>
      </div>
      <LatencyBar flow={flow} onFocus={onFocus} />

      <div className={`figure-row ${availability.meetsObjective ? 'good' : 'bad'}`}>
        <span className="figure-label">Availability</span>
        <span>
          <Why
            figure={availability.percent}
            label="Availability"
            testId="flow-availability"
            className="big"
            detail={<TermTree term={availability.terms} onSelect={(id) => onFocus([id])} reason={(id) => reachReason(flow, id)} />}
          />{' '}
          ·{' '}
          <Why figure={availability.nines} label="Nines" testId="flow-nines" />
          {availability.method !== 'exact' && (
            <span className="hint" data-testid="flow-availability-method" title={METHOD_NOTE[availability.method]}>
              {' '}
              ({availability.method === 'lower-bound' ? 'lower bound' : 'estimate'})
            </span>
          )}
        </span>
        <span className="versus" data-testid="flow-availability-verdict">
          {availability.meetsObjective ? 'meets' : 'misses'} objective{' '}
          <Why figure={availability.objective} label="Availability objective" testId="flow-objective" />
        </span>
      </div>
      <div className="figure-row">
        <span className="figure-label">Downtime</span>
        <span>
          <Why figure={availability.downtimeMinutesPerYear} label="Downtime per year" testId="flow-downtime-year" /> / year ·{' '}
          <Why figure={availability.downtimeMinutesPerMonth} label="Downtime per 30 days" testId="flow-downtime-month" /> /
          month ·{' '}
          <Why figure={availability.errorBudgetUsed} label="Error budget used" testId="flow-budget-used">
            {formatBudgetShare(availability.errorBudgetUsed, 'the error budget')}
          </Why>
        </span>
      </div>
      {availability.weakestLink && (
        <div className="figure-row">
          <span className="figure-label">Weakest link</span>
          <button
            type="button"
            className="link"
            data-testid="flow-weakest-link"
            onClick={() => availability.weakestLink && onFocus([availability.weakestLink.component])}
          >
            {availability.weakestLink.name}
          </button>
          <span className="hint">
            <Why figure={availability.weakestLink.gain} label="Gain if the weakest link never failed" testId="flow-weakest-gain">
              +{formatFigure(availability.weakestLink.gain)}
            </Why>{' '}
            if perfect
          </span>
        </div>
      )}
      {availability.timeoutLoss && (
        <div className="figure-row">
          <span className="figure-label">Lost to timeouts</span>
          <span>
            <Why figure={availability.timeoutLoss.points} label="Availability lost to calls answering after their timeout" testId="flow-timeout-loss">
              {formatFigure(availability.timeoutLoss.points)}
            </Why>{' '}
            · to failures{' '}
            <Why figure={availability.timeoutLoss.failurePoints} label="Availability lost to components being down" testId="flow-failure-loss">
              {formatFigure(availability.timeoutLoss.failurePoints)}
            </Why>
          </span>
        </div>
      )}
    </section>
  );
}
