// The count badges: on every component, call and zone with open threads, the number of them, drawn in the
// canvas's own coordinates (so they pan, zoom and follow drags with their element). A click opens the
// element's threads, for anyone who can read the comments.
//
// Sizes come from React Flow's own measurements (its internal nodes), not from the board's node list: a
// view-only board (viewer and commenter links) takes no node changes, so its nodes never carry a size,
// and the badges a commenter most needs would not be drawn.
import { openThreadCounts } from '@napkin/doc';
import type { CommentTarget } from '@napkin/doc';
import type { InternalNode } from '@xyflow/react';
import { useEdges, useInternalNode } from '@xyflow/react';
import { useMemo } from 'react';
import { ViewportLayer } from '../board/canvasLayer';
import { markerPoint } from './commentTargets';
import type { Rect } from './commentTargets';
import type { BoardComments } from './useBoardComments';

export function CommentMarkers({ comments }: { readonly comments: BoardComments }) {
  const { threads } = comments.snapshot;
  const counts = useMemo(() => openThreadCounts(threads), [threads]);
  const targets = useMemo(() => new Map(threads.map((thread) => [thread.target.id, thread.target])), [threads]);
  const edges = useEdges();
  const calls = useMemo(() => new Map(edges.map((edge) => [edge.id, { from: edge.source, to: edge.target }])), [edges]);
  if (counts.size === 0) return null;
  const badges: { target: CommentTarget; count: number; ends: readonly [string, string] }[] = [];
  for (const [id, count] of counts) {
    const target = targets.get(id);
    if (target === undefined) continue;
    const call = target.kind === 'call' ? calls.get(target.id) : undefined;
    if (target.kind === 'call' && call === undefined) continue;
    badges.push({ target, count, ends: call === undefined ? [target.id, target.id] : [call.from, call.to] });
  }
  return (
    <ViewportLayer>
      {badges.map(({ target, count, ends }) => (
        <CountBadge key={target.id} target={target} count={count} ends={ends} onOpen={() => comments.openPanel(target)} />
      ))}
    </ViewportLayer>
  );
}

/** The drawn box of a measured node, in flow coordinates; undefined until React Flow has measured it. */
function rectOf(node: InternalNode | undefined): Rect | undefined {
  const width = node?.measured.width;
  const height = node?.measured.height;
  if (node === undefined || width === undefined || height === undefined) return undefined;
  return { ...node.internals.positionAbsolute, width, height };
}

interface CountBadgeProps {
  readonly target: CommentTarget;
  readonly count: number;
  /** The element's node id twice, or a call's two ends. */
  readonly ends: readonly [string, string];
  readonly onOpen: () => void;
}

function CountBadge({ target, count, ends, onOpen }: CountBadgeProps) {
  const [fromId, toId] = ends;
  const from = rectOf(useInternalNode(fromId));
  const to = rectOf(useInternalNode(toId));
  const rects = new Map<string, Rect>();
  if (from !== undefined) rects.set(fromId, from);
  if (to !== undefined) rects.set(toId, to);
  const point = markerPoint(target, rects, new Map([[target.id, { from: fromId, to: toId }]]));
  if (point === null) return null;
  return (
    <button
      type="button"
      className="comment-badge nodrag nopan"
      style={{ transform: `translate(-50%, -50%) translate(${point.x}px, ${point.y}px)` }}
      data-testid="comment-badge"
      data-target={target.id}
      data-count={count}
      title={`${count} open thread${count === 1 ? '' : 's'}: click to read`}
      onClick={onOpen}
    >
      <CommentGlyph /> {count}
    </button>
  );
}

export function CommentGlyph() {
  return (
    <svg width="11" height="11" viewBox="0 0 12 12" aria-hidden="true">
      <path d="M1.5 2.5h9v6h-5l-2.5 2v-2h-1.5z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
    </svg>
  );
}
