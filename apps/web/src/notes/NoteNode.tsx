// A note on the canvas: bare text (a text note) or text on a coloured square (a sticky note), in the fixed
// palette of `@napkin/fields`. Double-click edits the text in place; selected, it shows resize handles and a
// small toolbar (colour, kind, pin). A pinned note names the component it moves with.
import type { NoteColour } from '@napkin/doc';
import { NOTE_COLOURS } from '@napkin/fields';
import { NodeResizer, NodeToolbar, Position, useStore } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { memo, useEffect, useRef, useState } from 'react';
import { useNoteActions } from './noteActions';
import { TEXT_LIMIT } from './noteEditor';
import { MIN_NOTE_SIZE } from './noteFlow';
import type { NoteFlowNode, NoteNodeData } from './noteFlow';
import './notes.css';

const COLOUR_NAMES = Object.keys(NOTE_COLOURS) as NoteColour[];

export const NoteNode = memo(function NoteNode({ id, data, selected }: NodeProps<NoteFlowNode>) {
  const actions = useNoteActions();
  const editing = actions.editing === id;
  const tools = selected && !editing && !actions.readOnly;
  const nearTop = useStore((state) => isNearTop(state, id));
  return (
    <>
      {/* Beside the note, not in it: a sticky clips its content (overflow: hidden), which cut the resize
          handles at its corners to a quarter and the drag missed them. */}
      {!actions.readOnly && <NodeResizer isVisible={tools} minWidth={MIN_NOTE_SIZE.width} minHeight={MIN_NOTE_SIZE.height} />}
      <div
        className={`note note-kind-${data.kind}${selected ? ' selected' : ''}`}
        style={paintOf(data)}
        data-testid="note"
        data-note-id={id}
        data-kind={data.kind}
        data-colour={data.colour ?? ''}
        data-pinned={data.pinnedName ?? ''}
        onDoubleClick={() => actions.startEditing(id)}
      >
        <NodeToolbar isVisible={tools} position={nearTop ? Position.Bottom : Position.Top}>
          <NoteTools id={id} data={data} />
        </NodeToolbar>
        {data.pinnedName !== null && (
          <span className="note-pinned" data-testid="note-pinned" title={`Pinned: moves with ${data.pinnedName}`}>
            <PinGlyph /> {data.pinnedName}
          </span>
        )}
        {editing ? (
          <NoteText id={id} initial={data.text} />
        ) : (
          <div className="note-text" data-testid="note-text" title={actions.readOnly ? undefined : 'Double-click to edit'}>
            {data.text === '' ? <span className="note-empty">Empty note</span> : data.text}
          </div>
        )}
      </div>
    </>
  );
});

/** Room the toolbar needs above a note; closer to the canvas's top edge it goes below, where it can be seen. */
const TOOLBAR_ROOM_PX = 56;

type FlowState = Parameters<Parameters<typeof useStore>[0]>[0];

function isNearTop(state: FlowState, id: string): boolean {
  const node = state.nodeLookup.get(id);
  if (node === undefined) return false;
  const [, ty, zoom] = state.transform;
  return node.internals.positionAbsolute.y * zoom + ty < TOOLBAR_ROOM_PX;
}

function paintOf(data: NoteNodeData): CSSProperties {
  const colour = data.colour === null ? null : NOTE_COLOURS[data.colour];
  if (data.kind === 'sticky') {
    const paint = colour ?? NOTE_COLOURS.yellow;
    return { background: paint.fill, color: paint.ink };
  }
  return colour === null ? {} : { color: colour.ink };
}

/** In-place editing: leaving the field or Ctrl/Cmd+Enter keeps the text, Escape cancels. */
function NoteText({ id, initial }: { readonly id: string; readonly initial: string }) {
  const { finishEditing } = useNoteActions();
  const [draft, setDraft] = useState(initial);
  // Escape unmounts the field; the guard stops the blur that follows from committing after all.
  const finished = useRef(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useFocusWhenShown(field);
  const finish = (text: string | null) => {
    if (finished.current) return;
    finished.current = true;
    finishEditing(id, text);
  };
  return (
    <textarea
      // nodrag/nopan/nowheel: selecting and scrolling text must not move the note or the canvas.
      className="note-input nodrag nopan nowheel"
      ref={field}
      data-testid="note-input"
      aria-label="Note text"
      value={draft}
      maxLength={TEXT_LIMIT}
      placeholder="Type a note…"
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => finish(draft)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') finish(null);
        else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) finish(draft);
      }}
    />
  );
}

/**
 * Focuses the field once it can take focus. A new note is drawn hidden until React Flow has measured it, and
 * a hidden field refuses focus, so `autoFocus` alone would leave the person typing into nothing.
 */
function useFocusWhenShown(field: { readonly current: HTMLTextAreaElement | null }): void {
  useEffect(() => {
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const element = field.current;
      if (element === null || document.activeElement === element || tries++ > FOCUS_TRIES) return;
      element.focus({ preventScroll: true });
      element.setSelectionRange(element.value.length, element.value.length);
      if (document.activeElement !== element) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [field]);
}
/** About a second of frames: a note not shown by then is not going to be. */
const FOCUS_TRIES = 60;

function NoteTools({ id, data }: { readonly id: string; readonly data: NoteNodeData }) {
  const actions = useNoteActions();
  const [farFromAll, setFarFromAll] = useState(false);
  return (
    <div className="note-tools nodrag nopan" data-testid="note-tools">
      {COLOUR_NAMES.map((name) => (
        <button
          key={name}
          type="button"
          className={`note-swatch${data.colour === name ? ' chosen' : ''}`}
          style={{ background: NOTE_COLOURS[name].fill, borderColor: NOTE_COLOURS[name].ink }}
          title={NOTE_COLOURS[name].label}
          aria-label={`Colour ${NOTE_COLOURS[name].label}`}
          data-testid={`note-colour-${name}`}
          onClick={() => actions.setColour(id, data.colour === name ? undefined : name)}
        />
      ))}
      <button type="button" data-testid="note-kind" onClick={() => actions.setKind(id, data.kind === 'sticky' ? 'text' : 'sticky')}>
        {data.kind === 'sticky' ? 'Text' : 'Sticky'}
      </button>
      {data.pinnedName !== null ? (
        <button type="button" data-testid="note-unpin" onClick={() => actions.unpin(id)} title={`Stop moving with ${data.pinnedName}`}>
          Unpin
        </button>
      ) : (
        <button
          type="button"
          data-testid="note-pin"
          title={farFromAll ? 'Move the note next to a component to pin it' : 'Pin to the nearest component: the note then moves with it'}
          onClick={() => setFarFromAll(!actions.pinToNearest(id))}
        >
          Pin
        </button>
      )}
    </div>
  );
}

function PinGlyph() {
  return (
    <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
      <circle cx="5" cy="3.5" r="2.5" fill="currentColor" />
      <path d="M5 6v4" stroke="currentColor" strokeWidth="1.2" />
    </svg>
  );
}
