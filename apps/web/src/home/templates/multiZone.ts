// Multi-zone active-active service: the load balancer splits requests between two availability zones,
// each with its own app tier, and fails a zone's share over to the other when it goes down; Postgres runs
// its primary in one zone and a replica in the other, Redis spans both. Mark a zone down to see the
// other carry everything.
import { at, framed } from './frames';
import type { Template } from './template';
import { fromPlaybook, namedInPlaybook } from './template';

export const MULTI_ZONE: Template = {
  id: 'multi-zone',
  title: 'Multi-zone active-active service',
  summary: 'Two availability zones sharing 4,000 requests/s half and half, each able to carry it all; Postgres primary and replica across them.',
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Multi-zone active-active service',
    components: [
      { id: 'users', kind: 'web-client', name: 'Users', entry: { rps: 4_000, readFraction: 0.9, p99BudgetMs: 200, availabilityObjective: 0.9995 }, ...at(0, 1) },
      { id: 'lb', kind: 'load-balancer-l7', name: 'Load balancer', instances: 2, spread: 'az-a az-b', zone: 'region', ...at(1, 1) },
      { id: 'app-a', kind: 'stateless-service', name: 'App (zone a)', instances: 2, zone: 'az-a', ...at(2, 0) },
      { id: 'app-b', kind: 'stateless-service', name: 'App (zone b)', instances: 2, zone: 'az-b', ...at(2, 2) },
      { id: 'db', kind: 'relational-primary', name: 'Postgres', params: { readReplicas: 1 }, spread: 'az-a az-b', zone: 'az-a', ...at(3, 0) },
      { id: 'cache', kind: 'in-memory-cache', name: 'Redis', instances: 2, spread: 'az-a az-b', zone: 'az-b', ...at(3, 2) },
    ],
    calls: [
      { id: 'users-lb', from: 'users', to: 'lb', mode: 'sync', label: 'HTTPS' },
      { id: 'lb-a', from: 'lb', to: 'app-a', mode: 'sync', alternative: 'zones', share: 0.5, failover: true, timeoutMs: 1_000 },
      { id: 'lb-b', from: 'lb', to: 'app-b', mode: 'sync', alternative: 'zones', share: 0.5, failover: true, timeoutMs: 1_000 },
      { id: 'a-cache', from: 'app-a', to: 'cache', mode: 'sync', traffic: 'read', timeoutMs: 50 },
      { id: 'b-cache', from: 'app-b', to: 'cache', mode: 'sync', traffic: 'read', timeoutMs: 50 },
      { id: 'cache-db', from: 'cache', to: 'db', mode: 'sync', label: 'misses', timeoutMs: 300 },
      { id: 'a-db', from: 'app-a', to: 'db', mode: 'sync', traffic: 'write', timeoutMs: 300 },
      { id: 'b-db', from: 'app-b', to: 'db', mode: 'sync', traffic: 'write', timeoutMs: 300 },
    ],
    zones: [
      { id: 'region', level: 'region', name: 'eu-west-1' },
      { id: 'az-a', level: 'availability-zone', name: 'eu-west-1a', parent: 'region' },
      { id: 'az-b', level: 'availability-zone', name: 'eu-west-1b', parent: 'region' },
    ],
  }),
  citations: [
    fromPlaybook('multi-zone.users.availabilityObjective', 'availability', '99.95', '%', 'what tier-1 software commits to, at its lower end'),
    fromPlaybook('multi-zone.zones', 'capacityCard', '1.3', '×', 'the spare for redundancy across zones', 'Each zone runs enough to carry all of the load when the other is down.'),
    namedInPlaybook('multi-zone.lb.alternative', 'multiRegion', 'Active-active read', 'every site serving, a failed site’s share moving to the rest', 'The same pattern one level down: two zones of one region, both serving.'),
    namedInPlaybook('multi-zone.db.readReplicas', 'replication', 'failover', 'promoting a replica when the primary is lost', 'The replica sits in the other zone, so losing a zone loses one copy.'),
    fromPlaybook('multi-zone.network', 'capacityCard', '< 1', 'ms', 'a round trip between zones of one region', 'Cheap enough to spread every tier over both zones.'),
  ],
};
