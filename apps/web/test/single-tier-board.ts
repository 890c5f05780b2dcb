// Test fixture: a web client sending `rps` to one component of 1,000 requests/s capacity, analysed by
// the real engine. Below 1,000 rps the component has headroom; above it, it is saturated.
import { analyzeInput, createEngine } from '@napkin/analysis';
import type { AnalysisResult } from '@napkin/analysis';

const engine = createEngine();

export interface SingleTier {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
}

export function analyseSingleTier(tier: SingleTier, rps: number): AnalysisResult {
  const { result } = analyzeInput(
    {
      format: 'napkin-board',
      version: 1,
      components: [
        { id: 'users', kind: 'web-client', entry: { rps } },
        { id: tier.id, kind: tier.kind, name: tier.name, params: { capacityRps: 1000 } },
      ],
      calls: [{ id: 'c1', from: 'users', to: tier.id, mode: 'sync' }],
    },
    engine,
  );
  if (!result) throw new Error('board rejected');
  return result;
}
