// Tidy-up with notes: a pinned note moves with its component and the layout leaves room for it; a free note
// the layout would cover goes beside it, clear of everything; a free note nothing covers stays; one undo step.
import { describe, expect, it } from 'vitest';
import type { Placed } from '../board/align';
import { twoServicesBackwards } from '../../test/two-services-board';
import { applyTidyWithNotes, tidyPlanWithNotes } from './tidyNotes';
import type { NoteBox } from './tidyNotes';

const box = (id: string, x: number, y: number): Placed => ({ id, x, y, width: 180, height: 80 });
const overlap = (a: Placed, b: Placed) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

// A jumbled chain client → api → db with a cache beside the api.
const items = [box('db', 420, 480), box('client', 700, 120), box('api', 400, 300), box('cache', 40, 60)];
const calls = [
  { from: 'client', to: 'api' },
  { from: 'api', to: 'db' },
  { from: 'api', to: 'cache' },
];

/** Every component and note where the plan puts it (pinned notes moved as much as their component). */
function after(notes: readonly NoteBox[], direction: 'LR' | 'TB') {
  const plan = tidyPlanWithNotes({ items, others: [], calls, zones: [] }, notes, direction);
  const components = items.map((item) => ({ ...item, ...plan.moves.find((move) => move.id === item.id)! }));
  const placedNotes = notes.map((note) => {
    const pinned = note.pinnedTo === undefined ? undefined : items.find((item) => item.id === note.pinnedTo);
    if (pinned !== undefined) {
      const moved = components.find((component) => component.id === pinned.id)!;
      return { ...note, x: note.x + moved.x - pinned.x, y: note.y + moved.y - pinned.y };
    }
    return { ...note, ...plan.noteMoves.find((move) => move.id === note.id) };
  });
  return { plan, components, placedNotes };
}

describe('tidyPlanWithNotes', () => {
  // A big sticky pinned under the api, a free note lying over where the layout goes, one far away, a text note.
  const notes: NoteBox[] = [
    { id: 'pinned', x: 400, y: 390, width: 200, height: 160, pinnedTo: 'api' },
    { id: 'over', x: 60, y: 70, width: 200, height: 160 },
    { id: 'far', x: 3000, y: 3000, width: 200, height: 160 },
    { id: 'label', x: 300, y: 100, width: 160, height: 40 },
  ];

  for (const direction of ['LR', 'TB'] as const) {
    it(`keeps every note off every laid-out component (${direction})`, () => {
      const { components, placedNotes } = after(notes, direction);
      for (const note of placedNotes) {
        for (const component of components) expect(overlap(note, component), `${note.id} over ${component.id}`).toBe(false);
      }
      for (const a of placedNotes) for (const b of placedNotes) if (a.id < b.id) expect(overlap(a, b), `${a.id} over ${b.id}`).toBe(false);
    });
  }

  it('moves only the free notes the layout covers, beside the layout; the far one stays', () => {
    const { plan, components } = after(notes, 'LR');
    const moved = new Map(plan.noteMoves.map((move) => [move.id, move]));
    expect(moved.has('pinned')).toBe(false);
    expect(moved.has('far')).toBe(false);
    expect(moved.has('over')).toBe(true);
    const right = Math.max(...components.map((component) => component.x + component.width));
    for (const move of moved.values()) expect(move.x).toBeGreaterThan(right);
  });

  it('without notes lays out as before (same moves as a plain tidy-up)', () => {
    const { plan } = after([], 'LR');
    const at = new Map(plan.moves.map((move) => [move.id, move]));
    expect(at.get('client')!.x).toBeLessThan(at.get('api')!.x);
    expect(at.get('api')!.x).toBeLessThan(at.get('db')!.x);
    expect(plan.noteMoves).toEqual([]);
  });
});

describe('applyTidyWithNotes', () => {
  it('moves components, their pinned notes and the covered free notes in one undo step', () => {
    const { board, undo, a } = twoServicesBackwards();
    const pinned = board.addAnnotation({ text: 'scales out', kind: 'sticky', x: 300, y: 400, width: 200, height: 160, pinnedTo: a });
    const free = board.addAnnotation({ text: 'todo', kind: 'sticky', x: 10, y: 10, width: 200, height: 160 });
    undo.stopCapturing();
    const before = board.snapshot();
    const sizes = new Map(before.annotations.map((note) => [note.id, { width: note.width!, height: note.height! }]));
    const plan = tidyPlanWithNotes(
      { items: before.components.map(({ id, x, y }) => ({ id, x, y, width: 180, height: 80 })), others: [], calls: before.calls, zones: [] },
      before.annotations.map((note) => ({ id: note.id, x: note.x, y: note.y, pinnedTo: note.pinnedTo, ...sizes.get(note.id)! })),
    );
    applyTidyWithNotes(board, plan);
    const now = board.snapshot();
    const componentBoxes = now.components.map(({ id, x, y }) => ({ id, x, y, width: 180, height: 80 }));
    const noteBoxes = now.annotations.map((note) => ({ id: note.id, x: note.x, y: note.y, ...sizes.get(note.id)! }));
    for (const note of noteBoxes) for (const component of componentBoxes) expect(overlap(note, component)).toBe(false);
    // The pinned note kept its place relative to its component.
    const aBefore = before.components.find((c) => c.id === a)!;
    const aNow = now.components.find((c) => c.id === a)!;
    const pinnedNow = now.annotations.find((note) => note.id === pinned)!;
    expect([pinnedNow.x - aNow.x, pinnedNow.y - aNow.y]).toEqual([300 - aBefore.x, 400 - aBefore.y]);
    expect(now.annotations.find((note) => note.id === free)!.x).not.toBe(10);
    undo.undo();
    expect(board.snapshot()).toEqual(before);
  });
});
