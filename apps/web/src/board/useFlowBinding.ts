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
import { createGuideStore } from './guideStore';
import type { GuideStore } from './guideStore';
import { guideIndex, snapToGuidesIn } from './guideIndex';
import type { Guide } from './guides';
import { dragStepOnly, movedInStore } from './dragStep';
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
  /** The alignment guides of the drag in progress (board coordinates), outside React state. */
  readonly guides: GuideStore;
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
  const [guides] = useState(createGuideStore);
  const showGuides = useCallback((next: readonly Guide[]) => guides.set(next), [guides]);
  const pinned = useRef(new Set<string>());
  pinned.current = pinnedComponents(snapshot.annotations, pinned.current);
  // The editor writes to the document, so it must run once per gesture: not inside a state updater
  // (which React may call twice). The ref keeps several change batches in one tick consistent.
  const viewRef = useRef<LocalView>(EMPTY_LOCAL_VIEW);
  const editor = useMemo(() => {
    const sizeOf = (id: string) => viewRef.current.measured.get(id) ?? LAYOUT_COMPONENT_BOX;
    // The boxes a dragged component snaps to, kept for the whole drag and their lines sorted (guideIndex.ts):
    // built from a thousand components, they were rebuilt at every step (~1 ms of each on the 1,000-component
    // board), then searched box by box (~0.3 ms).
    let others: { id: string; components: unknown; measured: unknown; index: ReturnType<typeof guideIndex> } | null = null;
    const othersOf = (id: string) => {
      const { measured } = viewRef.current;
      if (others?.id !== id || others.components !== components.current || others.measured !== measured) {
        others = { id, components: components.current, measured, index: guideIndex(boxesBesides(components.current, id, sizeOf)) };
      }
      return others.index;
    };
    const place = (position: XYPosition, id: string, alone: boolean): XYPosition => {
      const free = altHeld.current;
      if (free || !alone) {
        showGuides([]);
        return snapToGrid(position, free);
      }
      const others = othersOf(id);
      const zoom = store.getState().transform[2];
      const snap = snapToGuidesIn({ ...position, ...sizeOf(id) }, others, GUIDE_SNAP_PX / zoom);
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

  // The latest view, with the drag steps that went to React Flow's store without a render (below): a
  // render for any other reason (a peer's cursor) draws the dragged component where it is now.
  const current = viewRef.current;
  // Our own drag wins over a peer's drag of the same node; both win over the document.
  const positionOverrides = useMemo(
    () => new Map([...stablePeerDrags, ...current.localDrags]),
    [stablePeerDrags, current.localDrags],
  );

  const previousNodes = useRef(new Map<string, ComponentFlowNode>());
  const nodes = useMemo(() => {
    const next = toFlowNodes(snapshot.components, { ...current, positionOverrides }, previousNodes.current);
    previousNodes.current = new Map(next.map((node) => [node.id, node]));
    return next;
  }, [snapshot.components, current, positionOverrides]);

  // An edge is drawn from its ends' places in React Flow's store, not from this list: a drag step leaves the
  // list as it was, so React Flow does not rebuild its lookup of every call at each step of a drag.
  const previousEdges = useRef(new Map<string, CallFlowEdge>());
  const { selectedEdges } = current;
  const edges = useMemo(() => {
    const next = toFlowEdges(snapshot.calls, { ...EMPTY_VIEW, selectedEdges }, previousEdges.current);
    previousEdges.current = new Map(next.map((edge) => [edge.id, edge]));
    return next;
  }, [snapshot.calls, selectedEdges]);

  const onNodesChange = useCallback(
    (changes: NodeChange<ComponentFlowNode>[]) => {
      const previous = viewRef.current;
      const next = editor.applyNodeChanges(previous, changes);
      // A step of a drag already under way moves the dragged components in React Flow's store and
      // nowhere else: as state, each step re-rendered the whole board view (toolbar, panels, palette and
      // every hook) to move one box. Its start and end, and a component a note is pinned to (the note
      // follows it on screen), go through state.
      if (dragStepOnly(previous, next, changes, pinned.current)) {
        viewRef.current = next;
        const state = store.getState();
        const moved = movedInStore(state.nodes, next.localDrags);
        if (moved !== state.nodes) state.setNodes(moved);
        return;
      }
      update(next);
      if (next.localDrags.size === 0) showGuides([]);
    },
    [editor, update, showGuides, store],
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

/** The components some note is pinned to; the previous set while that does not change. */
function pinnedComponents(annotations: BoardSnapshot['annotations'], previous: ReadonlySet<string>): Set<string> {
  const next = new Set<string>();
  for (const note of annotations) if (note.pinnedTo !== undefined) next.add(note.pinnedTo);
  if (next.size === previous.size && [...next].every((id) => previous.has(id))) return previous as Set<string>;
  return next;
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
