// New notes from the keyboard and from the palette: T puts a text note and N a sticky note where the pointer
// is over the canvas (else in the middle of the view), ready for typing; a palette note item dropped on the
// canvas lands under the pointer. Keys typed into a field, or with a modifier, are left alone.
import type { NoteKind } from '@napkin/doc';
import type { XYPosition } from '@xyflow/react';
import type { RefObject } from 'react';
import { useEffect, useRef } from 'react';

export const NOTE_KEYS: Readonly<Record<string, NoteKind>> = { t: 'text', n: 'sticky' };
/** The MIME type a palette note item carries while dragged (the canvas ignores other drops here). */
export const NOTE_DRAG_TYPE = 'application/x-napkin-note';

/** The kind of note a key press asks for, if any. */
export function noteKeyOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'repeat'>): NoteKind | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return null;
  return NOTE_KEYS[event.key.toLowerCase()] ?? null;
}

export function useNoteShortcuts(add: (kind: NoteKind, screenPoint?: XYPosition) => void, canvasRef: RefObject<HTMLElement | null>, enabled: boolean): void {
  const pointer = useRef<XYPosition | null>(null);
  const latestAdd = useRef(add);
  latestAdd.current = add;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!enabled || canvas === null) return;
    const onPointerMove = (event: PointerEvent) => {
      pointer.current = { x: event.clientX, y: event.clientY };
    };
    const onPointerLeave = () => {
      pointer.current = null;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const kind = noteKeyOf(event);
      if (kind === null || isTyping(event.target)) return;
      event.preventDefault();
      latestAdd.current(kind, pointer.current ?? undefined);
    };
    const onDragOver = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes(NOTE_DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      const kind = event.dataTransfer?.getData(NOTE_DRAG_TYPE);
      // The payload could come from any page: only the two kinds are taken.
      if (kind !== 'text' && kind !== 'sticky') return;
      event.preventDefault();
      latestAdd.current(kind, { x: event.clientX, y: event.clientY });
    };
    canvas.addEventListener('pointermove', onPointerMove);
    canvas.addEventListener('pointerleave', onPointerLeave);
    canvas.addEventListener('dragover', onDragOver);
    canvas.addEventListener('drop', onDrop);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      canvas.removeEventListener('pointermove', onPointerMove);
      canvas.removeEventListener('pointerleave', onPointerLeave);
      canvas.removeEventListener('dragover', onDragOver);
      canvas.removeEventListener('drop', onDrop);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [canvasRef, enabled]);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}
