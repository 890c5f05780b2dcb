// The "viewing" flag others see is the relay's word (src/access/viewing-flag.ts), over raw sockets on a real
// relay: a reader's presence reaches everyone with `viewing: true` whether it claimed it, denied it or left
// it out; a writer's never carries the flag, even when it claims it; a late joiner is sent the stamped
// states.
import { afterEach, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { Role } from '../../src/access/roles.js';
import { encodeAwarenessMessage, MessageType } from '../../src/protocol.js';
import { newBoardId, startTestRelay, waitFor } from '../harness.js';
import type { TestRelay } from '../harness.js';
import { openRoleSocket } from './raw-role-sockets.js';
import type { RoleSocket } from './raw-role-sockets.js';

/** An awareness frame setting `state` for a fresh client id. */
function awarenessFrame(clientId: number, state: Record<string, unknown>): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(state);
  return encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(awareness, [clientId]));
}

/** The newest state the socket was sent for `clientId`, from the awareness frames it received. */
function stateSeen(socket: RoleSocket, clientId: number): Record<string, unknown> | null | undefined {
  let seen: Record<string, unknown> | null | undefined;
  for (const frame of socket.frames) {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MessageType.AWARENESS) continue;
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const count = decoding.readVarUint(update);
    for (let i = 0; i < count; i++) {
      const id = decoding.readVarUint(update);
      decoding.readVarUint(update);
      const json = decoding.readVarString(update);
      if (id === clientId) seen = JSON.parse(json) as Record<string, unknown> | null;
    }
  }
  return seen;
}

const user = (name: string) => ({ user: { name, color: '#1a7f37' } });

describe('the viewing flag is stamped by the relay', () => {
  let relay: TestRelay | null = null;
  const sockets: RoleSocket[] = [];
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.socket.terminate();
    await relay?.dispose();
    relay = null;
  });

  async function open(url: string, boardId: string, role: Role): Promise<RoleSocket> {
    const socket = await openRoleSocket(url, boardId, role);
    sockets.push(socket);
    await waitFor(() => socket.frames.length > 0, 'the relay greeted the socket');
    return socket;
  }

  it("stamps a reader's presence viewing: true whatever it says, and strips the flag from a writer's", async () => {
    relay = await startTestRelay();
    const boardId = newBoardId();
    const watcher = await open(relay.url, boardId, 'editor');
    const cases: Array<[Role, number, Record<string, unknown>, boolean]> = [
      ['viewer', 1001, user('Vera'), true],
      ['viewer', 1002, { ...user('Hidden Hal'), viewing: false }, true],
      ['observer', 1003, { ...user('Olga'), viewing: 'no' }, true],
      ['commenter', 1004, { ...user('Cora'), viewing: true }, true],
      ['editor', 1005, { ...user('Posing Pam'), viewing: true }, false],
      ['editor', 1006, user('Ed'), false],
    ];
    for (const [role, clientId, state] of cases) (await open(relay.url, boardId, role)).send(awarenessFrame(clientId, state));
    for (const [role, clientId, state, viewing] of cases) {
      await waitFor(() => stateSeen(watcher, clientId) !== undefined, `the watcher saw client ${clientId}`);
      const seen = stateSeen(watcher, clientId);
      expect(seen?.user, `${role} ${clientId}: the rest of its state is kept`).toEqual(state.user);
      if (viewing) expect(seen?.viewing, `${role} ${clientId}`).toBe(true);
      else expect(seen !== null && seen !== undefined && 'viewing' in seen, `${role} ${clientId} carries no flag`).toBe(false);
    }
    // A late joiner is sent the stamped states too (the relay's own awareness holds them).
    const late = await open(relay.url, boardId, 'viewer');
    await waitFor(() => stateSeen(late, 1002) !== undefined, 'the late joiner got the states');
    expect(stateSeen(late, 1002)?.viewing).toBe(true);
    expect(stateSeen(late, 1005)).not.toHaveProperty('viewing');
    for (const socket of sockets) expect(socket.closed()).toBeNull();
  });
});
