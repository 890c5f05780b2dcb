// The alignment guides of a drag in progress, drawn in board coordinates inside React Flow's viewport
// (so they pan and zoom with the components); a hairline whatever the zoom.
import { useStore } from '@xyflow/react';
import { useSyncExternalStore } from 'react';
import { ViewportLayer } from '../board/canvasLayer';
import type { GuideStore } from '../board/guideStore';
import type { Guide } from '../board/guides';
import './layout.css';

export function AlignmentGuides({ store }: { readonly store: GuideStore }) {
  const guides = useSyncExternalStore(store.subscribe, store.get);
  const zoom = useStore((state) => state.transform[2]);
  if (guides.length === 0) return null;
  const thickness = 1 / zoom;
  // Keyed by place in the list and placed by a transform of a 1 px box: as a drag moves, the same few
  // elements move and stretch, with no element added or removed and nothing laid out again.
  return (
    <ViewportLayer>
      <div className="alignment-guides" aria-hidden="true" data-testid="alignment-guides">
        {guides.map((guide, index) => (
          <div
            key={`${guide.axis}${index}`}
            className="alignment-guide"
            data-axis={guide.axis}
            style={{ transform: guideTransform(guide, thickness) }}
          />
        ))}
      </div>
    </ViewportLayer>
  );
}

/** A 1 × 1 px box moved to the guide's start and scaled to its length and to a hairline across. */
export function guideTransform(guide: Guide, thickness: number): string {
  const length = guide.to - guide.from;
  return guide.axis === 'x'
    ? `translate(${guide.at}px, ${guide.from}px) scale(${thickness}, ${length})`
    : `translate(${guide.from}px, ${guide.at}px) scale(${length}, ${thickness})`;
}
