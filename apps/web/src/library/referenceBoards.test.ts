// The reference designs of the interview problems open on a board as drawn: importing one gives every
// component and zone the zone its file names (membership on a board is geometric), and no two boxes overlap.
// (Their numbers are checked in @napkin/problems; this needs the document, which a pure package cannot use.)
import { Board, boxesOf, importBoardFile, overlaps, toBoardFile } from '@napkin/doc';
import { problemPrompts } from '@napkin/problems';
import { interviewerMaterial } from '@napkin/problems/interviewer';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

describe.each(problemPrompts().map((problem) => [problem.id] as const))('reference design of %s', (id) => {
  const board = interviewerMaterial(id)!.referenceBoard;

  it('keeps each component in the zone its file names when it opens on a board, with no boxes overlapping', () => {
    const ydoc = new Y.Doc();
    expect(importBoardFile(ydoc, board)).toEqual({ layout: 'file', problems: [] });
    const back = toBoardFile(new Board(ydoc).snapshot());
    const zoneOf = (file: typeof back) => Object.fromEntries(file.components.map((component) => [component.id, component.zone ?? null]));
    expect(zoneOf(back)).toEqual(zoneOf(board));
    const boxes = boxesOf({ components: board.components, zones: [] });
    boxes.forEach((box, index) => boxes.slice(index + 1).forEach((other) => expect(overlaps(box, other)).toBe(false)));
  });
});
