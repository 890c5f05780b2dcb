import { Board, InterviewSession } from '@napkin/doc';
import type { ComponentId } from '@napkin/doc';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planCard } from './failureCards';
import { cardStillMarked, clearCard, playCard } from './playCard';

const ZONE = { width: 400, height: 300 };

/** A small shop: two clients, an API, two caches, two stores, a search index, two zones. */
function shop() {
  const board = new Board(new Y.Doc(), { localOrigin: { user: 'test' } });
  const zoneA = board.addZone({ level: 'availability-zone', name: 'eu-a', x: 0, y: 0, ...ZONE });
  const zoneB = board.addZone({ level: 'availability-zone', name: 'eu-b', x: 500, y: 0, ...ZONE });
  const add = (kind: string, name: string, x: number, y: number, extra: object = {}) => board.addComponent({ kind, name, x, y, ...extra });
  const web = add('web-client', 'Browser', -300, 0, { entry: { rps: 100 } });
  const mobile = add('mobile-client', 'App', -300, 200);
  const api = add('stateless-service', 'API', 20, 20);
  const sessions = add('in-memory-cache', 'Sessions', 40, 100, { instances: 1 });
  const redis = add('in-memory-cache', 'Redis', 60, 150, { instances: 3 });
  const orders = add('relational-primary', 'Orders', 520, 20);
  const profiles = add('document-store', 'Profiles', 540, 100);
  const search = add('search-index', 'Search', 1000, 500);
  for (const [from, to] of [[web, api], [mobile, api], [api, sessions], [api, redis], [api, orders], [api, profiles], [api, search], [redis, profiles]] as const)
    board.addCall({ from, to, mode: 'sync' });
  return { board, ids: { web, mobile, api, sessions, redis, orders, profiles, search, zoneA, zoneB } };
}

describe('failure card targets', () => {
  it('the cache card takes the largest cache tier (most instances) and says which', () => {
    const { board, ids } = shop();
    expect(planCard('cache-gone', board.snapshot())).toEqual({ playable: true, target: 'Redis (3 instances) down', components: [ids.redis], zones: [] });
  });

  it('the primary card slows the SQL/NoSQL store most of the design calls, never a search index', () => {
    const { board, ids } = shop();
    // Profiles has two callers (the API and Redis's misses), Orders one.
    expect(planCard('primary-slow', board.snapshot())).toMatchObject({ target: 'Profiles 10× slower', components: [ids.profiles] });
    // On a tie the relational primary is the primary.
    board.removeCall(board.snapshot().calls.find((call) => call.from === ids.redis)!.id);
    expect(planCard('primary-slow', board.snapshot())).toMatchObject({ target: 'Orders 10× slower', components: [ids.orders] });
  });

  it('the surge takes every entry point, given a load or not', () => {
    const { board, ids } = shop();
    expect(planCard('traffic-surge', board.snapshot())).toEqual({ playable: true, target: 'App, Browser: traffic ×5', components: [ids.mobile, ids.web], zones: [] });
  });

  it('the zone card takes the zone with the most components in it', () => {
    const { board, ids } = shop();
    expect(planCard('zone-lost', board.snapshot())).toEqual({ playable: true, target: 'eu-a down (3 components in it)', components: [], zones: [ids.zoneA] });
    // Spread over eu-b, two more components count there.
    board.updateComponent(ids.api, { spread: `${ids.zoneB}` });
    board.updateComponent(ids.redis, { spread: `${ids.zoneA} ${ids.zoneB}` });
    expect(planCard('zone-lost', board.snapshot())).toMatchObject({ target: 'eu-b down (4 components in it)', zones: [ids.zoneB] });
  });

  it('prefers an availability zone to the region around it, and falls back to a region on a board of regions', () => {
    const board = new Board(new Y.Doc(), { localOrigin: { user: 'test' } });
    const region = board.addZone({ level: 'region', name: 'eu', x: 0, y: 0, width: 1000, height: 1000 });
    board.addComponent({ kind: 'stateless-service', name: 'Outside AZ', x: 800, y: 800 });
    expect(planCard('zone-lost', board.snapshot())).toMatchObject({ target: 'eu down (1 component in it)', zones: [region] });
    const az = board.addZone({ level: 'availability-zone', name: 'eu-a', x: 10, y: 10, width: 300, height: 300 });
    board.addComponent({ kind: 'stateless-service', name: 'In AZ', x: 20, y: 20 });
    expect(planCard('zone-lost', board.snapshot())).toMatchObject({ target: 'eu-a down (1 component in it)', zones: [az] });
  });

  it('says why a card cannot be played on a board without its target', () => {
    const board = new Board(new Y.Doc(), { localOrigin: { user: 'test' } });
    board.addComponent({ kind: 'stateless-service', name: 'API', x: 0, y: 0 });
    const snapshot = board.snapshot();
    expect(planCard('cache-gone', snapshot)).toEqual({ playable: false, reason: 'no cache on the board' });
    expect(planCard('primary-slow', snapshot)).toEqual({ playable: false, reason: 'no SQL or NoSQL database on the board' });
    expect(planCard('traffic-surge', snapshot)).toEqual({ playable: false, reason: 'no entry point (a client) on the board' });
    expect(planCard('zone-lost', snapshot)).toEqual({ playable: false, reason: 'no zone with components in it on the board' });
  });
});

describe('playing and clearing a card', () => {
  it("writes the card's marks, records it with the relay time and phase, and clearing undoes exactly those marks", () => {
    const { board, ids } = shop();
    const session = new InterviewSession(new Y.Doc());
    // Someone had slowed Orders by hand: clearing the cache card must leave that alone.
    board.updateComponent(ids.orders, { whatIf: { slowFactor: 2 } });
    const timer = { phase: 3, phaseStartedAt: 1_000, pausedAt: null, extraMinutes: [], endedAt: null };
    const plan = planCard('cache-gone', board.snapshot());
    if (!plan.playable) throw new Error(plan.reason);
    const played = playCard(board, session, 'cache-gone', plan, timer, 61_000);
    const whatIf = (id: ComponentId) => board.snapshot().components.find((component) => component.id === id)?.whatIf;
    expect(whatIf(ids.redis)).toEqual({ down: true });
    expect(session.snapshot().cards).toEqual([
      { ...played, card: 'cache-gone', title: 'The cache cluster is gone', target: 'Redis (3 instances) down', playedAt: 61_000, phase: 'internals', clearedAt: null },
    ]);
    clearCard(board, session, board.snapshot(), played, 90_000);
    expect(whatIf(ids.redis)).toBeUndefined();
    expect(whatIf(ids.orders)).toEqual({ slowFactor: 2 });
    expect(session.snapshot().cards[0]?.clearedAt).toBe(90_000);
  });

  it('a surge and a lost zone are undone by clearing them', () => {
    const { board, ids } = shop();
    const session = new InterviewSession(new Y.Doc());
    const idle = { phase: -1, phaseStartedAt: null, pausedAt: null, extraMinutes: [], endedAt: null };
    const play = (card: 'traffic-surge' | 'zone-lost') => {
      const plan = planCard(card, board.snapshot());
      if (!plan.playable) throw new Error(plan.reason);
      return playCard(board, session, card, plan, idle, 5);
    };
    const surge = play('traffic-surge');
    const zone = play('zone-lost');
    const snapshot = board.snapshot();
    expect(snapshot.components.filter((component) => component.whatIf?.trafficFactor === 5).map((component) => component.id).sort()).toEqual([ids.mobile, ids.web].sort());
    expect(snapshot.zones.find((z) => z.id === ids.zoneA)?.down).toBe(true);
    expect(surge.phase).toBeNull();
    expect(cardStillMarked(surge, snapshot) && cardStillMarked(zone, snapshot)).toBe(true);
    // Marks taken off by hand (anyone who may edit the board can): the record knows the card no longer holds.
    board.updateComponent(ids.web, { whatIf: null });
    expect(cardStillMarked(surge, board.snapshot())).toBe(true);
    board.updateComponent(ids.mobile, { whatIf: null });
    expect(cardStillMarked(surge, board.snapshot())).toBe(false);
    clearCard(board, session, board.snapshot(), surge, 6);
    clearCard(board, session, board.snapshot(), zone, 7);
    expect(board.snapshot().components.every((component) => component.whatIf === undefined)).toBe(true);
    expect(board.snapshot().zones.every((z) => z.down === undefined)).toBe(true);
  });
});
