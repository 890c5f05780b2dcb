// This tab's presence on the board (name, colour, cursor, in-flight drag) and everyone else's.
// Outgoing: fields are batched to at most one awareness update per animation frame. Incoming:
// every peer state is parsed by `peersFromAwareness`, so a malformed peer is left out, not drawn.
import { peersFromAwareness } from '@napkin/doc';
import type { PeerPresence, PresenceDrag, PresenceState, PresenceUser } from '@napkin/doc';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { animationFrames, createFrameBatcher } from './frameBatcher';
import { cleanName, colourForClient, defaultNameFor, loadName, saveName } from './identity';
import type { NameStorage } from './identity';

export interface Presence {
  readonly self: PresenceUser;
  readonly peers: readonly PeerPresence[];
  readonly rename: (name: string) => void;
  /** Pointer position in flow coordinates, or null when the pointer left the canvas. */
  readonly publishCursor: (cursor: PresenceState['cursor']) => void;
  readonly publishDrag: (drag: PresenceDrag | null) => void;
}

export function usePresence(awareness: Awareness, storage: NameStorage | null): Presence {
  const clientId = awareness.clientID;
  const [name, setName] = useState(() => loadName(storage) ?? defaultNameFor(clientId));
  const self = useMemo<PresenceUser>(() => ({ name, color: colourForClient(clientId) }), [name, clientId]);
  const [peers, setPeers] = useState<readonly PeerPresence[]>([]);

  const batcher = useMemo(
    () =>
      createFrameBatcher<PresenceState>((patch) => {
        const current = (awareness.getLocalState() ?? {}) as Partial<PresenceState>;
        awareness.setLocalState({ ...current, ...patch });
      }, animationFrames),
    [awareness],
  );
  useEffect(() => () => batcher.dispose(), [batcher]);

  // The user field is published at once (not batched): it is what makes us appear in the roster.
  useEffect(() => {
    const current = (awareness.getLocalState() ?? {}) as Partial<PresenceState>;
    awareness.setLocalState({ cursor: null, drag: null, ...current, user: self });
  }, [awareness, self]);

  useEffect(() => {
    const refresh = () => setPeers(peersFromAwareness(awareness.getStates(), clientId));
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

  return { self, peers, rename, publishCursor, publishDrag };
}
