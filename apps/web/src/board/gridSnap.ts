// Snapping to the grid while dragging components: positions land on multiples of `GRID_PX`, so boards
// stay tidy (no 585.013), and holding Alt places freely, as in draw.io and Excalidraw. Only what a drag
// writes is snapped: arrow-key nudges, pastes and frames keep their exact offsets.
import type { XYPosition } from '@xyflow/react';
import type { RefObject } from 'react';
import { useEffect, useRef } from 'react';

/** The grid step; the canvas's dots are every second step. */
export const GRID_PX = 10;

/** `point` on the nearest grid crossing, unless `free`. */
export function snapToGrid(point: XYPosition, free: boolean): XYPosition {
  if (free) return point;
  return { x: Math.round(point.x / GRID_PX) * GRID_PX, y: Math.round(point.y / GRID_PX) * GRID_PX };
}

/** Whether Alt is held right now (a key released while the window was in the background counts as released). */
export function useAltHeld(): RefObject<boolean> {
  const held = useRef(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      held.current = event.altKey;
    };
    const onPointer = (event: PointerEvent) => {
      held.current = event.altKey;
    };
    const onBlur = () => {
      held.current = false;
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('keyup', onKey, true);
    window.addEventListener('pointermove', onPointer, true);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('keyup', onKey, true);
      window.removeEventListener('pointermove', onPointer, true);
      window.removeEventListener('blur', onBlur);
    };
  }, []);
  return held;
}
