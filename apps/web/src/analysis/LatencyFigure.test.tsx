// The latency figure as the panel and the badges render it: a number with its "why?", or "saturated"
// naming the tier where the engine says the latency is unbounded.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { analyseSingleTier } from '../../test/single-tier-board';
import { LatencyFigure } from './LatencyFigure';

const flowAt = (rps: number) => analyseSingleTier({ id: 'db', kind: 'relational-primary', name: 'DB' }, rps).flows[0]!;

describe('LatencyFigure', () => {
  it('renders "saturated (DB)" instead of a number when a saturated tier makes the latency unbounded', () => {
    const flow = flowAt(2000);
    const html = renderToStaticMarkup(
      <LatencyFigure figure={flow.latency.p99Ms} tier={flow.latency.saturated} label="p99 latency" testId="flow-p99" />,
    );
    expect(html).toContain('data-testid="flow-p99"');
    expect(html).toContain('>saturated (DB)<');
    expect(html).not.toMatch(/\d ms/);
  });

  it('renders the figure with its unit below saturation, and "≥" for a figure that is only a cap', () => {
    const flow = flowAt(100);
    const p99 = flow.latency.p99Ms!;
    expect(renderToStaticMarkup(<LatencyFigure figure={p99} tier={null} label="p99" prefix="p99 " />)).toMatch(/>p99 [\d.]+ ms</);
    const capped = { ...p99, capped: true as const };
    expect(renderToStaticMarkup(<LatencyFigure figure={capped} tier={null} label="p99" />)).toMatch(/>≥ [\d.]+ ms</);
  });
});
