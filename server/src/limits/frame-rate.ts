// Rate limits on the frames a socket sends: every frame, whatever its type, is charged once to its socket's
// buckets and once to its board's, before it is decoded, so a flood costs the relay a subtraction per frame
// and nothing else. Frames and bytes are counted apart: many tiny frames and a few huge ones both run out.
// A socket over either limit is closed with 4429 (the board's limit closes whichever socket tipped it):
// closing, not dropping, because a dropped update would be lost while the client thinks it sent it, and a
// client that reconnects syncs what it has (sync step 2), so nothing is lost by the close.
import type { RelayLimits } from './relay-limits.js';
import { TokenBucket } from './token-bucket.js';

export type RateVerdict = null | { readonly reason: string };

/** One board's share: every socket of the board draws from these too. */
export class BoardRate {
  readonly frames: TokenBucket;
  readonly bytes: TokenBucket;

  constructor(
    readonly limits: RelayLimits,
    private readonly clock: () => number = performance.now.bind(performance),
  ) {
    const now = clock();
    this.frames = new TokenBucket(limits.boardFramesPerSecond, limits.boardFrameBurst, now);
    this.bytes = new TokenBucket(limits.boardBytesPerSecond, limits.boardByteBurst, now);
  }

  now(): number {
    return this.clock();
  }

  /** A new socket's own buckets, tied to this board's. */
  forSocket(): SocketRate {
    return new SocketRate(this);
  }
}

export class SocketRate {
  private readonly frames: TokenBucket;
  private readonly bytes: TokenBucket;

  constructor(private readonly board: BoardRate) {
    const { limits } = board;
    const now = board.now();
    this.frames = new TokenBucket(limits.socketFramesPerSecond, limits.socketFrameBurst, now);
    this.bytes = new TokenBucket(limits.socketBytesPerSecond, limits.socketByteBurst, now);
  }

  /** Charges one frame of `size` bytes; null if it may pass, else why the socket must be closed. */
  admit(size: number): RateVerdict {
    const now = this.board.now();
    if (!this.frames.take(1, now)) return { reason: 'rate limit: too many frames per second from this socket' };
    if (!this.bytes.take(size, now)) return { reason: 'rate limit: too many bytes per second from this socket' };
    if (!this.board.frames.take(1, now)) return { reason: 'rate limit: too many frames per second on this board' };
    if (!this.board.bytes.take(size, now)) return { reason: 'rate limit: too many bytes per second on this board' };
    return null;
  }
}
