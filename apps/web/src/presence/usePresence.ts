// This tab's presence on the board (name, colour, cursor, in-flight drag, viewport, laser, summon)
// and everyone else's. The colour is a palette slot no peer wears, settled again whenever the peers
// change (colourSlots.ts), so people who joined together still end up with different colours. Outgoing: fields are batched to at most one awareness update per animation
// frame. Incoming: every peer state is parsed by `peersFromAwareness`, so a malformed peer is left
// out, not drawn; the extra keys (`summon`, `laser`) are validated by `liveExtras`.
import { peersFromAwareness } from '@napkin/doc';
import type { PeerPresence, PresenceDrag, PresenceState, PresenceUser } from '@napkin/doc';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { animationFrames, createFrameBatcher } from './frameBatcher';
import { settleColour } from './colourSlots';
import { cleanName, defaultNameFor, loadName, saveName } from './identity';
import type { Colour, NameStorage } from './identity';
import { extrasFromAwareness } from './liveExtras';
import type { LaserPoint, LiveExtras } from './liveExtras';

export type Viewport = NonNullable<PresenceState['viewport']>;

export interface Presence {
  readonly clientId: number;
  readonly self: PresenceUser;
  readonly peers: readonly PeerPresence[];
  /** Each peer's summon and laser fields, by client id (only for the peers listed in `peers`). */
  readonly extras: ReadonlyMap<number, LiveExtras>;
  readonly rename: (name: string) => void;
  /** Pointer position in flow coordinates, or null when the pointer left the canvas. */
  readonly publishCursor: (cursor: PresenceState['cursor']) => void;
  readonly publishDrag: (drag: PresenceDrag | null) => void;
  /** This tab's pan and zoom, so others can follow it. */
  readonly publishViewport: (viewport: Viewport) => void;
  /** The laser pointer's point in flow coordinates, or null when the laser is off. */
  readonly publishLaser: (laser: LaserPoint | null) => void;
  /** Asks everyone else to follow this tab ("bring everyone to me"). */
  readonly summonEveryone: () => void;
}

type Published = PresenceState & LiveExtras;

export function usePresence(awareness: Awareness, storage: NameStorage | null): Presence {
  const clientId = awareness.clientID;
  const [name, setName] = useState(() => loadName(storage) ?? defaultNameFor(clientId));
  const [colour, setColour] = useState<Colour>(() => settleColour(clientId, null, coloursOf(peersFromAwareness(awareness.getStates(), clientId))));
  const self = useMemo<PresenceUser>(() => ({ name, color: colour }), [name, colour]);
  const [peers, setPeers] = useState<readonly PeerPresence[]>([]);
  const [extras, setExtras] = useState<ReadonlyMap<number, LiveExtras>>(() => new Map());

  const publishNow = useCallback(
    (patch: Partial<Published>) => {
      const current = (awareness.getLocalState() ?? {}) as Partial<Published>;
      awareness.setLocalState({ ...current, ...patch });
    },
    [awareness],
  );
  const batcher = useMemo(() => createFrameBatcher<Published>(publishNow, animationFrames), [publishNow]);
  useEffect(() => () => batcher.dispose(), [batcher]);

  // The user field is published at once (not batched): it is what makes us appear in the roster.
  useEffect(() => {
    const current = (awareness.getLocalState() ?? {}) as Partial<PresenceState>;
    awareness.setLocalState({ cursor: null, drag: null, ...current, user: self });
  }, [awareness, self]);

  useEffect(() => {
    const refresh = (change?: AwarenessChange) => {
      // Our own cursor and drag change each frame we move; peers, their colours and extras do not. Left to
      // set state, each of them re-rendered the whole board view once a frame (a drag step included).
      if (change !== undefined && onlyClient(change, clientId)) return;
      const states = awareness.getStates();
      const valid = peersFromAwareness(states, clientId);
      setPeers(valid);
      setColour((current) => settleColour(clientId, current, coloursOf(valid)));
      setExtras(extrasFromAwareness(states, valid.map((peer) => peer.clientId)));
    };
    refresh();
    awareness.on('change', refresh);
    return () => awareness.off('change', refresh);
  }, [awareness, clientId]);

  const rename = useCallback(
    (raw: string) => {
      const cleaned = cleanName(raw);
      if (cleaned === '') return;
      setName(cleaned);
      saveName(storage, cleaned);
    },
    [storage],
  );
  const publishCursor = useCallback((cursor: PresenceState['cursor']) => batcher.set({ cursor }), [batcher]);
  const publishDrag = useCallback((drag: PresenceDrag | null) => batcher.set({ drag }), [batcher]);
  const publishViewport = useCallback((viewport: Viewport) => batcher.set({ viewport }), [batcher]);
  const publishLaser = useCallback((laser: LaserPoint | null) => batcher.set({ laser }), [batcher]);
  // Not batched: a press is rare, and peers must see each press as its own request.
  const summonEveryone = useCallback(() => publishNow({ summon: { at: Date.now() } }), [publishNow]);

  return { clientId, self, peers, extras, rename, publishCursor, publishDrag, publishViewport, publishLaser, summonEveryone };
}

function coloursOf(peers: readonly PeerPresence[]): ReadonlyMap<number, string> {
  return new Map(peers.map((peer) => [peer.clientId, peer.state.user.color]));
}

/** What y-protocols' awareness reports with each 'change': the clients whose state changed. */
interface AwarenessChange {
  readonly added: readonly number[];
  readonly updated: readonly number[];
  readonly removed: readonly number[];
}

/** The change concerns `clientId` alone. */
export function onlyClient(change: AwarenessChange, clientId: number): boolean {
  const mine = (ids: readonly number[]) => ids.every((id) => id === clientId);
  return mine(change.added) && mine(change.updated) && mine(change.removed);
}
