// The palette's two ways of adding: at the centre of what the user is looking at (click, quick-add)
// and at a screen point (an HTML5 drop on the canvas, `useCanvasDrop`). Each is one Board transaction
// with this tab's origin, closed as its own undo step.
import { getKind } from '@napkin/catalog';
import type { KindSpec } from '@napkin/catalog';
import type { Board, BoardSnapshot } from '@napkin/doc';
import { useReactFlow } from '@xyflow/react';
import type { RefObject } from 'react';
import { useCallback, useEffect, useRef } from 'react';
import type { UndoSteps } from '../board/flowEditor';
import { visibleCentre } from '../board/visibleArea';
import { addKind, KIND_DRAG_TYPE } from './paletteModel';
import type { Added } from './paletteModel';

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
      const canvas = canvasRef.current;
      const centre = canvas ? screenToFlowPosition(visibleCentre(canvas)) : { x: 0, y: 0 };
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

// Lets the canvas accept palette items dropped on it. Listeners are attached to the canvas element
// directly so the board view needs no extra props; only drags carrying the palette's MIME type are
// accepted, anything else (files, text) is left alone.
export function useCanvasDrop(
  canvasRef: RefObject<HTMLElement | null>,
  onDrop: (kind: KindSpec, clientX: number, clientY: number) => void,
): void {
  const latest = useRef(onDrop);
  latest.current = onDrop;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null) return;
    const onDragOver = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes(KIND_DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    };
    const onDropEvent = (event: DragEvent) => {
      const kindId = event.dataTransfer?.getData(KIND_DRAG_TYPE);
      if (!kindId) return;
      event.preventDefault();
      // The id travelled through the drag payload, which any page could have set: look it up.
      const kind = getKind(kindId);
      if (kind === undefined) {
        console.warn(`dropped an unknown kind "${kindId}"; ignored`);
        return;
      }
      latest.current(kind, event.clientX, event.clientY);
    };
    canvas.addEventListener('dragover', onDragOver);
    canvas.addEventListener('drop', onDropEvent);
    return () => {
      canvas.removeEventListener('dragover', onDragOver);
      canvas.removeEventListener('drop', onDropEvent);
    };
  }, [canvasRef]);
}
