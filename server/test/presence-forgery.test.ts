// Awareness is keyed by client id; a socket may set states only for ids it introduced, at most 4, and
// never for an id someone else holds (limits/awareness-guard.ts). Names reach /api/presence neutralised.
import * as awarenessProtocol from 'y-protocols/awareness';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from '../src/close-codes.js';
import type { BoardId } from '../src/board-id.js';
import { encodeAwarenessMessage } from '../src/protocol.js';
import { waitFor } from './harness.js';
import { closeCodeOf, LIMITS_BOARD, startLimitsRelay } from './limits-harness.js';

/** An awareness frame setting `state` for `clientId` at `clock` (what any client could send). */
function awarenessFrame(entries: ReadonlyArray<{ clientId: number; clock: number; state: unknown }>): Uint8Array {
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(null);
  for (const { clientId, clock, state } of entries) {
    awareness.states.set(clientId, state as Record<string, unknown>);
    awareness.meta.set(clientId, { clock, lastUpdated: 0 });
  }
  return encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(awareness, entries.map((entry) => entry.clientId)));
}

const user = (name: string): unknown => ({ user: { name, color: '#1f77b4' }, cursor: null, drag: null });

describe('presence forgery', () => {
  it("a socket cannot publish under another client's id: the victim's state stays, nobody sees the forgery", async () => {
    const { relay, join, presence } = startLimitsRelay();
    const victim = await join();
    const attacker = await join();
    const watcher = await join();
    victim.send(awarenessFrame([{ clientId: 1111, clock: 1, state: user('Alice') }]));
    const room = relay.rooms.get(LIMITS_BOARD);
    await waitFor(() => room?.awareness.getStates().get(1111) !== undefined, 'Alice is present');

    attacker.send(awarenessFrame([{ clientId: 1111, clock: 99, state: user('Mallory') }]));
    attacker.send(awarenessFrame([{ clientId: 2222, clock: 1, state: user('Eve') }]));
    await waitFor(() => room?.awareness.getStates().get(2222) !== undefined, "the attacker's own state arrives");
    expect(room?.awareness.getStates().get(1111)).toEqual(user('Alice'));
    const seen = watcher.received.map((frame) => new TextDecoder().decode(frame));
    expect(seen.some((text) => text.includes('Mallory'))).toBe(false);
    expect(victim.received.map((frame) => new TextDecoder().decode(frame)).some((text) => text.includes('Mallory'))).toBe(false);
    // Removing the victim (a null state under its id) is refused the same way.
    attacker.send(awarenessFrame([{ clientId: 1111, clock: 100, state: null }]));
    attacker.send(awarenessFrame([{ clientId: 2222, clock: 2, state: user('Eve') }]));
    await waitFor(() => room?.awareness.meta.get(2222)?.clock === 2, 'a later frame of the attacker is applied');
    expect(room?.awareness.getStates().get(1111)).toEqual(user('Alice'));
    expect(attacker.closed).toBeNull();
    const names = (await presence.list(LIMITS_BOARD as BoardId)).map((entry) => entry.name).sort();
    expect(names).toEqual(['Alice', 'Eve']);
  });

  it('one frame with 5,001 users is refused (4413); a small frame with 10 ids sets at most 4', async () => {
    const { relay, join, presence } = startLimitsRelay();
    const attacker = await join();
    const many = Array.from({ length: 5001 }, (_, index) => ({ clientId: 10_000 + index, clock: 1, state: user(`fake ${index}`) }));
    const frame = awarenessFrame(many);
    expect(frame.byteLength).toBeGreaterThan(300_000);
    attacker.send(frame);
    expect(await closeCodeOf(attacker)).toBe(CloseCode.TOO_LARGE);
    expect(relay.rooms.get(LIMITS_BOARD)?.awareness.getStates().size ?? 0).toBe(0);

    const second = await join();
    second.send(awarenessFrame(many.slice(0, 10).map((entry) => ({ ...entry, state: { user: { name: 'f', color: '#000000' } } }))));
    const room = relay.rooms.get(LIMITS_BOARD);
    await waitFor(() => (room?.awareness.getStates().size ?? 0) > 0, 'some states applied');
    expect(room?.awareness.getStates().size).toBe(4);
    expect((await presence.list(LIMITS_BOARD as BoardId)).length).toBeLessThanOrEqual(4);
  });

  it('names shown by /api/presence are neutralised and clipped', async () => {
    const { relay, join, presence } = startLimitsRelay();
    const peer = await join();
    peer.send(awarenessFrame([{ clientId: 3333, clock: 1, state: user(`\u202eyrollaM\u0007 ${'x'.repeat(100)}`) }]));
    await waitFor(() => relay.rooms.get(LIMITS_BOARD)?.awareness.getStates().has(3333) === true, 'state applied');
    const [entry] = await presence.list(LIMITS_BOARD as BoardId);
    expect(entry?.name.startsWith('yrollaM x')).toBe(true);
    expect([...(entry?.name ?? '')]).toHaveLength(64);
  });
});
