// How a node says what it is. An exported node's label is its name, a line break, and its kind's label
// from the catalog ("Orders<br/>Relational database (primary)"); a subgraph's title is its name and its
// level ("eu-a<br/>Availability zone"). Reading takes that last line back exactly; anything else is a
// name to guess from (`guessKind.ts`).
import { CATALOG, getKind } from '@napkin/catalog';
import type { Family } from '@napkin/catalog';
import type { ZoneLevel } from '@napkin/fields';
import { ZONE_LEVELS, zoneLevelField } from '@napkin/fields';

/** Kinds that are boxes on a board (zone levels are frames, written as subgraphs). */
const COMPONENT_KINDS = CATALOG.filter((kind) => kind.family !== 'zone');

const KIND_BY_LABEL = new Map(COMPONENT_KINDS.flatMap((kind) => [[kind.label.toLowerCase(), kind.id] as const, [kind.id, kind.id] as const]));

const LEVEL_LABELS: ReadonlyMap<ZoneLevel, string> = new Map(zoneLevelField.options.map((option) => [option.value, option.label]));
const LEVEL_BY_LABEL = new Map(ZONE_LEVELS.flatMap((level) => [[(LEVEL_LABELS.get(level) ?? level).toLowerCase(), level] as const, [level, level] as const]));

/** The label a node shows for its kind: the catalog's, or the id itself for a kind the catalog lacks. */
export function kindLabel(kindId: string): string {
  return getKind(kindId)?.label ?? kindId;
}

/** The component kind a label line names exactly (its catalog label in any case, or its id). */
export function kindNamedBy(line: string): string | undefined {
  return KIND_BY_LABEL.get(line.trim().toLowerCase());
}

export function levelLabel(level: ZoneLevel): string {
  return LEVEL_LABELS.get(level) ?? level;
}

/** The zone level a title line names exactly ("Region", "availability-zone"). */
export function levelNamedBy(line: string): ZoneLevel | undefined {
  return LEVEL_BY_LABEL.get(line.trim().toLowerCase());
}

/** A node's outline, by what the kind is for: readers of the diagram see clients, stores and queues apart. */
export type WrittenShape = 'rectangle' | 'rounded' | 'stadium' | 'cylinder' | 'subroutine' | 'hexagon' | 'parallelogram' | 'circle' | 'diamond';
/** What a reader may meet besides: Mermaid's asymmetric flag (`id>label]`). */
export type Shape = WrittenShape | 'other';

const SHAPE_BY_FAMILY: Readonly<Record<Family, WrittenShape>> = {
  'client-edge': 'hexagon',
  compute: 'rectangle',
  data: 'cylinder',
  async: 'subroutine',
  coordination: 'rounded',
  external: 'parallelogram',
  zone: 'rectangle',
};

export function shapeOf(kindId: string): WrittenShape {
  const kind = getKind(kindId);
  if (kind === undefined) return 'rectangle';
  // Clients are where requests start, not edge boxes: a stadium, as flowcharts draw a start.
  if (kind.traits.entryPoint === true) return 'stadium';
  return SHAPE_BY_FAMILY[kind.family];
}

/** Mermaid's brackets for each shape the writer uses. */
export const SHAPE_BRACKETS: Readonly<Record<WrittenShape, readonly [string, string]>> = {
  rectangle: ['[', ']'],
  rounded: ['(', ')'],
  stadium: ['([', '])'],
  cylinder: ['[(', ')]'],
  subroutine: ['[[', ']]'],
  hexagon: ['{{', '}}'],
  parallelogram: ['[/', '/]'],
  circle: ['((', '))'],
  diamond: ['{', '}'],
};
