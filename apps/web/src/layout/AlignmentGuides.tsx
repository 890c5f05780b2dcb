// The alignment guides of a drag in progress, drawn in board coordinates inside React Flow's viewport
// (so they pan and zoom with the components); a hairline whatever the zoom.
import { useStore } from '@xyflow/react';
import { useRef, useSyncExternalStore } from 'react';
import { ViewportLayer } from '../board/canvasLayer';
import type { GuideStore } from '../board/guideStore';
import type { Guide } from '../board/guides';
import './layout.css';

export function AlignmentGuides({ store }: { readonly store: GuideStore }) {
  const guides = useSyncExternalStore(store.subscribe, store.get);
  const zoom = useStore((state) => state.transform[2]);
  const pool = useGuidePool(guides.length);
  const thickness = 1 / zoom;
  // The layer and a pool of guides stay in the document, keyed by place, each placed by a transform of a
  // 1 px box; a guide not in use is hidden, not removed. As a drag moves, the same few elements move,
  // stretch, show and hide: nothing is added to or removed from the document, nothing is laid out again
  // (adding and removing them, about three times a step, relaid the document on a big board).
  return (
    <ViewportLayer>
      <div className="alignment-guides" aria-hidden="true" data-testid="alignment-guides">
        {Array.from({ length: pool }, (_, index) => {
          const guide = guides[index];
          return guide === undefined ? (
            <div key={index} className="alignment-guide" data-unused="" style={UNUSED} />
          ) : (
            <div key={index} className="alignment-guide" data-axis={guide.axis} style={{ transform: guideTransform(guide, thickness) }} />
          );
        })}
      </div>
    </ViewportLayer>
  );
}

/** A guide not in use keeps a transform (a transform coming and going would change the box's layering). */
const UNUSED = { transform: 'scale(0)' } as const;

/** How many guide elements to keep: the most a drag has drawn at once so far (it only grows). */
function useGuidePool(inUse: number): number {
  const most = useRef(0);
  most.current = Math.max(most.current, inUse);
  return most.current;
}

/** A 1 × 1 px box moved to the guide's start and scaled to its length and to a hairline across. */
export function guideTransform(guide: Guide, thickness: number): string {
  const length = guide.to - guide.from;
  return guide.axis === 'x'
    ? `translate(${guide.at}px, ${guide.from}px) scale(${thickness}, ${length})`
    : `translate(${guide.from}px, ${guide.at}px) scale(${length}, ${thickness})`;
}
