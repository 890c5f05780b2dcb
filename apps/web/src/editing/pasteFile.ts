// Writing what the clipboard held (a board file) onto the board: fresh ids, calls following their ends,
// landing where it is asked to (`insertBoardFile`'s `at`: the pointer, or beside the original for a
// duplicate or a paste of this tab's own copy), as one undo step of its own. Where successive pastes of
// one copy go is decided here too, so they fan out instead of piling up on one spot.
import type { Board, Offset } from '@napkin/doc';
import { BoardInputError, insertBoardFile } from '@napkin/doc';
import type { BoardFile } from '@napkin/fields';
import type { UndoSteps } from '../board/flowEditor';
import { contentTopLeft } from './selectionFile';

/** A duplicate, or a paste with no pointer over the canvas, sits this far right and down of its original. */
export const PASTE_OFFSET = 24;

export type Pasted = { readonly ok: true; readonly nodeIds: readonly string[] } | { readonly ok: false; readonly message: string };

/** Inserts `file` with its content's top-left at `at` (or clear of everything when absent): one undo step. */
export function pasteFile(board: Board, undo: UndoSteps, file: BoardFile, at: Offset | undefined): Pasted {
  undo.stopCapturing();
  try {
    const { ids } = insertBoardFile(board, file, at === undefined ? {} : { at });
    return { ok: true, nodeIds: [...ids.zones.values(), ...ids.components.values(), ...ids.annotations.values()] };
  } catch (error) {
    if (!(error instanceof BoardInputError)) throw error;
    return { ok: false, message: error.message.replace(/^insertBoardFile: /, '') };
  } finally {
    undo.stopCapturing();
  }
}

/** Where the n-th paste (1, 2, …) of a copy goes when not at the pointer: n steps right and down of the original. */
export function besideOriginal(file: BoardFile, nth: number): Offset | undefined {
  const corner = contentTopLeft(file);
  return corner === null ? undefined : { x: corner.x + PASTE_OFFSET * nth, y: corner.y + PASTE_OFFSET * nth };
}
