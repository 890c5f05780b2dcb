// How an inspector writes: every field's change goes through one `Edit`, which runs it as its own undo
// step and reports a value the document refuses instead of throwing it into React. The panel creates it,
// the component, zone and call inspectors call it; it lives apart from both so neither imports the other.
import { BoardInputError } from '@napkin/doc';
import { useCallback } from 'react';
import type { UndoSteps } from '../board/flowEditor';

/** Runs one edit as one undo step; a value the document refuses is reported, never thrown into React. */
export type Edit = (write: () => void) => void;

/** The `Edit` for this tab's undo manager, stable while the manager is. */
export function useEdit(undoManager: UndoSteps): Edit {
  return useCallback<Edit>(
    (write) => {
      try {
        write();
      } catch (error) {
        if (!(error instanceof BoardInputError)) throw error;
        console.warn(error.message);
      }
      undoManager.stopCapturing();
    },
    [undoManager],
  );
}
