// The tidy-up gesture: the selected components (two or more), else the whole board (or the whole board
// anyway, from the canvas's menu), laid out along the flow by `tidyPlan` with the sizes the canvas
// measured, notes kept clear of the layout (`tidyNotes.ts`), written as one undo step of this user. The
// layout code (dagre, ~15 KB compressed) loads on the first tidy-up, not with the board: opening a board
// does not need it (issue 18, first load).
import type { Board, BoardAnnotation, BoardSnapshot } from '@napkin/doc';
import { useStoreApi } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { placed } from '../board/align';
import type { UndoSteps } from '../board/flowEditor';
import { sizeOf } from '../notes/noteFlow';

/** A text note not yet measured (it fits its text) counts as about this big. */
const TEXT_NOTE_GUESS = { width: 160, height: 40 } as const;

export function useTidyUp(board: Board, snapshot: BoardSnapshot, undoManager: UndoSteps, readOnly: boolean): (wholeBoard?: boolean) => void {
  const store = useStoreApi();
  const latest = useRef(snapshot);
  latest.current = snapshot;
  return useCallback((wholeBoard = false) => {
    if (readOnly) return;
    // What to tidy is read at the gesture (the selection and sizes then), the layout once its code is here.
    const { components, calls, zones, annotations } = latest.current;
    const { nodeLookup } = store.getState();
    const sizes = new Map<string, { width: number; height: number }>();
    const selected = new Set<string>();
    for (const [id, node] of nodeLookup) {
      if (node.measured.width !== undefined && node.measured.height !== undefined) sizes.set(id, { width: node.measured.width, height: node.measured.height });
      if (node.selected === true) selected.add(id);
    }
    const all = placed(components, sizes);
    const chosen = all.filter((item) => selected.has(item.id));
    const items = chosen.length >= 2 && !wholeBoard ? chosen : all;
    const others = all.filter((item) => !items.includes(item));
    const notes = annotations.map((note) => ({ id: note.id, x: note.x, y: note.y, pinnedTo: note.pinnedTo, ...noteSize(note, sizes.get(note.id)) }));
    void import('./tidyNotes').then(({ applyTidyWithNotes, tidyPlanWithNotes }) => {
      const plan = tidyPlanWithNotes({ items, others, calls, zones }, notes);
      if (plan.moves.length === 0) return;
      applyTidyWithNotes(board, plan);
      undoManager.stopCapturing();
    });
  }, [board, undoManager, readOnly, store]);
}

function noteSize(note: BoardAnnotation, measured: { width: number; height: number } | undefined): { width: number; height: number } {
  if (measured !== undefined) return measured;
  const own = sizeOf(note);
  return { width: own.width ?? TEXT_NOTE_GUESS.width, height: own.height ?? TEXT_NOTE_GUESS.height };
}
