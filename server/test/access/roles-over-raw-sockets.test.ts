// The role table over raw sockets, as an attacker would use it: for every role and every room of a board,
// a socket without access is sent nothing at all (not a sync step, not an awareness state) whatever it sends,
// and is closed with 4403; a reader is closed on any write attempt in any encoding (4403, or 4400 where no
// decoder accepts the frame) and the room is unchanged; a reader's harmless frames keep its socket; a
// writer's update lands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { roomKey } from '../../src/access/room-path.js';
import { accessOf, ROLES, ROOM_KINDS } from '../../src/access/roles.js';
import type { RoomKind } from '../../src/access/roles.js';
import type { BoardId } from '../../src/board-id.js';
import { CloseCode } from '../../src/close-codes.js';
import { encodeSyncStep2, encodeUpdateMessage } from '../../src/protocol.js';
import { connectClient, newBoardId, startTestRelay, waitFor, waitForSynced } from '../harness.js';
import type { TestClient, TestRelay } from '../harness.js';
import { barrier } from '../raw-client.js';
import { harmlessFrames, openRoleSocket, someUpdate, writeAttempts } from './raw-role-sockets.js';

const roomPath = (boardId: string, room: RoomKind): string => (room === 'board' ? boardId : `${boardId}~${room}`);

describe('the role table over raw sockets', () => {
  let relay: TestRelay;
  const boardId = newBoardId() as BoardId;
  const writers: TestClient[] = [];
  beforeAll(async () => {
    relay = await startTestRelay();
    // Every room holds something and someone is present in it, so a leak would have bytes to carry.
    for (const room of ROOM_KINDS) {
      const writer = connectClient(relay.url, roomPath(boardId, room), new Y.Doc(), undefined, room === 'board' ? 'editor' : 'interviewer');
      writers.push(writer);
      await waitForSynced(writer);
      writer.map.set('secret', `${room} content`);
      writer.provider.awareness.setLocalStateField('user', { name: `${room} writer`, color: '#112233' });
      await waitFor(() => relay.relay.rooms.get(roomKey(boardId, room))?.doc.getMap('test').get('secret') === `${room} content`, `${room} stored`);
    }
  });
  afterAll(async () => {
    for (const writer of writers) writer.destroy();
    await relay.dispose();
  });
  const stateOf = (room: RoomKind): Uint8Array => Y.encodeStateAsUpdate(relay.relay.rooms.get(roomKey(boardId, room))?.doc ?? new Y.Doc());

  const noAccess = ROLES.flatMap((role) => ROOM_KINDS.filter((room) => accessOf(role, room) === 'none').map((room) => ({ role, room })));
  it.each(noAccess)('$role in $room: sent nothing, whatever it sends, and closed with 4403', async ({ role, room }) => {
    const before = stateOf(room);
    for (const [, frame] of [...writeAttempts(), ...harmlessFrames()]) {
      const socket = await openRoleSocket(relay.url, roomPath(boardId, room), role);
      socket.send(frame);
      socket.send(frame);
      await waitFor(() => socket.closed() !== null, 'closed');
      expect(socket.closed()).toBe(CloseCode.FORBIDDEN);
      expect(socket.frames).toEqual([]);
    }
    expect(stateOf(room)).toEqual(before);
  });

  const readers = ROLES.flatMap((role) => ROOM_KINDS.filter((room) => accessOf(role, room) === 'read').map((room) => ({ role, room })));
  it.each(readers)('$role reads $room: every write attempt closes it and changes nothing; harmless frames keep it', async ({ role, room }) => {
    const before = stateOf(room);
    for (const [name, frame] of writeAttempts()) {
      const socket = await openRoleSocket(relay.url, roomPath(boardId, room), role);
      await waitFor(() => socket.frames.length > 0, 'joined');
      socket.send(frame);
      await waitFor(() => socket.closed() !== null, `${name}: closed`);
      expect([CloseCode.FORBIDDEN, CloseCode.MALFORMED_MESSAGE], name).toContain(socket.closed());
    }
    const reader = await openRoleSocket(relay.url, roomPath(boardId, room), role);
    await waitFor(() => reader.frames.length > 0, 'joined');
    for (const [, frame] of harmlessFrames()) reader.send(frame);
    // Its own whole state back, deletions included, as y-websocket sends after a reconnect: nothing new.
    reader.send(encodeSyncStep2(before));
    await barrier(reader);
    expect(reader.closed()).toBeNull();
    expect(stateOf(room)).toEqual(before);
    reader.socket.close();
  });

  const writersAt = ROLES.flatMap((role) => ROOM_KINDS.filter((room) => accessOf(role, room) === 'write').map((room) => ({ role, room })));
  it.each(writersAt)('$role writes $room', async ({ role, room }) => {
    const socket = await openRoleSocket(relay.url, roomPath(boardId, room), role);
    await waitFor(() => socket.frames.length > 0, 'joined');
    const key = `${role}-was-here`;
    socket.send(encodeUpdateMessage(someUpdate(key)));
    await waitFor(() => relay.relay.rooms.get(roomKey(boardId, room))?.doc.getMap('test').has(key) === true, 'the write landed');
    expect(socket.closed()).toBeNull();
    socket.socket.close();
  });
});
