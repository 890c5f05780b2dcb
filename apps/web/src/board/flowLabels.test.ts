import type { ComponentResult, Explained } from '@napkin/analysis';
import { describe, expect, it } from 'vitest';
import { callLabel, componentLabel } from './flowLabels';

const explained = (value: number, unit: string): Explained => ({ value, unit, formula: 'x', inputs: {} });

function figures(p99Ms: number | null, saturated = false): ComponentResult {
  return {
    latency: { p99Ms: p99Ms === null ? null : explained(p99Ms, 'ms') },
    traffic: { totalRps: explained(200, 'req/s') },
    saturated,
  } as unknown as ComponentResult;
}

describe('componentLabel', () => {
  it('names a server by name, kind and p99', () => {
    expect(componentLabel('API service', 'Stateless service', figures(12), false)).toMatch(/^API service, Stateless service, p99 12 ?ms$/);
  });
  it('names a client by the load it offers', () => {
    expect(componentLabel('Users', 'Web client', figures(null), true)).toMatch(/^Users, Web client, 200 req\/s$/);
  });
  it('says saturated where the p99 is unbounded', () => {
    expect(componentLabel('DB', 'Relational database', figures(null, true), false)).toBe('DB, Relational database, p99 saturated, saturated');
  });
  it('names the kind alone before the analysis answers, and an empty name as unnamed', () => {
    expect(componentLabel('', 'Cache', undefined, false)).toBe('Unnamed component, Cache');
  });
});

describe('callLabel', () => {
  it('names a call by its ends and its mode', () => {
    expect(callLabel('API service', 'Orders DB', 'sync')).toBe('API service → Orders DB, call');
    expect(callLabel('API', 'Queue', 'async')).toBe('API → Queue, asynchronous call');
    expect(callLabel('DB', 'Replica', 'replication')).toBe('DB → Replica, replication');
    expect(callLabel('API', undefined, undefined)).toBe('API → a removed component, call');
  });
});
