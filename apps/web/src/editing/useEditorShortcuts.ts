// The editor's keyboard and clipboard: select all, duplicate, arrow-key nudges, connect two selected
// components, the "?" list; copy, cut and paste through the system clipboard as a board file (so a copy
// goes to another board, another tab, or a text editor). Every change is one undo step of this user.
// Keys typed into a field are the field's. A paste of what a board copied (in any tab: the clipboard also
// carries `COPY_MARK`) lands at the pointer when it is over the canvas, else beside the original of this
// tab's own copy; anything else pasted (a board file from a text editor, a Mermaid flowchart, a file) is
// left to the board's import (`import/useImport.ts`), which places it clear of everything and says what came.
import type { Board, BoardSnapshot } from '@napkin/doc';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { Connection, Edge, Node, XYPosition } from '@xyflow/react';
import type { RefObject } from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { UndoSteps } from '../board/flowEditor';
import { readImportText } from '../import/readImport';
import { commandOf, isTyping } from './editorKeys';
import { moveSelection, nudgeOffset } from './nudge';
import { besideOriginal, pasteFile } from './pasteFile';
import { clipboardText, selectionFile } from './selectionFile';
import { useSelectionOrder } from './useSelectionOrder';

/** A clipboard type only a board's copy writes (beside the board file as text), so a paste knows it is ours. */
export const COPY_MARK = 'application/x-napkin-copy';

export interface EditorShortcutInputs {
  readonly board: Board;
  readonly snapshot: BoardSnapshot;
  readonly undoManager: UndoSteps;
  readonly canvasRef: RefObject<HTMLElement | null>;
  readonly readOnly: boolean;
  /** Everything on the canvas (zones, components, notes) and the calls, with their selection. */
  readonly nodes: readonly Node[];
  readonly edges: readonly Edge[];
  /** Deletes nodes and calls as one undo step (the canvas's own delete). */
  readonly onDelete: (deleted: { nodes: Node[]; edges: Edge[] }) => void;
  readonly onConnect: (connection: Connection) => void;
  /** Tidy-up (Shift+T) and fit to content (Shift+1), done elsewhere. */
  readonly onTidy: () => void;
  readonly onFit: () => void;
}

/** What the keys do, for the canvas's menu: each acts on the current selection, as its key would. */
export interface EditorActions {
  readonly duplicate: () => void;
  readonly connect: () => void;
  readonly canConnect: () => boolean;
  /** Copies the selection to the system clipboard as a board file (as Ctrl+C does). */
  readonly copy: () => void;
  /** Pastes the system clipboard's board file at `at` (screen pixels), if it holds one. */
  readonly paste: (at: XYPosition) => Promise<void>;
  readonly deleteSelection: () => void;
  readonly selectAll: () => void;
}

export interface EditorShortcuts {
  /** The "?" list of shortcuts is open. */
  readonly helpOpen: boolean;
  readonly openHelp: () => void;
  readonly closeHelp: () => void;
  readonly actions: EditorActions;
}

export function useEditorShortcuts(inputs: EditorShortcutInputs): EditorShortcuts {
  const latest = useRef(inputs);
  latest.current = inputs;
  const store = useStoreApi();
  const { screenToFlowPosition } = useReactFlow();
  const [helpOpen, setHelpOpen] = useState(false);
  const order = useSelectionOrder(inputs.nodes);
  const pointer = useRef<XYPosition | null>(null);
  /** This tab's last copy and how many times it was pasted without a pointer, so the copies fan out. */
  const lastCopy = useRef<{ text: string; pastes: number } | null>(null);
  const [pendingSelection, setPendingSelection] = useState<readonly string[]>([]);
  const actionsRef = useRef<EditorActions | null>(null);

  // What was pasted is selected once React Flow has it, so the next move, copy or delete takes it.
  useEffect(() => {
    if (pendingSelection.length === 0) return;
    const { nodeLookup, edgeLookup, triggerNodeChanges, triggerEdgeChanges } = store.getState();
    if (!pendingSelection.every((id) => nodeLookup.has(id))) return;
    // Exactly these, even with Ctrl still held from Ctrl+D (React Flow would add them to the selection).
    const wanted = new Set(pendingSelection);
    triggerNodeChanges([...nodeLookup.values()].filter((node) => (node.selected ?? false) !== wanted.has(node.id)).map((node) => ({ type: 'select', id: node.id, selected: wanted.has(node.id) })));
    triggerEdgeChanges([...edgeLookup.values()].filter((edge) => edge.selected === true).map((edge) => ({ type: 'select', id: edge.id, selected: false })));
    setPendingSelection([]);
  }, [pendingSelection, inputs.nodes, store]);

  useEffect(() => {
    const canvas = inputs.canvasRef.current;
    if (canvas === null) return;
    const onPointerMove = (event: PointerEvent) => {
      pointer.current = { x: event.clientX, y: event.clientY };
    };
    const onPointerLeave = () => {
      pointer.current = null;
    };
    canvas.addEventListener('pointermove', onPointerMove);
    canvas.addEventListener('pointerleave', onPointerLeave);
    return () => {
      canvas.removeEventListener('pointermove', onPointerMove);
      canvas.removeEventListener('pointerleave', onPointerLeave);
    };
  }, [inputs.canvasRef]);

  useEffect(() => {
    const selected = () => {
      const { nodes, edges } = latest.current;
      return { nodes: nodes.filter((node) => node.selected), edges: edges.filter((edge) => edge.selected) };
    };
    const paste = (text: string, at: XYPosition | undefined) => {
      const reading = readImportText(text);
      if (reading.kind !== 'board' || reading.from !== 'board file') return false;
      const { board, undoManager } = latest.current;
      const pasted = pasteFile(board, undoManager, reading.file, at);
      if (pasted.ok) setPendingSelection(pasted.nodeIds);
      return pasted.ok;
    };
    const copy = (): string | null => {
      const ids = new Set(selected().nodes.map((node) => node.id));
      const file = ids.size === 0 ? null : selectionFile(latest.current.snapshot, ids);
      if (file === null) return null;
      const text = clipboardText(file);
      lastCopy.current = { text, pastes: 0 };
      return text;
    };
    /** The pointer in board coordinates while it is over the canvas, else the next spot beside this tab's copy. */
    const pasteTarget = (text: string): XYPosition | undefined => {
      if (pointer.current !== null) return screenToFlowPosition(pointer.current);
      const own = lastCopy.current;
      if (own === null || own.text !== text) return undefined;
      own.pastes += 1;
      const reading = readImportText(text);
      return reading.kind === 'board' ? besideOriginal(reading.file, own.pastes) : undefined;
    };

    const selectAll = () => {
      const { nodes, edges } = latest.current;
      const state = store.getState();
      state.triggerNodeChanges(nodes.filter((node) => node.selectable !== false).map((node) => ({ type: 'select', id: node.id, selected: true })));
      state.triggerEdgeChanges(edges.map((edge) => ({ type: 'select', id: edge.id, selected: true })));
    };
    const duplicate = () => {
      const { readOnly, board, snapshot, undoManager } = latest.current;
      if (readOnly) return;
      const ids = new Set(selected().nodes.map((node) => node.id));
      const file = ids.size === 0 ? null : selectionFile(snapshot, ids);
      if (file === null) return;
      const pasted = pasteFile(board, undoManager, file, besideOriginal(file, 1));
      if (pasted.ok) setPendingSelection(pasted.nodeIds);
    };
    const connectPair = (): readonly [string, string] | null => {
      const [from, to, ...more] = order.current;
      return latest.current.readOnly || from === undefined || to === undefined || more.length > 0 ? null : [from, to];
    };
    const connect = () => {
      const pair = connectPair();
      if (pair !== null) latest.current.onConnect({ source: pair[0], target: pair[1], sourceHandle: null, targetHandle: null });
    };
    actionsRef.current = {
      duplicate,
      connect,
      canConnect: () => connectPair() !== null,
      copy: () => {
        const text = copy();
        if (text === null) return;
        // A menu click is a user gesture: the browser's copy command fires our copy handler, which writes the mark too.
        if (!document.execCommand('copy')) void navigator.clipboard?.writeText(text);
      },
      paste: async (at) => {
        if (latest.current.readOnly) return;
        const text = await navigator.clipboard.readText().catch(() => '');
        if (text !== '') paste(text, screenToFlowPosition(at));
      },
      deleteSelection: () => {
        if (latest.current.readOnly) return;
        const { nodes, edges } = selected();
        if (nodes.length + edges.length > 0) latest.current.onDelete({ nodes, edges });
      },
      selectAll,
    };

    const onKeyDown = (event: KeyboardEvent) => {
      // Keys typed into a field, or moving through a menu, are theirs.
      if (isTyping(event.target) || (event.target instanceof Element && event.target.closest('[role="menu"]') !== null)) return;
      const command = commandOf(event);
      if (command === null) return;
      if (command.kind === 'help') {
        event.preventDefault();
        setHelpOpen((open) => !open);
        return;
      }
      const { readOnly, board, snapshot, undoManager } = latest.current;
      switch (command.kind) {
        case 'select-all':
          event.preventDefault();
          selectAll();
          return;
        case 'duplicate':
          event.preventDefault();
          duplicate();
          return;
        case 'tidy':
        case 'fit':
          // Ours, not a note's T (its listener comes later on the window).
          event.preventDefault();
          event.stopPropagation();
          if (command.kind === 'tidy') latest.current.onTidy();
          else latest.current.onFit();
          return;
        case 'nudge': {
          const offset = nudgeOffset(command.key, command.far);
          const ids = new Set(selected().nodes.map((node) => node.id));
          if (readOnly || offset === null || ids.size === 0) return;
          // React Flow's own arrow handling on a focused node would move it again: this press is ours.
          event.preventDefault();
          event.stopPropagation();
          if (moveSelection(board, snapshot, ids, offset.dx, offset.dy)) undoManager.stopCapturing();
          return;
        }
        case 'connect':
          if (connectPair() === null) return;
          event.preventDefault();
          connect();
          return;
        default: {
          const unknown: never = command;
          return unknown;
        }
      }
    };

    const onCopy = (event: ClipboardEvent) => {
      if (isTyping(event.target) || hasTextSelection() || event.clipboardData === null) return;
      const text = copy();
      if (text === null) return;
      event.preventDefault();
      event.clipboardData.setData('text/plain', text);
      event.clipboardData.setData(COPY_MARK, '1');
      if (event.type === 'cut' && !latest.current.readOnly) {
        const { nodes, edges } = selected();
        latest.current.onDelete({ nodes, edges });
      }
    };

    const onPaste = (event: ClipboardEvent) => {
      if (latest.current.readOnly || isTyping(event.target) || event.clipboardData === null || !event.clipboardData.types.includes(COPY_MARK)) return;
      const text = event.clipboardData.getData('text/plain');
      if (!paste(text, pasteTarget(text))) return;
      // Handled: the board's import (listening on the document) must not insert it a second time.
      event.preventDefault();
      event.stopPropagation();
    };

    // Capture on the window: before React Flow's handlers on a focused node and the import's on the document.
    window.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    window.addEventListener('paste', onPaste, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      window.removeEventListener('paste', onPaste, true);
    };
  }, [store, screenToFlowPosition, order]);

  const openHelp = useCallback(() => setHelpOpen(true), []);
  const closeHelp = useCallback(() => setHelpOpen(false), []);
  const actions = useMemo<EditorActions>(
    () => ({
      duplicate: () => actionsRef.current?.duplicate(),
      connect: () => actionsRef.current?.connect(),
      canConnect: () => actionsRef.current?.canConnect() ?? false,
      copy: () => actionsRef.current?.copy(),
      paste: (at) => actionsRef.current?.paste(at) ?? Promise.resolve(),
      deleteSelection: () => actionsRef.current?.deleteSelection(),
      selectAll: () => actionsRef.current?.selectAll(),
    }),
    [],
  );
  return { helpOpen, openHelp, closeHelp, actions };
}

/** Text selected on the page (a panel's figures): Ctrl+C copies that, as anywhere else. */
function hasTextSelection(): boolean {
  const selection = window.getSelection();
  return selection !== null && !selection.isCollapsed && selection.toString().trim() !== '';
}
