// What follow mode adds to the canvas: this tab publishes its own viewport (so others can follow
// it), and while following, a banner "Following <name> · Stop" and a frame in the leader's colour.
import { useViewport } from '@xyflow/react';
import { useEffect } from 'react';
import type { Viewport } from '../presence/usePresence';
import type { Follow } from './useFollow';
import './follow.css';

export interface FollowLayerProps {
  readonly follow: Follow;
  readonly publishViewport: (viewport: Viewport) => void;
}

export function FollowLayer({ follow, publishViewport }: FollowLayerProps) {
  return (
    <>
      <ViewportPublisher publish={publishViewport} />
      {follow.leader !== null && (
        <div className="follow-frame" style={{ borderColor: follow.leader.state.user.color }}>
          <div className="follow-banner" data-testid="follow-banner" style={{ background: follow.leader.state.user.color }}>
            <span>
              Following <strong data-testid="follow-leader">{follow.leader.state.user.name}</strong>
            </span>
            <span aria-hidden="true">·</span>
            <button type="button" data-testid="follow-stop" onClick={follow.stop}>
              Stop
            </button>
          </div>
        </div>
      )}
    </>
  );
}

/**
 * Publishes the viewport on every change; the presence batcher sends at most one update per frame.
 * Its own tiny component so a pan re-renders only this, not the board.
 */
function ViewportPublisher({ publish }: { publish: (viewport: Viewport) => void }) {
  const { x, y, zoom } = useViewport();
  useEffect(() => publish({ x, y, zoom }), [x, y, zoom, publish]);
  return null;
}
