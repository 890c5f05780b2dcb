// The flow card says when an availability is not exact: "(lower bound)" or "(estimate)", as the
// engine's method gives it, and nothing when it is exact.
import type { FlowResult } from '@napkin/analysis';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { analyseSingleTier } from '../../test/single-tier-board';
import { FlowCard } from './FlowCard';

const exact = analyseSingleTier({ id: 'db', kind: 'relational-primary', name: 'DB' }, 100).flows[0] as FlowResult;
const withMethod = (method: FlowResult['availability']['method']): FlowResult => ({ ...exact, availability: { ...exact.availability, method } });
const html = (flow: FlowResult) => renderToStaticMarkup(<FlowCard flow={flow} onFocus={() => {}} />);

describe('FlowCard availability method', () => {
  it('labels an estimate and a lower bound as such', () => {
    expect(html(withMethod('estimate'))).toMatch(/data-testid="flow-availability-method"[^>]*>\s*\(estimate\)</);
    expect(html(withMethod('lower-bound'))).toMatch(/data-testid="flow-availability-method"[^>]*>\s*\(lower bound\)</);
  });

  it('says nothing more about an exact figure', () => {
    expect(exact.availability.method).toBe('exact');
    expect(html(exact)).not.toContain('flow-availability-method');
  });
});
