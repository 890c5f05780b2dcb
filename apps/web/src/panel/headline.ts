// The sentences the panel leads with, built from the engine's figures (pure, so they are unit-tested):
// where the system breaks first and how far load can grow before it does.
import type { AnalysisResult, Explained } from '@napkin/analysis';
import { formatFigure } from '../why/format';

/** The headline in three parts, so the panel can make the headroom itself a "why?" figure. */
export interface Headline {
  readonly lead: string;
  readonly headroom: Explained | null;
  readonly tail: string;
}

/** "the App tier breaks first, at 2.3× today's load" — or why nothing limits growth. */
export function bottleneckHeadline(result: AnalysisResult): Headline {
  const { bottleneck } = result;
  if (bottleneck.component === null || bottleneck.headroom.capped) {
    return { lead: 'No component carries load yet, so nothing limits growth.', headroom: null, tail: '' };
  }
  const name = result.components.find((component) => component.id === bottleneck.component)?.name ?? bottleneck.component;
  const { headroom } = bottleneck;
  if (headroom.value < 1) return { lead: `the ${name} tier is already past its capacity: it can serve only `, headroom, tail: " today's load" };
  return { lead: `the ${name} tier breaks first, at `, headroom, tail: " today's load" };
}

export function bottleneckSentence(result: AnalysisResult): string {
  const { lead, headroom, tail } = bottleneckHeadline(result);
  return lead + (headroom ? formatFigure(headroom) : '') + tail;
}
