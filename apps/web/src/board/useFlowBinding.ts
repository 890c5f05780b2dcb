// The Y.Doc ↔ React Flow binding. Nodes and edges are derived from the board snapshot (plus view
// state: selection, measured sizes, drag positions); user gestures go back as Board API calls with
// this tab's origin. A drag is not written while it happens: in-flight positions travel through
// presence (DragSession) and only the final position is written, when the mouse is released.
import { DragSession } from '@napkin/doc';
import type { Board, BoardSnapshot, CallId, ComponentId, PeerPresence, PresenceDrag } from '@napkin/doc';
import type { Connection, Edge, EdgeChange, Node, NodeChange, XYPosition } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { toFlowEdges, toFlowNodes } from './toFlow';
import type { CallFlowEdge, ComponentFlowNode, Size } from './toFlow';

export interface FlowBindingInputs {
  readonly board: Board;
  readonly snapshot: BoardSnapshot;
  readonly undoManager: Y.UndoManager;
  readonly peers: readonly PeerPresence[];
  readonly publishDrag: (drag: PresenceDrag | null) => void;
}

export interface FlowBinding {
  readonly nodes: ComponentFlowNode[];
  readonly edges: CallFlowEdge[];
  readonly onNodesChange: (changes: NodeChange<ComponentFlowNode>[]) => void;
  readonly onEdgesChange: (changes: EdgeChange<CallFlowEdge>[]) => void;
  readonly onConnect: (connection: Connection) => void;
  readonly onDelete: (deleted: { nodes: Node[]; edges: Edge[] }) => void;
}

export function useFlowBinding({ board, snapshot, undoManager, peers, publishDrag }: FlowBindingInputs): FlowBinding {
  const [selectedNodes, setSelectedNodes] = useState<ReadonlySet<string>>(new Set());
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(new Set());
  const [measured, setMeasured] = useState<ReadonlyMap<string, Size>>(new Map());
  const [localDrags, setLocalDrags] = useState<ReadonlyMap<string, XYPosition>>(new Map());
  const dragSessions = useRef(new Map<string, DragSession>());

  // Peers' presence changes with every cursor move; only a change in their drags should re-map nodes.
  const peerDrags = useRef<ReadonlyMap<string, XYPosition>>(new Map());
  const latestPeerDrags = dragsOf(peers);
  if (!samePositions(latestPeerDrags, peerDrags.current)) peerDrags.current = latestPeerDrags;
  const stablePeerDrags = peerDrags.current;

  // Our own drag wins over a peer's drag of the same node; both win over the document.
  const positionOverrides = useMemo(
    () => new Map([...stablePeerDrags, ...localDrags]),
    [stablePeerDrags, localDrags],
  );

  const previousNodes = useRef(new Map<string, ComponentFlowNode>());
  const nodes = useMemo(() => {
    const view = { selectedNodes, selectedEdges, measured, positionOverrides };
    const next = toFlowNodes(snapshot.components, view, previousNodes.current);
    previousNodes.current = new Map(next.map((node) => [node.id, node]));
    return next;
  }, [snapshot.components, selectedNodes, selectedEdges, measured, positionOverrides]);

  const previousEdges = useRef(new Map<string, CallFlowEdge>());
  const edges = useMemo(() => {
    const view = { selectedNodes, selectedEdges, measured, positionOverrides };
    const next = toFlowEdges(snapshot.calls, view, previousEdges.current);
    previousEdges.current = new Map(next.map((edge) => [edge.id, edge]));
    return next;
  }, [snapshot.calls, selectedNodes, selectedEdges, measured, positionOverrides]);

  const onNodesChange = useCallback(
    (changes: NodeChange<ComponentFlowNode>[]) => {
      const drags = new Map<string, XYPosition | null>();
      for (const change of changes) {
        switch (change.type) {
          case 'dimensions':
            if (change.dimensions) {
              const size = { width: change.dimensions.width, height: change.dimensions.height };
              setMeasured((m) => new Map(m).set(change.id, size));
            }
            break;
          case 'select':
            setSelectedNodes((s) => toggled(s, change.id, change.selected));
            break;
          case 'position': {
            const session = dragSessions.current.get(change.id) ?? startDrag(change.id);
            if (change.dragging && change.position) {
              session.move(change.position.x, change.position.y);
              drags.set(change.id, change.position);
            } else if (!change.dragging) {
              // Writes the last in-flight position as one transaction (one undo step).
              session.end();
              undoManager.stopCapturing();
              dragSessions.current.delete(change.id);
              drags.set(change.id, null);
            }
            break;
          }
          case 'remove': // handled by onDelete, as one transaction with the calls
          case 'add':
          case 'replace':
            break;
          default: {
            const unknown: never = change;
            console.warn('unhandled node change', unknown);
          }
        }
      }
      if (drags.size > 0) setLocalDrags((current) => withDrags(current, drags));

      function startDrag(id: string): DragSession {
        const session = new DragSession(board, id as ComponentId, publishDrag);
        dragSessions.current.set(id, session);
        return session;
      }
    },
    [board, undoManager, publishDrag],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<CallFlowEdge>[]) => {
    for (const change of changes) {
      if (change.type === 'select') setSelectedEdges((s) => toggled(s, change.id, change.selected));
    }
  }, []);

  const onConnect = useCallback(
    ({ source, target }: Connection) => {
      if (source === target) return;
      const exists = snapshot.calls.some((call) => call.from === source && call.to === target);
      if (exists) return;
      const created = board.addCall({ from: source as ComponentId, to: target as ComponentId, mode: 'sync' });
      if (created === null) console.warn('call not added: an endpoint was just deleted');
      undoManager.stopCapturing();
    },
    [board, snapshot.calls, undoManager],
  );

  const onDelete = useCallback(
    ({ nodes: deletedNodes, edges: deletedEdges }: { nodes: Node[]; edges: Edge[] }) => {
      board.batch(() => {
        for (const edge of deletedEdges) board.removeCall(edge.id as CallId);
        for (const node of deletedNodes) board.removeComponent(node.id as ComponentId);
      });
      undoManager.stopCapturing();
    },
    [board, undoManager],
  );

  return { nodes, edges, onNodesChange, onEdgesChange, onConnect, onDelete };
}

function toggled(set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  if (set.has(id) === on) return set;
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

function withDrags(
  current: ReadonlyMap<string, XYPosition>,
  drags: ReadonlyMap<string, XYPosition | null>,
): ReadonlyMap<string, XYPosition> {
  const next = new Map(current);
  for (const [id, position] of drags) {
    if (position === null) next.delete(id);
    else next.set(id, position);
  }
  return next;
}

function dragsOf(peers: readonly PeerPresence[]): ReadonlyMap<string, XYPosition> {
  const drags = new Map<string, XYPosition>();
  for (const { state } of peers) if (state.drag) drags.set(state.drag.componentId, { x: state.drag.x, y: state.drag.y });
  return drags;
}

function samePositions(a: ReadonlyMap<string, XYPosition>, b: ReadonlyMap<string, XYPosition>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, p] of a) {
    const q = b.get(id);
    if (q === undefined || q.x !== p.x || q.y !== p.y) return false;
  }
  return true;
}
