// Alignment guides while dragging one component, as drawing tools show them: when the dragged box's left
// edge, centre or right edge (top, middle, bottom) comes within a few screen pixels of another component's,
// it snaps there and a line is drawn through every box sharing that edge. The shapes here; the rule is
// answered by `snapToGuidesIn` (guideIndex.ts) from the other boxes' lines sorted once per drag, and
// guideIndex.test.ts keeps the plain pass over every box as its definition. The grid snap takes over on an
// axis with no guide.

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A line drawn on the canvas: vertical (`axis: 'x'`, at x = `at`, from y = `from` to `to`) or horizontal. */
export interface Guide {
  readonly axis: 'x' | 'y';
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

export interface GuideSnap {
  /** The snapped position on each axis that found a guide, else null (the caller snaps to the grid). */
  readonly x: number | null;
  readonly y: number | null;
  readonly guides: readonly Guide[];
}
