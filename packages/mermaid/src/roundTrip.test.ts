// Export and import agree: a board written by `toMermaid` and read by `parseMermaid` has the same
// components (name, kind, zone), calls (ends, mode, label) and zones (name, level, parent), for seeded
// random boards whose names hold every character the writer escapes. FUZZ_SEED replays a run.
import { CATALOG } from '@napkin/catalog';
import type { BoardFile, BoardFileComponent, ZoneLevel } from '@napkin/fields';
import { ZONE_LEVELS } from '@napkin/fields';
import type { Random } from '@napkin/testkit';
import { fuzzSeed, printSeed, seededRandom, withSeed } from '@napkin/testkit';
import { describe, expect, it } from 'vitest';
import { toMermaid } from './export/toMermaid.js';
import { parseMermaid } from './parseMermaid.js';

const SEED = fuzzSeed();
const BOARDS = 150;
const KINDS = CATALOG.filter((kind) => kind.family !== 'zone').map((kind) => kind.id);
const WORDS = ['Orders', 'API', 'Postgres', 'end', 'say "hi"', '#1', 'a<b>', 'R&D', '`x`', 'pipe|d', 'x --> y', 'é', '日本', '[v2]', '(beta)', 'line\nbreak', '%%', ';', 'Region', 'Worker'];
/** Ids as the document draws them (dashes and underscores) and as files write them (end, a-b). */
const ID_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-';

function randomName(random: Random): string | undefined {
  if (random.next() < 0.15) return undefined;
  return Array.from({ length: 1 + random.int(3) }, () => random.oneOf(WORDS)).join(' ');
}

function randomId(random: Random, taken: Set<string>): string {
  for (;;) {
    const id = random.next() < 0.2 ? random.oneOf(['end', 'graph', 'a-b', 'a_b_', 'class', 'x']) : Array.from({ length: 1 + random.int(22) }, () => ID_CHARS[random.int(ID_CHARS.length)]).join('');
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

function randomBoard(random: Random): BoardFile {
  const zoneIds = new Set<string>();
  const zones = Array.from({ length: random.int(5) }, (_, index) => {
    const id = randomId(random, zoneIds);
    const name = randomName(random);
    return { id, level: random.oneOf(ZONE_LEVELS) as ZoneLevel, ...(name === undefined ? {} : { name }), index };
  });
  // A parent is an earlier zone, so nesting never loops.
  const withParents = zones.map(({ index, ...zone }) => {
    const parent = index > 0 && random.next() < 0.5 ? zones[random.int(index)]?.id : undefined;
    return { ...zone, ...(parent === undefined ? {} : { parent }) };
  });
  const componentIds = new Set<string>();
  const components = Array.from({ length: 1 + random.int(12) }, (): BoardFileComponent => {
    const name = randomName(random);
    const zone = zones.length > 0 && random.next() < 0.6 ? random.oneOf(zones).id : undefined;
    return { id: randomId(random, componentIds), kind: random.oneOf(KINDS), ...(name === undefined ? {} : { name }), ...(zone === undefined ? {} : { zone }) };
  });
  const calls = components.length < 2 ? [] : Array.from({ length: random.int(components.length * 2) }, (_, index) => {
    const from = random.oneOf(components).id;
    const to = random.oneOf(components.filter((component) => component.id !== from)).id;
    const label = random.next() < 0.5 ? randomName(random) : undefined;
    return { id: `c${index}`, from, to, mode: random.next() < 0.3 ? ('async' as const) : ('sync' as const), ...(label === undefined ? {} : { label }) };
  });
  const title = randomName(random);
  return {
    format: 'napkin-board',
    version: 1,
    ...(title === undefined ? {} : { title }),
    components,
    calls,
    zones: withParents,
  };
}

/**
 * What a reader of the board sees, by name rather than id (ids Mermaid cannot hold are renamed), in no
 * particular order (the flowchart lists each zone's contents together, not in file order).
 */
function seen(board: BoardFile) {
  const zoneName = new Map(board.zones.map((zone) => [zone.id, `${zone.name ?? '—'}/${zone.level}`]));
  const componentName = new Map(board.components.map((component) => [component.id, `${component.name ?? '—'}/${component.kind}`]));
  const sorted = <T>(items: T[]) => items.map((item) => JSON.stringify(item)).sort();
  return {
    title: board.title,
    zones: sorted(board.zones.map((zone) => [zoneName.get(zone.id), zone.parent === undefined ? null : zoneName.get(zone.parent)])),
    components: sorted(board.components.map((component) => [componentName.get(component.id), component.zone === undefined ? null : zoneName.get(component.zone)])),
    calls: sorted(board.calls.map((call) => [componentName.get(call.from), componentName.get(call.to), call.mode, call.label ?? null])),
  };
}

describe('Mermaid round trip', () => {
  it(`export → parse gives the same components, calls and zones (${BOARDS} seeded boards)`, () => {
    printSeed('mermaid round trip', SEED);
    const random = seededRandom(SEED);
    withSeed(SEED, () => {
      for (let board = 0; board < BOARDS; board += 1) {
        const original = randomBoard(random);
        const text = toMermaid(original);
        const result = parseMermaid(text);
        expect(result.problems, text).toEqual([]);
        expect(seen(result.board!), text).toEqual(seen(original));
        expect(result.unknownNames).toEqual([]);
      }
    });
  });

  it('keeps ids Mermaid can hold as they are', () => {
    const original: BoardFile = {
      format: 'napkin-board',
      version: 1,
      components: [
        { id: 'users', kind: 'web-client' },
        { id: 'api_1', kind: 'stateless-service', name: 'API', zone: 'eu' },
      ],
      calls: [{ id: 'c1', from: 'users', to: 'api_1', mode: 'sync' }],
      zones: [{ id: 'eu', level: 'region' }],
    };
    const board = parseMermaid(toMermaid(original)).board!;
    expect(board.components).toEqual(expect.arrayContaining(original.components));
    expect(board.components).toHaveLength(original.components.length);
    expect(board.zones).toEqual(original.zones);
    expect(board.calls.map(({ from, to, mode }) => ({ from, to, mode }))).toEqual([{ from: 'users', to: 'api_1', mode: 'sync' }]);
  });
});
