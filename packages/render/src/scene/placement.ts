// Where each drawn element sits, and which elements are drawn. Positions come from the file; a file
// without a complete layout (hand-written, version 1) is laid out whole by `layOutBoard`, the layout its
// import into a board would get, so the picture matches the board that import makes. A selection keeps
// the chosen components, zones and notes, the calls between kept components, and the zones around them.
import type { BoardFile, BoardFileAnnotation, BoardFileCall, BoardFileComponent, BoardFileZone, Rectangle } from '@napkin/fields';
import { layOutBoard } from '@napkin/fields';

export interface PlacedComponent {
  readonly component: BoardFileComponent;
  readonly x: number;
  readonly y: number;
}

export interface PlacedZone {
  readonly zone: BoardFileZone;
  readonly rect: Rectangle;
}

export interface PlacedNote {
  readonly note: BoardFileAnnotation;
  readonly x: number;
  readonly y: number;
}

export interface Placement {
  readonly components: readonly PlacedComponent[];
  readonly calls: readonly BoardFileCall[];
  readonly zones: readonly PlacedZone[];
  readonly notes: readonly PlacedNote[];
  /** Whether the positions are computed (the file had none, or not for every element). */
  readonly computed: boolean;
}

function hasLayout(file: BoardFile): boolean {
  return (
    file.components.every((component) => component.x !== undefined && component.y !== undefined) &&
    file.zones.every((zone) => zone.x !== undefined && zone.y !== undefined && zone.width !== undefined && zone.height !== undefined)
  );
}

/** Zones that hold a kept component or zone, all the way up: a selected box keeps its frame around it. */
function enclosingZones(file: BoardFile, keptComponents: readonly BoardFileComponent[], selected: ReadonlySet<string>): Set<string> {
  const parentOf = new Map(file.zones.map((zone) => [zone.id, zone.parent]));
  const kept = new Set<string>();
  const climb = (start: string | undefined): void => {
    // Bounded by the number of zones: a loop of parents in a bad file cannot hang the export.
    for (let zone = start, steps = 0; zone !== undefined && !kept.has(zone) && steps <= parentOf.size; zone = parentOf.get(zone), steps += 1) kept.add(zone);
  };
  for (const component of keptComponents) climb(component.zone);
  for (const zone of file.zones) if (selected.has(zone.id)) climb(zone.id);
  return kept;
}

export function placeBoard(file: BoardFile, selection?: ReadonlySet<string>): Placement {
  const computed = !hasLayout(file);
  const layout = computed ? layOutBoard({ components: file.components, zones: file.zones }) : null;
  const keep = (id: string) => selection === undefined || selection.has(id);
  const keptComponents = file.components.filter((component) => keep(component.id));
  const keptIds = new Set(keptComponents.map((component) => component.id));
  const keptZones = selection === undefined ? null : enclosingZones(file, keptComponents, selection);
  const components = keptComponents.map((component): PlacedComponent => {
    const at = layout?.components.get(component.id) ?? { x: component.x ?? 0, y: component.y ?? 0 };
    return { component, x: at.x, y: at.y };
  });
  const zones = file.zones
    .filter((zone) => keptZones === null || keptZones.has(zone.id))
    .map((zone): PlacedZone => {
      const rect = layout?.zones.get(zone.id) ?? { x: zone.x ?? 0, y: zone.y ?? 0, width: zone.width ?? 0, height: zone.height ?? 0 };
      return { zone, rect };
    });
  const calls = file.calls.filter((call) => keptIds.has(call.from) && keptIds.has(call.to));
  const notes = (file.annotations ?? []).filter((note) => keep(note.id));
  return { components, calls, zones, notes: computed ? notesInARow(notes, components, zones) : notes.map((note) => ({ note, x: note.x, y: note.y })), computed };
}

/** Spacing of notes set out in a row when their own positions belong to a layout that was replaced. */
const NOTE_PITCH = 240;
const NOTE_GAP = 60;

/**
 * A computed layout moved everything else, so a note's own position would point at nothing: the notes
 * go in a row under the laid-out board instead, in file order.
 */
function notesInARow(notes: readonly BoardFileAnnotation[], components: readonly PlacedComponent[], zones: readonly PlacedZone[]): PlacedNote[] {
  const bottoms = [...components.map((placed) => placed.y + 100), ...zones.map(({ rect }) => rect.y + rect.height)];
  const top = (bottoms.length === 0 ? 0 : Math.max(...bottoms)) + NOTE_GAP;
  return notes.map((note, index) => ({ note, x: index * NOTE_PITCH, y: top }));
}
