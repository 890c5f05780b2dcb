// Reading a pasted Mermaid flowchart into a board file. Never throws: the answer is a board, or null with
// the problems that stop it, each located by line. Any error means no board (a paste is all or nothing,
// like a board file); warnings say what was left out. The board is checked by `parseBoard`, the one reader
// of board files, before it is handed back, so what comes out is a board file any reader accepts.
import type { BoardFile } from '@napkin/fields';
import { parseBoard } from '@napkin/fields';
import { readFlowchart } from './parse/document.js';
import type { MermaidProblem } from './parse/problems.js';
import { boardFromGraph } from './parse/toBoard.js';
import type { MermaidGuess } from './parse/toBoard.js';

export interface MermaidParseResult {
  /** Null when any problem is an error. No positions: the import lays it out. */
  readonly board: BoardFile | null;
  readonly problems: readonly MermaidProblem[];
  /** How each component's kind and each zone's level was decided (in the order they were written). */
  readonly guesses: readonly MermaidGuess[];
  /** Names no rule recognised, which became stateless services: what the import's message lists. */
  readonly unknownNames: readonly string[];
}

/** More than this is not a sketch to paste; a board file is the way to bring it in. */
export const MERMAID_LIMITS = { characters: 1_000_000, nodes: 2_000, edges: 10_000 } as const;

export function parseMermaid(text: string): MermaidParseResult {
  const problems: MermaidProblem[] = [];
  const refuse = (message: string): MermaidParseResult => ({ board: null, problems: [...problems, { line: 1, severity: 'error', message }], guesses: [], unknownNames: [] });
  if (text.length > MERMAID_LIMITS.characters) return refuse(`the text is ${text.length.toLocaleString('en')} characters long; at most ${MERMAID_LIMITS.characters.toLocaleString('en')} are read`);

  const graph = readFlowchart(text, problems);
  if (graph === null) return { board: null, problems, guesses: [], unknownNames: [] };
  if (graph.nodes.size === 0 && !problems.some((problem) => problem.severity === 'error')) return refuse('the flowchart has no nodes: write at least one, e.g. "api[Orders API] --> db[(Postgres)]"');
  if (graph.nodes.size > MERMAID_LIMITS.nodes) return refuse(`the flowchart has ${graph.nodes.size} nodes; at most ${MERMAID_LIMITS.nodes} are imported`);
  if (graph.edges.length > MERMAID_LIMITS.edges) return refuse(`the flowchart has ${graph.edges.length} links; at most ${MERMAID_LIMITS.edges} are imported`);

  const { board, guesses } = boardFromGraph(graph, problems);
  const checked = parseBoard(board);
  for (const error of checked.errors) problems.push({ line: 1, severity: 'error', message: `${error.path}: ${error.message}` });
  const failed = problems.some((problem) => problem.severity === 'error');
  return {
    board: failed ? null : checked.board,
    problems: [...problems].sort((a, b) => a.line - b.line),
    guesses,
    unknownNames: guesses.filter((guess) => guess.element === 'component' && guess.basis === 'unknown').map((guess) => guess.name),
  };
}
