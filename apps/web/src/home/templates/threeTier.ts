// Three-tier web app: a load balancer, a web tier, an application tier and a relational database with a
// read replica, in one region. The load comes from daily users through the capacity worksheet.
import { at, framed } from './frames';
import type { Template } from './template';
import { fromPlaybook, namedInPlaybook } from './template';

export const THREE_TIER: Template = {
  id: 'three-tier',
  title: 'Three-tier web app',
  summary: 'Load balancer, web tier, app tier and Postgres with a read replica in one region; half a million daily users.',
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Three-tier web app',
    components: [
      {
        id: 'users',
        kind: 'web-client',
        name: 'Users',
        entry: { dau: 500_000, actionsPerUser: 50, peakFactor: 5, readFraction: 0.8, p99BudgetMs: 300, availabilityObjective: 0.999, payloadBytes: 50_000 },
        ...at(0, 0.5),
      },
      { id: 'lb', kind: 'load-balancer-l7', name: 'Load balancer', instances: 2, zone: 'region', ...at(1, 0.5) },
      { id: 'web', kind: 'stateless-service', name: 'Web tier', instances: 2, zone: 'region', ...at(2, 0) },
      { id: 'app', kind: 'stateless-service', name: 'App tier', instances: 3, params: { p50Ms: 12, p99Ms: 60 }, zone: 'region', ...at(2, 1) },
      { id: 'db', kind: 'relational-primary', name: 'Postgres', params: { readReplicas: 1, recordBytes: 2_000 }, zone: 'region', ...at(3, 1) },
    ],
    calls: [
      { id: 'users-lb', from: 'users', to: 'lb', mode: 'sync', label: 'HTTPS' },
      { id: 'lb-web', from: 'lb', to: 'web', mode: 'sync', timeoutMs: 2_000 },
      { id: 'web-app', from: 'web', to: 'app', mode: 'sync', timeoutMs: 1_000 },
      { id: 'app-db', from: 'app', to: 'db', mode: 'sync', timeoutMs: 500, label: 'SQL' },
    ],
    zones: [{ id: 'region', level: 'region', name: 'eu-west-1' }],
  }),
  citations: [
    fromPlaybook('three-tier.users.peakFactor', 'throughputStorage', '5', '×', 'the peak over the daily average when the workload is unknown'),
    fromPlaybook(
      'three-tier.users.rps',
      'throughputStorage',
      '86,400',
      's',
      'seconds in a day, turning daily users and actions into requests per second',
      '500,000 users × 50 actions / 86,400 s × 5 ≈ 1,450 requests/s at peak.',
    ),
    namedInPlaybook('three-tier.users.readFraction', 'throughputStorage', '100:1', 'browsing against buying in a shop', 'A shop reads far more than it writes; 4:1 here, since logged-in users also write carts and sessions.'),
    namedInPlaybook('three-tier.tiers', 'nTier', 'Presentation', 'the first of the three classic tiers, then logic, then data'),
    fromPlaybook('three-tier.app.instances', 'capacityCard', '1.3', '×', 'the spare for redundancy across zones when counting boxes', 'One app box would carry the load; three leave room for one to fail and for spikes.'),
    fromPlaybook('three-tier.db.readReplicas', 'availability', '99.99', '%', 'two copies of a 99 % part in parallel', 'A replica gives the database a second copy to fail over to.'),
  ],
};
