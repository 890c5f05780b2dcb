// Everyone's laser pointers (this tab's too), drawn as short trails that fade within a second over
// the canvas. Points are in flow coordinates and mapped to this viewer's screen, so a trail points
// at the same spot of the board whatever each viewer's pan and zoom. While any trail is visible the
// layer redraws every animation frame; when all have faded it stops.
import type { PeerPresence, PresenceUser } from '@napkin/doc';
import { useViewport } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { LaserPoint, LiveExtras } from '../presence/liveExtras';
import { extendTrail, trailSegments } from './trail';
import type { TrailPoint } from './trail';
import './laser.css';

export interface LaserLayerProps {
  readonly self: PresenceUser;
  readonly ownPoint: RefObject<LaserPoint | null>;
  readonly ownActive: boolean;
  readonly peers: readonly PeerPresence[];
  readonly extras: ReadonlyMap<number, LiveExtras>;
}

/** Trails by who draws them: a peer's client id, or 'self'. */
type TrailKey = number | 'self';

export function LaserLayer({ self, ownPoint, ownActive, peers, extras }: LaserLayerProps) {
  const trails = useRef(new Map<TrailKey, readonly TrailPoint[]>());
  const [now, setNow] = useState(() => performance.now());
  const { x, y, zoom } = useViewport();

  // Peers' points arrive with presence updates: stamp them as they come.
  useEffect(() => {
    const at = performance.now();
    for (const [clientId, { laser }] of extras) {
      if (laser !== null) trails.current.set(clientId, extendTrail(trails.current.get(clientId) ?? [], laser, at));
    }
    setNow(at);
  }, [extras]);

  // Redraw every frame while something is visible or a laser is on; this tab's own point is sampled here.
  const anyPeerLaser = [...extras.values()].some((extra) => extra.laser !== null);
  const visible = ownActive || anyPeerLaser || [...trails.current.values()].some((trail) => trail.length > 0);
  useEffect(() => {
    if (!visible) return;
    let handle = requestAnimationFrame(function frame(at) {
      const own = trails.current.get('self') ?? [];
      trails.current.set('self', extendTrail(own, ownActive ? ownPoint.current : null, at));
      for (const [key, trail] of trails.current) {
        if (key !== 'self') trails.current.set(key, extendTrail(trail, null, at));
      }
      setNow(at);
      handle = requestAnimationFrame(frame);
    });
    return () => cancelAnimationFrame(handle);
  }, [visible, ownActive, ownPoint]);

  const drawers: { key: TrailKey; user: PresenceUser; point: LaserPoint | null }[] = [
    { key: 'self', user: self, point: ownActive ? ownPoint.current : null },
    ...peers.map((peer) => ({ key: peer.clientId, user: peer.state.user, point: extras.get(peer.clientId)?.laser ?? null })),
  ];
  const toScreen = (point: { x: number; y: number }) => ({ sx: point.x * zoom + x, sy: point.y * zoom + y });

  return (
    <svg className="laser-layer" aria-hidden="true">
      {drawers.map(({ key, user, point }) => {
        const segments = trailSegments(trails.current.get(key) ?? [], now);
        if (segments.length === 0 && point === null) return null;
        const dot = point === null ? null : toScreen(point);
        return (
          <g key={key} data-testid={`laser-${user.name}`} className="laser-trail">
            {segments.map(({ from, to, opacity }) => {
              const a = toScreen(from);
              const b = toScreen(to);
              return (
                <line key={`${from.t}-${to.t}`} x1={a.sx} y1={a.sy} x2={b.sx} y2={b.sy} stroke={user.color} strokeOpacity={opacity} strokeWidth={4} strokeLinecap="round" />
              );
            })}
            {dot !== null && <circle cx={dot.sx} cy={dot.sy} r={6} fill={user.color} className="laser-dot" />}
          </g>
        );
      })}
    </svg>
  );
}
