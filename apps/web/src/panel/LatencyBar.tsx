// A flow's p99 budget as one bar: each hop of the critical path is a segment as wide as its share of
// the budget (own p99 + network), so the hop that eats the budget is the widest. The bar turns red
// when the flow's p99 is over budget. A saturated hop has no share (its own time is unbounded): its
// segment takes the rest of the bar and reads "saturated".
import type { FlowResult } from '@napkin/analysis';
import { LatencyFigure } from '../analysis/LatencyFigure';
import { formatBudgetShare, formatNumber } from '../why/format';

const HOP_COLOURS = ['#4c6ef5', '#15aabf', '#40c057', '#fab005', '#fd7e14', '#e64980', '#7950f2', '#82c91e'] as const;

export function LatencyBar({ flow }: { readonly flow: FlowResult }) {
  const hops = flow.latency.criticalPath.filter((hop) => hop.budgetShare === null || hop.budgetShare.value > 0);
  const total = hops.reduce((sum, hop) => sum + (hop.budgetShare?.value ?? 0), 0);
  const saturatedHops = hops.filter((hop) => hop.budgetShare === null).length;
  const scale = Math.max(1, total);
  // What the finite shares leave of the bar, split between the saturated hops (at least a sliver each).
  const rest = saturatedHops > 0 ? Math.max(10, 100 - (total / scale) * 100) / saturatedHops : 0;
  // Red when the flow's p99 is over budget. Not when the shares add past 100 %: each is a hop's own
  // p99, and p99s do not add (the flow's p99 is taken from the composed distribution), so the
  // shares may sum past 100 % while the flow is within budget.
  const over = !flow.latency.withinBudget;
  return (
    <div className="latency-bar-wrap">
      <div
        className={`latency-bar${over ? ' over' : ''}`}
        data-testid="flow-latency-bar"
        data-over={over}
        role="img"
        aria-label="p99 budget by hop"
        title={total > 1 ? `Hop p99s add up to ${formatNumber(total * 100)} % of the budget; p99s do not add, the flow's p99 is shown above` : undefined}
      >
        {hops.map((hop, index) => (
          <span
            key={`${hop.component}-${hop.depth}`}
            className={`latency-segment${hop.budgetShare === null ? ' saturated' : ''}`}
            data-testid="latency-segment"
            style={{
              width: `${hop.budgetShare === null ? rest : (hop.budgetShare.value / scale) * 100}%`,
              background: HOP_COLOURS[index % HOP_COLOURS.length],
            }}
            title={
              hop.ownP99Ms === null
                ? `${hop.name}: saturated, its own time grows without bound`
                : `${hop.name}: ${formatNumber(hop.ownP99Ms)} ms + ${formatNumber(hop.networkMs)} ms network`
            }
          />
        ))}
      </div>
      <ul className="latency-legend">
        {hops.map((hop, index) => (
          <li key={`${hop.component}-${hop.depth}`}>
            <span className="swatch" style={{ background: HOP_COLOURS[index % HOP_COLOURS.length] }} />
            {hop.name}{' '}
            <LatencyFigure figure={hop.budgetShare} tier={hop.saturated} nameTier={false} label={`${hop.name}: share of the p99 budget`} format={formatBudgetShare} />
          </li>
        ))}
      </ul>
    </div>
  );
}
