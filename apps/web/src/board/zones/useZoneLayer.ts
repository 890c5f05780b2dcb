// Puts the zone frames into the canvas next to the components: one node list for React Flow (zones
// first, so they sit behind), with each change routed to whoever owns the node — zone gestures to the
// `ZoneEditor`, everything else to the component binding. Deleting a selection that mixes both is one
// transaction, so one undo step.
import type { Board, BoardSnapshot } from '@napkin/doc';
import type { Edge, Node, NodeChange } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { UndoSteps } from '../flowEditor';
import type { ComponentFlowNode } from '../toFlow';
import type { FlowBinding } from '../useFlowBinding';
import { EMPTY_ZONE_VIEW, membersOf, moveOffset, toZoneNodes } from './zoneFlow';
import type { ZoneFlowNode, ZoneView } from './zoneFlow';
import { ZoneEditor } from './zoneEditor';

export type BoardFlowNode = ComponentFlowNode | ZoneFlowNode;

export interface ZoneLayer {
  readonly nodes: BoardFlowNode[];
  readonly onNodesChange: (changes: NodeChange<BoardFlowNode>[]) => void;
  readonly onDelete: (deleted: { nodes: Node[]; edges: Edge[] }) => void;
}

export function useZoneLayer(board: Board, snapshot: BoardSnapshot, undoManager: UndoSteps, flow: FlowBinding): ZoneLayer {
  const editor = useMemo(() => new ZoneEditor(board, undoManager), [board, undoManager]);
  const viewRef = useRef<ZoneView>(EMPTY_ZONE_VIEW);
  const [view, setView] = useState<ZoneView>(EMPTY_ZONE_VIEW);
  const snapshotRef = useRef(snapshot);
  snapshotRef.current = snapshot;

  const zoneNodes = useMemo(() => toZoneNodes(snapshot.zones, view), [snapshot.zones, view]);
  const followers = useMemo(() => followerOffsets(snapshot, view), [snapshot, view]);
  const nodes = useMemo<BoardFlowNode[]>(
    () => [...zoneNodes, ...(followers.size === 0 ? flow.nodes : flow.nodes.map((node) => shifted(node, followers.get(node.id))))],
    [zoneNodes, flow.nodes, followers],
  );

  const { onNodesChange: onComponentChanges, onDelete: onComponentDelete } = flow;
  const onNodesChange = useCallback(
    (changes: NodeChange<BoardFlowNode>[]) => {
      const zoneIds = new Set(snapshotRef.current.zones.map((zone) => zone.id as string));
      const isZone = (change: NodeChange) => 'id' in change && zoneIds.has(change.id);
      const zoneChanges = changes.filter(isZone);
      const componentChanges = changes.filter((change) => !isZone(change)) as NodeChange<ComponentFlowNode>[];
      if (zoneChanges.length > 0) {
        const next = editor.apply(viewRef.current, zoneChanges, snapshotRef.current);
        if (next !== viewRef.current) {
          viewRef.current = next;
          setView(next);
        }
      }
      if (componentChanges.length > 0) onComponentChanges(componentChanges);
    },
    [editor, onComponentChanges],
  );

  const onDelete = useCallback(
    ({ nodes: deleted, edges }: { nodes: Node[]; edges: Edge[] }) => {
      const zones = deleted.filter((node) => node.type === 'zone');
      const components = deleted.filter((node) => node.type !== 'zone');
      board.batch(() => {
        editor.remove(zones.map((zone) => zone.id));
        onComponentDelete({ nodes: components, edges });
      });
      undoManager.stopCapturing();
    },
    [board, editor, onComponentDelete, undoManager],
  );

  return { nodes, onNodesChange, onDelete };
}

/** Components inside a frame being moved follow it on this screen until the move is written. */
function followerOffsets(snapshot: BoardSnapshot, view: ZoneView): ReadonlyMap<string, { dx: number; dy: number }> {
  const offsets = new Map<string, { dx: number; dy: number }>();
  for (const [id, draft] of view.drafts) {
    const zone = snapshot.zones.find((z) => z.id === id);
    const offset = zone ? moveOffset(zone, draft) : null;
    if (zone === undefined || offset === null) continue;
    for (const component of membersOf(id, zone, snapshot).components) offsets.set(component.id, offset);
  }
  return offsets;
}

function shifted(node: ComponentFlowNode, offset: { dx: number; dy: number } | undefined): ComponentFlowNode {
  return offset ? { ...node, position: { x: node.position.x + offset.dx, y: node.position.y + offset.dy } } : node;
}
