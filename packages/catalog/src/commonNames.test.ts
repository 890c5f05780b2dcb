// Common names of kinds: every one names a catalog kind, products carry their name, ids stay ids.
import { describe, expect, it } from 'vitest';
import { getKind, searchKinds } from './catalog';
import { COMMON_NAMES, resolveKindName } from './commonNames';

const resolved = (name: string) => {
  const found = resolveKindName(name);
  return found && { kind: found.kind.id, name: found.name };
};

describe('common names of kinds', () => {
  it('points every common name at a kind the catalog has', () => {
    const missing = Object.entries(COMMON_NAMES).filter(([, common]) => getKind(common.kind) === undefined);
    expect(missing).toEqual([]);
  });

  it('resolves the names people write, with the product as the component name', () => {
    expect(resolved('postgres')).toEqual({ kind: 'relational-primary', name: 'PostgreSQL' });
    expect(resolved('PostgreSQL')).toEqual({ kind: 'relational-primary', name: 'PostgreSQL' });
    expect(resolved('kafka')).toEqual({ kind: 'event-stream', name: 'Kafka' });
    expect(resolved('nginx')).toEqual({ kind: 'load-balancer-l7', name: 'NGINX' });
    expect(resolved('Route 53')).toEqual({ kind: 'dns', name: 'Route 53' });
    expect(resolved('db')).toEqual({ kind: 'relational-primary', name: undefined });
  });

  it('covers the usual products', () => {
    const products = 'postgres postgresql mysql redis memcached kafka rabbitmq sqs s3 gcs dynamodb cassandra mongodb nginx haproxy envoy cloudfront cloudflare elb alb zookeeper etcd elasticsearch';
    const unresolved = products.split(' ').filter((name) => resolveKindName(name) === undefined);
    expect(unresolved).toEqual([]);
  });

  it('keeps an id as it is, takes an alias only one kind has, and knows nothing else', () => {
    expect(resolved('relational-primary')).toEqual({ kind: 'relational-primary', name: undefined });
    expect(resolved('debezium')).toEqual({ kind: 'cdc-connector', name: undefined });
    expect(resolveKindName('quantum-database')).toBeUndefined();
  });

  it('is what the palette search finds first for the name', () => {
    for (const name of ['postgres', 'kafka', 'redis', 's3', 'cassandra']) expect(searchKinds(name)[0]?.id).toBe(resolveKindName(name)?.kind.id);
  });
});
