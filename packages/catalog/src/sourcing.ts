// Helpers that tie every default to the playbook text it was read from.
// The texts are not in the repository: each citation carries the fact it uses in our words, and
// `pnpm check:citations <dir of the texts>` (scripts/check-citations.ts) checks it against them.
import type { Fact, FactUnit, Source, Sourced } from './types';

/** The playbook texts, by the role they play for the catalog. */
export const SEEDS = {
  /** "System design playbook": latency table, availability maths, capacity reference card. */
  playbook: '002_d2e8851c35a8764a.txt',
  /** Senior interview guide: caching, messaging, reliability questions and case studies. */
  interviewGuide: '003_46eb33f51f0f1715.txt',
  /** Principal engineer's guide: database selection, caching, storage patterns. */
  principalGuide: '004_d8fa50d2b0fa5162.txt',
  /** Architecture posts: service discovery, ZooKeeper, Redlock. */
  architecturePosts: '001_23a9864b846720f5.txt',
} as const;

export type SeedFile = (typeof SEEDS)[keyof typeof SEEDS];

/** Section headings of seed 002 exactly as the text prints them. */
export const PLAYBOOK_SECTIONS = {
  powersOfTwo: '5.1 Powers of Two (memorize)',
  latencyNumbers: '5.2 Latency Numbers Every Programmer Should Know',
  throughputStorage: '5.3 Time, Throughput, and Storage Quick Reference',
  availability: '5.4 Availability in Numbers',
  dns: '7.1 DNS',
  cdn: '7.2 CDN',
  proxies: '7.3 Forward vs Reverse Proxy',
  lbLayers: '8.1 Load Balancer Layers',
  stickySessions: '8.3 Sticky Sessions vs Stateless',
  apiGateway: '8.4 API Gateway',
  decisionMatrix: '9.1 Decision Matrix',
  nosqlFamilies: '9.3 NoSQL Families',
  replication: '10.1 Replication',
  sharding: '10.2 Sharding (Horizontal Partitioning)',
  replicationAndSharding: '10.5 Replication + Sharding Combined',
  consensus: '11.4 Consensus',
  cacheLayers: '12.1 Layers (in order, from client to disk)',
  cacheRead: '12.2 Cache Patterns (Read)',
  cacheEviction: '12.4 Eviction Policies',
  cachePitfalls: '12.6 Common Pitfalls',
  whyAsync: '13.1 Why Async',
  queueVsStream: '13.2 Message Queue vs Event Stream',
  asyncPatterns: '13.4 Patterns',
  backpressure: '13.5 Backpressure',
  kafka: '13.6 Kafka Mental Model',
  streamProcessing: '13.7 Stream Processing Fundamentals',
  realTimePush: '14.5 Real-Time Push: Long Polling vs SSE vs WebSocket',
  serverless: '15.12 Serverless / FaaS',
  coordination: '16.1 Consensus & Coordination',
  timeouts: '17.2 Timeouts',
  distributedLock: '16.9 Distributed Lock',
  rateLimiting: '17.6 Rate Limiting',
  disasterRecovery: '17.9 Disaster Recovery',
  tailLatency: '17.11 Tail Latency: "The Tail at Scale"',
  defenseInDepth: '19.9 Defense in Depth',
  scaleSequence: '20.2 The Scale Sequence (apply in order)',
  capacityWorksheet: '20.3 Capacity Estimation Worksheet',
  multiRegion: '20.6 Multi-Region Patterns',
  capacityCard: '20.8 Capacity Reference Card',
  warehouse: '21.2 Data Warehouse vs Data Lake vs Lakehouse',
  cdc: '21.4 CDC (Change Data Capture)',
  notificationSystem: '24.11 Notification System',
  paymentSystem: '24.12 Payment System',
  fileStorage: '24.13 File Storage (Dropbox / S3)',
  searchIndex: '24.15 Distributed Search Index',
  scheduler: '24.19 Distributed Scheduler / Cron',
  // The text prints this heading with a garbled emoji before the title, which the section reader of
  // scripts/ drops, as a person reading it would.
  antiPatterns: '26. Anti-Patterns to Avoid',
} as const;

/** How a number was read: the fact the section states, an explanatory note, or both. */
export interface Reading {
  readonly fact?: Fact;
  readonly note?: string;
}

/** A number the section states: `fact('99.99', '%', 'one load balancer on the worked request path')`. */
export function fact(figure: string, unit: FactUnit, appliesTo: string): Fact {
  return { figure, unit, appliesTo };
}

/** A practice or property the section names, with no number: `term('DLQ', 'where failing messages go')`. */
export function term(name: string, appliesTo: string): Fact {
  return { figure: name, appliesTo };
}

/** Units printed straight after the number ("99.99%", "3×"); the others take a space ("5 ms"). */
const UNSPACED: ReadonlySet<FactUnit> = new Set<FactUnit>(['%', '×']);

/** The figure with its unit, as the app prints it: "99.99%", "10-60 ms", "3 copies", "DLQ". */
export function figureWithUnit(fact: Fact): string {
  if (fact.unit === undefined) return fact.figure;
  return UNSPACED.has(fact.unit) ? `${fact.figure}${fact.unit}` : `${fact.figure} ${fact.unit}`;
}

/** One line for a tooltip: "99.99% — one load balancer on the worked request path". */
export function describeFact(fact: Fact): string {
  return `${figureWithUnit(fact)} — ${fact.appliesTo}`;
}

export function cite(seed: SeedFile, section: string, reading: Reading): Source {
  return { seed, section, ...reading };
}

/** Shorthand for the main playbook, which most defaults come from. */
export function playbook(section: keyof typeof PLAYBOOK_SECTIONS, reading: Reading): Source {
  return cite(SEEDS.playbook, PLAYBOOK_SECTIONS[section], reading);
}

/** Shorthand for the interview guide, whose sections are its top-level topics. */
export const GUIDE_SECTIONS = {
  fundamentals: 'Fundamentals',
  scalability: 'Scalability',
  distributedSystems: 'Distributed Systems',
  databases: 'Databases & Storage',
  caching: 'Caching',
  messaging: 'Messaging & Events',
  apiDesign: 'API Design',
  reliability: 'Reliability & Resilience',
  caseStudies: 'Case Studies',
} as const;

export function guide(section: keyof typeof GUIDE_SECTIONS, reading: Reading): Source {
  return cite(SEEDS.interviewGuide, GUIDE_SECTIONS[section], reading);
}

export function sourced<T>(value: T, source: Source): Sourced<T> {
  return { value, source };
}

/**
 * Kinds share default objects (one LB availability for several kinds), so a consumer that mutated
 * one would silently change others: freeze the whole tree, not just the array.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
