// Bulk edit against a real Y.Doc: which fields several components share, what each shows, and that a
// write reaches all of them as one undo step (an emptied field: each back to its own default).
import { Board, createUndoManager } from '@napkin/doc';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { commonValue, sharedFields, writeAll } from './bulkFields';
import type { SharedField } from './bulkFields';

function setup() {
  const ydoc = new Y.Doc();
  const localOrigin = { user: 'test' };
  const board = new Board(ydoc, { localOrigin });
  const undo = createUndoManager(ydoc, localOrigin);
  const api = board.addComponent({ kind: 'stateless-service', name: 'API', x: 0, y: 0, instances: 2, params: { capacityRps: 500 } });
  const worker = board.addComponent({ kind: 'stateless-service', name: 'Worker', x: 300, y: 0, instances: 2, spread: 'eu-a:1 eu-b:1' });
  const cache = board.addComponent({ kind: 'in-memory-cache', name: 'Cache', x: 600, y: 0 });
  const users = board.addComponent({ kind: 'web-client', name: 'Users', x: 0, y: 300 });
  undo.clear();
  const byName = (name: string) => board.snapshot().components.find((c) => c.name === name)!;
  return { board, undo, byName, ids: { api, worker, cache, users } };
}

const field = (fields: ReturnType<typeof sharedFields>, key: string): SharedField => {
  if (fields.kind === 'mixed') throw new Error('no shared fields');
  return fields.fields.find((f) => f.spec.key === key)!;
};

describe('sharedFields', () => {
  it('serving components share instances and per-instance figures, and only the traits all their kinds carry', () => {
    const { byName } = setup();
    const services = sharedFields([byName('API'), byName('Worker')]);
    expect(services.kind).toBe('serving');
    expect(field(services, 'instances').group).toBe('instances');
    expect(field(services, 'availability').group).toBe('params');
    expect(field(services, 'capacityRps')).toBeDefined();
    const withCache = sharedFields([byName('API'), byName('Cache')]);
    expect(withCache.kind === 'serving' && withCache.fields.some((f) => f.spec.key === 'hitRatio')).toBe(false);
    const caches = sharedFields([byName('Cache'), byName('Cache')]);
    expect(caches.kind === 'serving' && caches.fields.some((f) => f.spec.key === 'hitRatio')).toBe(true);
  });

  it('entry points share their load; entry points with services share nothing', () => {
    const { byName } = setup();
    expect(sharedFields([byName('Users'), byName('Users')]).kind).toBe('entry');
    expect(sharedFields([byName('Users'), byName('API')]).kind).toBe('mixed');
  });
});

describe('commonValue and writeAll', () => {
  it('shows the common value or mixed; a write sets all of them in one undo step', () => {
    const { board, undo, byName } = setup();
    const components = [byName('API'), byName('Worker')];
    const fields = sharedFields(components);
    expect(commonValue(components, field(fields, 'instances'))).toEqual({ mixed: false, value: 2 });
    expect(commonValue(components, field(fields, 'capacityRps'))).toEqual({ mixed: true });
    const before = board.snapshot();
    writeAll(board, components, field(fields, 'capacityRps'), 2000);
    expect([byName('API').params.capacityRps, byName('Worker').params.capacityRps]).toEqual([2000, 2000]);
    undo.undo();
    expect(board.snapshot()).toEqual(before);
  });

  it('a new instance count evens a counted spread; undefined gives each its default back', () => {
    const { board, byName } = setup();
    const components = [byName('API'), byName('Worker')];
    const fields = sharedFields(components);
    writeAll(board, components, field(fields, 'instances'), 4);
    expect(byName('Worker')).toMatchObject({ instances: 4, spread: 'eu-a eu-b' });
    writeAll(board, [byName('API'), byName('Worker')], field(fields, 'instances'), undefined);
    expect(byName('API').instances).toBeUndefined();
    expect(byName('Worker').instances).toBeUndefined();
  });
});
