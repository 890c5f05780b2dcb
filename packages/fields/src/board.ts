// The fields of annotations (notes on the board) and of the board itself. Both are layout and metadata
// only: the engine reads the title for its report and nothing else here.
//
// A note is a text note (bare text on the canvas) or a sticky note (text on a coloured square). Its `x`/`y`
// is always its top-left corner in board coordinates, pinned or not: a note pinned to a component is moved
// together with it by whoever moves the component (`@napkin/doc` Board), so a reader of the file (an export,
// the CLI) draws every note where its `x`/`y` says without resolving anything.
import { coordinate, extent, NONE } from './bounds.js';
import { choiceField, numberField, textField } from './field.js';
import type { ChoiceValue } from './field.js';
import { ID_PATTERN } from './ids.js';

export const noteKindField = choiceField({
  label: 'Kind',
  help: 'Unset: a text note',
  options: [
    { value: 'text', label: 'Text note' },
    { value: 'sticky', label: 'Sticky note' },
  ],
  default: NONE,
});

/** The fixed palette notes are drawn in: a name in the document, the same colour on the canvas and in every export. */
export const NOTE_COLOURS = {
  yellow: { label: 'Yellow', fill: '#fff3bf', ink: '#5c4d00' },
  orange: { label: 'Orange', fill: '#ffe8cc', ink: '#8a3c00' },
  pink: { label: 'Pink', fill: '#ffdeeb', ink: '#8c1941' },
  purple: { label: 'Purple', fill: '#e5dbff', ink: '#4b2991' },
  blue: { label: 'Blue', fill: '#d0ebff', ink: '#0b4f8a' },
  green: { label: 'Green', fill: '#d3f9d8', ink: '#1f5e2b' },
  grey: { label: 'Grey', fill: '#e9ecef', ink: '#343a40' },
} as const;

export const noteColourField = choiceField({
  label: 'Colour',
  help: 'Unset: yellow for a sticky note, the ink of the board for a text note',
  options: [
    { value: 'yellow', label: NOTE_COLOURS.yellow.label },
    { value: 'orange', label: NOTE_COLOURS.orange.label },
    { value: 'pink', label: NOTE_COLOURS.pink.label },
    { value: 'purple', label: NOTE_COLOURS.purple.label },
    { value: 'blue', label: NOTE_COLOURS.blue.label },
    { value: 'green', label: NOTE_COLOURS.green.label },
    { value: 'grey', label: NOTE_COLOURS.grey.label },
  ],
  default: NONE,
});

/** Without these a note cannot be drawn. */
export const annotationRequiredFields = {
  text: textField({ label: 'Text', minLength: 0, maxLength: 10_000, default: NONE }),
  x: coordinate('x'),
  y: coordinate('y'),
};

/** What may be unset, each dropped alone when bad. */
export const annotationOptionalFields = {
  kind: noteKindField,
  /** Unset: a text note as wide as its text, a sticky note 200 × 160 (`NOTE_DEFAULT_SIZE`). */
  width: extent('Width'),
  height: extent('Height'),
  colour: noteColourField,
  /** The component the note moves with; one that no longer exists pins nothing. */
  pinnedTo: textField({
    label: 'Pinned to',
    minLength: 1,
    maxLength: 64,
    pattern: ID_PATTERN,
    patternMessage: 'must be a component id (1–64 url-safe characters)',
    default: NONE,
  }),
};

/** Every field of a note. */
export const annotationFields = { ...annotationRequiredFields, ...annotationOptionalFields };

/** A sticky note's size when it has none of its own. */
export const NOTE_DEFAULT_SIZE = { width: 200, height: 160 } as const;

export const NOTE_KINDS = noteKindField.options.map((option) => option.value);
export type NoteKind = ChoiceValue<typeof noteKindField>;
export type NoteColour = ChoiceValue<typeof noteColourField>;

export const boardMetaFields = {
  title: textField({ label: 'Title', minLength: 0, maxLength: 200, default: NONE }),
  /** Milliseconds since the epoch. Unset (the document reads it as 0) for a board from before it was recorded. */
  createdAt: numberField({ label: 'Created', unit: '', min: 0, minExclusive: true, max: Number.MAX_SAFE_INTEGER, integer: true, default: NONE }),
};
