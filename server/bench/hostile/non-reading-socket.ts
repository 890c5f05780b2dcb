// The amplification attacker: a raw WebSocket with a working link that stops reading as soon as it is open
// (the TCP socket is paused: the kernel's buffers fill, then everything the relay writes to it stays in
// the relay) and asks for the whole board again and again with four-byte sync step 1 requests
// ([0 sync][0 step 1][varbytes: the empty state vector, 1 byte: 0]).
import { WebSocket } from 'ws';
import type { RawData } from 'ws';
import { tokenParams } from '../../src/access/link-client.js';

const SYNC_STEP_1_EMPTY = Uint8Array.of(0, 0, 1, 0);

export class NonReadingSocket {
  private received = 0;
  private closeCode: number | null = null;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: RawData) => {
      this.received += Array.isArray(data) ? data.reduce((sum, part) => sum + part.length, 0) : data instanceof ArrayBuffer ? data.byteLength : data.length;
    });
    socket.on('close', (code) => (this.closeCode = code));
  }

  /** Opens a socket to `boardId` with `token` and stops reading from it. */
  static async open(url: string, boardId: string, token: string): Promise<NonReadingSocket> {
    const query = new URLSearchParams(tokenParams(token)).toString();
    const socket = new WebSocket(`${url.replace('http', 'ws')}/ws/${boardId}?${query}`);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    socket.pause();
    return new NonReadingSocket(socket);
  }

  /** Sends `count` sync step 1 requests, each asking for the whole board. */
  requestWholeBoard(count: number): void {
    for (let index = 0; index < count; index++) this.socket.send(SYNC_STEP_1_EMPTY);
  }

  /** Reads again for `ms`: what arrives is what the relay had queued for this socket. Returns those bytes. */
  async drain(ms: number): Promise<number> {
    this.received = 0;
    this.socket.resume();
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.received;
  }

  /** The relay's close code, or null while the socket is open (a paused socket reads no close frame). */
  get closedWith(): number | null {
    return this.closeCode;
  }

  close(): void {
    this.socket.terminate();
  }
}
