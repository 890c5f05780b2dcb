// Lets the canvas accept palette items dropped on it (HTML5 drag and drop). Listeners are attached to
// the canvas element directly so the board view needs no extra props; only drags carrying the
// palette's MIME type are accepted, anything else (files, text) is left alone.
import { getKind } from '@napkin/catalog';
import type { KindSpec } from '@napkin/catalog';
import type { RefObject } from 'react';
import { useEffect, useRef } from 'react';
import { KIND_DRAG_TYPE } from './paletteModel';

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
