// Peers' pointers, drawn over the canvas. Positions travel in flow coordinates (so they point at
// the same spot of the board whatever each peer's pan and zoom) and are mapped to this viewer's
// screen here; the arrow and label stay the same size at any zoom.
import type { PeerPresence } from '@napkin/doc';
import { useViewport } from '@xyflow/react';

export interface CursorsProps {
  readonly peers: readonly PeerPresence[];
}

export function Cursors({ peers }: CursorsProps) {
  const { x, y, zoom } = useViewport();
  return (
    <div className="cursors" aria-hidden="true">
      {peers.map(({ clientId, state }) => {
        if (state.cursor === null) return null;
        const left = state.cursor.x * zoom + x;
        const top = state.cursor.y * zoom + y;
        return (
          <div
            key={clientId}
            className="cursor"
            data-testid={`cursor-${state.user.name}`}
            style={{ transform: `translate(${left}px, ${top}px)` }}
          >
            <svg width="16" height="20" viewBox="0 0 16 20">
              <path d="M1 1 L1 17 L5.5 13 L8.5 19.5 L11 18.5 L8 12 L14 12 Z" fill={state.user.color} stroke="#fff" strokeWidth="1.2" />
            </svg>
            <span className="label" style={{ background: state.user.color }}>
              {state.user.name}
            </span>
          </div>
        );
      })}
    </div>
  );
}
