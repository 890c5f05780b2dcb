// What a pasted or dropped text is, read and checked before anything is written: a Napkin board file
// (JSON, the clipboard format of copy and paste too), a Mermaid flowchart (also inside a Markdown
// ```mermaid block), or neither, which the board leaves alone. A board file with any problem is refused
// whole, naming each problem and where it is (a misspelt field with what was meant); so is a flowchart with
// any error. A kind written by its common name (`postgres`) is read as the catalog's kind.
import { parseBoard } from '@napkin/analysis';
import type { BoardFile } from '@napkin/fields';
import { formatProblem, parseMermaid } from '@napkin/mermaid';

export type ImportReading =
  | {
      readonly kind: 'board';
      readonly file: BoardFile;
      readonly from: 'board file' | 'Mermaid flowchart' | 'reference architecture';
      /** Node names no rule recognised, which became stateless services. */
      readonly unknownNames: readonly string[];
      /** What was left out or read a particular way, located ("line 4: …"). */
      readonly warnings: readonly string[];
    }
  | { readonly kind: 'refused'; readonly title: string; readonly details: readonly string[] }
  /** Neither a board file nor a flowchart: a paste meant for something else. */
  | { readonly kind: 'not-ours' };

/** Far beyond any board the relay accepts; a larger text is refused before it is parsed. */
export const IMPORT_TEXT_LIMIT = 5_000_000;
/** A refusal lists this many problems and counts the rest. */
const SHOWN_PROBLEMS = 8;

const MERMAID_START = /^(?:---|%%|graph\b|flowchart\b|sequenceDiagram|classDiagram|stateDiagram|erDiagram|gantt|pie\b|journey|gitGraph|mindmap|timeline)/;
const MERMAID_FENCE = /```mermaid[^\n]*\n([\s\S]*?)```/;

export function readImportText(text: string, hint?: 'board file' | 'Mermaid flowchart'): ImportReading {
  if (text.length > IMPORT_TEXT_LIMIT) {
    return refused('This is too large to import', [`${(text.length / 1e6).toFixed(1)} MB of text; at most ${IMPORT_TEXT_LIMIT / 1e6} MB can be imported.`]);
  }
  const fenced = MERMAID_FENCE.exec(text)?.[1];
  const trimmed = (fenced ?? text).trim();
  if (hint === 'board file' || (hint === undefined && fenced === undefined && trimmed.startsWith('{'))) return readBoardFile(trimmed);
  if (hint === 'Mermaid flowchart' || fenced !== undefined || MERMAID_START.test(trimmed)) return readFlowchart(trimmed);
  return { kind: 'not-ours' };
}

function readBoardFile(text: string): ImportReading {
  const { board, errors } = parseBoard(text);
  const listed = errors.map((error) => `${error.path}: ${error.message}`);
  if (board === null) return refused('This is not a Napkin board file; nothing was imported', listed);
  if (errors.length > 0) {
    const count = errors.length === 1 ? 'a problem' : `${errors.length} problems`;
    return refused(`The board file has ${count}; nothing was imported`, listed);
  }
  return { kind: 'board', file: board, from: 'board file', unknownNames: [], warnings: [] };
}

function readFlowchart(text: string): ImportReading {
  const result = parseMermaid(text);
  if (result.board === null) {
    const errors = result.problems.filter((problem) => problem.severity === 'error').map(formatProblem);
    return refused('The Mermaid flowchart could not be read; nothing was imported', errors);
  }
  const warnings = result.problems.filter((problem) => problem.severity === 'warning').map(formatProblem);
  return { kind: 'board', file: result.board, from: 'Mermaid flowchart', unknownNames: result.unknownNames, warnings };
}

function refused(title: string, problems: readonly string[]): ImportReading {
  const shown = problems.slice(0, SHOWN_PROBLEMS);
  const more = problems.length - shown.length;
  return { kind: 'refused', title, details: more > 0 ? [...shown, `… and ${more} more`] : shown };
}

/** What a dropped file's name says it holds, when it says. */
export function hintFromFileName(name: string): 'board file' | 'Mermaid flowchart' | undefined {
  if (/\.json$/i.test(name)) return 'board file';
  if (/\.(mmd|mermaid)$/i.test(name)) return 'Mermaid flowchart';
  return undefined;
}
