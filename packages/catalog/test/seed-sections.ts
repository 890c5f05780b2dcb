// Test harness: reads the playbook texts and splits them into sections, so tests can check that a
// citation's section heading exists and that its quote sits inside that section (not elsewhere).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SEEDS } from '../src/sourcing';

/** The seeds live beside the work tree: /work/shared/seeds. */
export const SEEDS_DIR = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));

type HeadingTest = (lines: readonly string[], index: number) => boolean;

/** Each text marks its headings differently; these predicates mirror how each one prints them. */
const HEADINGS: Readonly<Record<string, HeadingTest>> = {
  // "5.4 Availability in Numbers", "12. ⚡ Caching"
  [SEEDS.playbook]: (lines, i) => /^\d{1,2}\.(\d{1,2})? \S/.test(lines[i] ?? ''),
  // A topic title is followed by a line like "8 questions…".
  [SEEDS.interviewGuide]: (lines, i) => /^\d+ questions/.test(lines[i + 1] ?? ''),
  // "5. Caching Strategies"
  [SEEDS.principalGuide]: (lines, i) => /^\d{1,2}\. \S/.test(lines[i] ?? ''),
  // Post titles stand alone between blank lines.
  [SEEDS.architecturePosts]: (lines, i) =>
    (lines[i] ?? '').trim() !== '' && (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '',
};

export interface SeedText {
  readonly lines: readonly string[];
  /** The text from the heading line `section` up to the next heading, or undefined if no such heading. */
  section(heading: string): string | undefined;
}

/**
 * A heading as a person reads it: the texts' emoji arrived garbled into runs of Greek letters and symbols
 * ("26. β οΈ Anti-Patterns to Avoid"), so whole words made only of such characters are dropped.
 */
export function readableHeading(line: string): string {
  return line
    .trim()
    .split(/\s+/)
    .filter((word) => !/^[^\p{ASCII}]+$/u.test(word) || /[\p{Script=Latin}\d]/u.test(word))
    .join(' ');
}

export function readSeed(seed: string): SeedText {
  const isHeading = HEADINGS[seed];
  if (isHeading === undefined) throw new Error(`no heading rule for seed ${seed}`);
  const lines = readFileSync(`${SEEDS_DIR}${seed}`, 'utf8').split(/\r?\n/);
  return {
    lines,
    section(heading) {
      const start = lines.findIndex((line, i) => (line.trim() === heading || readableHeading(line) === heading) && isHeading(lines, i));
      if (start < 0) return undefined;
      let end = start + 1;
      while (end < lines.length && !isHeading(lines, end)) end += 1;
      return lines.slice(start, end).join('\n');
    },
  };
}

/** Reads each seed once per test run. */
export function seedReader(): (seed: string) => SeedText {
  const cache = new Map<string, SeedText>();
  return (seed) => {
    const cached = cache.get(seed);
    if (cached !== undefined) return cached;
    const text = readSeed(seed);
    cache.set(seed, text);
    return text;
  };
}
