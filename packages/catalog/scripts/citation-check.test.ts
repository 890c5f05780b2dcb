// The checker on the fixture texts: citations that hold pass, and each kind of broken citation is
// reported under its name with what is wrong, so a failing run says what to fix.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CITATIONS as FAILING } from '../test/fixtures/citations-that-fail';
import { CITATIONS as HOLDING } from '../test/fixtures/citations-that-hold';
import { checkCitations, formatReport } from './citation-check';
import { textLibrary } from './text-sections';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/shared/seeds/', import.meta.url));

function problems(citations: Parameters<typeof checkCitations>[0]): Record<string, string[]> {
  const byLabel: Record<string, string[]> = {};
  for (const { citation, problem } of checkCitations(citations, textLibrary(FIXTURES)).failures) {
    (byLabel[citation.label] ??= []).push(problem);
  }
  return byLabel;
}

describe('checkCitations', () => {
  it('passes citations whose file, section and figure are all there', () => {
    const report = checkCitations(HOLDING, textLibrary(FIXTURES));
    expect(report).toEqual({ checked: HOLDING.length, failures: [] });
  });

  it('reports each broken citation under its name, and only those', () => {
    const found = problems([...HOLDING, ...FAILING]);
    expect(Object.keys(found).sort()).toEqual(FAILING.map((citation) => citation.label).sort());
  });

  it('says which file is missing and which has no heading rule', () => {
    const found = problems(FAILING);
    expect(found['missing-file']).toEqual([`file 005_not_there.txt not found in ${FIXTURES}`]);
    expect(found['no-heading-rule']?.[0]).toMatch(/^no heading rule for 000_3aaba4e5862ea097\.txt/);
  });

  it('says which section is missing from which file', () => {
    const found = problems(FAILING);
    expect(found['missing-section']).toEqual(['no section "4.3 Toy Latency" in 002_d2e8851c35a8764a.txt']);
    expect(found['section-of-another-text']).toEqual(['no section "Warmup" in 002_d2e8851c35a8764a.txt']);
  });

  it('says where a figure is when it is not in the cited section, or that it is nowhere', () => {
    const found = problems(FAILING);
    expect(found['figure-in-another-section']).toEqual([
      'figure "99.5" is not in section "4.1 Queue Sizing" of 002_d2e8851c35a8764a.txt (it is in "4.2 Toy Availability")',
    ]);
    expect(found['figure-nowhere']?.[0]).toMatch(/figure "99\.9" is not in section .* \(nor anywhere else in the file\)$/);
    expect(found['figure-inside-a-longer-number']?.[0]).toMatch(/^figure "1" is not in section "4\.2 Toy Availability"/);
  });

  it('rejects a note that repeats a run of the text word for word', () => {
    expect(problems(FAILING)['copied-note']).toEqual(['its note repeats the text word for word: "they grow until the box falls over"']);
  });
});

describe('formatReport', () => {
  it('lists every failure by name and counts failing citations, not problems', () => {
    const report = checkCitations([...HOLDING, ...FAILING], textLibrary(FIXTURES));
    const text = formatReport(report, '/texts');
    expect(text.split('\n')).toHaveLength(FAILING.length + 1);
    expect(text).toContain('  ✗ missing-section: no section "4.3 Toy Latency"');
    expect(text.endsWith(`check:citations: ${FAILING.length} of ${HOLDING.length + FAILING.length} citations fail against /texts`)).toBe(true);
  });

  it('says all citations hold when none fails', () => {
    expect(formatReport({ checked: 3, failures: [] }, '/texts')).toBe('check:citations: all 3 citations hold against /texts');
  });
});
