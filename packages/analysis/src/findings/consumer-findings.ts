// Consumers that cannot work: past the partition count a consumer group's extra members get no
// partition (playbook 13.6: "one partition consumed by exactly one consumer in a group"), and consumer
// instances beyond the consumers that can work get nothing either. Both cost without adding throughput.
import type { Graph } from '../model/graph';
import { activeConsumers, hasConsumerGroup } from '../traffic/consumers';
import type { Finding } from './rules';
import { finding } from './rules';

const sit = (count: number) => `${count} ${count === 1 ? 'sits' : 'sit'} idle`;

export function consumerFindings(graph: Graph): Finding[] {
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
