// Mermaid export → paste → the same board, for every reference architecture: a template written with
// `toMermaid`, read by the paste path and inserted into a board gives back the same components (name, kind,
// zone), calls (ends, mode, label) and zones (name, level, parent), as a reader of the board sees them.
import { Board, createUndoManager, toBoardFile } from '@napkin/doc';
import type { BoardFile } from '@napkin/fields';
import { toMermaid } from '@napkin/mermaid';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TEMPLATES } from './templates';
import { applyImport } from '../import/applyImport';
import { readImportText } from '../import/readImport';

/** The board by names, in no particular order. */
function seen(file: BoardFile) {
  const zoneName = new Map(file.zones.map((zone) => [zone.id, `${zone.name}/${zone.level}`]));
  const name = new Map(file.components.map((component) => [component.id, `${component.name}/${component.kind}`]));
  const sorted = (rows: unknown[][]) => rows.map((row) => JSON.stringify(row)).sort();
  return {
    components: sorted(file.components.map((component) => [name.get(component.id), component.zone === undefined ? null : zoneName.get(component.zone)])),
    calls: sorted(file.calls.map((call) => [name.get(call.from), name.get(call.to), call.mode, call.label ?? null])),
    zones: sorted(file.zones.map((zone) => [zoneName.get(zone.id), zone.parent === undefined ? null : zoneName.get(zone.parent)])),
  };
}

describe.each(TEMPLATES.map((template) => [template.id, template] as const))('Mermaid round trip of %s', (_id, template) => {
  it('export → paste gives the same components, calls and zones', () => {
    const reading = readImportText(toMermaid(template.board));
    if (reading.kind !== 'board') throw new Error(`expected a board, got ${JSON.stringify(reading)}`);
    expect(reading.unknownNames).toEqual([]);
    expect(reading.warnings).toEqual([]);
    const ydoc = new Y.Doc();
    const board = new Board(ydoc, { localOrigin: 'me' });
    expect(applyImport(board, createUndoManager(ydoc, 'me'), reading).ok).toBe(true);
    expect(seen(toBoardFile(board.snapshot()))).toEqual(seen(template.board));
  });
});
