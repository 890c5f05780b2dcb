// A call on the canvas: solid when synchronous, dashed and moving when asynchronous (React Flow's
// `animated`), with its fan-out, fraction and traffic labels and, when it crosses a zone boundary,
// the network tier it pays (a "why?" figure: click for the tier, the placements and the table value).
// A branch of a split (alternatives) is drawn in the split's colour, with a fork marker where it leaves
// its caller (the branches of one split share it) and its share as the first label.
// What a call is comes from the document through the drawing context.
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, Position } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { groupOf } from '../../alternatives/split';
import { useDrawing } from '../nodes/drawingContext';
import { branchLabels, callLabels, tierLabel } from './callAnnotations';
import { NetworkWhy } from './NetworkWhy';
import './edges.css';

export const CallEdge = memo(function CallEdge(props: EdgeProps) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, selected } = props;
  const drawing = useDrawing();
  const call = drawing.callsById.get(id);
  const tier = drawing.tiers.get(id);
  const group = call ? groupOf(drawing.splits, call) : undefined;
  const branch = group?.branches.find((candidate) => candidate.call.id === id);
  const [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const labels = call ? callLabels(call) : [];
  const shares = branch ? branchLabels(branch) : [];
  const network = tier ? tierLabel(tier) : null;
  const mode = call?.mode ?? 'sync';
  const className = `call-path call-${mode}${branch ? ' call-branch' : ''}${branch && !branch.failover ? ' no-failover' : ''}${selected ? ' selected' : ''}`;

  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={className} />
      {branch && <SplitMarker x={sourceX} y={sourceY} position={sourcePosition} />}
      {(labels.length > 0 || shares.length > 0 || network !== null || mode !== 'sync') && (
        <EdgeLabelRenderer>
          <div
            className="call-labels nodrag nopan"
            data-testid={`call-labels-${id}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
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
        </EdgeLabelRenderer>
      )}
    </>
  );
});

/** A small diamond just outside the caller's handle: the point where one request picks one branch. */
function SplitMarker({ x, y, position }: { readonly x: number; readonly y: number; readonly position: Position }) {
  const offset = 9;
  const cx = x + (position === Position.Right ? offset : position === Position.Left ? -offset : 0);
  const cy = y + (position === Position.Bottom ? offset : position === Position.Top ? -offset : 0);
  const r = 5;
  return <path className="split-marker" data-testid="split-marker" d={`M ${cx} ${cy - r} L ${cx + r} ${cy} L ${cx} ${cy + r} L ${cx - r} ${cy} Z`} />;
}
