// Bad input gives located errors or findings, never a throw, never NaN.
import { describe, expect, it } from 'vitest';
import { analyzeInput } from '../analyze';
import { parseBoard } from './parse';

const base = {
  format: 'napkin-board',
  version: 1,
  components: [
    { id: 'user', kind: 'web-client', entry: { rps: 10 } },
    { id: 'app', kind: 'stateless-service' },
    { id: 'db', kind: 'relational-primary' },
  ],
  calls: [
    { id: 'c1', from: 'user', to: 'app', mode: 'sync' },
    { id: 'c2', from: 'app', to: 'db', mode: 'sync' },
  ],
  zones: [],
};

describe('bad input', () => {
  it('rejects non-JSON and non-boards with a message, not an exception', () => {
    expect(parseBoard('{not json').errors[0]?.message).toMatch(/not valid JSON/);
    const wrong = parseBoard({ format: 'something-else', version: 2, components: [] });
    expect(wrong.board).toBeNull();
    expect(wrong.errors.map((e) => e.path)).toEqual(['format', 'version']);
    expect(parseBoard(null).board).toBeNull();
    expect(parseBoard(42).errors.length).toBeGreaterThan(0);
  });

  it('a negative capacity is located (`components[1].params.capacityRps: must be > 0`) and that component skipped', () => {
    const input = structuredClone(base);
    (input.components[1] as Record<string, unknown>).params = { capacityRps: -5 };
    const { result, errors } = analyzeInput(input);
    expect(errors).toContainEqual({ path: 'components[1].params.capacityRps', message: 'must be > 0' });
    expect(result?.components.map((c) => c.id)).toEqual(['user', 'db']);
    // The calls that touched the skipped component are reported too, not silently dropped.
    expect(errors.map((e) => e.path)).toContain('calls[0].to');
  });

  it('an unknown kind is located and the component skipped', () => {
    const input = structuredClone(base);
    input.components[2] = { id: 'db', kind: 'quantum-database' };
    const { result, errors } = analyzeInput(input);
    expect(errors).toContainEqual({
      path: 'components[2].kind',
      message: 'unknown kind "quantum-database"; component skipped',
    });
    expect(result?.flows).toHaveLength(1);
  });

  it('a kind written by its common name reads as the catalog kind, named after the product', () => {
    const input = structuredClone(base);
    input.components[2] = { id: 'db', kind: 'postgres' };
    const { result, errors } = analyzeInput(input);
    expect(errors).toEqual([]);
    expect(result?.components.find((c) => c.id === 'db')).toMatchObject({ kind: 'relational-primary', name: 'PostgreSQL' });
  });

  it('an unknown kind says which kind was probably meant', () => {
    const input = structuredClone(base);
    input.components[2] = { id: 'db', kind: 'relational-primry' };
    expect(analyzeInput(input).errors).toContainEqual({
      path: 'components[2].kind',
      message: 'unknown kind "relational-primry" (did you mean relational-primary?); component skipped',
    });
    input.components[2] = { id: 'db', kind: 'postgress' };
    expect(analyzeInput(input).errors[0]?.message).toBe('unknown kind "postgress" (did you mean relational-primary?); component skipped');
  });

  it('a call to a missing component is located and skipped', () => {
    const input = structuredClone(base);
    input.calls.push({ id: 'c3', from: 'app', to: 'ghost', mode: 'sync' });
    const { errors } = analyzeInput(input);
    expect(errors).toContainEqual({ path: 'calls[2].to', message: 'no component "ghost"; call skipped' });
  });

  it('duplicate ids and bad enum values are located', () => {
    const input = structuredClone(base) as { calls: unknown[]; components: unknown[] };
    input.components.push({ id: 'app', kind: 'worker' });
    input.calls.push({ id: 'c9', from: 'app', to: 'db', mode: 'sometimes' });
    const { errors } = analyzeInput(input);
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['components[id=app]', 'calls[2].mode']));
  });

  it('a cycle of synchronous calls becomes a sync-cycle finding and the analysis still completes', () => {
    const input = structuredClone(base);
    input.calls.push({ id: 'back', from: 'db', to: 'app', mode: 'sync' });
    const { result } = analyzeInput(input);
    const cycle = result?.findings.find((f) => f.id === 'sync-cycle');
    expect(cycle?.severity).toBe('error');
    expect(cycle?.calls).toEqual(['c2', 'back']);
    expect(cycle?.components).toEqual(['app', 'db']);
    expect(Number.isFinite(result?.flows[0]?.latency.p99Ms?.value)).toBe(true);
  });

  it('a saturated component is flagged, its requests count as failures, and numbers stay finite', () => {
    const input = structuredClone(base);
    (input.components[1] as Record<string, unknown>).params = { capacityRps: 5, availability: 1 };
    const { result } = analyzeInput(input);
    const app = result?.components.find((c) => c.id === 'app');
    expect(app?.saturated).toBe(true);
    // ρ = 10 / 5 = 2 and it does not shed load: its queue grows without bound, so every request fails.
    expect(app?.queue?.droppedShare.value).toBe(1);
    expect(result?.findings.map((f) => f.id)).toContain('saturated');
    expect(result?.flows[0]?.availability.percent.value).toBeLessThanOrEqual(50);
    expect(JSON.stringify(result)).not.toMatch(/null,"unit"|NaN|Infinity/);
  });
});
