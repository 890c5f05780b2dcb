// Templates are drawn on a grid, and their zones framed around what they hold, so each template states
// where its boxes go and which zone they are in, and the frames follow (a zone's rectangle decides its
// members on the board, and the file's `zone` fields must agree with it: the templates' test checks both).
import type { BoardFile, BoardFileZone } from '@napkin/fields';
import { LAYOUT_COMPONENT_BOX } from '@napkin/fields';

const COLUMN = 280;
const ROW = 170;
/** As the import's own layout frames a zone: room for its title above, a margin on every side. */
const HEADER = 48;
const MARGIN = 32;

/** The board position of a grid cell (fractions allowed for a nudge). */
export function at(column: number, row: number): { x: number; y: number } {
  return { x: Math.round(column * COLUMN), y: Math.round(row * ROW) };
}

/** The board with every zone's rectangle drawn around its components and inner zones, innermost first. */
export function framed(board: BoardFile): BoardFile {
  const rectangles = new Map<string, { x: number; y: number; width: number; height: number }>();
  const frame = (zone: BoardFileZone): { x: number; y: number; width: number; height: number } => {
    const known = rectangles.get(zone.id);
    if (known !== undefined) return known;
    const boxes = [
      ...board.components
        .filter((component) => component.zone === zone.id && component.x !== undefined && component.y !== undefined)
        .map((component) => ({ x: component.x!, y: component.y!, width: LAYOUT_COMPONENT_BOX.width, height: LAYOUT_COMPONENT_BOX.height })),
      ...board.zones.filter((inner) => inner.parent === zone.id).map(frame),
    ];
    if (boxes.length === 0) throw new Error(`template zone ${zone.id} holds nothing`);
    const left = Math.min(...boxes.map((box) => box.x)) - MARGIN;
    const top = Math.min(...boxes.map((box) => box.y)) - HEADER;
    const right = Math.max(...boxes.map((box) => box.x + box.width)) + MARGIN;
    const bottom = Math.max(...boxes.map((box) => box.y + box.height)) + MARGIN;
    const rectangle = { x: left, y: top, width: right - left, height: bottom - top };
    rectangles.set(zone.id, rectangle);
    return rectangle;
  };
  return { ...board, zones: board.zones.map((zone) => ({ ...zone, ...frame(zone) })) };
}
