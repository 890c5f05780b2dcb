// Ride sharing: driver positions go over WebSockets into Kafka and a geo index in Redis (cells of
// nearby drivers); a ride request reads the neighbouring cells, ranks by ETA and dispatches; trips are a
// state machine in Postgres, paid at the end through a saga with the payment provider.
import { at, framed, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.6 Ride-Sharing (Uber, Lyft)';

export const RIDE_SHARING: ProblemMaterial = {
  id: 'ride-sharing',
  section: SECTION,
  applies: { readCache: true, mediaCdn: false, asyncQueue: true },
  points: [
    { id: 'location-ingest', title: 'Streams driver positions over WebSockets into a log such as Kafka, sized from drivers × rate', check: { type: 'async-into', kinds: ['event-stream'] }, term: 'Location ingest' },
    { id: 'geo-index', title: 'Indexes drivers by geohash or H3 cell in an in-memory store', check: { type: 'serves', kinds: ['in-memory-cache'] }, term: 'geohash' },
    { id: 'matching', title: 'Matches a rider by searching adjacent cells and ranking by ETA', check: null, term: 'adjacent cells' },
    { id: 'trip-saga', title: 'Models each trip as a state machine and pays through a saga', check: { type: 'serves', kinds: ['payment-provider'] }, term: 'Saga' },
    { id: 'surge', title: 'Computes surge pricing per cell from supply and demand every minute', check: null, term: 'Surge pricing' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Ride sharing (reference design)',
    components: [
      {
        id: 'apps', kind: 'mobile-client', name: 'Rider + driver apps',
        entry: { dau: 20_000_000, actionsPerUser: 20, peakFactor: 3, readFraction: 0.5, p99BudgetMs: 500, availabilityObjective: 0.999, payloadBytes: 1_000 },
        ...at(0, 1),
      },
      { id: 'gateways', kind: 'websocket-gateway', name: 'WebSocket gateways', instances: 4, zone: 'region', ...at(1, 1) },
      { id: 'locations', kind: 'event-stream', name: 'Kafka locations', params: { partitions: 24, consumers: 4, hasDeadLetterQueue: true }, zone: 'region', ...at(2, 0) },
      { id: 'indexer', kind: 'stream-processor', name: 'Geo indexer', instances: 4, zone: 'region', ...at(3, 0) },
      { id: 'geo', kind: 'in-memory-cache', name: 'Redis geo cells', instances: 3, params: { hitRatio: 0.99, ttlSeconds: 30 }, zone: 'region', ...at(4, 0) },
      { id: 'dispatch', kind: 'stateless-service', name: 'Matching + trips', instances: 2, zone: 'region', ...at(2, 2) },
      { id: 'trips', kind: 'relational-primary', name: 'Postgres trips', params: { readReplicas: 2 }, zone: 'region', ...at(4, 2) },
      { id: 'payments', kind: 'payment-provider', name: 'Payment provider', instances: 2, ...at(5, 2) },
    ],
    calls: [
      { id: 'apps-gateways', from: 'apps', to: 'gateways', mode: 'sync', label: 'positions, ride requests' },
      { id: 'gateways-locations', from: 'gateways', to: 'locations', mode: 'async', traffic: 'write', label: 'GPS every 4 s' },
      { id: 'locations-indexer', from: 'locations', to: 'indexer', mode: 'async' },
      { id: 'indexer-geo', from: 'indexer', to: 'geo', mode: 'sync', timeoutMs: 50, retries: 1, backoff: true },
      { id: 'gateways-dispatch', from: 'gateways', to: 'dispatch', mode: 'sync', traffic: 'read', fraction: 0.02, label: 'ride request, trip state', timeoutMs: 1_000 },
      { id: 'dispatch-geo', from: 'dispatch', to: 'geo', mode: 'sync', callsPerRequest: 7, parallelGroup: 'cells', label: 'this cell + 6 around', timeoutMs: 50 },
      { id: 'dispatch-trips', from: 'dispatch', to: 'trips', mode: 'sync', timeoutMs: 200 },
      { id: 'dispatch-payments', from: 'dispatch', to: 'payments', mode: 'sync', fraction: 0.05, label: 'trip ended', timeoutMs: 3_000 },
    ],
    zones: [{ id: 'region', level: 'region', name: 'us-east-1' }],
  }),
  citations: [
    namedInPlaybook('ride-sharing.locations', SECTION, '4M events/s', 'the ingest rate a million drivers at four updates a second give', 'Here the board carries the app traffic at peak; the ingest is sized the same way.'),
    namedInPlaybook('ride-sharing.geo', SECTION, 'H3', 'the hexagon cells drivers are bucketed into'),
    namedInPlaybook('ride-sharing.dispatch', SECTION, 'rank by ETA', 'how candidate drivers are ordered'),
    namedInPlaybook('ride-sharing.gateways', 'realTimePush', 'WebSocket', 'the channel driver apps keep open'),
  ],
};
