// Coordination: consensus-backed services for leader election, discovery, locks and configuration.
// Control plane, not data plane: the playbook warns against consensus on the request hot path.
import { cite, guide, playbook, SEEDS, sourced } from '../sourcing';
import type { KindSpec } from '../types';
import { ms, probability, rps } from '../types';

const THREE_VOTERS = sourced(
  3,
  playbook('replicationAndSharding', {
    quote: '3-node Raft group',
    note: 'The smallest consensus group that survives the loss of one node.',
  }),
);
const MAJORITY_OF_THREE = sourced(
  2,
  playbook('consensus', {
    quote: 'Raft',
    note: 'Raft commits with a majority: two of the three voters must be up.',
  }),
);
const VOTER_AVAILABILITY = sourced(
  probability(0.9995),
  playbook('availability', { quote: 'DB (99.95%)', note: 'Not stated; a voter is a stateful node like a database node.' }),
);
const CONSENSUS_CAPACITY = sourced(
  rps(10_000),
  playbook('consensus', {
    quote: 'Consensus is expensive.',
    note: 'Not in the playbook; every write is a quorum round with an fsync, so ~10K ops/s for the group.',
  }),
);
const QUORUM_P50 = sourced(
  ms(2),
  playbook('consensus', {
    note: 'Not in the playbook; a quorum write inside one zone is a few same-datacenter round trips, ~2 ms.',
  }),
);
const QUORUM_P99 = sourced(
  ms(25),
  playbook('consensus', {
    note: 'Not in the playbook; fsync stalls and leader elections put the tail at ~25 ms.',
  }),
);

export const COORDINATION_KINDS: readonly KindSpec[] = [
  {
    id: 'consensus-store',
    label: 'Consensus store',
    family: 'coordination',
    summary: 'etcd, ZooKeeper or Consul: a small replicated store for leader election, config and shard maps.',
    aliases: ['etcd', 'zookeeper', 'zk', 'consul', 'raft', 'paxos', 'chubby'],
    icon: 'consensus',
    defaults: { capacityRps: CONSENSUS_CAPACITY, p50: QUORUM_P50, p99: QUORUM_P99, availability: VOTER_AVAILABILITY, instances: THREE_VOTERS },
    traits: { stateful: true, quorum: MAJORITY_OF_THREE, replicationFactor: THREE_VOTERS },
  },
  {
    id: 'service-discovery',
    label: 'Service discovery',
    family: 'coordination',
    summary: 'Registry that maps service names to healthy instances (Consul, Kubernetes DNS, Eureka).',
    aliases: ['consul', 'eureka', 'kubernetes dns', 'registry', 'service registry', 'coredns'],
    icon: 'compass',
    defaults: {
      capacityRps: sourced(
        rps(50_000),
        cite(SEEDS.architecturePosts, 'Service Discovery', {
          quote: 'You need a way for services to find each other without knowing addresses in advance.',
          note: 'Not in the texts; lookups are reads served from memory on any node, ~50K/s.',
        }),
      ),
      p50: sourced(
        ms(1),
        cite(SEEDS.architecturePosts, 'Service Discovery', {
          note: 'Not in the texts; a lookup served from a local agent or cache, ~1 ms.',
        }),
      ),
      p99: sourced(
        ms(10),
        cite(SEEDS.architecturePosts, 'Service Discovery', {
          note: 'Not in the texts; a cache miss that reaches the servers, ~10 ms.',
        }),
      ),
      availability: VOTER_AVAILABILITY,
      instances: THREE_VOTERS,
    },
    traits: { stateful: true, quorum: MAJORITY_OF_THREE },
  },
  {
    id: 'distributed-lock',
    label: 'Distributed lock',
    family: 'coordination',
    summary: 'Mutual exclusion across machines (Redlock, ZooKeeper, etcd leases) with expiry and fencing tokens.',
    aliases: ['lock', 'redlock', 'redis lock', 'mutex', 'lease', 'fencing token'],
    icon: 'lock',
    defaults: {
      capacityRps: sourced(
        rps(10_000),
        playbook('distributedLock', {
          quote: 'Implementations: Redis Redlock (controversial), Zookeeper, etcd.',
          note: 'Not in the playbook; acquiring a lock is one quorum write, so it is sized like the consensus store.',
        }),
      ),
      p50: QUORUM_P50,
      p99: QUORUM_P99,
      availability: VOTER_AVAILABILITY,
      instances: sourced(
        5,
        cite(SEEDS.architecturePosts, 'The Redlock Algorithm', { quote: 'use N independent instances (typically 5)' }),
      ),
    },
    traits: {
      stateful: true,
      quorum: sourced(
        3,
        cite(SEEDS.architecturePosts, 'The Redlock Algorithm', {
          quote: 'Quorum Locking',
          note: 'A majority of the five instances.',
        }),
      ),
      ttlSeconds: sourced(30, guide('distributedSystems', { quote: '30s TTL prevents deadlock if holder crashes' })),
    },
  },
];
