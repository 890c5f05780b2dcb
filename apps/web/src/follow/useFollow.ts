// Follow mode in the board: whom this tab follows (clicked in the roster, or a presenter's summon),
// applying their published viewport with `setViewport`, and stopping at once when the user pans or
// zooms by hand. React Flow reports a user's pan/zoom with its DOM event and our own `setViewport`
// with none, which is how the two are told apart.
import type { PeerPresence } from '@napkin/doc';
import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { RefObject } from 'react';
import type { Presence } from '../presence/usePresence';
import { IDLE, checkSummons, followReducer } from './followState';
import type { FollowState } from './followState';

export interface Follow {
  readonly state: FollowState;
  /** The participant being followed, while they are on the board. */
  readonly leader: PeerPresence | null;
  /** Follows that participant; null stops following. */
  readonly follow: (clientId: number | null) => void;
  readonly stop: () => void;
  /** For `<ReactFlow onMoveStart>`: a move with a DOM event is the user's own. */
  readonly onMoveStart: (event: MouseEvent | TouchEvent | null) => void;
  /** "Bring everyone to me": stops following anyone and asks everyone to follow this tab. */
  readonly summonEveryone: () => void;
}

export function useFollow(presence: Presence, canvasRef: RefObject<HTMLElement | null>): Follow {
  const { peers, extras, summonEveryone: publishSummon } = presence;
  const [state, dispatch] = useReducer(followReducer, IDLE);
  const { setViewport } = useReactFlow();

  const leader = useMemo(
    () => (state.kind === 'following' ? (peers.find((peer) => peer.clientId === state.clientId) ?? null) : null),
    [state, peers],
  );

  // Someone who left cannot be followed.
  useEffect(() => {
    dispatch({ type: 'peers-changed', clientIds: new Set(peers.map((peer) => peer.clientId)) });
  }, [peers]);

  // A presenter's new summon makes us follow them (the user can still stop).
  const seenSummons = useRef<ReadonlyMap<number, number>>(new Map());
  useEffect(() => {
    const check = checkSummons(seenSummons.current, extras, Date.now());
    seenSummons.current = check.seen;
    if (check.summoner !== null) dispatch({ type: 'summoned', clientId: check.summoner });
  }, [extras]);

  // Apply the leader's viewport whenever it changes; no animation, so we never lag a frame behind.
  const viewport = leader?.state.viewport;
  useEffect(() => {
    if (viewport === undefined) return;
    void setViewport({ x: viewport.x, y: viewport.y, zoom: viewport.zoom });
  // Keyed on the numbers: the parsed viewport is a new object on every peer update (cursor moves too).
  }, [viewport?.x, viewport?.y, viewport?.zoom, setViewport]);

  // The zoom buttons move the view programmatically (no DOM event reaches onMoveStart), yet they
  // are a manual zoom all the same.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Element && event.target.closest('.react-flow__controls') !== null) {
        dispatch({ type: 'manual-move' });
      }
    };
    canvas.addEventListener('pointerdown', onPointerDown, { capture: true });
    return () => canvas.removeEventListener('pointerdown', onPointerDown, { capture: true });
  }, [canvasRef]);

  const follow = useCallback(
    (clientId: number | null) => dispatch(clientId === null ? { type: 'stop' } : { type: 'follow', clientId }),
    [],
  );
  const stop = useCallback(() => dispatch({ type: 'stop' }), []);
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) dispatch({ type: 'manual-move' });
  }, []);
  const summonEveryone = useCallback(() => {
    dispatch({ type: 'stop' });
    publishSummon();
  }, [publishSummon]);

  return { state, leader, follow, stop, onMoveStart, summonEveryone };
}
