// The checks `pnpm check:citations` runs on every citation, against the playbook texts: the file is
// there, the section it names is a heading of that file, the fact's figure is inside that section, and
// the citation's own words copy no sentence of the text. Pure apart from the text opener it is given.
import type { Citation } from '../src/types';
import { containsFigure, copiedRun, wordRuns } from './text-matching';
import type { OpenedText, PlaybookText } from './text-sections';

export interface CitationFailure {
  readonly citation: Citation;
  readonly problem: string;
}

export interface CheckReport {
  readonly checked: number;
  readonly failures: readonly CitationFailure[];
}

/** Where else in the file a figure occurs, so a failure says whether the section or the figure is off. */
function elsewhere(text: PlaybookText, figure: string): string {
  const headings = text.sections.filter((section) => containsFigure(section.text, figure)).map((section) => `"${section.heading}"`);
  if (headings.length === 0) return 'nor anywhere else in the file';
  const shown = headings.slice(0, 3).join(', ');
  return `it is in ${shown}${headings.length > 3 ? ` and ${headings.length - 3} more` : ''}`;
}

function problemsOf(citation: Citation, open: (file: string) => OpenedText, runsOf: (text: PlaybookText) => ReadonlySet<string>): string[] {
  const { seed, section: heading, fact, note } = citation.source;
  const opened = open(seed);
  if (!opened.ok) return [opened.problem];
  const section = opened.text.section(heading);
  if (section === undefined) return [`no section "${heading}" in ${seed}`];
  const problems: string[] = [];
  if (fact !== undefined) {
    if (fact.figure.trim() === '') problems.push('its fact has an empty figure');
    else if (!containsFigure(section.text, fact.figure)) {
      problems.push(`figure "${fact.figure}" is not in section "${heading}" of ${seed} (${elsewhere(opened.text, fact.figure)})`);
    }
  }
  const ownWords = [['note', note], ['fact', fact?.appliesTo]] as const;
  for (const [what, words] of ownWords) {
    const copied = words === undefined ? undefined : copiedRun(words, runsOf(opened.text));
    if (copied !== undefined) problems.push(`its ${what} repeats the text word for word: "${copied}"`);
  }
  return problems;
}

export function checkCitations(citations: readonly Citation[], open: (file: string) => OpenedText): CheckReport {
  const runs = new Map<string, ReadonlySet<string>>();
  const runsOf = (text: PlaybookText) => {
    const known = runs.get(text.file) ?? wordRuns(text.content);
    runs.set(text.file, known);
    return known;
  };
  const failures = citations.flatMap((citation) => problemsOf(citation, open, runsOf).map((problem) => ({ citation, problem })));
  return { checked: citations.length, failures };
}

/** What the command prints: one line per failure, named by citation, then the count. */
export function formatReport(report: CheckReport, textsDir: string): string {
  const failed = new Set(report.failures.map((failure) => failure.citation)).size;
  const lines = report.failures.map((failure) => `  ✗ ${failure.citation.label}: ${failure.problem}`);
  const summary =
    failed === 0
      ? `check:citations: all ${report.checked} citations hold against ${textsDir}`
      : `check:citations: ${failed} of ${report.checked} citations fail against ${textsDir}`;
  return [...lines, summary].join('\n');
}
