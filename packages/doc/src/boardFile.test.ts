import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Board } from './board.js';
import { toBoardFile } from './boardFile.js';

describe('toBoardFile', () => {
  it('maps a board to the napkin-board JSON format', () => {
    const board = new Board(new Y.Doc());
    board.setTitle('Feed');
    const region = board.addZone({ level: 'region', name: 'eu-west-1', x: 0, y: 0, width: 1000, height: 1000 });
    const az = board.addZone({ level: 'availability-zone', x: 100, y: 100, width: 300, height: 300, availability: 0.999 });
    const client = board.addComponent({ kind: 'client', x: -200, y: 0, entry: { rps: 1000, readFraction: 0.9 } });
    const api = board.addComponent({ kind: 'service', name: 'API', x: 150, y: 150, instances: 4, params: { capacityRps: 500 } });
    const db = board.addComponent({ kind: 'database', x: 600, y: 600, whatIf: { down: true } });
    const toApi = board.addCall({ from: client, to: api, mode: 'sync', label: 'GET /feed' });
    const toDb = board.addCall({ from: api, to: db, mode: 'sync', parallelGroup: 'reads', timeoutMs: 100, retries: 2 });

    const file = toBoardFile(board.snapshot());
    expect(file.format).toBe('napkin-board');
    expect(file.version).toBe(1);
    expect(file.title).toBe('Feed');
    const byId = new Map(file.components.map((component) => [component.id, component]));
    expect(byId.get(client)).toEqual({ id: client, kind: 'client', instances: 1, entry: { rps: 1000, readFraction: 0.9 } });
    expect(byId.get(api)).toEqual({ id: api, kind: 'service', name: 'API', instances: 4, zone: az, params: { capacityRps: 500 } });
    expect(byId.get(db)).toEqual({ id: db, kind: 'database', instances: 1, zone: region, whatIf: { down: true } });
    const calls = new Map(file.calls.map((call) => [call.id, call]));
    // The label is a board annotation, not an engine input.
    expect(calls.get(toApi!)).toEqual({ id: toApi, from: client, to: api, mode: 'sync', callsPerRequest: 1, fraction: 1, traffic: 'all' });
    expect(calls.get(toDb!)).toMatchObject({ parallelGroup: 'reads', timeoutMs: 100, retries: 2 });
    expect(new Map(file.zones.map((zone) => [zone.id, zone]))).toEqual(
      new Map([
        [region, { id: region, level: 'region', name: 'eu-west-1' }],
        [az, { id: az, level: 'availability-zone', parent: region, availability: 0.999 }],
      ]),
    );
    expect(JSON.parse(JSON.stringify(file))).toEqual(file);
  });

  it('nests two identical zone rectangles one way only, never in a cycle', () => {
    const board = new Board(new Y.Doc());
    board.addZone({ level: 'region', x: 0, y: 0, width: 100, height: 100 });
    board.addZone({ level: 'availability-zone', x: 0, y: 0, width: 100, height: 100 });
    const zones = toBoardFile(board.snapshot()).zones;
    expect(zones.filter((zone) => zone.parent !== undefined)).toHaveLength(1);
  });

  it('exports an empty board', () => {
    expect(toBoardFile(new Board(new Y.Doc()).snapshot())).toEqual({ format: 'napkin-board', version: 1, components: [], calls: [], zones: [] });
  });
});
