// How one instance tells the others that a link was revoked. In one process the bus is a plain list of
// listeners; over Redis it is the `napkin:links:revoked` channel, whose messages every instance's
// subscriber receives (its own included; closing a link twice is harmless).
import type { BoardId } from '../board-id.js';
import { parseBoardId } from '../board-id.js';
import type { Logger } from '../logger.js';
import type { RedisLink } from '../redis/redis-link.js';
import { parseLinkId } from './capabilities.js';

export interface Revocation {
  readonly boardId: BoardId;
  readonly linkId: string;
}

export interface RevocationBus {
  publish(revocation: Revocation): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(listener: (revocation: Revocation) => void): () => void;
  close(): Promise<void>;
}

export class LocalRevocationBus implements RevocationBus {
  private readonly listeners = new Set<(revocation: Revocation) => void>();

  async publish(revocation: Revocation): Promise<void> {
    for (const listener of this.listeners) listener(revocation);
  }

  subscribe(listener: (revocation: Revocation) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}

export const REVOCATION_CHANNEL = 'napkin:links:revoked';

export class RedisRevocationBus implements RevocationBus {
  private readonly local = new LocalRevocationBus();

  constructor(private readonly link: RedisLink, private readonly logger: Logger) {
    link.subscriber.on('message', this.onMessage);
    link.subscriber.subscribe(REVOCATION_CHANNEL).catch((error: unknown) => logger.warn('subscribing to link revocations failed', { error }));
  }

  async publish(revocation: Revocation): Promise<void> {
    await this.local.publish(revocation);
    await this.link.commands.publish(REVOCATION_CHANNEL, `${revocation.boardId} ${revocation.linkId}`);
  }

  subscribe(listener: (revocation: Revocation) => void): () => void {
    return this.local.subscribe(listener);
  }

  async close(): Promise<void> {
    this.link.subscriber.off('message', this.onMessage);
    await this.local.close();
  }

  private readonly onMessage = (channel: string, message: string): void => {
    if (channel !== REVOCATION_CHANNEL) return;
    const [rawBoard = '', rawLink = ''] = message.split(' ');
    const boardId = parseBoardId(rawBoard);
    const linkId = parseLinkId(rawLink);
    if (boardId === null || linkId === null) {
      this.logger.warn('ignoring a malformed link revocation', { message: message.slice(0, 120) });
      return;
    }
    void this.local.publish({ boardId, linkId });
  };
}
