// The palette's notes section: a text note and a sticky note, added in the middle of the view on click or
// dropped where the pointer lets go, each opened for typing at once (also T and N on the canvas).
import type { NoteKind } from '@napkin/doc';
import type { DragEvent } from 'react';
import { NOTE_DRAG_TYPE } from './useNoteShortcuts';

const ITEMS: readonly { readonly kind: NoteKind; readonly label: string; readonly key: string }[] = [
  { kind: 'text', label: 'Text note', key: 'T' },
  { kind: 'sticky', label: 'Sticky note', key: 'N' },
];

export function NotePaletteItems({ onAdd }: { readonly onAdd: (kind: NoteKind) => void }) {
  return (
    <section data-testid="palette-notes">
      <h3>Notes</h3>
      <ul>
        {ITEMS.map(({ kind, label, key }) => (
          <li key={kind}>
            <button
              type="button"
              draggable
              data-testid={`add-note-${kind}`}
              aria-keyshortcuts={key}
              title={`Click to add in the middle of the view, or drag onto the canvas (${key} adds one where the pointer is).`}
              onClick={() => onAdd(kind)}
              onDragStart={(event: DragEvent) => {
                event.dataTransfer.setData(NOTE_DRAG_TYPE, kind);
                event.dataTransfer.effectAllowed = 'copy';
              }}
            >
              <span className={`note-glyph note-glyph-${kind}`} aria-hidden="true">
                {kind === 'text' ? 'T' : ''}
              </span>
              <span>{label}</span>
              <kbd aria-hidden="true">{key}</kbd>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
