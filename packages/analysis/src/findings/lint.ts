// The linter: findings that follow from the shape of the board, then those that need the engine's numbers.
import type { ComponentState } from '../engine/components';
import type { FlowResult } from '../result';
import { sharePercent } from '../engine/reach';
import type { ComponentId, Graph } from '../model/graph';
import { deepestChain, reachedAtAll, requiredPath } from './graph-walks';
import { activeConsumers, hasConsumerGroup } from '../traffic/consumers';
import { THRESHOLDS, finding, loadLevel } from './rules';
import { percentAgainst } from '../availability/report';
import type { Finding } from './rules';

// Consumers that cannot work: past the partition count a consumer group's extra members get no
// partition (playbook 13.6: within a group each partition goes to a single consumer), and consumer
// instances beyond the consumers that can work get nothing either. Both cost without adding throughput.
const sit = (count: number) => `${count} ${count === 1 ? 'sits' : 'sit'} idle`;

function consumerFindings(graph: Graph): Finding[] {
  const out: Finding[] = [];
  for (const source of graph.components) {
    if (!hasConsumerGroup(source)) continue;
    const active = activeConsumers(source);
    const { partitions, consumers } = source;
    if (partitions !== undefined && consumers !== undefined && consumers > partitions) {
      out.push(
        finding(
          'idle-consumers',
          `${source.name} has ${consumers} consumers for ${partitions} partitions: ${sit(consumers - partitions)}`,
          [source.id],
        ),
      );
    }
    const limit =
      partitions === undefined ? `${consumers ?? 0} consumers` : `${partitions} partitions, ${consumers ?? 'any'} consumers`;
    for (const call of graph.outgoing.get(source.id) ?? []) {
      const consumer = graph.byId.get(call.to);
      if (!consumer || consumer.instances <= active) continue;
      out.push(
        finding(
          'idle-consumers',
          `${consumer.name} runs ${consumer.instances} instances but only ${active} can consume from ${source.name} ` +
            `at once (${limit}): ${sit(consumer.instances - active)}`,
          [source.id, consumer.id],
          [call.id],
        ),
      );
    }
  }
  return out;
}

export function structuralFindings(graph: Graph): Finding[] {
  const out: Finding[] = [];
  const onPath = requiredPath(graph);
  const reached = reachedAtAll(graph);
  for (const c of graph.components) {
    if (c.entry !== undefined || c.family === 'zone') continue;
    if (c.isLoadBalancer && c.instances < 2)
      out.push(finding('single-load-balancer', `${c.name} is the only load balancer instance`, [c.id]));
    // The copies that hold the data (`dataCopies`): instances + read replicas, or a stateful kind's
    // replicationFactor when more. Availability counts the same copies, except where the kind's figure
    // is its service's SLA (`availabilityIsServiceLevel`), which covers them already: the provider
    // replicates, so there is still nothing to flag. One copy is a database without a replica, or else a spof.
    const single = c.dataCopies < 2;
    // A replica box wired to it by a replication call is a replica, even one that serves its own reads.
    if (c.isDatabase && single && c.replicatedTo.length === 0) out.push(finding('db-without-replica', `${c.name} has no replica`, [c.id]));
    if (
      onPath.has(c.id) &&
      single &&
      !c.isLoadBalancer &&
      !c.isDatabase &&
      c.replicaOf === undefined &&
      c.family !== 'external'
    ) {
      out.push(finding('spof', `${c.name} runs one instance on a required path`, [c.id]));
    }
    if (c.isCache && !(c.ttlSeconds !== undefined && c.ttlSeconds > 0))
      out.push(finding('cache-without-ttl', `${c.name} has no TTL`, [c.id]));
    if (c.isQueue && c.hasDeadLetterQueue !== true)
      out.push(finding('queue-without-dlq', `${c.name} has no dead-letter queue`, [c.id]));
    // A replica is fed by its primary's replication, and its reads are counted on the primary.
    if (!reached.has(c.id) && c.replicaOf === undefined) out.push(finding('unreached-component', `no flow reaches ${c.name}`, [c.id]));
    const syncCalls = (graph.outgoing.get(c.id) ?? []).filter((call) => call.mode === 'sync');
    const width = syncCalls.reduce((sum, call) => sum + call.callsPerRequest, 0);
    if (width > THRESHOLDS.wideFanout) {
      out.push(
        finding(
          'wide-sync-fanout',
          `${c.name} makes ${width} synchronous calls per request`,
          [c.id],
          syncCalls.map((call) => call.id),
        ),
      );
    }
  }
  for (const call of graph.calls) {
    const from = graph.byId.get(call.from);
    const to = graph.byId.get(call.to);
    if (!from || !to) continue;
    if (
      call.mode === 'sync' &&
      onPath.has(call.from) &&
      (call.networkTier === 'cross-region' || call.networkTier === 'cross-continent')
    ) {
      out.push(
        finding(
          'sync-cross-region',
          `${from.name} → ${to.name} is a synchronous ${call.networkTier} call (${call.networkMs} ms)`,
          [from.id, to.id],
          [call.id],
        ),
      );
    }
    if (call.retries > 0 && !call.backoff)
      out.push(
        finding(
          'retries-without-backoff',
          `${from.name} → ${to.name} retries ${call.retries}× without backoff`,
          [from.id, to.id],
          [call.id],
        ),
      );
    if (call.mode === 'sync' && call.timeoutMs === undefined && from.entry === undefined) {
      out.push(
        finding('call-without-timeout', `${from.name} → ${to.name} has no timeout`, [from.id, to.id], [call.id]),
      );
    }
    if (from.entry !== undefined && to.isDatabase)
      out.push(finding('client-to-database', `${from.name} talks straight to ${to.name}`, [from.id, to.id], [call.id]));
  }
  out.push(...consumerFindings(graph));
  for (const cycle of graph.cycles) {
    if (!cycle.allSync) continue;
    const names = cycle.components.map((id) => graph.byId.get(id)?.name ?? id);
    out.push(
      finding(
        'sync-cycle',
        `synchronous cycle ${[...names, names[0]].join(' → ')}; the engine ignored its last call`,
        cycle.components,
        cycle.calls,
      ),
    );
  }
  const chain = deepestChain(graph);
  if (chain.depth > THRESHOLDS.deepChain) {
    const ids = [chain.calls[0]?.from, ...chain.calls.map((call) => call.to)].filter(
      (id): id is ComponentId => id !== undefined,
    );
    out.push(
      finding(
        'deep-sync-chain',
        `a synchronous chain of ${chain.depth} hops`,
        ids,
        chain.calls.map((call) => call.id),
      ),
    );
  }
  for (const entry of graph.components) {
    if (entry.entry === undefined || (graph.outgoing.get(entry.id) ?? []).length === 0) continue;
    if (!edgeLimits(graph, entry.id))
      out.push(finding('no-edge-rate-limit', `no rate limiting on the way in from ${entry.name}`, [entry.id]));
  }
  return out;
}

/** Whether a rate-limiting component sits on the synchronous path before the flow leaves the edge family. */
function edgeLimits(graph: Graph, entry: ComponentId): boolean {
  const queue: ComponentId[] = [entry];
  const seen = new Set<ComponentId>(queue);
  while (queue.length > 0) {
    const id = queue.shift();
    if (id === undefined) break;
    for (const call of graph.outgoing.get(id) ?? []) {
      const next = graph.byId.get(call.to);
      if (!next || seen.has(next.id) || call.mode !== 'sync') continue;
      seen.add(next.id);
      if (next.rateLimits) return true;
      if (next.family === 'client-edge') queue.push(next.id);
    }
  }
  return false;
}

const pct = (ratio: number) => `${(ratio * 100).toFixed(0)} %`;
/** Milliseconds as a finding prints them: a decimal below 10 ms, whole and grouped above ("46,142"). */
const ms = (value: number): string => (value < 10 ? value.toFixed(1) : Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ','));

/** Percentage points, to the digits that tell them apart. */
const points = (value: number): string => `${value.toPrecision(2)} points`;

export function measuredFindings(
  graph: Graph,
  states: ReadonlyMap<ComponentId, ComponentState>,
  flows: readonly FlowResult[],
): Finding[] {
  const out: Finding[] = [];
  for (const component of graph.components) {
    const state = states.get(component.id);
    if (!state?.queue) continue;
    const rho = state.traffic.utilisation.value;
    const level = loadLevel(rho, state.queue.saturated);
    if (level === 'saturated') {
      out.push(
        finding(
          'saturated',
          `${component.name} is ${state.traffic.utilisation.capped ? 'past any capacity' : `at ${pct(rho)}`}: ` +
            `${pct(state.queue.droppedShare.value)} of its requests fail`,
          [component.id],
        ),
      );
    } else if (level === 'hot') {
      out.push(finding('hot-component', `${component.name} runs at ${pct(rho)} utilisation`, [component.id]));
    }
  }
  const hogs = new Set<ComponentId>();
  for (const flow of flows) {
    const budget = flow.latency.budgetMs.value;
    if (!flow.latency.withinBudget) {
      const p99 = flow.latency.p99Ms;
      const tier = flow.latency.saturated;
      out.push(
        finding(
          'over-latency-objective',
          p99 === null
            ? `${flow.name}: p99 is unbounded (${tier?.name ?? 'a tier it waits on'} is saturated), over the ${budget} ms budget`
            : `${flow.name}: p99 ${p99.capped ? 'past ' : ''}${ms(p99.value)} ms is over the ${budget} ms budget`,
          tier ? [flow.entry, tier.component] : [flow.entry],
        ),
      );
    }
    if (!flow.availability.meetsObjective) {
      out.push(
        finding(
          'under-availability-objective',
          `${flow.name}: ${percentAgainst(flow.availability.percent.value, flow.availability.objective.value)} is under the ${flow.availability.objective.value} % objective`,
          // A zone as the weakest link is named in the flow's figures; the finding frames components only.
          flow.availability.weakestLink?.kind === 'component'
            ? [flow.entry, flow.availability.weakestLink.component as ComponentId]
            : [flow.entry],
        ),
      );
      const loss = flow.availability.timeoutLoss;
      // Named when late answers cost more than failures do: then the weakest link is not where the fix is.
      if (loss !== null && loss.points.value > loss.failurePoints.value) {
        out.push(
          finding(
            'timeouts-cost-availability',
            `${flow.name}: calls answering after their timeout cost ${points(loss.points.value)} of its ` +
              `${points(100 - flow.availability.percent.value)} of unavailability; most often late: ${String(loss.points.inputs.latestCall)}`,
            [flow.entry],
            [loss.latestCall],
          ),
        );
      }
    }
    // Every class's path: a hop only writes reach can hog the budget as much as a read hop.
    for (const hop of flow.latency.criticalPaths.flatMap((path) => path.hops)) {
      // A saturated hop (own time unbounded) is the `saturated` finding's, not a budget share. The share is
      // weighted by the requests that reach the hop: one 2 % of requests visit rarely sets the flow's p99.
      const share = hop.budgetShare;
      if (hogs.has(hop.component) || share === null || share.value <= THRESHOLDS.budgetHogShare) continue;
      hogs.add(hop.component);
      const atTail = Number(share.inputs.ownAtQuantileMs ?? hop.ownP99Ms ?? 0);
      const reached = hop.reach.value < 0.9995 ? ` (${sharePercent(hop.reach.value)} of requests reach it)` : '';
      out.push(
        finding('budget-hog', `${hop.name} takes ${ms(atTail)} ms at the flow's p99 of the ${budget} ms budget${reached}`, [
          hop.component,
        ]),
      );
    }
  }
  return out;
}
