// Raw sockets for the role tests: a socket with a role's link on one of a board's rooms that records every
// frame the relay sends it and how it was closed, and the frames a reader could try a write with, in every
// encoding the decoder accepts.
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { Role } from '../../src/access/roles.js';
import { encodeAwarenessMessage, encodeSavedMessage, encodeSyncStep1, encodeSyncStep2, encodeUpdateMessage } from '../../src/protocol.js';
import { roomUrl, waitFor } from '../harness.js';

export interface RoleSocket {
  readonly socket: WebSocket;
  readonly frames: Uint8Array[];
  /** The close code, once closed. */
  readonly closed: () => number | null;
  send(frame: Uint8Array): void;
}

export async function openRoleSocket(url: string, room: string, role: Role): Promise<RoleSocket> {
  const socket = new WebSocket(await roomUrl(url, room, role));
  const frames: Uint8Array[] = [];
  let code: number | null = null;
  socket.on('message', (data: Buffer) => frames.push(Uint8Array.from(data)));
  socket.on('close', (closeCode) => (code = closeCode));
  socket.on('error', () => undefined);
  await waitFor(() => socket.readyState !== WebSocket.CONNECTING, 'the upgrade answered');
  return { socket, frames, closed: () => code, send: (frame) => socket.readyState === WebSocket.OPEN && socket.send(frame) };
}

/** A real update: one key set on a fresh doc. */
export function someUpdate(key = 'forged'): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('test').set(key, 'by a reader');
  return Y.encodeStateAsUpdate(doc);
}

/** An update that only deletes: a doc that made an item and deleted it. */
function deletingUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('test').set('gone', 1);
  doc.getMap('test').delete('gone');
  return Y.encodeStateAsUpdate(doc);
}

/** `[type][subtype][payload]` with each varint written the long way (0x80 continuation bytes). */
function longVarint(value: number, extraBytes: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  for (let i = 0; i < extraBytes; i++) {
    bytes.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  bytes.push(rest & 0x7f);
  return bytes;
}

function nonCanonicalSync(subtype: number, payload: Uint8Array): Uint8Array {
  return Uint8Array.from([...longVarint(0, 2), ...longVarint(subtype, 3), ...longVarint(payload.byteLength, 4), ...payload]);
}

const EMPTY_UPDATE = Uint8Array.of(0, 0);

/** Every frame that would change a room (or that no decoder accepts), named. A reader's socket must close on each. */
export function writeAttempts(): Array<[string, Uint8Array]> {
  return [
    ['update', encodeUpdateMessage(someUpdate())],
    ['empty update', encodeUpdateMessage(EMPTY_UPDATE)],
    ['update of deletions only', encodeUpdateMessage(deletingUpdate())],
    ['sync step 2 with content', encodeSyncStep2(someUpdate())],
    ['sync step 2 with a deletion the room lacks', encodeSyncStep2(deletingUpdate())],
    ['update, non-canonical varints', nonCanonicalSync(2, someUpdate())],
    ['empty update, non-canonical varints', nonCanonicalSync(2, EMPTY_UPDATE)],
    ['sync step 2 with content, non-canonical varints', nonCanonicalSync(1, someUpdate())],
    ['odd sync sub-type 3 carrying an update', nonCanonicalSync(3, someUpdate())],
    ['odd sync sub-type 2^32+2', Uint8Array.from([0, ...longVarint(2, 0).map((b) => b | 0x80), 0x80, 0x80, 0x80, 0x10, ...encodeVarBytes(someUpdate())])],
    ['update with trailing bytes', Uint8Array.from([...encodeUpdateMessage(someUpdate()), 0])],
  ];
}

function encodeVarBytes(bytes: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint8Array(encoder, bytes);
  return encoding.toUint8Array(encoder);
}

/** Frames any socket may send without changing the room. */
export function harmlessFrames(): Array<[string, Uint8Array]> {
  const awareness = encoding.createEncoder();
  encoding.writeVarUint(awareness, 1);
  encoding.writeVarUint(awareness, new Y.Doc().clientID);
  encoding.writeVarUint(awareness, 1);
  encoding.writeVarString(awareness, JSON.stringify({ user: { name: 'Reader', color: '#123456' }, viewing: true }));
  return [
    ['sync step 1', encodeSyncStep1(Y.encodeStateVector(new Y.Doc()))],
    ['empty sync step 2', encodeSyncStep2(EMPTY_UPDATE)],
    ['empty sync step 2, non-canonical varints', nonCanonicalSync(1, EMPTY_UPDATE)],
    ['awareness', encodeAwarenessMessage(encoding.toUint8Array(awareness))],
    ['query awareness', Uint8Array.of(3)],
    ['saved request', encodeSavedMessage(7)],
  ];
}
