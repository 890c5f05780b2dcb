// The align and distribute actions as people are offered them, one list for the inspector's buttons and the
// canvas's right-click menu so the two say the same: each alignment's words, its glyph, how many components it
// takes (spreading two moves nothing, so distributing needs three) and whether the menu lists it (the menu keeps
// to the four common alignments and the two spreads, to stay short; the inspector has room for all eight).
import type { Alignment } from './align';

export interface AlignAction {
  readonly how: Alignment;
  readonly label: string;
  readonly glyph: string;
  /** Fewest selected components it acts on. */
  readonly needs: 2 | 3;
  readonly inMenu: boolean;
}

export const ALIGN_ACTIONS: readonly AlignAction[] = [
  { how: 'left', label: 'Align left edges', glyph: '⇤', needs: 2, inMenu: true },
  { how: 'centre', label: 'Align centres', glyph: '↔', needs: 2, inMenu: true },
  { how: 'right', label: 'Align right edges', glyph: '⇥', needs: 2, inMenu: false },
  { how: 'top', label: 'Align top edges', glyph: '⤒', needs: 2, inMenu: true },
  { how: 'middle', label: 'Align middles', glyph: '↕', needs: 2, inMenu: true },
  { how: 'bottom', label: 'Align bottom edges', glyph: '⤓', needs: 2, inMenu: false },
  { how: 'distribute-x', label: 'Distribute horizontally (equal gaps)', glyph: '⋯', needs: 3, inMenu: true },
  { how: 'distribute-y', label: 'Distribute vertically (equal gaps)', glyph: '⋮', needs: 3, inMenu: true },
];
