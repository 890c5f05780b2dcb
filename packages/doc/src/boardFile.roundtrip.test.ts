// The board file is the whole board: a valid document exported and imported again is the same document,
// a valid board file imported and exported again is the same file (laid out, if it had no layout), and in
// both directions the engine's analysis does not change. Seeded fast-check (FUZZ_SEED replays).
import { createEngine, analyze } from '@napkin/analysis';
import { parseBoard } from '@napkin/fields';
import type { BoardFile } from '@napkin/fields';
import { fuzzSeed, printSeed } from '@napkin/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardFile, docContent } from '../test/arbitraries.js';
import type { DocContent } from '../test/arbitraries.js';
import { toBoardFile } from './boardFile.js';
import { importBoardFile } from './importBoardFile.js';
import { boardMaps, COMPONENT_GROUPS, SCHEMA_VERSION } from './layout.js';
import { readSnapshot } from './read.js';

const SEED = fuzzSeed(20_250_612);
const options = { seed: SEED, numRuns: 50 };
const engine = createEngine();

/** Writes content as a peer would, straight into the Y.Doc's maps. */
function documentOf(content: DocContent): Y.Doc {
  const ydoc = new Y.Doc();
  const maps = boardMaps(ydoc);
  const entry = (values: Record<string, unknown>) => {
    const map = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(values)) if (key !== 'id') map.set(key, value);
    return map;
  };
  ydoc.transact(() => {
    for (const [key, value] of Object.entries({ schemaVersion: SCHEMA_VERSION, ...content.meta })) maps.meta.set(key, value);
    for (const component of content.components) {
      const fields = entry(Object.fromEntries(Object.entries(component).filter(([key]) => !(COMPONENT_GROUPS as readonly string[]).includes(key))));
      for (const group of COMPONENT_GROUPS) fields.set(group, entry((component[group] ?? {}) as Record<string, unknown>));
      maps.components.set(component.id as string, fields);
    }
    for (const call of content.calls) maps.calls.set(call.id as string, entry(call));
    for (const zone of content.zones) maps.zones.set(zone.id as string, entry(zone));
    for (const annotation of content.annotations) maps.annotations.set(annotation.id as string, entry(annotation));
  });
  return ydoc;
}

/** Through JSON and the parser, as a file saved and opened again. */
function reread(file: BoardFile): BoardFile {
  const { board, errors } = parseBoard(JSON.stringify(file));
  expect(errors).toEqual([]);
  return board!;
}

function imported(file: BoardFile) {
  const ydoc = new Y.Doc();
  const report = importBoardFile(ydoc, file);
  return { report, snapshot: readSnapshot(ydoc) };
}

function withoutLayout(file: BoardFile): BoardFile {
  return {
    ...file,
    components: file.components.map(({ x: _x, y: _y, ...component }) => component),
    zones: file.zones.map(({ x: _x, y: _y, width: _w, height: _h, ...zone }) => zone),
  };
}

describe(`board file round trips (fast-check seed ${SEED}, replay with FUZZ_SEED)`, () => {
  it('document → file → document gives the same document, and the same analysis', () => {
    printSeed('board file round trips (fast-check)', SEED);
    fc.assert(
      fc.property(docContent, (content) => {
        const original = readSnapshot(documentOf(content));
        expect(original.problems).toEqual([]);
        const file = reread(toBoardFile(original));
        const { report, snapshot } = imported(file);
        expect(report).toEqual({ layout: 'file', problems: [] });
        expect(snapshot).toEqual(original);
        expect(analyze(toBoardFile(snapshot), engine)).toEqual(analyze(file, engine));
      }),
      options,
    );
  }, 60_000);

  it('file → document → file gives the same file, laid out once and then kept, and the same analysis', () => {
    fc.assert(
      fc.property(boardFile, (original) => {
        expect(reread(original)).toEqual(original);
        const first = imported(original);
        // An empty board has nothing to lay out; any other file here has no layout of its own.
        const empty = original.components.length === 0 && original.zones.length === 0;
        expect(first.report).toEqual({ layout: empty ? 'file' : 'computed', problems: [] });
        const laidOut = reread(toBoardFile(first.snapshot));
        expect(withoutLayout(laidOut)).toEqual(original);
        const second = imported(laidOut);
        expect(second.report).toEqual({ layout: 'file', problems: [] });
        expect(toBoardFile(second.snapshot)).toEqual(laidOut);
        // The engine ignores layout: the file with it analyses exactly as the file without.
        expect(analyze(laidOut, engine)).toEqual(analyze(original, engine));
      }),
      options,
    );
  }, 60_000);
});
