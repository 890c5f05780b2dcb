// A client that speaks the y-websocket protocol (and type 100) by hand over a real socket, so a test sees
// every frame the relay sends it and can send frames no library would.
import * as decoding from 'lib0/decoding';
import { WebSocket } from 'ws';
import { encodeSyncStep1, MessageType, SyncType } from '../src/protocol.js';
import { roomUrl, waitFor } from './harness.js';

export const typeOf = (frame: Uint8Array): number => decoding.readVarUint(decoding.createDecoder(frame));

export interface RawClient {
  readonly socket: WebSocket;
  /** Every binary frame received, in order. */
  readonly frames: Uint8Array[];
  /** The request ids of the saved answers (type 100) received, in order. */
  readonly answers: number[];
  /**
   * The close code, once the socket closes. Listened for from the start: a relay that closes a socket
   * right after greeting it (a write over a limit) may do so before `joinRaw` returns.
   */
  readonly closed: Promise<number>;
  send(frame: Uint8Array): void;
}

/**
 * Joins the board and waits for the relay's sync step 1 (the board is loaded). `onAnswer` runs the moment a
 * saved answer arrives, before anything else can happen: a test records there what it expects to hold then.
 */
export async function joinRaw(url: string, boardId: string, onAnswer: (requestId: number) => void = () => undefined): Promise<RawClient> {
  const socket = new WebSocket(await roomUrl(url, boardId));
  const frames: Uint8Array[] = [];
  const answers: number[] = [];
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  socket.on('message', (data: Buffer) => {
    const frame = Uint8Array.from(data);
    frames.push(frame);
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MessageType.SAVED) return;
    const requestId = decoding.readVarUint(decoder);
    onAnswer(requestId);
    answers.push(requestId);
  });
  await waitFor(() => frames.length > 0, 'sync step 1 from the relay');
  return { socket, frames, answers, closed, send: (frame) => socket.send(frame) };
}

/** Sends a sync step 1 and waits for the reply: the relay has handled every frame sent before it. */
export async function barrier(client: Pick<RawClient, 'frames' | 'send'>): Promise<void> {
  const before = client.frames.length;
  client.send(encodeSyncStep1(new Uint8Array([0])));
  const isStep2 = (frame: Uint8Array): boolean => frame[0] === MessageType.SYNC && frame[1] === SyncType.STEP_2;
  await waitFor(() => client.frames.slice(before).some(isStep2), 'sync step 2 reply');
}
