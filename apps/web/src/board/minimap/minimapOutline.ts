// What the board's minimap draws, worked out without React: every shown node as one rectangle of a
// single SVG path (one element for a thousand components, instead of a rect and a store subscription
// each), and the frame that fits the nodes and the visible area into the minimap's box, with the
// margins React Flow's own MiniMap uses, so the picture is the same.
import type { Rect } from '@xyflow/system';
import { getBoundsOfRects } from '@xyflow/system';

/** What the minimap reads of React Flow's internal node (a subset, so the lookup's nodes pass as they are). */
export interface OutlinedNode {
  readonly hidden?: boolean;
  readonly measured?: { readonly width?: number; readonly height?: number };
  readonly width?: number;
  readonly height?: number;
  readonly internals: { readonly positionAbsolute: { readonly x: number; readonly y: number } };
}

export interface Outline {
  /** One `M…h…v…h…z` rectangle per node, rounded to whole board units (a minimap pixel is many). */
  readonly path: string;
  /** The box around every drawn node, or null when none is drawn. */
  readonly bounds: Rect | null;
}

export const EMPTY_OUTLINE: Outline = { path: '', bounds: null };

export function outlineOf(nodes: Iterable<OutlinedNode>): Outline {
  let path = '';
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    // React Flow's getNodeDimensions, without its object: read for a thousand nodes a frame while dragging.
    const width = node.measured?.width ?? node.width ?? 0;
    const height = node.measured?.height ?? node.height ?? 0;
    // A node not measured yet has no size: React Flow's minimap leaves it out too.
    if (node.hidden === true || !(width > 0) || !(height > 0)) continue;
    const { x, y } = node.internals.positionAbsolute;
    path += `M${Math.round(x)},${Math.round(y)}h${Math.round(width)}v${Math.round(height)}h${-Math.round(width)}z`;
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + width);
    bottom = Math.max(bottom, y + height);
  }
  return path === '' ? EMPTY_OUTLINE : { path, bounds: { x: left, y: top, width: right - left, height: bottom - top } };
}

export interface MinimapFrame {
  /** The SVG viewBox, in board units. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Board units per minimap pixel (what a drag on the minimap pans by). */
  readonly viewScale: number;
  /** The margin around the content, in board units. */
  readonly offset: number;
}

/** React Flow's MiniMap framing: the nodes and the visible area, centred, with five pixels' margin. */
export function frameOf(bounds: Rect | null, visible: Rect, boxWidth: number, boxHeight: number, offsetScale = 5): MinimapFrame {
  const content = bounds === null ? visible : getBoundsOfRects(bounds, visible);
  const viewScale = Math.max(content.width / boxWidth, content.height / boxHeight);
  const viewWidth = viewScale * boxWidth;
  const viewHeight = viewScale * boxHeight;
  const offset = offsetScale * viewScale;
  return {
    x: content.x - (viewWidth - content.width) / 2 - offset,
    y: content.y - (viewHeight - content.height) / 2 - offset,
    width: viewWidth + offset * 2,
    height: viewHeight + offset * 2,
    viewScale,
    offset,
  };
}
