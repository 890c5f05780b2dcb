// The count badges: on every component, call and zone with open threads, the number of them, drawn in the
// canvas's own coordinates (so they pan, zoom and follow drags with their element). A click opens the
// element's threads, for anyone who can read the comments.
import { openThreadCounts } from '@napkin/doc';
import type { CommentTarget } from '@napkin/doc';
import { useEdges, useNodes, ViewportPortal } from '@xyflow/react';
import { useMemo } from 'react';
import { markerPoint } from './commentTargets';
import type { Rect } from './commentTargets';
import type { BoardComments } from './useBoardComments';

export function CommentMarkers({ comments }: { readonly comments: BoardComments }) {
  const { threads } = comments.snapshot;
  const counts = useMemo(() => openThreadCounts(threads), [threads]);
  const targets = useMemo(() => new Map(threads.map((thread) => [thread.target.id, thread.target])), [threads]);
  const nodes = useNodes();
  const edges = useEdges();
  const rects = useMemo(() => {
    const found = new Map<string, Rect>();
    for (const node of nodes) {
      const width = node.measured?.width ?? node.width;
      const height = node.measured?.height ?? node.height;
      if (width !== undefined && height !== undefined) found.set(node.id, { ...node.position, width, height });
    }
    return found;
  }, [nodes]);
  const calls = useMemo(() => new Map(edges.map((edge) => [edge.id, { from: edge.source, to: edge.target }])), [edges]);
  if (counts.size === 0) return null;
  const badges: { target: CommentTarget; count: number; x: number; y: number }[] = [];
  for (const [id, count] of counts) {
    const target = targets.get(id);
    const point = target && markerPoint(target, rects, calls);
    if (target !== undefined && point) badges.push({ target, count, ...point });
  }
  return (
    <ViewportPortal>
      {badges.map(({ target, count, x, y }) => (
        <button
          key={target.id}
          type="button"
          className="comment-badge nodrag nopan"
          style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
          data-testid="comment-badge"
          data-target={target.id}
          data-count={count}
          title={`${count} open thread${count === 1 ? '' : 's'}: click to read`}
          onClick={() => comments.openPanel(target)}
        >
          <CommentGlyph /> {count}
        </button>
      ))}
    </ViewportPortal>
  );
}

export function CommentGlyph() {
  return (
    <svg width="11" height="11" viewBox="0 0 12 12" aria-hidden="true">
      <path d="M1.5 2.5h9v6h-5l-2.5 2v-2h-1.5z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
    </svg>
  );
}
