import { describe, expect, it } from 'vitest';
import { parseBoardId, parseRoute, pathOf } from './route';
import type { Route } from './route';

const ID = 'AbCdEfGhIjKlMnOpQrStUv'; // 22 url-safe characters, the shape of newId()

describe('parseRoute', () => {
  it('reads the landing page and board pages', () => {
    expect(parseRoute('/')).toEqual({ page: 'landing' });
    expect(parseRoute('/interviews')).toEqual({ page: 'interviews' });
    expect(parseRoute(`/b/${ID}`)).toEqual({ page: 'board', boardId: ID });
    expect(parseRoute(`/b/${ID}/`)).toEqual({ page: 'board', boardId: ID });
  });

  it('refuses board ids that are too short to be unguessable, too long, or not url-safe', () => {
    for (const bad of ['/b/short', `/b/${'x'.repeat(65)}`, `/b/${ID}%2F..`, '/b/', `/b/${ID}/extra`]) {
      expect(parseRoute(bad).page).toBe('not-found');
    }
  });

  it('survives malformed percent-encoding', () => {
    expect(parseRoute('/b/%E0%A4%A').page).toBe('not-found');
  });

  it('round-trips every route through its path', () => {
    const board = parseBoardId(ID);
    if (board === null) throw new Error('fixture id rejected');
    const routes: Route[] = [{ page: 'landing' }, { page: 'interviews' }, { page: 'board', boardId: board }, { page: 'not-found', path: '/nope' }];
    for (const route of routes) expect(parseRoute(pathOf(route))).toEqual(route);
  });
});
