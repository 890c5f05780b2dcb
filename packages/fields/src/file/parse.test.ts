// The file reads canonically (one way to say "absent") and checks the board's own fields one by one.
import { describe, expect, it } from 'vitest';
import { componentParamFields } from '../component.js';
import { parseBoard } from './parse.js';

const envelope = { format: 'napkin-board', version: 1, components: [] };

describe('parseBoard', () => {
  it('reads an empty name or title, and an empty group, as absent', () => {
    const { board, errors } = parseBoard({
      ...envelope,
      title: '',
      components: [{ id: 'svc', kind: 'worker', name: '', entry: {}, params: {}, whatIf: { down: false } }],
      zones: [{ id: 'eu', level: 'region', name: '' }],
    });
    expect(errors).toEqual([]);
    expect(board).toEqual({
      format: 'napkin-board',
      version: 1,
      components: [{ id: 'svc', kind: 'worker', whatIf: { down: false } }],
      calls: [],
      zones: [{ id: 'eu', level: 'region' }],
    });
  });

  it('drops a bad title or createdAt with a located error and keeps the board', () => {
    const { board, errors } = parseBoard({ ...envelope, title: 'x'.repeat(201), createdAt: -1 });
    expect(board?.components).toEqual([]);
    expect(board).not.toHaveProperty('title');
    expect(errors.map((error) => error.path)).toEqual(['title', 'createdAt']);
  });

  it('carries layout and annotations, and locates a bad one', () => {
    const { board, errors } = parseBoard({
      ...envelope,
      createdAt: 1_700_000_000_000,
      components: [{ id: 'a', kind: 'worker', x: 10, y: -20 }],
      annotations: [{ id: 'n1', text: 'hot path', x: 0, y: 0 }, { id: 'n2', text: 'lost', x: 1e8, y: 0 }],
    });
    expect(board?.components[0]).toEqual({ id: 'a', kind: 'worker', x: 10, y: -20 });
    expect(board?.annotations).toEqual([{ id: 'n1', text: 'hot path', x: 0, y: 0 }]);
    expect(board?.createdAt).toBe(1_700_000_000_000);
    expect(errors).toEqual([{ path: 'annotations[1].x', message: 'must be <= 1e7' }]);
  });

  it('states each bound in its message, from the one declaration', () => {
    const bad = (params: object) => parseBoard({ ...envelope, components: [{ id: 'a', kind: 'worker', params }] }).errors[0]?.message;
    expect(bad({ capacityRps: 0 })).toBe('must be > 0');
    expect(bad({ availability: 1.5 })).toBe('must be a fraction between 0 and 1, e.g. 0.9995; 1.5 looks like a percentage (1.5 % is 0.015)');
    expect(bad({ availability: -0.1 })).toBe('must be a fraction between 0 and 1, e.g. 0.9995');
    expect(bad({ replicationFactor: 2.5 })).toBe('must be a whole number');
    expect(bad({ partitions: componentParamFields.partitions.max + 1 })).toBe('must be <= 1e6');
    expect(parseBoard({ ...envelope, components: [{ id: 'has space', kind: 'worker' }] }).errors[0]?.path).toBe('components[0].id');
  });
});

describe('parseBoard with a zoneLevel reader', () => {
  const zones = [
    { id: 'a', level: 'az' },
    { id: 'b', level: 'region' },
    { id: 'c', level: 'moon base' },
  ];
  const zoneLevel = (written: string) => (written === 'az' ? ('availability-zone' as const) : undefined);

  it('rewrites a level it resolves, keeps the format’s own, and reports one it does not', () => {
    const { board, errors } = parseBoard({ ...envelope, calls: [], zones }, { zoneLevel });
    expect(board?.zones.map((zone) => [zone.id, zone.level])).toEqual([
      ['a', 'availability-zone'],
      ['b', 'region'],
    ]);
    expect(errors.map((error) => error.path)).toEqual(['zones[2].level']);
  });

  it('without the reader, every level outside the format is an error', () => {
    const { errors } = parseBoard({ ...envelope, calls: [], zones });
    expect(errors.map((error) => error.path)).toEqual(['zones[0].level', 'zones[2].level']);
  });
});
