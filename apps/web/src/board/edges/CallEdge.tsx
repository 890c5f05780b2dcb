// A call on the canvas: solid when synchronous, dashed and moving when asynchronous (React Flow's
// `animated`), with its fan-out, fraction and traffic labels and, when it crosses a zone boundary,
// the network tier it pays (a "why?" figure: click for the tier, the placements and the table value).
// A branch of a split (alternatives) is drawn in the split's colour, with a fork marker where it leaves
// its caller (the branches of one split share it) and its share as the first label.
// What a call is comes from the document through the drawing context. Its line is routed around the
// other components (routing/), leaving and entering by the sides that face each other; its labels sit
// on a free stretch of the line and are drawn above the nodes (edges.css), so no component hides them.
import { BaseEdge, getSmoothStepPath, Position } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { groupOf } from '../../alternatives/split';
import { useDrawing } from '../nodes/drawingContext';
import type { Side } from '../routing/geometry';
import { labelSpot, pathOf } from '../routing/routePath';
import { useCallRoute } from '../routing/useCallRoute';
import { callLabel } from '../flowLabels';
import { useFlowElementLabel } from '../useFlowElementLabel';
import { branchLabels, callLabels, tierLabel } from './callAnnotations';
import { EdgeLabelLayer } from '../canvasLayer';
import { NetworkWhy } from './NetworkWhy';
import './edges.css';

export const CallEdge = memo(function CallEdge(props: EdgeProps) {
  const { id, source, target, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, selected } = props;
  const drawing = useDrawing();
  const call = drawing.callsById.get(id);
  const tier = drawing.tiers.get(id);
  const group = call ? groupOf(drawing.splits, call) : undefined;
  const branch = group?.branches.find((candidate) => candidate.call.id === id);
  const { route, pending } = useCallRoute(id, source, target);
  // Until both ends are known to React Flow and the call is first routed, React Flow's own path stands in.
  const [fallbackPath, fallbackX, fallbackY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const path = route ? pathOf(route.points) : fallbackPath;
  const spot = route ? labelSpot(route.points) : { x: fallbackX, y: fallbackY };
  const start = route?.points[0] ?? { x: sourceX, y: sourceY };
  const startSide = route ? POSITIONS[route.sourceSide] : sourcePosition;
  const labels = call ? callLabels(call) : [];
  const shares = branch ? branchLabels(branch) : [];
  const network = tier ? tierLabel(tier) : null;
  const mode = call?.mode ?? 'sync';
  useFlowElementLabel('edge', id, callLabel(drawing.componentsById.get(source)?.name, drawing.componentsById.get(target)?.name, mode));
  const className = `call-path call-${mode}${branch ? ' call-branch' : ''}${branch && !branch.failover ? ' no-failover' : ''}${selected ? ' selected' : ''}`;

  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={className} data-clear={pending || route === null ? 'pending' : route.clear} />
      {branch && <SplitMarker x={start.x} y={start.y} position={startSide} />}
      {(labels.length > 0 || shares.length > 0 || network !== null || mode !== 'sync') && (
        <EdgeLabelLayer>
          <div
            className="call-labels nodrag nopan"
            data-testid={`call-labels-${id}`}
            style={{ transform: `translate(-50%, -50%) translate(${spot.x}px, ${spot.y}px)` }}
          >
            {shares.map((label, index) => (
              <span key={label} className="call-chip branch" data-testid={index === 0 ? 'call-share' : 'call-no-failover'} title={group ? `Split “${group.name}”` : undefined}>
                {label}
              </span>
            ))}
            {mode === 'async' && <span className="call-chip async">async</span>}
            {mode === 'replication' && (
              <span className="call-chip replication" title="Replication: the callee is a copy of this store (read replica), not a step of a request">
                replica
              </span>
            )}
            {labels.map((label) => (
              <span key={label} className="call-chip">
                {label}
              </span>
            ))}
            {network !== null && (
              <NetworkWhy callId={id} testId="call-network" className="call-chip network">
                {network}
              </NetworkWhy>
            )}
          </div>
        </EdgeLabelLayer>
      )}
    </>
  );
});

const POSITIONS: Record<Side, Position> = { top: Position.Top, right: Position.Right, bottom: Position.Bottom, left: Position.Left };

/** A small diamond just outside the caller's handle: the point where one request picks one branch. */
function SplitMarker({ x, y, position }: { readonly x: number; readonly y: number; readonly position: Position }) {
  const offset = 9;
  const cx = x + (position === Position.Right ? offset : position === Position.Left ? -offset : 0);
  const cy = y + (position === Position.Bottom ? offset : position === Position.Top ? -offset : 0);
  const r = 5;
  return <path className="split-marker" data-testid="split-marker" d={`M ${cx} ${cy - r} L ${cx + r} ${cy} L ${cx} ${cy + r} L ${cx - r} ${cy} Z`} />;
}
