// A step of a drag already under way, told apart from everything else a change batch can do, and applied
// to React Flow's node list directly (useFlowBinding.ts): the dragged components' boxes move, nothing else.
import type { Node, NodeChange, XYPosition } from '@xyflow/react';
import type { LocalView } from './flowEditor';

/**
 * True when `changes` only move components that were already being dragged, to new places, and leave the
 * selection, the measured sizes and the set of dragged components as they were; and no note is pinned to
 * a moved component (a pinned note follows its component on screen through the board view's render).
 */
export function dragStepOnly(previous: LocalView, next: LocalView, changes: readonly NodeChange[], pinned: ReadonlySet<string>): boolean {
  if (changes.length === 0 || previous.localDrags.size === 0) return false;
  if (next.selectedNodes !== previous.selectedNodes || next.measured !== previous.measured || next.selectedEdges !== previous.selectedEdges) return false;
  if (next.localDrags.size !== previous.localDrags.size) return false;
  for (const id of next.localDrags.keys()) if (!previous.localDrags.has(id)) return false;
  for (const change of changes) {
    if (change.type !== 'position' || change.dragging !== true || change.position === undefined) return false;
    if (!previous.localDrags.has(change.id) || pinned.has(change.id)) return false;
  }
  return true;
}

/** `nodes` with each dragged component at its drag position: the same list when none moved. */
export function movedInStore<N extends Node>(nodes: N[], drags: ReadonlyMap<string, XYPosition>): N[] {
  let moved: N[] | null = null;
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index];
    if (node === undefined) continue;
    const at = drags.get(node.id);
    if (at === undefined || (at.x === node.position.x && at.y === node.position.y)) continue;
    moved ??= nodes.slice();
    moved[index] = { ...node, position: { x: at.x, y: at.y } };
  }
  return moved ?? nodes;
}
