// Reads the playbook texts from a directory given at run time and splits each into sections by its own
// heading style, so a citation's figure is looked for in the section it names, not anywhere in the file.
// Used by `check:citations` only: nothing in the catalog's runtime or unit tests reads the texts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS } from '../src/sourcing';

type HeadingTest = (lines: readonly string[], index: number) => boolean;

/** Each text marks its headings differently; these predicates mirror how each one prints them. */
const HEADINGS: Readonly<Record<string, HeadingTest>> = {
  // "5.4 Availability in Numbers", "12. <emoji> Caching"
  [SEEDS.playbook]: (lines, i) => /^\d{1,2}\.(\d{1,2})? \S/.test(lines[i] ?? ''),
  // A topic title is followed by a line like "8 questions…".
  [SEEDS.interviewGuide]: (lines, i) => /^\d+ questions/.test(lines[i + 1] ?? ''),
  // "5. Caching Strategies"
  [SEEDS.principalGuide]: (lines, i) => /^\d{1,2}\. \S/.test(lines[i] ?? ''),
  // Post titles stand alone between blank lines.
  [SEEDS.architecturePosts]: (lines, i) =>
    (lines[i] ?? '').trim() !== '' && (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '',
};

/** Design notes beside the texts are Markdown: "## The graph". */
const markdownHeading: HeadingTest = (lines, i) => /^#{1,6} \S/.test(lines[i] ?? '');

function headingTestFor(file: string): HeadingTest | undefined {
  return HEADINGS[file] ?? (file.endsWith('.md') ? markdownHeading : undefined);
}

/**
 * A heading as a person reads it: Markdown's "#" marks go, and the texts' emoji, which arrived garbled
 * into runs of Greek letters and symbols ("26. β οΈ Anti-Patterns to Avoid"), are dropped word by word.
 */
export function readableHeading(line: string): string {
  return line
    .trim()
    .replace(/^#+\s+/, '')
    .split(/\s+/)
    .filter((word) => !/^[^\p{ASCII}]+$/u.test(word) || /[\p{Script=Latin}\d]/u.test(word))
    .join(' ');
}

export interface Section {
  /** The heading as a person reads it (see `readableHeading`). */
  readonly heading: string;
  /** The heading line and every line up to the next heading. */
  readonly text: string;
}

export interface PlaybookText {
  readonly file: string;
  /** The whole text as read. */
  readonly content: string;
  readonly sections: readonly Section[];
  /** The section whose heading line reads `heading` (as printed or as a person reads it). */
  section(heading: string): Section | undefined;
}

export type OpenedText = { readonly ok: true; readonly text: PlaybookText } | { readonly ok: false; readonly problem: string };

export function splitSections(file: string, content: string): PlaybookText | undefined {
  const isHeading = headingTestFor(file);
  if (isHeading === undefined) return undefined;
  const lines = content.split(/\r?\n/);
  const starts = lines.flatMap((_line, i) => (isHeading(lines, i) ? [i] : []));
  const sections = starts.map((start, n) => ({
    raw: (lines[start] ?? '').trim(),
    heading: readableHeading(lines[start] ?? ''),
    text: lines.slice(start, starts[n + 1] ?? lines.length).join('\n'),
  }));
  return {
    file,
    content,
    sections: sections.map(({ heading, text }) => ({ heading, text })),
    section: (heading) => sections.find((section) => section.raw === heading || section.heading === heading),
  };
}

/** Opens texts by file name relative to `dir`, each read once; says why when one cannot be used. */
export function textLibrary(dir: string): (file: string) => OpenedText {
  const opened = new Map<string, OpenedText>();
  const open = (file: string): OpenedText => {
    const path = join(dir, file);
    if (!existsSync(path)) return { ok: false, problem: `file ${file} not found in ${dir}` };
    const text = splitSections(file, readFileSync(path, 'utf8'));
    if (text === undefined) return { ok: false, problem: `no heading rule for ${file} (scripts/text-sections.ts)` };
    return { ok: true, text };
  };
  return (file) => {
    const known = opened.get(file);
    if (known !== undefined) return known;
    const result = open(file);
    opened.set(file, result);
    return result;
  };
}
