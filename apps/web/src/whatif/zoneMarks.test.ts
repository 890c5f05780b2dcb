// A zone marked down in the shared what-if: written to the document (cleared as unset), inherited by
// the zones inside it, counted against the zones each component runs in, and cleared with every other
// mark in one undo step.
import { Board, createUndoManager, toBoardFile } from '@napkin/doc';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseSpread } from '../spread/spread';
import { clearAllMarks, markedComponents } from './marks';
import { describeZoneLoss, downZoneIds, markedZones, setZoneDown, zoneLoss } from './zoneMarks';

function regionWithTwoZones() {
  const ydoc = new Y.Doc();
  const localOrigin = { user: 'test' };
  const board = new Board(ydoc, { localOrigin });
  const undo = createUndoManager(ydoc, localOrigin);
  const region = board.addZone({ level: 'region', name: 'EU', x: 0, y: 0, width: 1000, height: 600 });
  const a = board.addZone({ level: 'availability-zone', name: 'eu-a', x: 20, y: 40, width: 400, height: 500 });
  const b = board.addZone({ level: 'availability-zone', name: 'eu-b', x: 500, y: 40, width: 400, height: 500 });
  const app = board.addComponent({ kind: 'stateless-service', name: 'App', x: 100, y: 100 });
  undo.stopCapturing();
  const parents = () => new Map(toBoardFile(board.snapshot()).zones.map((zone) => [zone.id, zone.parent]));
  return { board, undo, region, a, b, app, parents };
}

describe('zone what-if marks', () => {
  it('are written to the shared document and cleared as unset', () => {
    const { board, a } = regionWithTwoZones();
    setZoneDown(board, a, true);
    expect(markedZones(board.snapshot()).map((zone) => zone.name)).toEqual(['eu-a']);
    setZoneDown(board, a, false);
    expect(board.snapshot().zones.find((zone) => zone.id === a)).not.toHaveProperty('down');
  });

  it('take the zones inside a down zone with it', () => {
    const { board, region, a, b, parents } = regionWithTwoZones();
    setZoneDown(board, a, true);
    expect([...downZoneIds(board.snapshot().zones, parents())]).toEqual([a]);
    setZoneDown(board, a, false);
    setZoneDown(board, region, true);
    expect(new Set(downZoneIds(board.snapshot().zones, parents()))).toEqual(new Set([region, a, b]));
  });

  it('count against the zones a component runs in: its spread, else the frame it is drawn in', () => {
    const down = new Set(['eu-a']);
    expect(zoneLoss(parseSpread('eu-a eu-b'), 'eu-a', down)).toEqual({ lost: 1, of: 2 });
    expect(describeZoneLoss(zoneLoss(parseSpread('eu-a eu-b'), undefined, down))).toBe('1 OF 2 ZONES DOWN');
    expect(describeZoneLoss(zoneLoss(parseSpread(undefined), 'eu-a', down))).toBe('ZONE DOWN');
    expect(describeZoneLoss(zoneLoss(parseSpread('eu-b'), 'eu-a', down))).toBeNull();
    expect(describeZoneLoss(zoneLoss(parseSpread(undefined), undefined, down))).toBeNull();
  });

  it('clear all removes zone and component marks in one undo step', () => {
    const { board, undo, a, app } = regionWithTwoZones();
    setZoneDown(board, a, true);
    board.updateComponent(app, { whatIf: { down: true } });
    undo.stopCapturing();
    clearAllMarks(board, board.snapshot());
    expect(markedZones(board.snapshot())).toHaveLength(0);
    expect(markedComponents(board.snapshot())).toHaveLength(0);
    undo.undo();
    expect(markedZones(board.snapshot())).toHaveLength(1);
    expect(markedComponents(board.snapshot())).toHaveLength(1);
  });
});
