// Helpers the reference designs are written with: a grid to place boxes on, zone frames drawn around
// what they hold (so the board's geometry agrees with each component's `zone`), and citations of the
// playbook sections behind a design's parameters. The same rules as the web's general templates follow.
import type { Citation, FactUnit } from '@napkin/catalog';
import { fact, PLAYBOOK_SECTIONS, SEEDS, term } from '@napkin/catalog';
import type { BoardFile, BoardFileZone } from '@napkin/fields';
import { LAYOUT_COMPONENT_BOX } from '@napkin/fields';

const COLUMN = 280;
const ROW = 170;
const HEADER = 48;
const MARGIN = 32;

/** The board position of a grid cell. */
export function at(column: number, row: number): { x: number; y: number } {
  return { x: Math.round(column * COLUMN), y: Math.round(row * ROW) };
}

type Rectangle = { x: number; y: number; width: number; height: number };

/** The board with every zone's rectangle drawn around its components and inner zones. */
export function framed(board: BoardFile): BoardFile {
  const rectangles = new Map<string, Rectangle>();
  const frame = (zone: BoardFileZone): Rectangle => {
    const known = rectangles.get(zone.id);
    if (known !== undefined) return known;
    const boxes = [
      ...board.components
        .filter((component) => component.zone === zone.id && component.x !== undefined && component.y !== undefined)
        .map((component) => ({ x: component.x!, y: component.y!, ...LAYOUT_COMPONENT_BOX })),
      ...board.zones.filter((inner) => inner.parent === zone.id).map(frame),
    ];
    if (boxes.length === 0) throw new Error(`reference design zone ${zone.id} holds nothing`);
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

/** A section of the playbook: a key of the catalog's table, or a heading as the text prints it. */
type Section = keyof typeof PLAYBOOK_SECTIONS | `${number}.${number} ${string}`;

const heading = (section: Section): string => (section in PLAYBOOK_SECTIONS ? PLAYBOOK_SECTIONS[section as keyof typeof PLAYBOOK_SECTIONS] : section);

/** A parameter taken from a figure the section states, described in our words. */
export function fromPlaybook(label: string, section: Section, figure: string, unit: FactUnit, appliesTo: string, note?: string): Citation {
  return { label, source: { seed: SEEDS.playbook, section: heading(section), fact: fact(figure, unit, appliesTo), ...(note === undefined ? {} : { note }) } };
}

/** A choice the section names without a figure. */
export function namedInPlaybook(label: string, section: Section, name: string, appliesTo: string, note?: string): Citation {
  return { label, source: { seed: SEEDS.playbook, section: heading(section), fact: term(name, appliesTo), ...(note === undefined ? {} : { note }) } };
}
