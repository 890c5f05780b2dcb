// A call on the canvas: solid when synchronous, dashed and moving when asynchronous (React Flow's
// `animated`), with its fan-out, fraction and traffic labels and, when it crosses a zone boundary,
// the network tier it pays (a "why?" figure: click for the tier, the placements and the table value).
// What a call is comes from the document through the drawing context.
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useDrawing } from '../nodes/drawingContext';
import { callLabels, tierLabel } from './callAnnotations';
import { NetworkWhy } from './NetworkWhy';
import './edges.css';

export const CallEdge = memo(function CallEdge(props: EdgeProps) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, selected } = props;
  const drawing = useDrawing();
  const call = drawing.callsById.get(id);
  const tier = drawing.tiers.get(id);
  const [path, labelX, labelY] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const labels = call ? callLabels(call) : [];
  const network = tier ? tierLabel(tier) : null;
  const mode = call?.mode ?? 'sync';

  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={`call-path call-${mode}${selected ? ' selected' : ''}`} />
      {(labels.length > 0 || network !== null || mode === 'async') && (
        <EdgeLabelRenderer>
          <div
            className="call-labels nodrag nopan"
            data-testid={`call-labels-${id}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {mode === 'async' && <span className="call-chip async">async</span>}
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
