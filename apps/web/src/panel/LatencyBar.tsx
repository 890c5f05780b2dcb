// A flow's p99 budget as bars, one per traffic class when reads and writes take different calls: each
// hop of the class's critical path is a segment as wide as its share of the budget (its time at the
// flow's p99 plus network, weighted by the requests that reach it), so the hop that eats the budget is
// the widest. The bar turns red when the flow's p99 is over budget. A saturated hop has no share (its
// own time is unbounded): its segment takes the rest of the bar and reads "saturated". Each hop's row
// says what share of the flow's requests reach it, and why (a cache's hits, a fraction, writes only).
import type { ClassPath, FlowResult, Hop } from '@napkin/analysis';
import { reachReason, sharePercent } from '@napkin/analysis';
import { useMemo, useState } from 'react';
import { LatencyFigure } from '../analysis/LatencyFigure';
import { formatBudgetShare, formatNumber } from '../why/format';
import { Why } from '../why/Why';
import { legendRows } from './latencyLegend';

const HOP_COLOURS = ['#4c6ef5', '#15aabf', '#40c057', '#fab005', '#fd7e14', '#e64980', '#7950f2', '#82c91e'] as const;

/** Shares of at least this much are every request: the row says nothing about them. */
const EVERY_REQUEST = 0.9995;

export interface LatencyBarProps {
  readonly flow: FlowResult;
  readonly onFocus?: (components: readonly string[]) => void;
}

export function LatencyBar({ flow, onFocus }: LatencyBarProps) {
  const over = !flow.latency.withinBudget;
  return (
    <div className="latency-bar-wrap">
      {flow.latency.criticalPaths.map((path) => (
        <PathBar key={path.traffic} flow={flow} path={path} over={over} onFocus={onFocus} />
      ))}
    </div>
  );
}

function PathBar({
  flow,
  path,
  over,
  onFocus,
}: {
  readonly flow: FlowResult;
  readonly path: ClassPath;
  readonly over: boolean;
  readonly onFocus: LatencyBarProps['onFocus'];
}) {
  const shown = path.hops.filter((hop) => hop.budgetShare === null || hop.budgetShare.value > 0);
  const total = shown.reduce((sum, hop) => sum + (hop.budgetShare?.value ?? 0), 0);
  const saturatedHops = shown.filter((hop) => hop.budgetShare === null).length;
  const scale = Math.max(1, total);
  // What the finite shares leave of the bar, split between the saturated hops (at least a sliver each).
  const rest = saturatedHops > 0 ? Math.max(10, 100 - (total / scale) * 100) / saturatedHops : 0;
  const colour = (hop: Hop) => HOP_COLOURS[path.hops.indexOf(hop) % HOP_COLOURS.length];
  // Red when the flow's p99 is over budget. Not when the shares add past 100 %: p99s do not add (the
  // flow's p99 is taken from the composed distribution), so the shares may sum past 100 % within budget.
  return (
    <div className="latency-path" data-testid="latency-path" data-traffic={path.traffic}>
      {path.traffic !== 'all' && (
        <div className="latency-path-title">
          {path.traffic === 'read' ? 'Reads' : 'Writes'} · {sharePercent(path.share.value)} of requests
        </div>
      )}
      <div
        className={`latency-bar${over ? ' over' : ''}`}
        data-testid="flow-latency-bar"
        data-over={over}
        role="img"
        aria-label={`p99 budget by hop${path.traffic === 'all' ? '' : ` (${path.traffic}s)`}`}
        title={total > 1 ? `Hop shares add up to ${formatNumber(total * 100)} % of the budget; p99s do not add, the flow's p99 is shown above` : undefined}
      >
        {shown.map((hop) => (
          <span
            key={`${hop.component}-${hop.depth}`}
            className={`latency-segment${hop.budgetShare === null ? ' saturated' : ''}`}
            data-testid="latency-segment"
            style={{ width: `${hop.budgetShare === null ? rest : (hop.budgetShare.value / scale) * 100}%`, background: colour(hop) }}
            title={
              hop.ownP99Ms === null
                ? `${hop.name}: saturated, its own time grows without bound`
                : `${hop.name}: ${formatNumber(hop.ownP99Ms)} ms + ${formatNumber(hop.networkMs)} ms network`
            }
          />
        ))}
      </div>
      <Legend flow={flow} hops={path.hops} colour={colour} onFocus={onFocus} />
    </div>
  );
}

/** The hops by name, the ones beyond the top few in one line that unfolds them (`latencyLegend.ts`). */
function Legend({
  flow,
  hops,
  colour,
  onFocus,
}: {
  readonly flow: FlowResult;
  readonly hops: readonly Hop[];
  readonly colour: (hop: Hop) => string | undefined;
  readonly onFocus: LatencyBarProps['onFocus'];
}) {
  const [all, setAll] = useState(false);
  const { named, rest } = legendRows(hops);
  const rows = all || rest === null ? hops : named;
  return (
    <ul className="latency-legend">
      {rows.map((hop) => (
        <HopRow key={`${hop.component}-${hop.depth}`} flow={flow} hop={hop} colour={colour(hop)} onFocus={onFocus} />
      ))}
      {rest !== null && (
        <li className="hop-more" data-testid="hop-more">
          <button type="button" className="link" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? 'Show the top hops only' : `+${rest.count} more hops, ${formatNumber(rest.ms)} ms`}
          </button>
        </li>
      )}
    </ul>
  );
}

function HopRow({
  flow,
  hop,
  colour,
  onFocus,
}: {
  readonly flow: FlowResult;
  readonly hop: Hop;
  readonly colour: string | undefined;
  readonly onFocus: LatencyBarProps['onFocus'];
}) {
  // The engine leaves the reason to be worded when read (`reachReason`); a few hops per flow word it here.
  const reach = useMemo(() => {
    const note = reachReason(flow, hop.component);
    return note === undefined ? hop.reach : { ...hop.reach, note };
  }, [flow, hop]);
  return (
    <li data-testid="hop-row" data-component={hop.component}>
      <span className="swatch" style={{ background: colour }} />
      {onFocus ? (
        <button type="button" className="link" onClick={() => onFocus([hop.component])}>
          {hop.name}
        </button>
      ) : (
        hop.name
      )}{' '}
      <LatencyFigure figure={hop.budgetShare} tier={hop.saturated} nameTier={false} label={`${hop.name}: share of the p99 budget`} format={formatBudgetShare} />
      {hop.reach.value < EVERY_REQUEST && (
        <>
          {' · '}
          <Why figure={reach} label={`Share of requests reaching ${hop.name}`} testId="hop-reach">
            {sharePercent(hop.reach.value)} of requests
          </Why>
        </>
      )}
    </li>
  );
}
