// The catalog's invariants: sane defaults for every kind, stable ids and order, every family
// present, the playbook's worked-example availabilities, and the look-ups the palette uses.
import { describe, expect, it } from 'vitest';
import { CATALOG, FAMILIES, FAMILY_LABELS, getKind, kindsByFamily, searchKinds } from './catalog';
import type { Family } from './types';

const REQUIRED_FAMILIES: readonly Family[] = ['client-edge', 'compute', 'data', 'async', 'coordination', 'external', 'zone'];

describe('every kind', () => {
  it.each(CATALOG.map((kind) => [kind.id, kind] as const))('%s has sane defaults', (_id, kind) => {
    const { capacityRps, p50, p99, availability, instances } = kind.defaults;
    expect(Number.isFinite(capacityRps.value) && capacityRps.value > 0).toBe(true);
    expect(p50.value).toBeGreaterThanOrEqual(0);
    expect(p50.value).toBeLessThanOrEqual(p99.value);
    expect(Number.isFinite(p99.value)).toBe(true);
    expect(availability.value).toBeGreaterThan(0);
    expect(availability.value).toBeLessThanOrEqual(1);
    expect(Number.isInteger(instances.value) && instances.value >= 1).toBe(true);
  });

  it.each(CATALOG.map((kind) => [kind.id, kind] as const))('%s has sane traits', (_id, kind) => {
    const { hitRatio, ttlSeconds, readReplicas, partitions, consumers, replicationFactor, quorum, recordBytes, writeCapacityRps } =
      kind.traits;
    if (hitRatio) expect(hitRatio.value >= 0 && hitRatio.value <= 1).toBe(true);
    for (const count of [ttlSeconds, readReplicas, partitions, consumers]) {
      if (count) expect(Number.isInteger(count.value) && count.value >= 0).toBe(true);
    }
    if (replicationFactor) expect(replicationFactor.value).toBeGreaterThanOrEqual(1);
    // Set only to say "yes": the figure is a service's SLA (absent means one node's).
    if (kind.traits.availabilityIsServiceLevel) expect(kind.traits.availabilityIsServiceLevel.value).toBe(true);
    if (recordBytes) expect(recordBytes.value).toBeGreaterThan(0);
    if (writeCapacityRps) expect(writeCapacityRps.value).toBeGreaterThan(0);
    // A quorum is a majority that the default instances can actually meet.
    if (quorum) {
      expect(quorum.value).toBeLessThanOrEqual(kind.defaults.instances.value);
      expect(quorum.value).toBeGreaterThan(kind.defaults.instances.value / 2);
    }
  });

  it('has a kebab-case, unique id and a non-empty label, summary and icon', () => {
    const ids = CATALOG.map((kind) => kind.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const kind of CATALOG) {
      expect(kind.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(kind.label.trim()).not.toBe('');
      expect(kind.summary.trim()).not.toBe('');
      expect(kind.icon.trim()).not.toBe('');
    }
  });
});

describe('the catalog', () => {
  it('holds at least 40 kinds covering every family', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(40);
    const families = new Set(CATALOG.map((kind) => kind.family));
    for (const family of REQUIRED_FAMILIES) expect(families.has(family)).toBe(true);
  });

  it('contains the kinds issue 3 lists', () => {
    const listed = [
      'web-client', 'mobile-client', 'dns', 'cdn', 'load-balancer-l4', 'load-balancer-l7', 'api-gateway', 'reverse-proxy', 'waf',
      'rate-limiter', 'stateless-service', 'worker', 'serverless-function', 'websocket-gateway', 'scheduler', 'in-memory-cache',
      'relational-primary', 'relational-read-replica', 'key-value-store', 'document-store', 'wide-column-store', 'graph-database',
      'time-series-database', 'search-index', 'object-storage', 'data-warehouse', 'vector-index', 'message-queue', 'event-stream',
      'dead-letter-queue', 'stream-processor', 'cdc-connector', 'outbox-relay', 'consensus-store', 'service-discovery',
      'distributed-lock', 'third-party-api', 'payment-provider', 'push-gateway', 'email-sms-provider', 'availability-zone', 'region',
      'data-centre',
    ];
    expect(listed.filter((id) => getKind(id) === undefined)).toEqual([]);
  });

  it('is ordered by family, then label', () => {
    const keys = CATALOG.map((kind) => [FAMILIES.indexOf(kind.family), kind.label] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    expect(keys).toEqual(sorted);
  });

  it('is frozen plain data that survives a JSON round trip', () => {
    expect(Object.isFrozen(CATALOG)).toBe(true);
    // Shared default objects are frozen too, so no consumer can change another kind's defaults.
    const cdn = getKind('cdn');
    expect(cdn !== undefined && Object.isFrozen(cdn.defaults.p50.source)).toBe(true);
    expect(cdn !== undefined && Object.isFrozen(cdn.aliases)).toBe(true);
    expect(JSON.parse(JSON.stringify(CATALOG))).toEqual(CATALOG);
  });

  it('labels every family', () => {
    for (const family of FAMILIES) expect(FAMILY_LABELS[family].trim()).not.toBe('');
  });
});

describe('worked-example availabilities (002, 5.4 Availability in Numbers)', () => {
  const availabilityOf = (id: string) => getKind(id)?.defaults.availability.value;

  it.each([
    ['load-balancer-l7', 0.9999],
    ['load-balancer-l4', 0.9999],
    ['stateless-service', 0.9995],
    ['in-memory-cache', 0.9999],
    ['relational-primary', 0.9995],
    ['third-party-api', 0.999],
  ])('%s defaults to %f', (id, expected) => {
    expect(availabilityOf(id)).toBe(expected);
  });

  it('reproduces the typical request path, 99.78 %, from the defaults', () => {
    const path = ['load-balancer-l7', 'stateless-service', 'in-memory-cache', 'relational-primary', 'third-party-api'];
    const total = path.reduce((product, id) => product * (availabilityOf(id) ?? Number.NaN), 1);
    expect((total * 100).toFixed(2)).toBe('99.78');
  });
});

describe('availabilityIsServiceLevel', () => {
  it('marks exactly the kinds whose availability is a managed service\'s or a vendor\'s SLA', () => {
    const marked = CATALOG.filter((kind) => kind.traits.availabilityIsServiceLevel?.value === true).map((kind) => kind.id);
    expect([...marked].sort()).toEqual(
      ['data-warehouse', 'email-sms-provider', 'key-value-store', 'object-storage', 'payment-provider', 'push-gateway', 'third-party-api'],
    );
    // Self-run stores keep one node's figure, so their replicationFactor copies are nodes.
    for (const id of ['wide-column-store', 'document-store', 'consensus-store', 'event-stream', 'relational-primary'])
      expect(getKind(id)?.traits.availabilityIsServiceLevel, id).toBeUndefined();
  });
});

describe('getKind and kindsByFamily', () => {
  it('finds kinds by id and returns undefined for unknown ids', () => {
    expect(getKind('relational-primary')?.label).toBe('Relational database (primary)');
    expect(getKind('no-such-kind')).toBeUndefined();
    expect(getKind('')).toBeUndefined();
  });

  it('groups every kind under its family in catalog order', () => {
    const groups = kindsByFamily();
    expect([...groups.keys()]).toEqual(FAMILIES);
    expect([...groups.values()].flat()).toEqual(CATALOG);
    for (const [family, kinds] of groups) expect(kinds.every((kind) => kind.family === family)).toBe(true);
  });
});

describe('searchKinds', () => {
  const ids = (query: string) => searchKinds(query).map((kind) => kind.id);

  it('matches aliases case-insensitively', () => {
    expect(ids('Postgres')).toContain('relational-primary');
    expect(ids('KAFKA')[0]).toBe('event-stream');
    expect(ids('kafka')).toEqual(expect.arrayContaining(['cdc-connector', 'stream-processor']));
    expect(ids('etcd')).toContain('consensus-store');
  });

  it('matches labels, ids and family names', () => {
    expect(ids('read replica')).toContain('relational-read-replica');
    expect(ids('load-balancer-l4')).toEqual(['load-balancer-l4']);
    expect(ids('coordination')).toEqual(['consensus-store', 'distributed-lock', 'service-discovery']);
  });

  it('requires every word of the query to match', () => {
    expect(ids('redis lock')).toEqual(['distributed-lock']);
    expect(ids('zzz-nothing')).toEqual([]);
  });

  it('ranks exact matches, then prefixes, then the rest, each in catalog order', () => {
    expect(ids('lb')[0]).toBe('load-balancer-l4');
    expect(ids('redis')[0]).toBe('in-memory-cache');
  });

  it('returns the whole catalog for a blank query', () => {
    expect(searchKinds('   ')).toEqual(CATALOG);
  });
});
