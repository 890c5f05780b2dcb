// What a thread is about, as people read it ("Orders DB", "API → Orders DB", "eu-west-1a"), and where its
// count badge sits: a component's or zone's top-right corner, a call's midpoint just above its labels. Pure,
// over the snapshot and the rectangles React Flow measured.
import { getKind } from '@napkin/catalog';
import type { BoardSnapshot, CommentTarget, CommentTargetKind } from '@napkin/doc';
import type { XYPosition } from '@xyflow/react';

export interface TargetInfo {
  readonly label: string;
  /** False once the element was deleted: its threads stay, and say so. */
  readonly exists: boolean;
}

const GONE: Readonly<Record<CommentTargetKind, string>> = { component: 'a deleted component', call: 'a deleted call', zone: 'a deleted zone' };

export function describeTarget(target: CommentTarget, snapshot: BoardSnapshot): TargetInfo {
  const componentName = (id: string) => {
    const component = snapshot.components.find((candidate) => candidate.id === id);
    return component === undefined ? null : component.name || (getKind(component.kind)?.label ?? component.kind);
  };
  let label: string | null = null;
  if (target.kind === 'component') label = componentName(target.id);
  else if (target.kind === 'zone') {
    const zone = snapshot.zones.find((candidate) => candidate.id === target.id);
    label = zone === undefined ? null : zone.name || (getKind(zone.level)?.label ?? zone.level);
  } else {
    const call = snapshot.calls.find((candidate) => candidate.id === target.id);
    label = call === undefined ? null : `${componentName(call.from) ?? '?'} → ${componentName(call.to) ?? '?'}`;
  }
  return label === null ? { label: GONE[target.kind], exists: false } : { label, exists: true };
}

/** The element a clicked canvas node stands for, if threads can be opened on it (not on notes). */
export function targetOfNode(node: { readonly id: string; readonly type?: string }): CommentTarget | null {
  if (node.type === 'component' || node.type === 'zone') return { kind: node.type, id: node.id };
  return null;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** How far above a call's middle its badge sits, clear of the call's own labels. */
const CALL_BADGE_LIFT = 22;

/** Where the badge of `target` is drawn (flow coordinates), or null when its element is not drawn. */
export function markerPoint(
  target: CommentTarget,
  rects: ReadonlyMap<string, Rect>,
  calls: ReadonlyMap<string, { readonly from: string; readonly to: string }>,
): XYPosition | null {
  if (target.kind !== 'call') {
    const rect = rects.get(target.id);
    return rect === undefined ? null : { x: rect.x + rect.width, y: rect.y };
  }
  const call = calls.get(target.id);
  const from = call && rects.get(call.from);
  const to = call && rects.get(call.to);
  if (from === undefined || to === undefined) return null;
  // Calls leave a component on its right and enter on its left (ComponentNode's handles).
  const start = { x: from.x + from.width, y: from.y + from.height / 2 };
  const end = { x: to.x, y: to.y + to.height / 2 };
  return { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 - CALL_BADGE_LIFT };
}

/** "14:05" today, "3 Mar 14:05" this year, "3 Mar 2024" before. */
export function commentTime(at: number, now: number): string {
  const date = new Date(at);
  const today = new Date(now);
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  if (date.toDateString() === today.toDateString()) return time;
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
  return date.getFullYear() === today.getFullYear() ? `${day} ${time}` : `${day} ${date.getFullYear()}`;
}
