// What can be checked about citations without the playbook texts, which are not in the repository:
// every default is cited, names a known text and a section from the tables, and carries a fact in our
// words or a note. `pnpm check:citations <dir>` checks the same list against the texts themselves.
import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';
import { CITATIONS, citationsOf } from './citations';
import { describeFact, fact, figureWithUnit, GUIDE_SECTIONS, PLAYBOOK_SECTIONS, SEEDS, term } from './sourcing';

const DEFAULTS = CITATIONS.filter((citation) => !citation.label.startsWith('sections.'));
const KNOWN_SEEDS: ReadonlySet<string> = new Set(Object.values(SEEDS));
const TABLED: Readonly<Record<string, ReadonlySet<string>>> = {
  [SEEDS.playbook]: new Set(Object.values(PLAYBOOK_SECTIONS)),
  [SEEDS.interviewGuide]: new Set(Object.values(GUIDE_SECTIONS)),
};

describe('citations', () => {
  it('cover every default of every kind, and every network tier', () => {
    for (const kind of CATALOG) {
      const names = citationsOf(kind).map((citation) => citation.label);
      for (const field of ['capacityRps', 'p50', 'p99', 'availability', 'instances']) expect(names).toContain(`${kind.id}.${field}`);
    }
    expect(DEFAULTS.filter((citation) => citation.label.startsWith('network.'))).toHaveLength(5);
  });

  it('list every section of the tables once, so check:citations checks each heading', () => {
    const sections = CITATIONS.filter((citation) => citation.label.startsWith('sections.'));
    expect(sections).toHaveLength(Object.keys(PLAYBOOK_SECTIONS).length + Object.keys(GUIDE_SECTIONS).length);
  });

  it.each(DEFAULTS.map((citation) => [citation.label, citation.source] as const))(
    '%s names a known text, and a section of its table where the text has one',
    (_label, source) => {
      expect(KNOWN_SEEDS.has(source.seed), source.seed).toBe(true);
      expect(source.section.trim()).not.toBe('');
      const table = TABLED[source.seed];
      if (table !== undefined) expect(table.has(source.section), source.section).toBe(true);
    },
  );

  it.each(DEFAULTS.map((citation) => [citation.label, citation.source] as const))(
    '%s states a fact in plain ASCII, or explains itself in a note',
    (_label, source) => {
      expect((source.fact?.figure ?? '') + (source.note ?? '')).not.toBe('');
      if (source.fact === undefined) return;
      const { figure, unit, appliesTo } = source.fact;
      // The texts' garbled symbols belong to the texts; a fact is written the way we would write it.
      expect(figure).toMatch(/^[\x20-\x7e]+$/);
      expect(appliesTo.trim().length).toBeGreaterThan(3);
      if (unit !== undefined) expect(figure, 'a figure with a unit is a number').toMatch(/\d/);
    },
  );

  it('give an availability the text states as one percentage as the default itself', () => {
    const availabilities = CATALOG.map((kind) => [kind.id, kind.defaults.availability] as const);
    const stated = availabilities.filter(([, sourced]) => sourced.source.fact?.unit === '%' && /^\d+(\.\d+)?$/.test(sourced.source.fact.figure));
    expect(stated.length).toBeGreaterThan(30);
    for (const [id, sourced] of stated) expect(sourced.value * 100, id).toBeCloseTo(Number(sourced.source.fact?.figure), 6);
  });
});

describe('facts', () => {
  it('print the figure with its unit, then what it applies to', () => {
    expect(describeFact(fact('99.99', '%', 'the load balancer in the worked request path'))).toBe(
      '99.99% — the load balancer in the worked request path',
    );
    expect(figureWithUnit(fact('10-60', 'ms', 'a cross-region round trip'))).toBe('10-60 ms');
    expect(figureWithUnit(fact('3', '×', 'replication'))).toBe('3×');
    expect(describeFact(term('DLQ', 'where failing messages go'))).toBe('DLQ — where failing messages go');
  });
});
