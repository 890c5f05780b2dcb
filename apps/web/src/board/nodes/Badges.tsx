// The live figures under a component's name, from the analysis (each one opens its "why?"): a
// utilisation bar coloured by load, the p99 latency one visit adds, and availability. Entry points
// show the load they offer instead. Nothing is shown until the first result arrives.
import type { ComponentResult } from '@napkin/analysis';
import { formatFigure } from '../../why/format';
import { Why } from '../../why/Why';

export function ServerBadges({ figures }: { readonly figures: ComponentResult }) {
  const utilisation = figures.traffic.utilisation;
  const load = loadOf(utilisation.value, figures.saturated);
  return (
    <div className="badges" data-load={load}>
      <Why figure={utilisation} label={`Utilisation of ${figures.name}`} testId="badge-utilisation" className="badge utilisation">
        <span className="bar" aria-hidden="true">
          <span className="fill" style={{ width: `${barWidth(utilisation.value)}%` }} />
        </span>
        <span className="value">{Math.round(utilisation.value * 100)} %</span>
      </Why>
      <Why figure={figures.latency.p99Ms} label={`p99 latency of one visit to ${figures.name}`} testId="badge-latency" className="badge">
        p99 {formatFigure(figures.latency.p99Ms)}
      </Why>
      <Why figure={figures.up} label={`Availability of ${figures.name}`} testId="badge-availability" className="badge" />
    </div>
  );
}

export function EntryBadges({ figures }: { readonly figures: ComponentResult }) {
  return (
    <div className="badges entry">
      <Why figure={figures.traffic.totalRps} label={`Load offered by ${figures.name}`} testId="badge-offered-load" className="badge" />
    </div>
  );
}

// How full a component is, as the colour of its utilisation bar: calm below 70 %, a warning from
// 70 % (queueing delay grows fast past it), saturated from 100 % (the queue grows without bound).
export type Load = 'ok' | 'busy' | 'saturated';

export const BUSY_FROM = 0.7;
export const SATURATED_FROM = 1;

export function loadOf(utilisation: number, saturated: boolean): Load {
  if (saturated || utilisation >= SATURATED_FROM) return 'saturated';
  return utilisation >= BUSY_FROM ? 'busy' : 'ok';
}

/** Width of the bar's fill in percent: full at saturation, never negative. */
export function barWidth(utilisation: number): number {
  return Math.max(0, Math.min(100, utilisation * 100));
}
