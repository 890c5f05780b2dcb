// What a note node may do, handed down through context (React Flow's node data stays plain, as for
// components' `BoardActions`): edit its text in place, recolour it, switch its kind, pin and unpin it.
import type { NoteColour, NoteKind } from '@napkin/doc';
import { createContext, useContext } from 'react';

export interface NoteActions {
  /** A reader's tab: notes are shown, never changed. */
  readonly readOnly: boolean;
  /** The note being edited in place in this tab, if any. */
  readonly editing: string | null;
  readonly startEditing: (id: string) => void;
  /** Ends the edit; `text` null cancels it (the note keeps what it said). */
  readonly finishEditing: (id: string, text: string | null) => void;
  readonly setColour: (id: string, colour: NoteColour | undefined) => void;
  readonly setKind: (id: string, kind: NoteKind) => void;
  /** Pins the note to the nearest component within reach; false when none is near enough. */
  readonly pinToNearest: (id: string) => boolean;
  readonly unpin: (id: string) => void;
}

export const NoteActionsContext = createContext<NoteActions | null>(null);

export function useNoteActions(): NoteActions {
  const actions = useContext(NoteActionsContext);
  if (actions === null) throw new Error('useNoteActions needs a NoteActionsContext provider');
  return actions;
}
