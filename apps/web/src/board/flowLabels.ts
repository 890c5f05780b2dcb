// What a screen reader hears for a component or a call on the canvas. React Flow would name a node
// nothing and an edge "Edge from <id> to <id>"; these names say what a sighted user reads off the
// board: the component's name, kind and headline figure, and a call by its two ends.
import type { ComponentResult } from '@napkin/analysis';
import { formatFigure } from '../why/format';

/** "API service, Stateless service, p99 25 ms" (a server), "Users, Web client, 200 req/s" (a client). */
export function componentLabel(name: string, kindLabel: string, figures: ComponentResult | undefined, isEntry: boolean): string {
  const parts = [name.trim() === '' ? 'Unnamed component' : name, kindLabel];
  if (figures !== undefined) {
    if (isEntry) parts.push(formatFigure(figures.traffic.totalRps));
    else {
      const p99 = figures.latency.p99Ms;
      parts.push(p99 === null ? 'p99 saturated' : `p99 ${formatFigure(p99)}`);
      if (figures.saturated) parts.push('saturated');
    }
  }
  return parts.join(', ');
}

/** "API service → Orders DB", with the mode when it is not a plain synchronous call. */
export function callLabel(fromName: string | undefined, toName: string | undefined, mode: string | undefined): string {
  const ends = `${fromName ?? 'a removed component'} → ${toName ?? 'a removed component'}`;
  if (mode === 'async') return `${ends}, asynchronous call`;
  if (mode === 'replication') return `${ends}, replication`;
  return `${ends}, call`;
}
