// Keeps citations honest: every default names a seed section that exists, and every quote is
// found inside that very section of the text.
import { describe, expect, it } from 'vitest';
import { seedReader } from '../test/seed-sections';
import { CATALOG } from './catalog';
import { NETWORK_LATENCIES } from './network';
import { GUIDE_SECTIONS, PLAYBOOK_SECTIONS, SEEDS } from './sourcing';
import type { KindSpec, Source, Sourced } from './types';

function isSourced(value: unknown): value is Sourced<unknown> {
  return typeof value === 'object' && value !== null && 'source' in value && 'value' in value;
}

/** Every sourced figure of a kind, labelled "kind.field" for failure messages. */
function citationsOf(kind: KindSpec): readonly (readonly [string, Source])[] {
  const fields = [...Object.entries(kind.defaults), ...Object.entries(kind.traits)];
  return fields.filter(([, value]) => isSourced(value)).map(([name, value]) => [`${kind.id}.${name}`, (value as Sourced<unknown>).source]);
}

const ALL_CITATIONS: readonly (readonly [string, Source])[] = [
  ...CATALOG.flatMap(citationsOf),
  ...Object.values(NETWORK_LATENCIES).map((latency) => [`network.${latency.tier}`, latency.rtt.source] as const),
];

const KNOWN_SEEDS: ReadonlySet<string> = new Set(Object.values(SEEDS));
const read = seedReader();

describe('citations', () => {
  it('cover every default of every kind', () => {
    for (const kind of CATALOG) {
      const names = citationsOf(kind).map(([name]) => name);
      for (const field of ['capacityRps', 'p50', 'p99', 'availability', 'instances']) {
        expect(names).toContain(`${kind.id}.${field}`);
      }
    }
  });

  it.each(ALL_CITATIONS)('%s names a known seed and a section heading of it', (_name, source) => {
    expect(KNOWN_SEEDS.has(source.seed)).toBe(true);
    expect(source.section.trim()).not.toBe('');
    expect(read(source.seed).section(source.section), `heading "${source.section}" in ${source.seed}`).toBeDefined();
  });

  it.each(ALL_CITATIONS)('%s quotes its own section, or explains itself in a note', (_name, source) => {
    const quote = source.quote ?? '';
    const note = source.note ?? '';
    expect(quote.length + note.length).toBeGreaterThan(0);
    if (quote !== '') {
      const section = read(source.seed).section(source.section) ?? '';
      expect(section.includes(quote), `quote "${quote}" under "${source.section}" of ${source.seed}`).toBe(true);
    }
  });
});

describe('section tables', () => {
  it.each(Object.entries(PLAYBOOK_SECTIONS))('playbook section %s is a heading of seed 002', (_key, heading) => {
    expect(read(SEEDS.playbook).section(heading)).toBeDefined();
  });

  it.each(Object.entries(GUIDE_SECTIONS))('guide section %s is a heading of seed 003', (_key, heading) => {
    expect(read(SEEDS.interviewGuide).section(heading)).toBeDefined();
  });
});
