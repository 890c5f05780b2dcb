// A consumer group works with at most min(partitions, consumers) consumers at once, each on an instance
// of the consumer service: that caps the consumer side's throughput, shows in its utilisation, the
// bottleneck and the freshness lag, and extra consumers or instances are reported as idle.
import { describe, expect, it } from 'vitest';
import { analyze, createEngine } from '../analyze';
import type { BoardComponent, BoardFile } from '../format/schema';
import { client, makeBoard, service, sync } from '../../test/harness';
import type { AnalysisResult } from '../result';

const engine = createEngine();

/** App → (async) stream → (async) a worker of 4 instances × 1,000 msg/s; 2,400 msg/s offered. */
function pipeline(stream: BoardComponent['params'], kind = 'event-stream', rps = 2400): BoardFile {
  return makeBoard(
    [
      client('user', { rps }),
      service('app', {}, { instances: 2 }),
      { id: 'events', kind, name: 'Events', params: { hasDeadLetterQueue: true, ...stream } },
      { id: 'worker', kind: 'worker', name: 'Worker', instances: 4, params: { capacityRps: 1000, p50Ms: 5, p99Ms: 20 } },
    ],
    [
      sync('user', 'app'),
      { id: 'publish', from: 'app', to: 'events', mode: 'async' },
      { id: 'consume', from: 'events', to: 'worker', mode: 'async' },
    ],
  );
}

const worker = (result: AnalysisResult) => result.components.find((component) => component.id === 'worker');
const lag = (result: AnalysisResult) => result.flows[0]?.freshness.find((item) => item.call === 'publish')?.p99Ms;
const findings = (result: AnalysisResult, id: string) => result.findings.filter((finding) => finding.id === id);

describe('consumer groups', () => {
  const two = analyze(pipeline({ partitions: 2, consumers: 4 }), engine);
  const three = analyze(pipeline({ partitions: 3, consumers: 4 }), engine);
  const four = analyze(pipeline({ partitions: 4, consumers: 4 }), engine);

  it('2 partitions, 4 consumers: only 2 of the 4 worker instances work, so 2,400 msg/s saturates them', () => {
    const utilisation = worker(two)?.traffic.utilisation;
    // 2,400 / (min(2, 4, 4) × 1,000), not 2,400 / (4 × 1,000) = 0.6.
    expect(utilisation?.value).toBeCloseTo(1.2, 9);
    expect(utilisation?.inputs).toMatchObject({ partitions: 2, consumers: 4, workingInstances: 2, groupRps: 2400 });
    expect(utilisation?.formula).toMatch(/min\(partitions, consumers, instances\)/);
    expect(utilisation?.note).toMatch(/2 of 4 instances .* sit idle/);
    expect(two.bottleneck.component).toBe('worker');
    expect(worker(two)?.saturated).toBe(true);
    expect(findings(two, 'saturated').map((finding) => finding.components)).toEqual([['worker']]);
  });

  it('the stream reports how many consumers work and how many sit idle', () => {
    const group = two.components.find((component) => component.id === 'events')?.consumerGroup;
    expect(group?.activeConsumers).toMatchObject({ value: 2, inputs: { partitions: 2, consumers: 4 } });
    expect(group?.idleConsumers.value).toBe(2);
    expect(two.components.find((component) => component.id === 'worker')?.consumerGroup).toBeNull();
  });

  it('more partitions, more working consumers: utilisation falls, the saturation clears', () => {
    expect(worker(three)?.traffic.utilisation.value).toBeCloseTo(0.8, 9);
    expect(worker(four)?.traffic.utilisation.value).toBeCloseTo(0.6, 9);
    expect(findings(four, 'saturated')).toEqual([]);
    expect(findings(four, 'idle-consumers')).toEqual([]);
  });

  it('the freshness lag follows the working consumers, with its inputs, and says when it has no bound', () => {
    const saturated = lag(two);
    expect(saturated?.capped).toBe(true);
    expect(saturated?.note).toMatch(/Worker cannot keep up/);
    // 2,850 msg/s: three working consumers run at 95 %, four at 71 %.
    const hot = lag(analyze(pipeline({ partitions: 3, consumers: 4 }, 'event-stream', 2850), engine));
    const cool = lag(analyze(pipeline({ partitions: 4, consumers: 4 }, 'event-stream', 2850), engine));
    expect(hot?.capped).toBeUndefined();
    expect(hot?.inputs).toMatchObject({ partitions: 3, consumers: 4, workingInstances: 3, consumerInstances: 4 });
    expect(hot?.inputs.consumerUtilisation).toBeCloseTo(0.95, 9);
    expect(hot?.formula).toMatch(/min\(partitions, consumers, instances\) consumers \(M\/M\/c\)/);
    expect(Number(hot?.inputs.consumerMeanWaitMs)).toBeGreaterThan(10 * Number(cool?.inputs.consumerMeanWaitMs));
    // The wait for a consumer shows in the lag's tail: tens of milliseconds more, not grid noise.
    expect(hot?.value ?? 0).toBeGreaterThan((cool?.value ?? 0) + 10);
  });

  it('more consumers than partitions: an idle-consumers finding on the stream, citing 13.6', () => {
    const stream = findings(two, 'idle-consumers').find((finding) => finding.components.join() === 'events');
    expect(stream?.message).toBe('Events has 4 consumers for 2 partitions: 2 sit idle');
    expect(stream?.source.section).toBe('13.6 Kafka Mental Model');
    const instances = findings(two, 'idle-consumers').find((finding) => finding.calls.join() === 'consume');
    expect(instances?.components).toEqual(['events', 'worker']);
  });

  it('a queue has no partitions: its consumers are the limit (1 consumer works 1 of 4 instances)', () => {
    const one = analyze(pipeline({ consumers: 1 }, 'message-queue', 600), engine);
    expect(worker(one)?.traffic.utilisation.value).toBeCloseTo(0.6, 9);
    const all = analyze(pipeline({ consumers: 4 }, 'message-queue', 600), engine);
    expect(worker(all)?.traffic.utilisation.value).toBeCloseTo(0.15, 9);
    expect(findings(one, 'idle-consumers')).toHaveLength(1);
    expect(findings(all, 'idle-consumers')).toEqual([]);
  });

  it('no consumer at all (0 partitions) drains nothing: saturated, every number finite', () => {
    const none = analyze(pipeline({ partitions: 0, consumers: 4 }), engine);
    expect(worker(none)?.saturated).toBe(true);
    expect(worker(none)?.traffic.utilisation.capped).toBe(true);
    expect(worker(none)?.traffic.utilisation.note).toMatch(/nothing drains/);
    const numbers: number[] = [];
    JSON.stringify(none, (_key, value: unknown) => (typeof value === 'number' && numbers.push(value), value));
    expect(numbers.every(Number.isFinite)).toBe(true);
    expect(findings(none, 'saturated')[0]?.message).toBe('Worker is past any capacity: 100 % of its requests fail');
  });
});
