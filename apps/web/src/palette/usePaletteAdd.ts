// The palette's two ways of adding: at the centre of what the user is looking at (click, quick-add)
// and at a screen point (drop). Each is one Board transaction with this tab's origin, closed as its
// own undo step.
import type { KindSpec } from '@napkin/catalog';
import type { Board, BoardSnapshot } from '@napkin/doc';
import { useReactFlow } from '@xyflow/react';
import type { RefObject } from 'react';
import { useCallback, useRef } from 'react';
import type { UndoSteps } from '../board/flowEditor';
import { addKind } from './addKind';
import type { Added } from './addKind';

export interface PaletteAdd {
  readonly atCentre: (kind: KindSpec) => Added;
  readonly atScreenPoint: (kind: KindSpec, clientX: number, clientY: number) => Added;
}

export function usePaletteAdd(
  board: Board,
  snapshot: BoardSnapshot,
  undoManager: UndoSteps,
  canvasRef: RefObject<HTMLElement | null>,
): PaletteAdd {
  const { screenToFlowPosition } = useReactFlow();
  // Read at call time: a drop handler registered once must not place against a stale board.
  const latest = useRef(snapshot);
  latest.current = snapshot;

  const atCentre = useCallback(
    (kind: KindSpec) => {
      const rect = canvasRef.current?.getBoundingClientRect();
      const centre = rect
        ? screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 })
        : { x: 0, y: 0 };
      const added = addKind(board, latest.current, kind, centre, true);
      undoManager.stopCapturing();
      return added;
    },
    [board, undoManager, canvasRef, screenToFlowPosition],
  );

  const atScreenPoint = useCallback(
    (kind: KindSpec, clientX: number, clientY: number) => {
      const added = addKind(board, latest.current, kind, screenToFlowPosition({ x: clientX, y: clientY }), false);
      undoManager.stopCapturing();
      return added;
    },
    [board, undoManager, screenToFlowPosition],
  );

  return { atCentre, atScreenPoint };
}
