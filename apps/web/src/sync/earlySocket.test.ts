import { afterEach, describe, expect, it, vi } from 'vitest';
import { openEarlySocket, socketClassWith } from './earlySocket';
import type { SocketClass } from './earlySocket';

// A socket whose life the test drives (open, frames, close) as the relay would: the handover is about which
// handlers see which events, not about the network, which the e2e specs cover with the real relay.
class DrivenSocket extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static made: DrivenSocket[] = [];
  readonly OPEN = 1;
  readyState = DrivenSocket.CONNECTING;
  binaryType = 'blob';
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  closedByClient = false;

  constructor(readonly url: string) {
    super();
    DrivenSocket.made.push(this);
  }

  open(): void {
    this.readyState = DrivenSocket.OPEN;
    this.dispatchEvent(new Event('open'));
    this.onopen?.(new Event('open'));
  }

  receive(data: string): void {
    const event = new MessageEvent('message', { data });
    this.dispatchEvent(event);
    this.onmessage?.(event);
  }

  close(): void {
    this.closedByClient = true;
    this.readyState = DrivenSocket.CLOSED;
  }
}

const Driven = DrivenSocket as unknown as SocketClass & typeof WebSocket;
const URL_A = 'ws://relay/ws/board-a?k=token';

/** What a provider's handlers saw, in order. */
function listenLikeAProvider(socket: WebSocket): string[] {
  const seen: string[] = [];
  socket.onopen = () => seen.push('open');
  socket.onmessage = (event) => seen.push(`frame ${String(event.data)}`);
  return seen;
}

afterEach(() => {
  DrivenSocket.made = [];
  vi.useRealTimers();
});

describe('openEarlySocket', () => {
  it('dials at once, in the binary form y-websocket reads', () => {
    openEarlySocket(URL_A, Driven);
    expect(DrivenSocket.made.map((socket) => [socket.url, socket.binaryType])).toEqual([[URL_A, 'arraybuffer']]);
  });

  it('hands an open socket over once, replaying its open and the frames it kept, in order', () => {
    const early = openEarlySocket(URL_A, Driven);
    const socket = DrivenSocket.made[0]!;
    socket.open();
    socket.receive('step-1');
    socket.receive('presence');
    const taken = early.take(URL_A);
    expect(taken?.socket).toBe(socket);
    expect(early.take(URL_A)).toBeNull();
    const seen = listenLikeAProvider(taken!.socket);
    taken!.replay();
    socket.receive('update');
    expect(seen).toEqual(['open', 'frame step-1', 'frame presence', 'frame update']);
  });

  it('hands a socket still dialling over as it is: its own open event reaches the new handlers', () => {
    const early = openEarlySocket(URL_A, Driven);
    const taken = early.take(URL_A)!;
    const seen = listenLikeAProvider(taken.socket);
    taken.replay();
    expect(seen).toEqual([]);
    DrivenSocket.made[0]!.open();
    expect(seen).toEqual(['open']);
  });

  it('keeps a socket for another board or link, or one already closed, to itself', () => {
    const early = openEarlySocket(URL_A, Driven);
    expect(early.take('ws://relay/ws/board-a')).toBeNull();
    expect(early.take('ws://relay/ws/board-b?k=token')).toBeNull();
    DrivenSocket.made[0]!.close();
    expect(early.take(URL_A)).toBeNull();
  });

  it('closes a socket nobody took', () => {
    vi.useFakeTimers();
    const early = openEarlySocket(URL_A, Driven, 1000);
    vi.advanceTimersByTime(1000);
    expect(DrivenSocket.made[0]!.closedByClient).toBe(true);
    expect(early.take(URL_A)).toBeNull();
  });
});

describe('socketClassWith', () => {
  it('gives the provider the early socket for its URL, and replays to the handlers it sets right after', async () => {
    const early = openEarlySocket(URL_A, Driven);
    const socket = DrivenSocket.made[0]!;
    socket.open();
    socket.receive('step-1');
    const HandingOver = socketClassWith(early, () => {}, Driven);
    const handed = new HandingOver(URL_A);
    expect(handed).toBe(socket);
    const seen = listenLikeAProvider(handed);
    await Promise.resolve();
    expect(seen).toEqual(['open', 'frame step-1']);
  });

  it('replays at once when asked (the session listeners are on), and not a second time in the microtask', async () => {
    const early = openEarlySocket(URL_A, Driven);
    DrivenSocket.made[0]!.open();
    let replay = () => {};
    const HandingOver = socketClassWith(early, (taken) => { replay = taken; }, Driven);
    const seen = listenLikeAProvider(new HandingOver(URL_A));
    replay();
    expect(seen).toEqual(['open']);
    await Promise.resolve();
    expect(seen).toEqual(['open']);
  });

  it('dials afresh for any other URL, and for the early URL once it has been taken', () => {
    const HandingOver = socketClassWith(openEarlySocket(URL_A, Driven), () => {}, Driven);
    new HandingOver(URL_A);
    const again = new HandingOver(URL_A);
    const other = new HandingOver('ws://relay/ws/board-b');
    expect(DrivenSocket.made).toHaveLength(3);
    expect(again).toBe(DrivenSocket.made[1]);
    expect(other).toBe(DrivenSocket.made[2]);
  });
});
