// Distributed scheduler: jobs live in Postgres and, by next run time, in a Redis sorted set; one leader
// (elected through etcd) moves due jobs onto a queue; a worker pool runs them at least once, idempotently.
import { at, framed, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.19 Distributed Scheduler / Cron';

export const SCHEDULER: ProblemMaterial = {
  id: 'scheduler',
  section: SECTION,
  applies: { readCache: false, mediaCdn: false, asyncQueue: true },
  points: [
    { id: 'leader', title: 'Elects one dispatching coordinator through ZooKeeper or etcd', check: { type: 'serves', kinds: ['consensus-store', 'distributed-lock'] }, term: 'Leader-elected coordinator' },
    { id: 'time-buckets', title: 'Orders due jobs by their next run time in a sorted set', check: { type: 'serves', kinds: ['in-memory-cache'] }, term: 'next_run_at' },
    { id: 'workers', title: 'Has workers pull due jobs, at least once, with idempotent jobs', check: { type: 'async-into', kinds: ['message-queue', 'event-stream'] }, term: 'at-least-once' },
    { id: 'catch-up', title: 'States the catch-up policy after an outage', check: null, term: 'Catch-up policy' },
    { id: 'tools', title: 'Knows the production tools (Quartz, Airflow, Temporal, EventBridge)', check: null, term: 'Temporal' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Distributed scheduler (reference design)',
    components: [
      {
        id: 'teams', kind: 'web-client', name: 'Teams\' services',
        entry: { dau: 100_000, actionsPerUser: 200, peakFactor: 5, readFraction: 0.5, p99BudgetMs: 300, availabilityObjective: 0.9995, payloadBytes: 1_000 },
        ...at(0, 1),
      },
      { id: 'gateway', kind: 'api-gateway', name: 'API gateway', instances: 2, zone: 'region', ...at(1, 1) },
      { id: 'api', kind: 'stateless-service', name: 'Job API', instances: 2, zone: 'region', ...at(2, 1) },
      { id: 'jobs', kind: 'relational-primary', name: 'Postgres jobs + runs', params: { readReplicas: 2 }, zone: 'region', ...at(3, 0) },
      { id: 'due', kind: 'in-memory-cache', name: 'Redis due set (by next_run_at)', instances: 3, params: { hitRatio: 1, ttlSeconds: 604_800 }, zone: 'region', ...at(3, 2) },
      { id: 'leader', kind: 'scheduler', name: 'Dispatcher (leader)', instances: 2, zone: 'region', ...at(4, 2) },
      { id: 'etcd', kind: 'consensus-store', name: 'etcd (leader lease)', zone: 'region', ...at(5, 3) },
      { id: 'queue', kind: 'message-queue', name: 'Run queue', instances: 2, params: { consumers: 4, hasDeadLetterQueue: true }, zone: 'region', ...at(5, 2) },
      { id: 'workers', kind: 'worker', name: 'Worker pool', instances: 4, zone: 'region', ...at(6, 2) },
      { id: 'runs', kind: 'key-value-store', name: 'Run history', instances: 3, zone: 'region', ...at(7, 2) },
    ],
    calls: [
      { id: 'teams-gateway', from: 'teams', to: 'gateway', mode: 'sync', label: 'POST /jobs, GET /runs', timeoutMs: 1_000 },
      { id: 'gateway-api', from: 'gateway', to: 'api', mode: 'sync', timeoutMs: 800 },
      { id: 'api-jobs', from: 'api', to: 'jobs', mode: 'sync', timeoutMs: 300 },
      { id: 'api-due', from: 'api', to: 'due', mode: 'sync', traffic: 'write', label: 'ZADD next run', timeoutMs: 50 },
      { id: 'api-leader', from: 'api', to: 'leader', mode: 'async', traffic: 'write', label: 'due soon' },
      { id: 'leader-etcd', from: 'leader', to: 'etcd', mode: 'sync', fraction: 0.01, label: 'renew lease', timeoutMs: 200 },
      { id: 'leader-due', from: 'leader', to: 'due', mode: 'sync', label: 'ZRANGEBYSCORE now', timeoutMs: 50 },
      { id: 'leader-queue', from: 'leader', to: 'queue', mode: 'async', label: 'enqueue due runs' },
      { id: 'queue-workers', from: 'queue', to: 'workers', mode: 'async' },
      { id: 'workers-runs', from: 'workers', to: 'runs', mode: 'sync', label: 'record run', timeoutMs: 100, retries: 2, backoff: true },
    ],
    zones: [{ id: 'region', level: 'region', name: 'us-east-1' }],
  }),
  citations: [
    namedInPlaybook('scheduler.leader', SECTION, 'only one scheduler dispatches', 'why the dispatcher holds a lease'),
    namedInPlaybook('scheduler.due', SECTION, 'sorted set', 'where due runs wait, ordered by time'),
    namedInPlaybook('scheduler.workers', SECTION, 'idempotent jobs', 'what makes at-least-once runs safe'),
    namedInPlaybook('scheduler.etcd', 'coordination', 'etcd', 'the consensus store the leader lease lives in'),
  ],
};
