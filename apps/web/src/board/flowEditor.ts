// Turns React Flow's gestures into Board API calls, without React, so the binding's behaviour is
// unit-tested against a real Y.Doc. View-only changes (selection, measured sizes, our in-flight
// drag) produce a new `LocalView`; content changes go to the document with this tab's origin, and
// each finished gesture is closed as its own undo step.
import { DragSession } from '@napkin/doc';
import type { Board, BoardCall, CallId, ComponentId, PresenceDrag } from '@napkin/doc';
import type { Connection, EdgeChange, NodeChange, XYPosition } from '@xyflow/react';
import { splitsAfterRemoval, writeSplit } from '../alternatives/split';
import { newCallMode } from './newCallMode';
import type { Size } from './toFlow';

/** What this tab shows on top of the document; never shared. */
export interface LocalView {
  readonly selectedNodes: ReadonlySet<string>;
  readonly selectedEdges: ReadonlySet<string>;
  readonly measured: ReadonlyMap<string, Size>;
  /** Our own drags in progress (the document still holds the pre-drag positions). */
  readonly localDrags: ReadonlyMap<string, XYPosition>;
}

export const EMPTY_LOCAL_VIEW: LocalView = {
  selectedNodes: new Set(),
  selectedEdges: new Set(),
  measured: new Map(),
  localDrags: new Map(),
};

/** The part of Y.UndoManager the editor uses: closing the current undo step. */
export interface UndoSteps {
  stopCapturing(): void;
}

export class FlowEditor {
  private readonly drags = new Map<string, DragSession>();

  constructor(
    private readonly board: Board,
    private readonly undo: UndoSteps,
    private readonly publishDrag: (drag: PresenceDrag | null) => void,
    /** Where a dragged component goes for where the pointer puts it (guides, grid; as is by default); `alone`: the only one dragged. */
    private readonly place: (position: XYPosition, id: string, alone: boolean) => XYPosition = (position) => position,
  ) {}

  applyNodeChanges(view: LocalView, changes: readonly NodeChange[]): LocalView {
    let { selectedNodes, measured, localDrags } = view;
    const dragged = changes.filter((change) => change.type === 'position' && change.dragging === true).length;
    for (const change of changes) {
      switch (change.type) {
        case 'dimensions':
          if (change.dimensions) {
            const { width, height } = change.dimensions;
            measured = new Map(measured).set(change.id, { width, height });
          }
          break;
        case 'select':
          selectedNodes = toggled(selectedNodes, change.id, change.selected);
          break;
        case 'position':
          if (change.dragging && change.position) {
            const at = this.place(change.position, change.id, dragged === 1);
            this.dragOf(change.id).move(at.x, at.y);
            localDrags = new Map(localDrags).set(change.id, at);
          } else if (!change.dragging) {
            this.endDrag(change.id);
            if (localDrags.has(change.id)) {
              const next = new Map(localDrags);
              next.delete(change.id);
              localDrags = next;
            }
          }
          break;
        case 'remove': // done by deleteElements, as one transaction with the calls
        case 'add': // components are only added through the Board API
        case 'replace':
          break;
        default: {
          const unknown: never = change;
          console.warn('unhandled node change', unknown);
        }
      }
    }
    return { ...view, selectedNodes, measured, localDrags };
  }

  applyEdgeChanges(view: LocalView, changes: readonly EdgeChange[]): LocalView {
    let { selectedEdges } = view;
    for (const change of changes) {
      if (change.type === 'select') selectedEdges = toggled(selectedEdges, change.id, change.selected);
    }
    return selectedEdges === view.selectedEdges ? view : { ...view, selectedEdges };
  }

  /** Draws a call; ignores self-loops and a second call between the same two components. */
  connect({ source, target }: Pick<Connection, 'source' | 'target'>, existing: readonly BoardCall[]): CallId | null {
    if (source === target) return null;
    if (existing.some((call) => call.from === source && call.to === target)) return null;
    const mode = newCallMode(this.board.snapshot().components, source, target);
    const created = this.board.addCall({ from: source as ComponentId, to: target as ComponentId, mode });
    if (created === null) console.warn('call not added: an endpoint was just deleted');
    this.undo.stopCapturing();
    return created;
  }

  /**
   * Deletes components (with their calls) and calls as one transaction: one undo step. A split that loses
   * branches is tidied in the same step (the rest back to 100 %, a lone branch a plain call again).
   */
  deleteElements(nodeIds: readonly string[], edgeIds: readonly string[]): void {
    const { calls } = this.board.snapshot();
    const nodes = new Set(nodeIds);
    const removed = new Set([...edgeIds, ...calls.filter((call) => nodes.has(call.from) || nodes.has(call.to)).map((call) => call.id)]);
    this.board.batch(() => {
      for (const id of edgeIds) this.board.removeCall(id as CallId);
      for (const id of nodeIds) this.board.removeComponent(id as ComponentId);
      writeSplit(this.board, splitsAfterRemoval(calls, removed));
    });
    this.undo.stopCapturing();
  }

  private dragOf(id: string): DragSession {
    let session = this.drags.get(id);
    if (session === undefined) {
      session = new DragSession(this.board, id as ComponentId, this.publishDrag);
      this.drags.set(id, session);
    }
    return session;
  }

  /** Writes the last in-flight position as one transaction (one undo step). */
  private endDrag(id: string): void {
    const session = this.drags.get(id);
    if (session === undefined) return;
    this.drags.delete(id);
    if (session.end()) this.undo.stopCapturing();
  }
}

function toggled(set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> {
  if (set.has(id) === on) return set;
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
