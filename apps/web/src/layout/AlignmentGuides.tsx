// The alignment guides of a drag in progress, drawn in board coordinates inside React Flow's viewport
// (so they pan and zoom with the components); a hairline whatever the zoom.
import { useStore } from '@xyflow/react';
import { ViewportLayer } from '../board/canvasLayer';
import type { Guide } from '../board/guides';
import './layout.css';

export function AlignmentGuides({ guides }: { readonly guides: readonly Guide[] }) {
  const zoom = useStore((state) => state.transform[2]);
  if (guides.length === 0) return null;
  const thickness = 1 / zoom;
  return (
    <ViewportLayer>
      <div className="alignment-guides" aria-hidden="true" data-testid="alignment-guides">
        {guides.map((guide) => (
          <div
            key={`${guide.axis}${guide.at}`}
            className="alignment-guide"
            data-axis={guide.axis}
            style={
              guide.axis === 'x'
                ? { left: guide.at, top: guide.from, width: thickness, height: guide.to - guide.from }
                : { left: guide.from, top: guide.at, width: guide.to - guide.from, height: thickness }
            }
          />
        ))}
      </div>
    </ViewportLayer>
  );
}
