// A latency the engine computed: its figure with its "why?", or, where a saturated tier makes it
// unbounded (the engine's null), "saturated" naming the tier, its "why?" the tier's utilisation.
import type { Explained, SaturatedTier } from '@napkin/analysis';
import type { ReactNode } from 'react';
import { formatFigure } from '../why/format';
import { Why } from '../why/Why';
import { saturatedText, saturatedWhy } from './saturation';

export interface LatencyFigureProps {
  readonly figure: Explained | null;
  /** The tier that makes a null figure unbounded (the result's `latency.saturated`). */
  readonly tier: SaturatedTier | null;
  readonly label: string;
  /** Text before the value ("p99 "). */
  readonly prefix?: string;
  /** Name the tier after "saturated" (not on the tier's own node, where it is obvious). */
  readonly nameTier?: boolean;
  readonly testId?: string;
  readonly className?: string;
  /** How the figure reads; a budget share passes `formatBudgetShare` ("over budget ×2.3"). */
  readonly format?: (figure: Explained) => string;
  /** More for the "why?" popover (a headline's terms). */
  readonly detail?: ReactNode;
}

export function LatencyFigure({ figure, tier, label, prefix = '', nameTier = true, testId, className, format = formatFigure, detail }: LatencyFigureProps) {
  if (figure !== null)
    return (
      <Why figure={figure} label={label} testId={testId} className={className} detail={detail}>
        {prefix}
        {format(figure)}
      </Why>
    );
  const text = `${prefix}${saturatedText(tier, nameTier)}`;
  if (tier === null)
    return (
      <span className={className} data-testid={testId} data-saturated="true">
        {text}
      </span>
    );
  return (
    <Why figure={saturatedWhy(tier)} label={`${label}: unbounded, ${tier.name} is saturated`} testId={testId} className={`${className ?? ''} saturated`.trim()}>
      {text}
    </Why>
  );
}
