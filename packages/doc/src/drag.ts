// Dragging without bloating the document. A drag produces ~60 positions a second; writing each one into the
// Y.Doc would send and store every sample forever (Yjs keeps history). Instead, in-flight positions travel
// as presence (awareness is ephemeral: only the latest state per user exists) and only the final position
// is written, as one transaction, when the drag ends.
import type { Board } from './board.js';
import type { ComponentId } from './ids.js';
import type { PresenceDrag } from './presence.js';
import { COORDINATE_LIMIT } from './schema.js';

/** Publishes the in-flight drag, e.g. `(drag) => awareness.setLocalStateField('drag', drag)`. */
export type PublishDrag = (drag: PresenceDrag | null) => void;

export class DragSession {
  private last: { x: number; y: number } | null = null;
  private finished = false;

  constructor(
    private readonly board: Board,
    readonly componentId: ComponentId,
    private readonly publish: PublishDrag,
    private readonly origin?: unknown,
  ) {}

  /** A new in-flight position: shown to others through presence, not written to the document. */
  move(x: number, y: number): void {
    if (this.finished || !Number.isFinite(x) || !Number.isFinite(y)) return;
    // Clamped so the final write can never be rejected for a pointer far off the board.
    this.last = { x: clampCoordinate(x), y: clampCoordinate(y) };
    this.publish({ componentId: this.componentId, ...this.last });
  }

  /**
   * Writes the last position as one transaction and clears the presence drag. Returns false if nothing was
   * written (no move, or the component was deleted by someone else during the drag).
   */
  end(): boolean {
    if (this.finished) return false;
    this.finished = true;
    this.publish(null);
    if (!this.last) return false;
    return this.board.moveComponent(this.componentId, this.last.x, this.last.y, this.origin);
  }

  /** Abandons the drag (Escape): others see the node snap back, the document is untouched. */
  cancel(): void {
    if (this.finished) return;
    this.finished = true;
    this.publish(null);
  }
}

function clampCoordinate(value: number): number {
  return Math.min(COORDINATE_LIMIT, Math.max(-COORDINATE_LIMIT, value));
}
