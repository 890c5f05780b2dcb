// The relay's two Redis connections (commands, subscriptions) and what they say about Redis's health.
// Choices that keep the relay alive while Redis is away:
// - every `error` event is handled (an unhandled one would crash the process);
// - commands fail fast instead of queueing (`enableOfflineQueue: false`, `maxRetriesPerRequest: 0`,
//   `commandTimeout`): callers spill appends to local disk rather than wait on a dead socket;
// - reconnects are retried every ≤ 500 ms forever, so sync resumes well within 5 s of Redis returning;
// - the subscriber keeps its offline queue and ioredis re-subscribes its channels after a reconnect.
import { Redis } from 'ioredis';
import type { RedisOptions } from 'ioredis';
import type { Logger } from '../logger.js';

export type RedisHealth = { readonly up: true } | { readonly up: false; readonly reason: string };

export interface RedisLinkOptions {
  readonly url: string;
  readonly logger: Logger;
  readonly commandTimeoutMs?: number;
}

const retryEvery = (attempt: number): number => Math.min(50 * attempt, 500);

export class RedisLink {
  readonly commands: Redis;
  readonly subscriber: Redis;
  private lastProblem = 'connecting';
  private readonly readyListeners = new Set<() => void>();
  private closed = false;

  constructor(private readonly options: RedisLinkOptions) {
    const common: RedisOptions = { retryStrategy: retryEvery, lazyConnect: false, connectTimeout: 2_000 };
    this.commands = new Redis(options.url, {
      ...common,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: options.commandTimeoutMs ?? 2_000,
      connectionName: 'napkin-commands',
    });
    this.subscriber = new Redis(options.url, { ...common, maxRetriesPerRequest: null, connectionName: 'napkin-subscriber' });
    this.watch(this.commands, 'commands');
    this.watch(this.subscriber, 'subscriber');
  }

  /** Up only when both connections are ready: fan-out needs the subscriber as much as the commands. */
  health(): RedisHealth {
    if (this.commands.status === 'ready' && this.subscriber.status === 'ready') return { up: true };
    return { up: false, reason: `redis unavailable: ${this.lastProblem}` };
  }

  get up(): boolean {
    return this.health().up;
  }

  /** Called each time Redis becomes reachable again (both connections ready): replay, resync. */
  onReady(listener: () => void): () => void {
    this.readyListeners.add(listener);
    return () => this.readyListeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.readyListeners.clear();
    // QUIT would wait in the subscriber's offline queue for a Redis that may never return: only ask a live one.
    await Promise.all(
      [this.commands, this.subscriber].map(async (client) => {
        if (client.status !== 'ready') return client.disconnect();
        await client.quit().catch(() => client.disconnect());
      }),
    );
  }

  private watch(client: Redis, role: string): void {
    client.on('error', (error: Error) => {
      if (this.lastProblem !== error.message) this.options.logger.warn('redis error', { role, error: error.message });
      this.lastProblem = error.message;
    });
    client.on('close', () => {
      if (!this.closed && this.lastProblem === '') this.lastProblem = `${role} connection closed`;
    });
    client.on('ready', () => {
      if (!this.up) return;
      this.options.logger.info('redis ready');
      this.lastProblem = '';
      for (const listener of [...this.readyListeners]) listener();
    });
  }
}
