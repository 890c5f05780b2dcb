// The report's critical paths (issue 15): one per traffic class when reads and writes take different
// calls, no row for the entry point, and each hop the flow's traffic thins says how much of it arrives and why.
import { analyze, createEngine } from '@napkin/analysis';
import type { BoardFile } from '@napkin/analysis';
import { describe, expect, it } from 'vitest';
import { renderReport } from './report';

const board: BoardFile = {
  format: 'napkin-board',
  version: 1,
  components: [
    { id: 'users', kind: 'web-client', name: 'Users', entry: { rps: 100, readFraction: 0.9 } },
    { id: 'cdn', kind: 'cdn', name: 'CDN', params: { hitRatio: 0.9 } },
    { id: 'api', kind: 'stateless-service', name: 'API' },
    { id: 'audit', kind: 'stateless-service', name: 'Audit' },
  ],
  calls: [
    { id: 'c1', from: 'users', to: 'cdn', mode: 'sync' },
    { id: 'c2', from: 'cdn', to: 'api', mode: 'sync' },
    { id: 'c3', from: 'api', to: 'audit', mode: 'sync', traffic: 'write' },
  ],
  zones: [],
};

describe('report: critical paths', () => {
  const text = renderReport(analyze(board, createEngine()));

  it('prints a read path and a write path with their shares of requests, without the entry point', () => {
    expect(text).toContain('critical path for reads (90 % of requests)');
    expect(text).toContain('critical path for writes (10 % of requests)');
    expect(text).not.toMatch(/^\s+Users: /m);
  });

  it("says how much traffic reaches a hop and why: the CDN's misses", () => {
    // Reads: 0.9 × (1 − 0.9) = 0.09; writes pass the CDN (it caches reads only): 0.1. Together 19 %.
    expect(text).toContain("(19 % of requests reach API: CDN's 90 % hit ratio (reads))");
    expect(text).toContain('(10 % of requests reach Audit: writes only (10 % of requests))');
  });
});
