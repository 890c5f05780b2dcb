// One note as a group, as the board draws it (`@napkin/fields` declares the note): a sticky note is its
// text on a square of its colour (yellow when unset, 200 × 160 without a size of its own); a text note
// (the default kind) is bare text in its colour's ink, as wide as its text unless it has a width.
import type { BoardFileAnnotation } from '@napkin/fields';
import { NOTE_COLOURS, NOTE_DEFAULT_SIZE } from '@napkin/fields';
import { textWidth, wrapText } from '../text/measure';
import { commentMarker } from './marks';
import { INK } from './palette';
import type { GroupItem, SceneItem } from './types';

const SIZE = 12;
const LINE = 16;
const PAD = 10;
/** The widest a text note without a width of its own grows before it wraps. */
const TEXT_NOTE_MAX = 320;

interface NoteShape {
  readonly sticky: boolean;
  readonly width: number;
  readonly height: number;
  readonly lines: readonly string[];
  readonly fill: string | null;
  readonly ink: string;
}

function shapeOf(note: BoardFileAnnotation): NoteShape {
  const sticky = note.kind === 'sticky';
  const colour = note.colour === undefined ? undefined : NOTE_COLOURS[note.colour];
  if (sticky) {
    const width = note.width ?? NOTE_DEFAULT_SIZE.width;
    const lines = wrapText(note.text, width - 2 * PAD, SIZE);
    const height = Math.max(note.height ?? NOTE_DEFAULT_SIZE.height, lines.length * LINE + 2 * PAD);
    const palette = colour ?? NOTE_COLOURS.yellow;
    return { sticky, width, height, lines, fill: palette.fill, ink: palette.ink };
  }
  const natural = Math.max(...note.text.split('\n').map((line) => textWidth(line, SIZE)), 0) + 2 * PAD;
  const width = note.width ?? Math.min(TEXT_NOTE_MAX, natural);
  const lines = wrapText(note.text, width - 2 * PAD, SIZE);
  return { sticky, width, height: Math.max(note.height ?? 0, lines.length * LINE + 2 * PAD), lines, fill: null, ink: colour?.ink ?? INK };
}

export function noteCard(note: BoardFileAnnotation, x: number, y: number, comments: number): GroupItem {
  const shape = shapeOf(note);
  const children: SceneItem[] = [];
  if (shape.fill !== null) children.push({ kind: 'rect', x, y, width: shape.width, height: shape.height, radius: 3, fill: shape.fill, stroke: '#d9d9d9', strokeWidth: 1 });
  shape.lines.forEach((line, index) => {
    if (line !== '') children.push({ kind: 'text', x: x + PAD, y: y + PAD + 11 + index * LINE, text: line, size: SIZE, fill: shape.ink, role: 'note-text' });
  });
  if (comments > 0) children.push(...commentMarker(x + shape.width, y, comments));
  return { kind: 'group', id: `note-${note.id}`, className: shape.sticky ? 'note sticky' : 'note text', data: { note: note.id }, children };
}

/** The rectangle a note takes, for the scene's bounds. */
export function noteSize(note: BoardFileAnnotation): { width: number; height: number } {
  const { width, height } = shapeOf(note);
  return { width, height };
}
