// Edge: the servers at the front door, where requests are resolved, cached, spread, filtered and limited.
// The clients that originate load are in clients.ts (same family, 'client-edge').
import { fact, guide, playbook, sourced, term } from '../sourcing';
import type { KindSpec } from '../types';
import { ms, probability, rps } from '../types';

export const ONE_BOX = sourced(
  1,
  playbook('availability', {
    fact: term('typical request path', 'the worked availability example, which counts one box per tier'),
    note: 'The worked path counts each box once; the board adds instances and the linter flags single points of failure.',
  }),
);
const LB_AVAILABILITY = sourced(probability(0.9999), playbook('availability', { fact: fact('99.99', '%', 'the load balancer in the worked request path') }));
const EDGE_AVAILABILITY = sourced(
  probability(0.9999),
  playbook('availability', {
    fact: fact('99.99', '%', 'the load balancer in the worked request path'),
    note: 'Not stated for this kind; an edge proxy is the same class of component as the load balancer.',
  }),
);
const PROXY_CAPACITY = sourced(
  rps(50_000),
  playbook('capacityCard', {
    fact: fact('50K+', 'req/s', 'one Nginx or Envoy core proxying'),
    note: 'One core: the floor of the figure, since it is an open-ended lower bound.',
  }),
);
const EDGE_P99 = sourced(
  ms(5),
  playbook('latencyNumbers', {
    fact: fact('5-10', 'ms', 'TLS, load balancer and ingress together, in a 200 ms p99 budget'),
    note: 'The 200 ms budget gives TLS + LB + ingress 5-10 ms; one edge hop takes the low end.',
  }),
);
const EDGE_P50 = sourced(
  ms(1),
  playbook('latencyNumbers', {
    note: 'Not in the table: with kept-alive connections a proxy hop is ~1 ms at the median; handshakes live in the tail.',
  }),
);
const REDIS_P50 = sourced(ms(0.5), guide('caching', { fact: fact('<1', 'ms', 'a Redis cache hit') }));
const REDIS_P99 = sourced(
  ms(2),
  playbook('latencyNumbers', {
    fact: fact('1-5', 'ms', 'one to three cache lookups, in a 200 ms p99 budget'),
    note: 'One Redis round of a 1-5 ms lookup budget.',
  }),
);

export const EDGE_KINDS: readonly KindSpec[] = [
  {
    id: 'dns',
    label: 'DNS',
    family: 'client-edge',
    summary: 'Resolves names to addresses; cached at every layer, so rarely on the per-request path.',
    aliases: ['route 53', 'route53', 'resolver', 'geo-dns', 'domain'],
    icon: 'globe',
    defaults: {
      capacityRps: sourced(
        rps(100_000),
        playbook('dns', {
          fact: term('resolver', 'where DNS answers are cached: browser, OS and resolver'),
          note: 'Not in the playbook; an authoritative server answers ~100K queries/s, and caches absorb most lookups.',
        }),
      ),
      p50: sourced(
        ms(1),
        playbook('dns', {
          fact: term('resolver', 'where DNS answers are cached: browser, OS and resolver'),
          note: 'Not in the playbook; a cached answer from the OS or resolver, ~1 ms.',
        }),
      ),
      p99: sourced(
        ms(50),
        playbook('dns', {
          note: 'Not in the playbook; a full recursive lookup (root, TLD, authoritative) is a few cross-region hops, ~50 ms.',
        }),
      ),
      availability: EDGE_AVAILABILITY,
      instances: ONE_BOX,
    },
    traits: {
      stateful: false,
      ttlSeconds: sourced(60, playbook('dns', { fact: fact('60', 's', 'the short DNS TTL that makes failover fast'), note: 'Records you fail over keep 60 s.' })),
    },
  },
  {
    id: 'cdn',
    label: 'CDN',
    family: 'client-edge',
    summary: 'Edge PoPs caching static (and some dynamic) content near users; misses go to the origin.',
    aliases: ['cloudfront', 'cloudflare', 'akamai', 'fastly', 'edge cache', 'pop'],
    icon: 'cdn',
    defaults: {
      capacityRps: sourced(
        rps(100_000),
        playbook('cdn', {
          note: 'Not in the playbook; a PoP serves cache hits at ~100K req/s, in line with Redis-class in-memory serving.',
        }),
      ),
      p50: sourced(ms(1), playbook('capacityCard', { fact: fact('~1', 'ms', 'a CDN edge answering a cache hit in-region') })),
      p99: sourced(
        ms(10),
        playbook('capacityCard', {
          fact: fact('~1', 'ms', 'a CDN edge answering a cache hit in-region'),
          note: 'Not stated; a tail of 10x the hit median for cold objects and TLS.',
        }),
      ),
      availability: EDGE_AVAILABILITY,
      instances: ONE_BOX,
    },
    traits: {
      stateful: false,
      hitRatio: sourced(
        0.9,
        playbook('cacheLayers', {
          fact: fact('90', '%', 'the hit rate of each layer in the three-layer example'),
          note: 'The playbook reasons with 90 % per cache layer.',
        }),
      ),
      ttlSeconds: sourced(
        86_400,
        playbook('cdn', {
          fact: term('long TTLs', 'CDN content behind versioned, immutable URLs'),
          note: 'A long TTL: one day, the high DNS TTL of 7.1 (24 h).',
        }),
      ),
    },
  },
  {
    id: 'load-balancer-l4',
    label: 'Load balancer (L4)',
    family: 'client-edge',
    summary: 'Routes by IP and port; cheap, fast and content-blind (TCP services, MySQL/Redis frontends).',
    aliases: ['nlb', 'network load balancer', 'tcp load balancer', 'ipvs', 'lb'],
    icon: 'load-balancer',
    defaults: {
      capacityRps: sourced(
        rps(200_000),
        playbook('lbLayers', {
          fact: term('content-blind', 'an L4 balancer, which forwards by IP and port without parsing requests'),
          note: 'Not on the card; no HTTP parsing, so 4x the per-core L7 proxying figure.',
        }),
      ),
      p50: sourced(
        ms(0.2),
        playbook('lbLayers', {
          fact: term('content-blind', 'an L4 balancer, which forwards by IP and port without parsing requests'),
          note: 'Not in the playbook; packet forwarding adds ~0.2 ms.',
        }),
      ),
      p99: sourced(
        ms(1),
        playbook('lbLayers', {
          note: 'Not in the playbook; 1 ms, below the L7 figure because nothing is parsed or terminated.',
        }),
      ),
      availability: LB_AVAILABILITY,
      instances: ONE_BOX,
    },
    traits: { loadBalancer: true, stateful: false },
  },
  {
    id: 'load-balancer-l7',
    label: 'Load balancer (L7)',
    family: 'client-edge',
    summary: 'Routes on what the request says (path, host, headers, cookies); terminates TLS.',
    aliases: ['alb', 'application load balancer', 'nginx', 'envoy', 'haproxy', 'ingress', 'lb'],
    icon: 'load-balancer',
    defaults: { capacityRps: PROXY_CAPACITY, p50: EDGE_P50, p99: EDGE_P99, availability: LB_AVAILABILITY, instances: ONE_BOX },
    traits: { loadBalancer: true, stateful: false },
  },
  {
    id: 'api-gateway',
    label: 'API gateway',
    family: 'client-edge',
    summary: 'Edge reverse proxy owning auth, rate limits, routing and request transformation.',
    aliases: ['kong', 'apigee', 'aws api gateway', 'bff', 'gateway'],
    icon: 'gateway',
    defaults: {
      capacityRps: sourced(
        rps(20_000),
        playbook('apiGateway', {
          fact: term('JWT validation', 'work an API gateway does on every request'),
          note: 'Not on the card; auth and rate-limit checks per request cost more than plain proxying, so 20K req/s.',
        }),
      ),
      p50: sourced(ms(2), playbook('apiGateway', { note: 'Not in the playbook; a proxy hop plus token validation, ~2 ms.' })),
      p99: sourced(
        ms(10),
        playbook('latencyNumbers', {
          fact: fact('5-10', 'ms', 'TLS, load balancer and ingress together, in a 200 ms p99 budget'),
          note: 'The top of the 5-10 ms ingress budget, since the gateway does the most work at the edge.',
        }),
      ),
      availability: EDGE_AVAILABILITY,
      instances: ONE_BOX,
    },
    traits: { stateful: false, rateLimits: true },
  },
  {
    id: 'reverse-proxy',
    label: 'Reverse proxy',
    family: 'client-edge',
    summary: 'Nginx, Envoy or HAProxy in front of servers: TLS termination, caching, compression, rewriting.',
    aliases: ['nginx', 'envoy', 'haproxy', 'traefik', 'varnish', 'proxy'],
    icon: 'proxy',
    defaults: {
      capacityRps: PROXY_CAPACITY,
      p50: EDGE_P50,
      p99: EDGE_P99,
      availability: sourced(
        probability(0.9999),
        playbook('proxies', {
          fact: term('load balancer', 'what a reverse proxy often doubles as'),
          note: 'Same software and role as the LB, so the LB figure of 5.4, 99.99 %.',
        }),
      ),
      instances: ONE_BOX,
    },
    traits: { stateful: false },
  },
  {
    id: 'waf',
    label: 'Web application firewall',
    family: 'client-edge',
    summary: 'Filters malicious requests (OWASP rules, IP blocklists) before they reach the services.',
    aliases: ['waf', 'firewall', 'ddos protection', 'shield', 'modsecurity'],
    icon: 'shield',
    defaults: {
      capacityRps: sourced(
        rps(20_000),
        playbook('defenseInDepth', {
          fact: term('WAF', 'the outermost layer of defence, at the edge'),
          note: 'Not on the card; rule matching on every request costs more than plain proxying, so 20K req/s.',
        }),
      ),
      p50: EDGE_P50,
      p99: EDGE_P99,
      availability: EDGE_AVAILABILITY,
      instances: ONE_BOX,
    },
    traits: { stateful: false },
  },
  {
    id: 'rate-limiter',
    label: 'Rate limiter',
    family: 'client-edge',
    summary: 'Token bucket or sliding window per user, IP or key, with counters in Redis.',
    aliases: ['throttle', 'token bucket', 'quota', 'leaky bucket', 'sliding window'],
    icon: 'gauge',
    defaults: {
      capacityRps: sourced(
        rps(100_000),
        playbook('capacityCard', {
          fact: fact('100K', 'ops/s', 'one Redis node'),
          note: 'One counter update per request, so the limiter runs at Redis speed.',
        }),
      ),
      p50: REDIS_P50,
      p99: REDIS_P99,
      availability: sourced(
        probability(0.9999),
        playbook('availability', {
          fact: fact('99.99', '%', 'the cache in the worked request path'),
          note: 'Backed by Redis counters, so it fails like the cache.',
        }),
      ),
      instances: ONE_BOX,
    },
    traits: { stateful: true, rateLimits: true },
  },
];
