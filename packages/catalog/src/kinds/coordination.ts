// Coordination: consensus-backed services for leader election, discovery, locks and configuration.
// Control plane, not data plane: the playbook warns against consensus on the request hot path.
import { cite, fact, guide, playbook, SEEDS, sourced, term } from '../sourcing';
import type { KindSpec } from '../types';
import { ms, probability, rps } from '../types';

const THREE_VOTERS = sourced(
  3,
  playbook('replicationAndSharding', {
    fact: fact('3', 'nodes', 'the Raft group behind each shard'),
    note: 'The smallest consensus group that survives the loss of one node.',
  }),
);
const MAJORITY_OF_THREE = sourced(
  2,
  playbook('consensus', {
    fact: term('Raft', 'the consensus protocol, where a majority commits'),
    note: 'Raft commits with a majority: two of the three voters must be up.',
  }),
);
const VOTER_AVAILABILITY = sourced(
  probability(0.9995),
  playbook('availability', { fact: fact('99.95', '%', 'the database in the worked request path'), note: 'Not stated; a voter is a stateful node like a database node.' }),
);
const CONSENSUS_CAPACITY = sourced(
  rps(10_000),
  playbook('consensus', {
    fact: term('hot path', 'consensus, kept off the request hot path because each decision costs a round'),
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
          fact: term('service discovery', 'how services find each other without fixed addresses'),
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
          fact: term('etcd', 'a lock service, named beside ZooKeeper and Redlock'),
          note: 'Not in the playbook; acquiring a lock is one quorum write, so it is sized like the consensus store.',
        }),
      ),
      p50: QUORUM_P50,
      p99: QUORUM_P99,
      availability: VOTER_AVAILABILITY,
      instances: sourced(
        5,
        cite(SEEDS.architecturePosts, 'The Redlock Algorithm', { fact: fact('5', 'instances', 'the independent Redis instances Redlock typically uses') }),
      ),
    },
    traits: {
      stateful: true,
      quorum: sourced(
        3,
        cite(SEEDS.architecturePosts, 'The Redlock Algorithm', {
          fact: term('Quorum Locking', 'Redlock: a majority of instances must grant the lock'),
          note: 'A majority of the five instances.',
        }),
      ),
      ttlSeconds: sourced(30, guide('distributedSystems', { fact: fact('30', 's', 'the lock TTL in the guide\'s Redis example, so a crashed holder cannot block forever') })),
    },
  },
];
