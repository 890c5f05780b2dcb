// A call's network cost as a "why?" figure: the chip on the edge and the inspector's subtitle both
// open the same popover (tier, the two placements, the latency-table value, what the analysis charges).
import { getKind } from '@napkin/catalog';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useAnalysis, useCallFigures } from '../../analysis/context';
import { Why } from '../../why/Why';
import { useDrawing } from '../nodes/drawingContext';
import { describeEnd, networkFigure } from './networkFigure';

export interface NetworkWhyProps {
  readonly callId: string;
  /** The cost as shown; defaults to "+1 ms". */
  readonly children?: ReactNode;
  readonly testId?: string;
  readonly className?: string;
}

export function NetworkWhy({ callId, children, testId, className }: NetworkWhyProps) {
  const { callsById, componentsById, tiers, zonesById } = useDrawing();
  const { result } = useAnalysis();
  const figures = useCallFigures(callId);
  const call = callsById.get(callId);
  const tier = tiers.get(callId);
  const charged = result === null ? undefined : (figures ?? null);

  const figure = useMemo(() => {
    if (call === undefined || tier === undefined) return null;
    const zoneName = (id: string) => {
      const zone = zonesById.get(id);
      return zone && (zone.name || getKind(zone.level)?.label || zone.level);
    };
    const nameOf = (id: string) => componentsById.get(id)?.name || 'unnamed';
    const ends = { from: describeEnd(nameOf(call.from), tier.from, zoneName), to: describeEnd(nameOf(call.to), tier.to, zoneName) };
    return networkFigure(tier, ends, charged);
  }, [call, tier, zonesById, componentsById, charged]);

  if (figure === null || call === undefined) return null;
  const label = `Network round trip of ${componentsById.get(call.from)?.name || 'unnamed'} → ${componentsById.get(call.to)?.name || 'unnamed'}`;
  return (
    <Why figure={figure} label={label} {...(testId ? { testId } : {})} {...(className ? { className } : {})}>
      {children ?? `+${figure.value} ms`}
    </Why>
  );
}
