// Zone gestures against a real Y.Doc: drags and resizes are drafts until they end, then one write
// and one undo step; the frame is drawn behind components.
import { Board, createUndoManager } from '@napkin/doc';
import type { ZoneId } from '@napkin/doc';
import type { NodeChange } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ZoneEditor } from './zoneEditor';
import { EMPTY_ZONE_VIEW, toZoneNodes } from './zoneFlow';

function setup() {
  const ydoc = new Y.Doc();
  const localOrigin = { user: 'test' };
  const board = new Board(ydoc, { localOrigin });
  const undoManager = createUndoManager(ydoc, localOrigin);
  const zone = board.addZone({ level: 'availability-zone', name: 'AZ a', x: 0, y: 0, width: 400, height: 300 });
  undoManager.stopCapturing();
  const updates: Uint8Array[] = [];
  ydoc.on('update', (update: Uint8Array) => updates.push(update));
  const editor = new ZoneEditor(board, undoManager);
  return { board, undoManager, zone, updates, editor };
}

const zoneOf = (board: Board, id: ZoneId) => board.snapshot().zones.find((z) => z.id === id);

describe('ZoneEditor', () => {
  it('moves a frame locally while dragged and writes the drop once', () => {
    const { board, zone, updates, editor } = setup();
    let view = EMPTY_ZONE_VIEW;
    for (let step = 1; step <= 10; step++) {
      const change: NodeChange = { type: 'position', id: zone, position: { x: step * 10, y: step * 5 }, dragging: true };
      view = editor.apply(view, [change], board.snapshot());
    }
    expect(updates).toHaveLength(0);
    expect(toZoneNodes(board.snapshot().zones, view)[0]?.position).toEqual({ x: 100, y: 50 });

    view = editor.apply(view, [{ type: 'position', id: zone, position: { x: 100.4, y: 50 }, dragging: false }], board.snapshot());
    expect(updates).toHaveLength(1);
    expect(zoneOf(board, zone)).toMatchObject({ x: 100, y: 50, width: 400, height: 300 });
    expect(view.drafts.size).toBe(0);
  });

  it('resizes from the top-left corner as one undoable write', () => {
    const { board, undoManager, zone, updates, editor } = setup();
    let view = EMPTY_ZONE_VIEW;
    view = editor.apply(
      view,
      [
        { type: 'position', id: zone, position: { x: -50, y: -20 } },
        { type: 'dimensions', id: zone, dimensions: { width: 450, height: 320 }, resizing: true, setAttributes: true },
      ],
      board.snapshot(),
    );
    expect(updates).toHaveLength(0);
    view = editor.apply(view, [{ type: 'dimensions', id: zone, dimensions: { width: 450, height: 320 }, resizing: false }], board.snapshot());
    expect(view.drafts.size).toBe(0);
    expect(zoneOf(board, zone)).toMatchObject({ x: -50, y: -20, width: 450, height: 320 });
    expect(updates).toHaveLength(1);

    undoManager.undo();
    expect(zoneOf(board, zone)).toMatchObject({ x: 0, y: 0, width: 400, height: 300 });
  });

  it('never writes a frame smaller than the minimum', () => {
    const { board, zone, editor } = setup();
    const view = editor.apply(EMPTY_ZONE_VIEW, [{ type: 'dimensions', id: zone, dimensions: { width: 3, height: 2 }, resizing: true }], board.snapshot());
    expect(view.drafts.get(zone)).toMatchObject({ width: 3, height: 2 });
    editor.apply(view, [{ type: 'dimensions', id: zone, dimensions: { width: 3, height: 2 }, resizing: false }], board.snapshot());
    expect(zoneOf(board, zone)).toMatchObject({ width: 160, height: 100 });
  });

  it('ignores plain measurements and tracks selection', () => {
    const { board, zone, updates, editor } = setup();
    let view = editor.apply(EMPTY_ZONE_VIEW, [{ type: 'dimensions', id: zone, dimensions: { width: 400, height: 300 } }], board.snapshot());
    expect(view).toBe(EMPTY_ZONE_VIEW);
    view = editor.apply(view, [{ type: 'select', id: zone, selected: true }], board.snapshot());
    expect(view.selected.has(zone)).toBe(true);
    expect(updates).toHaveLength(0);
  });

  it('takes the components and nested frames inside along when moved, in one undo step', () => {
    const { board, undoManager, zone, updates, editor } = setup();
    const inside = board.addComponent({ kind: 'stateless-service', x: 50, y: 60 });
    const outside = board.addComponent({ kind: 'relational-primary', x: 500, y: 60 });
    const nested = board.addZone({ level: 'data-centre', x: 200, y: 100, width: 180, height: 150 });
    undoManager.stopCapturing();
    updates.length = 0;

    let view = editor.apply(EMPTY_ZONE_VIEW, [{ type: 'position', id: zone, position: { x: 30, y: -20 }, dragging: true }], board.snapshot());
    view = editor.apply(view, [{ type: 'position', id: zone, position: { x: 30, y: -20 }, dragging: false }], board.snapshot());
    const at = (id: string) => {
      const snapshot = board.snapshot();
      const item = snapshot.components.find((c) => c.id === id) ?? snapshot.zones.find((z) => z.id === id);
      return item && { x: item.x, y: item.y };
    };
    expect(updates).toHaveLength(1);
    expect(at(zone)).toEqual({ x: 30, y: -20 });
    expect(at(inside)).toEqual({ x: 80, y: 40 });
    expect(at(nested)).toEqual({ x: 230, y: 80 });
    expect(at(outside)).toEqual({ x: 500, y: 60 });

    undoManager.undo();
    expect([at(zone), at(inside), at(nested)]).toEqual([{ x: 0, y: 0 }, { x: 50, y: 60 }, { x: 200, y: 100 }]);
    expect(view.drafts.size).toBe(0);
  });

  it('leaves the contents where they are when the frame is resized', () => {
    const { board, zone, editor } = setup();
    const inside = board.addComponent({ kind: 'stateless-service', x: 50, y: 60 });
    let view = editor.apply(
      EMPTY_ZONE_VIEW,
      [
        { type: 'position', id: zone, position: { x: 20, y: 0 } },
        { type: 'dimensions', id: zone, dimensions: { width: 380, height: 300 }, resizing: true },
      ],
      board.snapshot(),
    );
    view = editor.apply(view, [{ type: 'dimensions', id: zone, dimensions: { width: 380, height: 300 }, resizing: false }], board.snapshot());
    expect(board.snapshot().components.find((c) => c.id === inside)).toMatchObject({ x: 50, y: 60 });
    expect(view.drafts.size).toBe(0);
  });

  it('draws frames behind components, larger frames further back', () => {
    const { board } = setup();
    board.addZone({ level: 'region', name: 'eu', x: -100, y: -100, width: 1000, height: 800 });
    const nodes = toZoneNodes(board.snapshot().zones, EMPTY_ZONE_VIEW);
    expect(nodes.map((node) => node.data.name)).toEqual(['eu', 'AZ a']);
    // React Flow lifts a selected node by 1000; a selected frame must still stay behind components (z 0).
    for (const node of nodes) expect((node.zIndex ?? 0) + 1000).toBeLessThan(0);
    expect(nodes[0]!.zIndex!).toBeLessThan(nodes[1]!.zIndex!);
  });
});
