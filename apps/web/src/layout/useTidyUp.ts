// The tidy-up gesture: the selected components (two or more), else the whole board (or the whole board
// anyway, from the canvas's menu), laid out along the flow by `tidyPlan` with the sizes the canvas
// measured, written as one undo step of this user. The layout code (dagre, ~15 KB compressed) loads on
// the first tidy-up, not with the board: opening a board does not need it (issue 18, first load).
import type { Board, BoardSnapshot } from '@napkin/doc';
import { useStoreApi } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { placed } from '../board/align';
import type { UndoSteps } from '../board/flowEditor';

export function useTidyUp(board: Board, snapshot: BoardSnapshot, undoManager: UndoSteps, readOnly: boolean): (wholeBoard?: boolean) => void {
  const store = useStoreApi();
  const latest = useRef(snapshot);
  latest.current = snapshot;
  return useCallback((wholeBoard = false) => {
    if (readOnly) return;
    // What to tidy is read at the gesture (the selection and sizes then), the layout once its code is here.
    const { components, calls, zones } = latest.current;
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
    void import('./tidy').then(({ applyTidy, tidyPlan }) => {
      const plan = tidyPlan({ items, others, calls, zones });
      if (plan.moves.length === 0) return;
      applyTidy(board, plan);
      undoManager.stopCapturing();
    });
  }, [board, undoManager, readOnly, store]);
}
