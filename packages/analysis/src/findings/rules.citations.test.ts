// Keeps the linter's citations honest the same way the catalog keeps its defaults honest: every rule
// names a seed the catalog knows, a heading that seed really prints, and a quote found inside that
// very section (not merely somewhere in the file). The seed reader is the catalog's own harness.
import { SEEDS } from '@napkin/catalog';
import { seedReader } from '@napkin/catalog/seed-sections';
import { describe, expect, it } from 'vitest';
import { RULES } from './rules';

const KNOWN_SEEDS: ReadonlySet<string> = new Set(Object.values(SEEDS));
const read = seedReader();
const citations = Object.entries(RULES).map(([id, rule]) => [id, rule.source] as const);

describe('finding citations', () => {
  it.each(citations)('%s names a known seed and a section heading of it', (_id, source) => {
    expect(KNOWN_SEEDS.has(source.seed), source.seed).toBe(true);
    expect(read(source.seed).section(source.section), `heading "${source.section}" in ${source.seed}`).toBeDefined();
  });

  it.each(citations)('%s quotes its own section, or explains itself in a note', (_id, source) => {
    const quote = source.quote ?? '';
    expect(quote.length + (source.note ?? '').length).toBeGreaterThan(0);
    if (quote !== '') {
      const text = read(source.seed).section(source.section) ?? '';
      expect(text.includes(quote), `quote "${quote}" under "${source.section}" of ${source.seed}`).toBe(true);
    }
  });
});
