// One note as a group: its text wrapped to the note's width. A sticky note (the default) sits on a
// coloured card; a plain text note (`kind: 'text'`) is just its text. Fields a newer board file may carry
// (`kind`, `color`, `width`, `height`) are read when present and well-formed, and ignored otherwise.
import type { BoardFileAnnotation } from '@napkin/fields';
import { wrapText } from '../text/measure';
import { commentMarker } from './marks';
import { INK, NOTE_BORDER, NOTE_FILL } from './palette';
import type { GroupItem, SceneItem } from './types';

const DEFAULT_WIDTH = 200;
const SIZE = 12;
const LINE = 16;
const PAD = 10;

const NAMED_COLOURS: Readonly<Record<string, string>> = {
  yellow: '#fff3bf',
  pink: '#ffdeeb',
  blue: '#d0ebff',
  green: '#d3f9d8',
  orange: '#ffe8cc',
  purple: '#e5dbff',
  grey: '#f1f3f5',
  gray: '#f1f3f5',
};

function extra(note: BoardFileAnnotation, key: string): unknown {
  return (note as Readonly<Record<string, unknown>>)[key];
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

function fillOf(value: unknown): string {
  if (typeof value !== 'string') return NOTE_FILL;
  if (/^#[0-9a-f]{6}$/i.test(value)) return value;
  return NAMED_COLOURS[value.toLowerCase()] ?? NOTE_FILL;
}

export function noteCard(note: BoardFileAnnotation, x: number, y: number, comments: number): GroupItem {
  const plain = extra(note, 'kind') === 'text';
  const width = positive(extra(note, 'width'), DEFAULT_WIDTH);
  const lines = wrapText(note.text, width - 2 * PAD, SIZE);
  const height = Math.max(positive(extra(note, 'height'), 0), lines.length * LINE + 2 * PAD - 4);
  const children: SceneItem[] = [];
  if (!plain) children.push({ kind: 'rect', x, y, width, height, radius: 3, fill: fillOf(extra(note, 'color')), stroke: NOTE_BORDER, strokeWidth: 1 });
  lines.forEach((line, index) => {
    if (line !== '') children.push({ kind: 'text', x: x + PAD, y: y + PAD + 11 + index * LINE, text: line, size: SIZE, fill: INK, role: 'note-text' });
  });
  if (comments > 0) children.push(...commentMarker(x + width, y, comments));
  return { kind: 'group', id: `note-${note.id}`, className: plain ? 'note text' : 'note sticky', data: { note: note.id }, children };
}

/** The rectangle a note takes, for the scene's bounds. */
export function noteSize(note: BoardFileAnnotation): { width: number; height: number } {
  const width = positive(extra(note, 'width'), DEFAULT_WIDTH);
  const lines = wrapText(note.text, width - 2 * PAD, SIZE).length;
  return { width, height: Math.max(positive(extra(note, 'height'), 0), lines * LINE + 2 * PAD - 4) };
}
