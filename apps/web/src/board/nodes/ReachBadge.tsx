// The share of a flow's requests that reach a component, as a badge ("10 % of requests"), when only
// part of the traffic does; its "why?" names the reason ("CDN's 90 % hit ratio"). The share chosen and
// its words are the renderer's (@napkin/render reachOf, reachText), so an export draws the same badge.
import { reachOf, reachText } from '@napkin/render';
import { useMemo } from 'react';
import { useAnalysis } from '../../analysis/context';
import { Why } from '../../why/Why';

export function ReachBadge({ componentId, name }: { readonly componentId: string; readonly name: string }) {
  const { result } = useAnalysis();
  const reach = useMemo(() => (result ? reachOf(result, componentId) : null), [result, componentId]);
  if (reach === null) return null;
  return (
    <Why figure={reach} label={`Share of requests reaching ${name}`} testId="badge-reach" className="badge">
      {reachText(reach)}
    </Why>
  );
}
