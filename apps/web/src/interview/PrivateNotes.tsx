// The interviewer's private notes: a text area over the `~notes` room, which the relay serves to interviewer
// links only (the candidate's and observers' sockets are refused before a byte is sent). Shown only when this
// link may write that room.
import { NOTES_TEXT } from '@napkin/doc';
import { useEffect, useState } from 'react';
import { applyTextChange } from './notesText';
import type { SideRoom } from './sessionRooms';

export function PrivateNotes({ room }: { readonly room: SideRoom }) {
  const text = room.ydoc.getText(NOTES_TEXT);
  const [value, setValue] = useState(() => text.toString());
  useEffect(() => {
    const onChange = () => setValue(text.toString());
    onChange();
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [text]);
  return (
    <section className="private-notes" data-testid="private-notes" aria-label="Private notes">
      <h3>Private notes</h3>
      <p className="hint">Only interviewer links can open these; the candidate and observers never receive them.</p>
      <textarea
        data-testid="private-notes-text"
        value={value}
        rows={10}
        maxLength={20_000}
        placeholder="What the candidate did well, where they struggled…"
        onChange={(event) => applyTextChange(text, event.target.value)}
      />
    </section>
  );
}
