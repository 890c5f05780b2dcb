// What copy puts on the clipboard: the selection as a board file (the format export writes and import
// reads), so a copy pasted into a text editor is a valid napkin-board file and one pasted into any board,
// in this tab or another, is read back by the same import path. The copy takes the selected components,
// notes and zones (a zone with what is drawn inside it), and every call whose two ends are both copied.
// References to what stays behind are dropped, so the file stands alone: a note's pin to a component not
// copied, a spread's zones not copied, one branch of a split copied without the rest (a plain call then).
import type { BoardFile } from '@napkin/fields';
import type { BoardCall, BoardSnapshot } from '@napkin/doc';
import { boxesOf, extentOf, toBoardFile } from '@napkin/doc';
import { membersOf } from '../board/zones/zoneFlow';

/** The board file of the selected nodes (by id), or null when nothing copyable is selected. */
export function selectionFile(snapshot: BoardSnapshot, nodeIds: ReadonlySet<string>): BoardFile | null {
  const zones = snapshot.zones.filter((zone) => nodeIds.has(zone.id));
  const inZones = new Set<string>();
  for (const zone of zones) {
    const members = membersOf(zone.id, zone, snapshot);
    for (const component of members.components) inZones.add(component.id);
    for (const inner of members.zones) inZones.add(inner.id);
  }
  const copied = (id: string) => nodeIds.has(id) || inZones.has(id);
  const keptZones = snapshot.zones.filter((zone) => copied(zone.id));
  const zoneIds = new Set<string>(keptZones.map((zone) => zone.id));
  const components = snapshot.components
    .filter((component) => copied(component.id))
    .map((component) => ({ ...component, spread: spreadWithin(component.spread, zoneIds) }));
  const componentIds = new Set<string>(components.map((component) => component.id));
  const annotations = snapshot.annotations
    .filter((note) => copied(note.id))
    .map((note) => ({ ...note, pinnedTo: note.pinnedTo !== undefined && componentIds.has(note.pinnedTo) ? note.pinnedTo : undefined }));
  if (components.length === 0 && keptZones.length === 0 && annotations.length === 0) return null;
  const calls = wholeSplits(snapshot.calls.filter((call) => componentIds.has(call.from) && componentIds.has(call.to)), snapshot.calls);
  // No title and no creation time: a copy is part of a board, and pasting it must not name the target.
  const { title: _title, createdAt: _createdAt, ...file } = toBoardFile({ ...snapshot, meta: { ...snapshot.meta, title: '', createdAt: 0 }, components, calls, zones: keptZones, annotations });
  return file as BoardFile;
}

/** The clipboard's text for a file: the JSON an export writes, indented for whoever pastes it into an editor. */
export function clipboardText(file: BoardFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Where the file's content starts (the top-left of everything in it), or null for an empty file. */
export function contentTopLeft(file: BoardFile): { x: number; y: number } | null {
  const extent = extentOf(boxesOf({ ...file, annotations: file.annotations ?? [] }));
  return extent === null ? null : { x: extent.left, y: extent.top };
}

/** The spread with only the zones that come along; unset when none do (the component then takes its frame). */
function spreadWithin(spread: string | undefined, zoneIds: ReadonlySet<string>): string | undefined {
  if (spread === undefined) return undefined;
  const kept = spread.split(/[ ,]+/).filter((part) => part !== '' && zoneIds.has(part.split(':')[0] ?? ''));
  return kept.length === 0 ? undefined : kept.join(' ');
}

/**
 * Calls of a split (alternatives from one caller) come along as the split only when every branch does;
 * a partial copy makes its branches plain calls, since their shares no longer add up.
 */
function wholeSplits(calls: readonly BoardCall[], all: readonly BoardCall[]): BoardCall[] {
  const copied = new Set<string>(calls.map((call) => call.id));
  return calls.map((call) => {
    if (call.alternative === undefined) return call;
    const branches = all.filter((other) => other.from === call.from && other.alternative === call.alternative);
    if (branches.every((branch) => copied.has(branch.id))) return call;
    const { alternative: _alternative, share: _share, failover: _failover, ...plain } = call;
    return plain;
  });
}
