// The Y.Doc ↔ React Flow binding. Nodes and edges are derived from the board snapshot (plus view
// state: selection, measured sizes, drag positions); gestures go to the `FlowEditor`, which turns
// them into Board API calls with this tab's origin. A drag is not written while it happens:
// in-flight positions travel through presence and only the final position is written on release.
// A dragged component lands on the grid (`gridSnap.ts`) unless Alt is held; dragged alone, it snaps to
// other components' edges and centres first, drawing the guides (`layout/guides.ts`).
import type { Board, BoardSnapshot, PeerPresence, PresenceDrag } from '@napkin/doc';
import { LAYOUT_COMPONENT_BOX } from '@napkin/fields';
import { useStoreApi } from '@xyflow/react';
import type { Connection, Edge, EdgeChange, Node, NodeChange, XYPosition } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { snapToGuides } from './guides';
import type { Guide } from './guides';
import { snapToGrid, useAltHeld } from './gridSnap';
import { EMPTY_LOCAL_VIEW, FlowEditor } from './flowEditor';
import type { LocalView, UndoSteps } from './flowEditor';
import { EMPTY_VIEW, toFlowEdges, toFlowNodes } from './toFlow';
import type { CallFlowEdge, ComponentFlowNode } from './toFlow';

export interface FlowBindingInputs {
  readonly board: Board;
  readonly snapshot: BoardSnapshot;
  readonly undoManager: UndoSteps;
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
  /** The alignment guides of the drag in progress (board coordinates). */
  readonly guides: readonly Guide[];
  /** This tab is dragging a component now. */
  readonly dragging: boolean;
}

/** How close (screen pixels) an edge must come to another's to snap to it. */
const GUIDE_SNAP_PX = 6;

export function useFlowBinding({ board, snapshot, undoManager, peers, publishDrag }: FlowBindingInputs): FlowBinding {
  const altHeld = useAltHeld();
  const store = useStoreApi();
  const components = useRef(snapshot.components);
  components.current = snapshot.components;
  const [guides, setGuides] = useState<readonly Guide[]>([]);
  const guidesRef = useRef<readonly Guide[]>([]);
  const showGuides = useCallback((next: readonly Guide[]) => {
    if (next.length === 0 && guidesRef.current.length === 0) return;
    guidesRef.current = next;
    setGuides(next);
  }, []);
  // The editor writes to the document, so it must run once per gesture: not inside a state updater
  // (which React may call twice). The ref keeps several change batches in one tick consistent.
  const viewRef = useRef<LocalView>(EMPTY_LOCAL_VIEW);
  const editor = useMemo(() => {
    const sizeOf = (id: string) => viewRef.current.measured.get(id) ?? LAYOUT_COMPONENT_BOX;
    // The boxes a dragged component snaps to, kept for the whole drag: built from a thousand components,
    // they were rebuilt at every step (~1 ms of each on the 1,000-component board).
    let others: { id: string; components: unknown; measured: unknown; boxes: ReturnType<typeof boxesBesides> } | null = null;
    const othersOf = (id: string) => {
      const { measured } = viewRef.current;
      if (others?.id !== id || others.components !== components.current || others.measured !== measured) {
        others = { id, components: components.current, measured, boxes: boxesBesides(components.current, id, sizeOf) };
      }
      return others.boxes;
    };
    const place = (position: XYPosition, id: string, alone: boolean): XYPosition => {
      const free = altHeld.current;
      if (free || !alone) {
        showGuides([]);
        return snapToGrid(position, free);
      }
      const others = othersOf(id);
      const zoom = store.getState().transform[2];
      const snap = snapToGuides({ ...position, ...sizeOf(id) }, others, GUIDE_SNAP_PX / zoom);
      showGuides(snap.guides);
      const grid = snapToGrid(position, false);
      return { x: snap.x ?? grid.x, y: snap.y ?? grid.y };
    };
    return new FlowEditor(board, undoManager, publishDrag, place);
  }, [board, undoManager, publishDrag, altHeld, store, showGuides]);
  const [view, setView] = useState<LocalView>(EMPTY_LOCAL_VIEW);
  const update = useCallback((next: LocalView) => {
    if (next === viewRef.current) return;
    viewRef.current = next;
    setView(next);
  }, []);

  // Peers' presence changes with every cursor move; only a change in their drags should re-map nodes.
  const peerDrags = useRef<ReadonlyMap<string, XYPosition>>(new Map());
  const latestPeerDrags = dragsOf(peers);
  if (!samePositions(latestPeerDrags, peerDrags.current)) peerDrags.current = latestPeerDrags;
  const stablePeerDrags = peerDrags.current;

  // Our own drag wins over a peer's drag of the same node; both win over the document.
  const positionOverrides = useMemo(
    () => new Map([...stablePeerDrags, ...view.localDrags]),
    [stablePeerDrags, view.localDrags],
  );

  const previousNodes = useRef(new Map<string, ComponentFlowNode>());
  const nodes = useMemo(() => {
    const next = toFlowNodes(snapshot.components, { ...view, positionOverrides }, previousNodes.current);
    previousNodes.current = new Map(next.map((node) => [node.id, node]));
    return next;
  }, [snapshot.components, view, positionOverrides]);

  // An edge is drawn from its ends' places in React Flow's store, not from this list: a drag step leaves the
  // list as it was, so React Flow does not rebuild its lookup of every call at each step of a drag.
  const previousEdges = useRef(new Map<string, CallFlowEdge>());
  const { selectedEdges } = view;
  const edges = useMemo(() => {
    const next = toFlowEdges(snapshot.calls, { ...EMPTY_VIEW, selectedEdges }, previousEdges.current);
    previousEdges.current = new Map(next.map((edge) => [edge.id, edge]));
    return next;
  }, [snapshot.calls, selectedEdges]);

  const onNodesChange = useCallback(
    (changes: NodeChange<ComponentFlowNode>[]) => {
      const next = editor.applyNodeChanges(viewRef.current, changes);
      update(next);
      if (next.localDrags.size === 0) showGuides([]);
    },
    [editor, update, showGuides],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<CallFlowEdge>[]) => update(editor.applyEdgeChanges(viewRef.current, changes)),
    [editor, update],
  );
  const onConnect = useCallback(
    (connection: Connection) => void editor.connect(connection, snapshot.calls),
    [editor, snapshot.calls],
  );
  const onDelete = useCallback(
    (deleted: { nodes: Node[]; edges: Edge[] }) =>
      editor.deleteElements(
        deleted.nodes.map((n) => n.id),
        deleted.edges.map((e) => e.id),
      ),
    [editor],
  );

  return { nodes, edges, onNodesChange, onEdgesChange, onConnect, onDelete, guides, dragging: view.localDrags.size > 0 };
}

function boxesBesides(components: BoardSnapshot['components'], id: string, sizeOf: (id: string) => { width: number; height: number }) {
  return components.filter((component) => component.id !== id).map((component) => ({ x: component.x, y: component.y, ...sizeOf(component.id) }));
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
