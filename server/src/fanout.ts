// The hook through which a room hears about updates and awareness from other relay instances, and tells
// them about its own peers' awareness. Updates need no "publish" here: shared storage is the channel (an
// append is visible to every instance once durable). Without Redis there is no fan-out: one process.
import type { BoardId } from './board-id.js';

export interface FanoutSink {
  /** Durable updates made through other instances, in stream order; apply and relay to local peers. */
  applyRemoteUpdates(updates: readonly Uint8Array[]): void;
  /** An awareness update from another instance's peers. */
  applyRemoteAwareness(update: Uint8Array): void;
  /** The awareness states of this instance's own peers (null if none), for an instance that just joined. */
  localAwareness(): Uint8Array | null;
  /** The whole board as one update, to re-seed shared storage that lost it (Redis restarted empty). */
  fullState(): Uint8Array;
}

export interface BoardLink {
  publishAwareness(update: Uint8Array): void;
  close(): void;
}

export interface BoardFanout {
  /** Called once the room has loaded the board; follows the board from where that load ended. */
  open(boardId: BoardId, sink: FanoutSink): BoardLink;
}
