// Payment system: every mutation carries an idempotency key checked in Postgres (the dedup table beside
// a double-entry ledger); card data goes straight to the processor's vault, and settlement files are
// reconciled asynchronously from a queue.
import { at, framed, namedInPlaybook } from '../board';
import type { ProblemMaterial } from '../material';

const SECTION = '24.12 Payment System';

export const PAYMENTS: ProblemMaterial = {
  id: 'payments',
  section: SECTION,
  applies: { readCache: false, mediaCdn: false, asyncQueue: true },
  points: [
    { id: 'idempotency', title: 'Makes every mutation idempotent: a key per request and a table of keys seen', check: null, term: 'Idempotency-Key' },
    { id: 'ledger', title: 'Records money in a double-entry ledger in a transactional database', check: { type: 'serves', kinds: ['relational-primary'] }, term: 'Double-entry ledger' },
    { id: 'saga', title: 'Runs multi-step flows as a saga with compensations for refunds', check: null, term: 'compensations' },
    { id: 'reconciliation', title: 'Reconciles with the processor asynchronously', check: { type: 'async-into', kinds: ['message-queue', 'event-stream'] }, term: 'reconciliation' },
    { id: 'pci', title: 'Shrinks PCI scope: tokenised cards, never the card number stored', check: { type: 'serves', kinds: ['payment-provider'] }, term: 'tokenize card data' },
    { id: 'hot-account', title: 'Splits hot accounts into sub-accounts', check: null, term: 'Hot account' },
  ],
  board: framed({
    format: 'napkin-board',
    version: 1,
    title: 'Payment system (reference design)',
    components: [
      {
        id: 'checkout', kind: 'web-client', name: 'Checkout + seller dashboards',
        entry: { dau: 10_000_000, actionsPerUser: 2, peakFactor: 5, readFraction: 0.667, p99BudgetMs: 3_000, availabilityObjective: 0.9995, payloadBytes: 2_000 },
        ...at(0, 1),
      },
      { id: 'gateway', kind: 'api-gateway', name: 'API gateway', instances: 2, zone: 'region', ...at(1, 1) },
      { id: 'payments', kind: 'stateless-service', name: 'Payment service', instances: 3, zone: 'region', ...at(2, 1) },
      { id: 'ledger', kind: 'relational-primary', name: 'Postgres ledger + keys', params: { readReplicas: 2 }, zone: 'region', ...at(3, 0) },
      { id: 'processor', kind: 'payment-provider', name: 'Card processor (vault)', instances: 8, ...at(3, 2) },
      { id: 'settlements', kind: 'message-queue', name: 'Settlement queue', instances: 3, params: { consumers: 2, hasDeadLetterQueue: true }, zone: 'region', ...at(4, 1) },
      { id: 'reconciler', kind: 'worker', name: 'Reconciler', instances: 2, zone: 'region', ...at(5, 1) },
    ],
    calls: [
      { id: 'checkout-gateway', from: 'checkout', to: 'gateway', mode: 'sync', label: 'POST /payments (Idempotency-Key)', timeoutMs: 10_000 },
      { id: 'gateway-payments', from: 'gateway', to: 'payments', mode: 'sync', timeoutMs: 9_000 },
      { id: 'payments-ledger', from: 'payments', to: 'ledger', mode: 'sync', label: 'key check, entries', timeoutMs: 300 },
      { id: 'payments-processor', from: 'payments', to: 'processor', mode: 'sync', traffic: 'write', label: 'charge token', timeoutMs: 8_000 },
      { id: 'payments-settlements', from: 'payments', to: 'settlements', mode: 'async', traffic: 'write', label: 'to reconcile' },
      { id: 'settlements-reconciler', from: 'settlements', to: 'reconciler', mode: 'async' },
      { id: 'reconciler-ledger', from: 'reconciler', to: 'ledger', mode: 'sync', timeoutMs: 500, retries: 3, backoff: true },
    ],
    zones: [{ id: 'region', level: 'region', name: 'us-east-1' }],
  }),
  citations: [
    namedInPlaybook('payments.ledger', SECTION, 'dedup table', 'the idempotency keys kept beside the ledger, in one transaction'),
    namedInPlaybook('payments.processor', SECTION, 'never store PAN', 'why the card number stays in the processor\'s vault'),
    namedInPlaybook('payments.settlements', SECTION, 'Async reconciliation', 'settlements checked against the ledger off the request path'),
    namedInPlaybook('payments.ledger.readReplicas', 'replication', 'failover', 'what the replicas of the ledger are for'),
  ],
};
