// Comparing our words with the playbook texts: finding a cited figure inside a section, and making sure
// a citation's own words copy no sentence. The texts reached us with a few symbols garbled
// (the README beside the texts): "Γ" is ×, "β" is →, ≈ or –, "Β§" is §, "Β΅s" is µs. Facts are written in plain
// ASCII ("10-60", "3x"), so both sides are brought to the same reading before comparing.

/** Garbled sequences with one meaning, replaced by that meaning. */
const UNAMBIGUOUS: readonly (readonly [string, string])[] = [
  ['Β΅', 'µ'],
  ['Β§', '§'],
  ['Γ', '×'],
];

/** The text as a person reads it, with runs of whitespace (line breaks in tables) made one space. */
export function readableText(text: string): string {
  let readable = text;
  for (const [garbled, meant] of UNAMBIGUOUS) readable = readable.split(garbled).join(meant);
  return readable.replace(/\s+/g, ' ');
}

/** "β" may stand for any of these, so in a figure each of them (and "-") matches any other or "β". */
const DASH_OR_ARROW = '[-–—→≈β]';
const ALNUM = /[A-Za-z0-9]/;

function escape(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

/** A pattern for the figure: dashes and arrows interchangeable, "x" after a digit as ×, any spacing. */
function figurePattern(figure: string): RegExp {
  const chars = [...figure.trim()];
  let body = '';
  chars.forEach((char, i) => {
    const afterDigit = /\d/.test(chars[i - 1] ?? '');
    if (/[-–—→≈]/.test(char)) body += DASH_OR_ARROW;
    else if (/[x×]/.test(char) && afterDigit) body += '[x×]';
    else if (/\s/.test(char)) body += '\\s*';
    else body += escape(char);
  });
  return new RegExp(`${tokenStart(chars[0] ?? '')}${body}${tokenEnd(chars[chars.length - 1] ?? '')}`, 'iu');
}

/** A figure starts a token: "10" is not found inside "110" or "1.10", nor "Raft" inside "ARaft". */
function tokenStart(first: string): string {
  return ALNUM.test(first) ? '(?<![A-Za-z0-9])(?<!\\d[.,])' : '';
}

/**
 * A figure ends a token: "10" is not found inside "100", "10.5", "10,000" or "10K", nor "DLQ" inside
 * "DLQs". A unit written against the number still ends it ("<1ms", "60s", "3x"), as the texts write them.
 */
function tokenEnd(last: string): string {
  if (/\d/.test(last)) return '(?!\\d)(?![.,]\\d)(?![KMGB](?![A-Za-z]))';
  return ALNUM.test(last) ? '(?![A-Za-z0-9])' : '';
}

/** Whether `figure` occurs in `text` as a whole token, reading the text's garbled symbols as meant. */
export function containsFigure(text: string, figure: string): boolean {
  if (figure.trim() === '') return false;
  return figurePattern(figure).test(readableText(text));
}

// Copying. The repository keeps no sentence of the playbook: a citation's note and what its fact
// applies to must not repeat a long run of the text's words. Short shared phrases ("cross-region round
// trip", a table's row label) are names, not sentences, and stay allowed.

/** Runs of this many words or more, in the same order, count as copying a sentence. */
export const COPIED_RUN_WORDS = 6;

/**
 * Lower-case words. Bare numbers are left out: a run of figures ("1 3 cache lookups 1 5 ms") is a table
 * row restated, not a sentence. The garbled "β" is a Greek letter but stands for a dash or an arrow.
 */
function words(text: string): string[] {
  const all = readableText(text).replace(/β/g, ' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return all.filter((word) => !/^\p{N}+$/u.test(word));
}

/** Every run of `COPIED_RUN_WORDS` consecutive words of a text, to look ours up in. */
export function wordRuns(text: string): ReadonlySet<string> {
  const all = words(text);
  const runs = new Set<string>();
  for (let i = 0; i + COPIED_RUN_WORDS <= all.length; i += 1) runs.add(all.slice(i, i + COPIED_RUN_WORDS).join(' '));
  return runs;
}

/** The longest run of `ours` that the text also has, if one is at least `COPIED_RUN_WORDS` long. */
export function copiedRun(ours: string, theirs: ReadonlySet<string>): string | undefined {
  const all = words(ours);
  let longest: string | undefined;
  for (let start = 0; start + COPIED_RUN_WORDS <= all.length; start += 1) {
    if (!theirs.has(all.slice(start, start + COPIED_RUN_WORDS).join(' '))) continue;
    let end = start + COPIED_RUN_WORDS;
    while (end < all.length && theirs.has(all.slice(end - COPIED_RUN_WORDS + 1, end + 1).join(' '))) end += 1;
    const run = all.slice(start, end).join(' ');
    if (longest === undefined || run.length > longest.length) longest = run;
  }
  return longest;
}
