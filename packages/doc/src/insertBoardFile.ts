// Adding a board file to a board that may already hold something: a dropped or pasted board file, a
// pasted Mermaid flowchart, a template. Unlike `importBoardFile` (which writes a file into a new document
// with the file's own ids), every element gets a fresh id, so a copy pasted twice is two copies and never
// replaces what is there; what refers to an id follows it (calls' ends, zones named in a spread, a note's
// pin). The file is first checked and laid out as `importBoardFile` does it (in a scratch document, read
// back with `toBoardFile`), then moved as a whole by one offset that puts it clear of everything on the
// board (`placement.ts`), so geometry gives every zone back its own members and takes none of the board's.
// One transaction: one update on the wire, one undo step.
import type { BoardFile } from '@napkin/fields';
import { COORDINATE_LIMIT } from '@napkin/fields';
import * as Y from 'yjs';
import type { Board } from './board.js';
import { toBoardFile } from './boardFile.js';
import { withoutUndefined } from './fields.js';
import type { AnnotationId, CallId, ComponentId, ZoneId } from './ids.js';
import type { ImportProblem } from './importBoardFile.js';
import { importBoardFile } from './importBoardFile.js';
import { BoardInputError } from './input.js';
import type { Box, Offset } from './placement.js';
import { boxesOf, extentOf, placementOffset } from './placement.js';
import { readSnapshot } from './read.js';

export interface InsertReport {
  /** The file's id of each element → the id it has on the board. */
  readonly ids: {
    readonly components: ReadonlyMap<string, ComponentId>;
    readonly calls: ReadonlyMap<string, CallId>;
    readonly zones: ReadonlyMap<string, ZoneId>;
    readonly annotations: ReadonlyMap<string, AnnotationId>;
  };
  /** How far the file's elements were moved (0, 0 on an empty board). */
  readonly offset: Offset;
  /** `file`: the file's own positions; `computed`: it had none (or not for every element), so it was laid out. */
  readonly layout: 'file' | 'computed';
  /** What the board cannot hold and was left out (as `importBoardFile` reports it). */
  readonly problems: readonly ImportProblem[];
}

export interface InsertOptions {
  /** Transaction origin (default: the board's local origin, so it is one undo step of this user). */
  readonly origin?: unknown;
  /**
   * Where the top-left corner of the file's content goes (a paste at the pointer, a duplicate beside its
   * original), instead of the first spot clear of everything. What lands there may overlap the board's.
   */
  readonly at?: Offset;
}

/** Throws `BoardInputError` only when no side of the board has room left within the coordinate bounds. */
export function insertBoardFile(board: Board, file: BoardFile, options: InsertOptions = {}): InsertReport {
  const scratch = new Y.Doc();
  const { layout, problems } = importBoardFile(scratch, file);
  const placed = toBoardFile(readSnapshot(scratch));
  scratch.destroy();

  const before = board.snapshot();
  const incoming = extentOf(boxesOf({ ...placed, annotations: placed.annotations ?? [] }));
  const offset = options.at === undefined ? placementOffset(extentOf(boxesOf(before)), incoming) : offsetTo(options.at, incoming);
  if (offset === null) throw new BoardInputError('insertBoardFile: there is no room left on the board for this file (it would leave the coordinate range)');
  const moved = (value: number | undefined, by: number) => (value === undefined ? undefined : value + by);

  const components = new Map<string, ComponentId>();
  const calls = new Map<string, CallId>();
  const zones = new Map<string, ZoneId>();
  const annotations = new Map<string, AnnotationId>();
  const { origin } = options;
  board.batch(() => {
    if (before.meta.title === '' && placed.title !== undefined) board.setTitle(placed.title, origin);
    for (const { id, parent: _parent, x, y, width, height, ...zone } of placed.zones) {
      // Every zone of a document has its rectangle, so a file read back from one has it too.
      zones.set(id, board.addZone({ ...zone, x: x! + offset.x, y: y! + offset.y, width: width!, height: height! }, origin));
    }
    for (const { id, zone: _zone, x, y, spread, ...component } of placed.components) {
      const fields = { ...component, x: moved(x, offset.x)!, y: moved(y, offset.y)!, spread: spread === undefined ? undefined : respread(spread, zones) };
      components.set(id, board.addComponent(withoutUndefined(fields), origin));
    }
    for (const { id, from, to, ...call } of placed.calls) {
      const added = board.addCall({ ...call, from: components.get(from)!, to: components.get(to)! }, origin);
      if (added !== null) calls.set(id, added);
    }
    for (const { id, x, y, pinnedTo, ...note } of placed.annotations ?? []) {
      const pin = pinnedTo === undefined ? undefined : components.get(pinnedTo);
      annotations.set(id, board.addAnnotation(withoutUndefined({ ...note, x: x + offset.x, y: y + offset.y, pinnedTo: pin }), origin));
    }
  }, origin);
  return { ids: { components, calls, zones, annotations }, offset, layout, problems };
}

/** The whole-pixel offset that puts the top-left of `incoming` at `at`, or null when that leaves the coordinate range. */
function offsetTo(at: Offset, incoming: Box | null): Offset | null {
  if (incoming === null) return { x: 0, y: 0 };
  const offset = { x: Math.round(at.x - incoming.left), y: Math.round(at.y - incoming.top) };
  const inside = (value: number) => Math.abs(value) <= COORDINATE_LIMIT;
  return inside(incoming.left + offset.x) && inside(incoming.right + offset.x) && inside(incoming.top + offset.y) && inside(incoming.bottom + offset.y) ? offset : null;
}

/** `eu-a:2 eu-b` with the file's zone ids made the board's; an id the file has no zone for stays as written. */
function respread(spread: string, zones: ReadonlyMap<string, ZoneId>): string {
  return spread
    .split(/[ ,]+/)
    .filter((part) => part !== '')
    .map((part) => {
      const [zone = '', count] = part.split(':');
      const renamed = zones.get(zone) ?? zone;
      return count === undefined ? renamed : `${renamed}:${count}`;
    })
    .join(' ');
}
