// Writes to one socket with a bound on what waits in memory for it. A peer that stops reading leaves
// everything written to it queued in the relay (Node keeps a socket's unsent bytes without limit), so
// each write first asks how much is already queued (`writableLength`: bytes the kernel has not taken);
// a write that would take it past the limit is not made, and the socket is closed with 4409 instead.
import type { Duplex } from 'node:stream';

const NOTHING = Buffer.alloc(0);

export class SendQueue {
  private overflowed = false;

  constructor(
    private readonly socket: Duplex,
    private readonly limitBytes: number,
    /** Called once, for the first write that did not fit; the caller closes the socket. */
    private readonly onOverflow: (queuedBytes: number, writeBytes: number) => void,
  ) {}

  /** Bytes written but not yet taken by the kernel. */
  get queuedBytes(): number {
    return this.socket.writableLength;
  }

  write(bytes: Buffer): void {
    if (this.fits(bytes.byteLength)) this.socket.write(bytes);
  }

  /**
   * Writes `parts` as one write (corked: one writev), each buffer as it is: a large shared payload (a
   * board's sync reply sent to many sockets) is queued by reference, never copied per socket.
   */
  writeParts(parts: readonly Buffer[]): void {
    if (!this.fits(parts.reduce((sum, part) => sum + part.byteLength, 0))) return;
    this.socket.cork();
    for (const part of parts) this.socket.write(part);
    this.socket.uncork();
  }

  private fits(bytes: number): boolean {
    if (this.overflowed) return false;
    const queued = this.socket.writableLength;
    if (queued + bytes <= this.limitBytes) return true;
    this.overflowed = true;
    this.onOverflow(queued, bytes);
    return false;
  }

  /**
   * Calls `listener` once everything written so far has gone to the kernel: an empty write's callback
   * runs after every earlier write's (a stream completes writes in order).
   */
  whenFlushed(listener: () => void): void {
    if (this.socket.writableLength === 0) queueMicrotask(listener);
    else this.socket.write(NOTHING, () => listener());
  }
}
