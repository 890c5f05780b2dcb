// Puts the notes on the canvas over everything else (`inner`: the zones and components): one node list for
// React Flow, note changes routed to the `NoteEditor` and the rest to `inner`, a deleted selection that mixes
// notes with components removed in one transaction (one undo step). Also what note nodes may do (context)
// and how new notes are added: at a point, at the middle of the view, or where the pointer is (T, N keys).
import type { Board, BoardSnapshot, NoteKind } from '@napkin/doc';
import { useReactFlow } from '@xyflow/react';
import type { Edge, Node, NodeChange, XYPosition } from '@xyflow/react';
import type { RefObject } from 'react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { UndoSteps } from '../board/flowEditor';
import { visibleCentre } from '../board/visibleArea';
import type { NoteActions } from './noteActions';
import { NoteEditor } from './noteEditor';
import { EMPTY_NOTE_VIEW, toNoteNodes } from './noteFlow';
import type { NoteFlowNode, NoteView, PinTargets, Size } from './noteFlow';
import { nearestComponent } from './pinning';

export interface NodeLayer<N extends Node> {
  readonly nodes: N[];
  readonly onNodesChange: (changes: NodeChange<N>[]) => void;
  readonly onDelete: (deleted: { nodes: Node[]; edges: Edge[] }) => void;
}

export interface NoteLayer<N extends Node> extends NodeLayer<N | NoteFlowNode> {
  readonly actions: NoteActions;
  /** Adds an empty note of `kind` and opens it for typing: at the middle of the view, or at a screen point. */
  readonly add: (kind: NoteKind, screenPoint?: XYPosition) => void;
}

export function useNoteLayer<N extends Node>(
  board: Board,
  snapshot: BoardSnapshot,
  undoManager: UndoSteps,
  inner: NodeLayer<N>,
  canvasRef: RefObject<HTMLElement | null>,
  readOnly: boolean,
): NoteLayer<N> {
  const editor = useMemo(() => new NoteEditor(board, undoManager), [board, undoManager]);
  const { screenToFlowPosition } = useReactFlow();
  const viewRef = useRef<NoteView>(EMPTY_NOTE_VIEW);
  const [view, setView] = useState<NoteView>(EMPTY_NOTE_VIEW);
  const update = useCallback((next: NoteView) => {
    if (next === viewRef.current) return;
    viewRef.current = next;
    setView(next);
  }, []);
  const snapshotRef = useRef(snapshot);
  snapshotRef.current = snapshot;
  const innerRef = useRef(inner);
  innerRef.current = inner;

  const pins = usePinTargets(snapshot, inner.nodes);
  const previous = useRef(new Map<string, NoteFlowNode>());
  const noteNodes = useMemo(() => {
    const next = toNoteNodes(snapshot.annotations, view, pins, previous.current);
    previous.current = new Map(next.map((node) => [node.id, node]));
    return next;
  }, [snapshot.annotations, view, pins]);
  const nodes = useMemo<(N | NoteFlowNode)[]>(() => [...inner.nodes, ...noteNodes], [inner.nodes, noteNodes]);

  const { onNodesChange: onInnerChanges, onDelete: onInnerDelete } = inner;
  const onNodesChange = useCallback(
    (changes: NodeChange<N | NoteFlowNode>[]) => {
      const noteIds = new Set(snapshotRef.current.annotations.map((note) => note.id as string));
      const isNote = (change: NodeChange) => 'id' in change && noteIds.has(change.id);
      const noteChanges = changes.filter(isNote);
      const others = changes.filter((change) => !isNote(change)) as NodeChange<N>[];
      const movingWith = new Set(others.flatMap((change) => (change.type === 'position' && change.dragging === false ? [change.id] : [])));
      if (noteChanges.length > 0) update(editor.apply(viewRef.current, noteChanges, snapshotRef.current, movingWith));
      if (others.length > 0) onInnerChanges(others);
    },
    [editor, onInnerChanges, update],
  );

  const onDelete = useCallback(
    ({ nodes: deleted, edges }: { nodes: Node[]; edges: Edge[] }) => {
      const notes = deleted.filter((node) => node.type === 'note').map((node) => node.id);
      const others = deleted.filter((node) => node.type !== 'note');
      board.batch(() => {
        editor.remove(notes);
        if (others.length > 0 || edges.length > 0) onInnerDelete({ nodes: others, edges });
      });
      undoManager.stopCapturing();
    },
    [board, editor, onInnerDelete, undoManager],
  );

  const add = useCallback(
    (kind: NoteKind, screenPoint?: XYPosition) => {
      if (readOnly) return;
      const canvas = canvasRef.current;
      const point = screenPoint ?? (canvas ? visibleCentre(canvas) : { x: 0, y: 0 });
      const id = editor.add(kind, screenToFlowPosition(point));
      update({ ...viewRef.current, editing: id });
    },
    [editor, readOnly, canvasRef, screenToFlowPosition, update],
  );

  const actions = useMemo<NoteActions>(() => {
    const measuredSizes = () => new Map(innerRef.current.nodes.flatMap((node) => (node.measured?.width !== undefined && node.measured.height !== undefined ? [[node.id, node.measured as Size]] : [])));
    const noteRect = (id: string) => {
      const note = snapshotRef.current.annotations.find((candidate) => candidate.id === id);
      const size = viewRef.current.measured.get(id) ?? { width: note?.width ?? 0, height: note?.height ?? 0 };
      return note === undefined ? null : { x: note.x, y: note.y, ...size };
    };
    return {
      readOnly,
      editing: view.editing,
      startEditing: (id) => {
        if (!readOnly) update({ ...viewRef.current, editing: id });
      },
      finishEditing: (id, text) => {
        if (viewRef.current.editing === id) update({ ...viewRef.current, editing: null });
        if (readOnly) return;
        const note = snapshotRef.current.annotations.find((candidate) => candidate.id === id);
        editor.finishText(id, text ?? note?.text ?? '', snapshotRef.current);
      },
      setColour: (id, colour) => editor.restyle(id, { colour }),
      setKind: (id, kind) => editor.restyle(id, { kind }),
      pinToNearest: (id) => {
        const rect = noteRect(id);
        const target = rect === null ? null : nearestComponent(rect, snapshotRef.current.components, measuredSizes());
        if (target === null) return false;
        editor.pin(id, target.id);
        return true;
      },
      unpin: (id) => editor.pin(id, undefined),
    };
  }, [editor, readOnly, update, view.editing]);

  return { nodes, onNodesChange, onDelete, actions, add };
}

/** Component names by id, and how far each is drawn from its document position right now (a drag in flight). */
function usePinTargets(snapshot: BoardSnapshot, drawn: readonly Node[]): PinTargets {
  const names = useMemo(() => new Map(snapshot.components.map((component) => [component.id as string, component.name])), [snapshot.components]);
  const offsetsRef = useRef<{ key: string; offsets: ReadonlyMap<string, XYPosition> }>({ key: '', offsets: new Map() });
  const offsets = useMemo(() => {
    const byId = new Map(snapshot.components.map((component) => [component.id as string, component]));
    const found = new Map<string, XYPosition>();
    for (const node of drawn) {
      const component = byId.get(node.id);
      if (component === undefined) continue;
      const dx = node.position.x - component.x;
      const dy = node.position.y - component.y;
      if (dx !== 0 || dy !== 0) found.set(node.id, { x: dx, y: dy });
    }
    // Only a change in some offset re-maps the notes: most node changes (selection, measuring) move nothing.
    const key = [...found].map(([id, p]) => `${id}:${p.x},${p.y}`).join(' ');
    if (key !== offsetsRef.current.key) offsetsRef.current = { key, offsets: found };
    return offsetsRef.current.offsets;
  }, [snapshot.components, drawn]);
  return useMemo(() => ({ names, offsets }), [names, offsets]);
}
