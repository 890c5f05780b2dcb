// Compute: the tiers that run application code, on the request path or beside it.
import { fact, playbook, sourced, term } from '../sourcing';
import type { KindSpec } from '../types';
import { ms, probability, rps } from '../types';

const APP_CAPACITY = sourced(
  rps(10_000),
  playbook('capacityWorksheet', {
    fact: fact('10K', 'queries/s', 'one modern app server, in the capacity worksheet'),
    note: 'Inside the range the capacity card (20.8) gives one app server serving stateless HTTP, 5K-20K.',
  }),
);
const APP_P99 = sourced(
  ms(25),
  playbook('latencyNumbers', {
    fact: fact('20-30', 'ms', 'app server processing, in a 200 ms p99 budget'),
    note: 'The 200 ms budget gives app processing 20-30 ms at p99; the midpoint is the default.',
  }),
);
const APP_P50 = sourced(
  ms(5),
  playbook('tailLatency', {
    fact: term('GC pauses', 'a source of tail latency in app servers'),
    note: 'No median in the playbook; 5 ms, a fifth of the p99, reflects the GC pauses and queueing named as tail sources.',
  }),
);
const APP_AVAILABILITY = sourced(probability(0.9995), playbook('availability', { fact: fact('99.95', '%', 'the app tier in the worked request path') }));
const APP_CLASS_AVAILABILITY = sourced(
  probability(0.9995),
  playbook('availability', {
    fact: fact('99.95', '%', 'the app tier in the worked request path'),
    note: 'Not stated for this kind; it runs application code like the app tier.',
  }),
);
const ONE_INSTANCE = sourced(
  1,
  playbook('availability', {
    fact: term('app tier', 'the worked examples, which treat a whole tier as one unit'),
    note: 'The worked examples treat a tier as one unit; add instances on the board for redundancy.',
  }),
);
/** Background jobs do an order of magnitude more work than one HTTP request. */
const JOB_CAPACITY = sourced(
  rps(1_000),
  playbook('queueVsStream', {
    fact: term('video transcoding', 'background work a queue suits, heavier than one request'),
    note: 'Not in the playbook; a job is ~10x the work of an HTTP request, so a tenth of the 10K QPS app server.',
  }),
);

export const COMPUTE_KINDS: readonly KindSpec[] = [
  {
    id: 'stateless-service',
    label: 'Stateless service',
    family: 'compute',
    summary: 'An HTTP or gRPC application tier keeping no session state; scales out behind a load balancer.',
    aliases: ['app server', 'api', 'microservice', 'backend', 'web server', 'service'],
    icon: 'server',
    defaults: { capacityRps: APP_CAPACITY, p50: APP_P50, p99: APP_P99, availability: APP_AVAILABILITY, instances: ONE_INSTANCE },
    traits: { stateful: false },
  },
  {
    id: 'worker',
    label: 'Worker',
    family: 'compute',
    summary: 'Background consumer pulling jobs off a queue; off the request path, bounded by its queue.',
    aliases: ['consumer', 'background job', 'job runner', 'sidekiq', 'celery', 'batch'],
    icon: 'worker',
    defaults: {
      capacityRps: JOB_CAPACITY,
      p50: sourced(
        ms(10),
        playbook('asyncPatterns', {
          fact: term('Work queue', 'producers feeding a queue that workers drain, one message each'),
          note: 'Not in the playbook; a job takes ~10 ms at the median (twice the app median).',
        }),
      ),
      p99: sourced(
        ms(100),
        playbook('asyncPatterns', {
          note: 'Not in the playbook; jobs that call slow dependencies make a 10x tail.',
        }),
      ),
      availability: APP_CLASS_AVAILABILITY,
      instances: ONE_INSTANCE,
    },
    traits: { stateful: false },
  },
  {
    id: 'serverless-function',
    label: 'Serverless function',
    family: 'compute',
    summary: 'Lambda or Cloud Functions on demand: no idle cost, autoscaling, cold starts in the tail.',
    aliases: ['lambda', 'aws lambda', 'cloud functions', 'faas', 'azure functions', 'edge function'],
    icon: 'function',
    defaults: {
      capacityRps: sourced(
        rps(1_000),
        playbook('serverless', {
          fact: term('autoscale', 'serverless functions, which scale on demand'),
          note: 'Not in the playbook; the default account concurrency of 1,000 executions at ~1 s each or less.',
        }),
      ),
      p50: sourced(
        ms(20),
        playbook('serverless', {
          note: 'Not in the playbook; a warm invocation adds runtime overhead to app-like work, ~20 ms.',
        }),
      ),
      p99: sourced(
        ms(500),
        playbook('serverless', {
          fact: term('cold start', 'the serverless drawback that sets the tail'),
          note: 'Cold starts dominate the tail; a few hundred ms, 500 ms.',
        }),
      ),
      availability: APP_CLASS_AVAILABILITY,
      instances: sourced(1, playbook('serverless', { note: 'One function on the board; the platform adds instances itself.' })),
    },
    traits: { stateful: false },
  },
  {
    id: 'websocket-gateway',
    label: 'WebSocket gateway',
    family: 'compute',
    summary: 'Holds persistent connections for chat, presence and collaboration; pushes messages both ways.',
    aliases: ['websocket', 'ws', 'socket.io', 'realtime', 'push server', 'sse'],
    icon: 'socket',
    defaults: {
      capacityRps: sourced(
        rps(10_000),
        playbook('capacityWorksheet', {
          fact: fact('10K', 'queries/s', 'one modern app server, in the capacity worksheet'),
          note: 'Messages per second per box, sized like an app server.',
        }),
      ),
      p50: sourced(
        ms(1),
        playbook('realTimePush', {
          fact: term('Persistent upgrade', 'a WebSocket connection, opened once and kept'),
          note: 'Not in the playbook; no handshake per message on a persistent connection, ~1 ms.',
        }),
      ),
      p99: sourced(
        ms(10),
        playbook('realTimePush', {
          note: 'Not in the playbook; fan-out to many sockets and GC put the tail at 10 ms.',
        }),
      ),
      availability: APP_CLASS_AVAILABILITY,
      instances: ONE_INSTANCE,
    },
    traits: { stateful: true },
  },
  {
    id: 'scheduler',
    label: 'Scheduler',
    family: 'compute',
    summary: 'Leader-elected cron: only one instance dispatches due jobs to the worker pool at a time.',
    aliases: ['cron', 'quartz', 'airflow', 'temporal', 'eventbridge', 'job scheduler'],
    icon: 'clock',
    defaults: {
      capacityRps: sourced(
        rps(1_000),
        playbook('scheduler', {
          fact: term('Time-bucketed queue', 'how a distributed scheduler finds the jobs that are due'),
          note: 'Not in the playbook; dispatch pops due jobs from a sorted set, ~1K jobs/s.',
        }),
      ),
      p50: sourced(ms(5), playbook('scheduler', { note: 'Not in the playbook; one sorted-set pop plus enqueue, ~5 ms.' })),
      p99: sourced(
        ms(50),
        playbook('scheduler', {
          note: 'Not in the playbook; leader hand-over and batch dispatch, 10x the median.',
        }),
      ),
      availability: APP_CLASS_AVAILABILITY,
      instances: sourced(1, playbook('scheduler', { fact: term('Leader-elected', 'the scheduler: a single instance dispatches at any time') })),
    },
    traits: { stateful: true },
  },
];
