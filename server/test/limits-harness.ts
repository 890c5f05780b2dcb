// The relay core with chosen limits, driven through in-memory sockets over in-memory storage: what each
// limit does is seen frame by frame, without timing anything (waits are for conditions, bounded).
import * as decoding from 'lib0/decoding';
import type * as Y from 'yjs';
import { admitEveryone } from '../src/auth.js';
import { DEFAULT_LIMITS } from '../src/limits/relay-limits.js';
import type { RelayLimits } from '../src/limits/relay-limits.js';
import { createMemoryLogger } from '../src/logger.js';
import { InProcessPresenceRegistry } from '../src/presence/presence-registry.js';
import { Relay } from '../src/relay.js';
import type { BoardId } from '../src/board-id.js';
import { MemoryBoardStorage } from '../src/storage/memory-storage.js';
import { waitFor } from './harness.js';
import { createMemoryPeer } from './memory-socket.js';
import type { MemoryPeer } from './memory-socket.js';

export const LIMITS_BOARD = 'limits-test-board-0001' as BoardId;

export interface LimitsRelay {
  readonly relay: Relay;
  readonly storage: MemoryBoardStorage;
  readonly presence: InProcessPresenceRegistry;
  readonly logger: ReturnType<typeof createMemoryLogger>;
  /** A peer joined to `board` whose greeting (the relay's sync step 1) has arrived. */
  join(board?: BoardId): Promise<MemoryPeer>;
  /** The updates storage holds for the board. */
  stored(board?: BoardId): Promise<readonly Uint8Array[]>;
}

export function startLimitsRelay(limits: Partial<RelayLimits> = {}): LimitsRelay {
  const storage = new MemoryBoardStorage();
  const presence = new InProcessPresenceRegistry();
  const logger = createMemoryLogger();
  const relay = new Relay({ storage, presence, authenticate: admitEveryone, logger, gracePeriodMs: 60_000, limits: { ...DEFAULT_LIMITS, ...limits } });
  return {
    relay,
    storage,
    presence,
    logger,
    join: async (board = LIMITS_BOARD) => {
      const peer = createMemoryPeer();
      relay.accept(peer.serverSide, board);
      await waitFor(() => peer.received.length > 0 || peer.closed !== null, 'the relay greets the peer');
      return peer;
    },
    stored: async (board = LIMITS_BOARD) => (await storage.load(board)).updates,
  };
}

/** `[type]` or `sync-<subtype>` of a frame the relay sent. */
export function kindOf(frame: Uint8Array): string {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  return type === 0 ? `sync-${decoding.readVarUint(decoder)}` : `type-${type}`;
}

/** Waits until the relay closed the peer, and returns the close code. */
export async function closeCodeOf(peer: MemoryPeer): Promise<number> {
  await waitFor(() => peer.closed !== null, 'the relay closes the socket');
  return peer.closed?.code ?? -1;
}

/** The updates one doc emits while `edit` runs on it, one per transaction. */
export function updatesOf(doc: Y.Doc, edit: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const record = (update: Uint8Array): void => void updates.push(update);
  doc.on('update', record);
  edit();
  doc.off('update', record);
  return updates;
}
