// Notes in a tidy-up, so none ends up over a laid-out component. A note pinned to a tidied component is laid
// out with it: the component's box grows to hold its notes, so the layout leaves room for them, and the
// document moves them with their component (Board.moveComponent). A free note (or one pinned to nothing
// tidied) that the laid-out boxes would cover is moved beside the layout, in a column to its right, clear of
// every component, the other notes and each other; a free note nothing covers stays where it is. Pure:
// `applyTidyWithNotes` writes the plan in one transaction (the caller closes the undo step).
import type { AnnotationId, Board } from '@napkin/doc';
import type { Move, Placed } from '../board/align';
import { GRID_PX } from '../board/gridSnap';
import { applyTidy, tidyPlan } from './tidy';
import type { FlowDirection, TidyInput, TidyPlan } from './tidy';

export interface NoteBox extends Placed {
  readonly pinnedTo?: string | undefined;
}

export interface TidyPlanWithNotes extends TidyPlan {
  /** Free notes moved out from under the layout (pinned ones move with their component). */
  readonly noteMoves: readonly Move[];
}

/** Room kept between a moved note and anything else, and between the layout and the notes' column. */
const NOTE_GAP = 30;
/** How far down the column a note may be tried before another column is started (board pixels). */
const COLUMN_REACH = 4000;
const MAX_COLUMNS = 8;

const overlaps = (a: Placed, b: Placed, margin = 0) =>
  a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;

function union(boxes: readonly Placed[], id: string): Placed {
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const right = Math.max(...boxes.map((box) => box.x + box.width));
  const bottom = Math.max(...boxes.map((box) => box.y + box.height));
  return { id, x: left, y: top, width: right - left, height: bottom - top };
}

export function tidyPlanWithNotes(input: TidyInput, notes: readonly NoteBox[], direction?: FlowDirection): TidyPlanWithNotes {
  const tidied = new Set(input.items.map((item) => item.id));
  const pinnedTo = new Map<string, NoteBox[]>();
  for (const note of notes) {
    if (note.pinnedTo !== undefined && tidied.has(note.pinnedTo)) pinnedTo.set(note.pinnedTo, [...(pinnedTo.get(note.pinnedTo) ?? []), note]);
  }
  // Each tidied component with its pinned notes as one box; zone membership still by the component's corner.
  const grown = input.items.map((item) => union([item, ...(pinnedTo.get(item.id) ?? [])], item.id));
  const memberAt = new Map(input.items.map((item) => [item.id, { x: item.x, y: item.y }]));
  const plan = direction === undefined ? tidyPlan({ ...input, items: grown, memberAt }) : tidyPlan({ ...input, items: grown, memberAt }, direction);

  const grownById = new Map(grown.map((box) => [box.id, box]));
  const itemById = new Map(input.items.map((item) => [item.id, item]));
  const laid: Placed[] = [];
  const moves = plan.moves.map((move) => {
    const box = grownById.get(move.id)!;
    const item = itemById.get(move.id)!;
    laid.push({ ...box, x: move.x, y: move.y });
    return { id: move.id, x: move.x + (item.x - box.x), y: move.y + (item.y - box.y) };
  });

  const free = notes.filter((note) => note.pinnedTo === undefined || !tidied.has(note.pinnedTo));
  const covered = free.filter((note) => laid.some((box) => overlaps(note, box)));
  const coveredIds = new Set(covered.map((note) => note.id));
  // What a moved note must stay clear of: the layout, the components left alone, every note that stays.
  const obstacles: Placed[] = [...laid, ...input.others, ...free.filter((note) => !coveredIds.has(note.id))];
  for (const box of laid) obstacles.push(...(pinnedTo.get(box.id) ?? []).map((note) => shiftedWith(note, box, grownById.get(box.id)!)));
  return { ...plan, moves, noteMoves: besideLayout(covered, laid, obstacles) };
}

/** A pinned note where it lands: moved as much as its component's box. */
function shiftedWith(note: Placed, laidBox: Placed, before: Placed): Placed {
  return { ...note, x: note.x + laidBox.x - before.x, y: note.y + laidBox.y - before.y };
}

/** The notes in a column right of the layout (top to bottom in their old order), each in the first free spot. */
function besideLayout(notes: readonly NoteBox[], laid: readonly Placed[], obstacles: Placed[]): Move[] {
  if (notes.length === 0 || laid.length === 0) return [];
  const area = union(laid, 'layout');
  const onGrid = (value: number) => Math.ceil(value / GRID_PX) * GRID_PX;
  const moves: Move[] = [];
  for (const note of [...notes].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const spot = freeSpot(note, onGrid(area.x + area.width + NOTE_GAP), onGrid(area.y), obstacles);
    moves.push({ id: note.id, x: spot.x, y: spot.y });
    obstacles.push({ ...note, ...spot });
  }
  return moves;
}

function freeSpot(note: Placed, left: number, top: number, obstacles: readonly Placed[]): { x: number; y: number } {
  let x = left;
  for (let column = 0; column < MAX_COLUMNS; column++) {
    for (let y = top; y <= top + COLUMN_REACH; y += GRID_PX) {
      const at = { ...note, x, y };
      const blocking = obstacles.filter((other) => overlaps(at, other, NOTE_GAP));
      if (blocking.length === 0) return { x, y };
      // Straight past the lowest thing in the way, instead of one grid step at a time.
      y = Math.max(y, Math.ceil((Math.max(...blocking.map((other) => other.y + other.height)) + NOTE_GAP - GRID_PX) / GRID_PX) * GRID_PX);
    }
    x += Math.max(note.width, 200) + NOTE_GAP;
  }
  // Nothing free within reach (a board far bigger than any drawn): past everything, to the right.
  return { x: Math.max(left, ...obstacles.map((other) => other.x + other.width)) + NOTE_GAP, y: top };
}

/** Writes the components, zones and moved notes in one transaction. */
export function applyTidyWithNotes(board: Board, plan: TidyPlanWithNotes): void {
  board.batch(() => {
    applyTidy(board, plan);
    for (const move of plan.noteMoves) board.updateAnnotation(move.id as AnnotationId, { x: move.x, y: move.y });
  });
}
