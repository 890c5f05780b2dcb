// What reading a Mermaid flowchart found wrong, located by line (and column where one applies). An
// `error` means the text cannot be imported as written (nothing is made of it); a `warning` names
// something left out or read a particular way, and the rest is imported.

export interface MermaidProblem {
  /** 1-based line of the pasted text. */
  readonly line: number;
  /** 1-based column, where the problem is at one place in the line. */
  readonly column?: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** "line 3, column 7: expected a node id …", as the import's message shows it. */
export function formatProblem(problem: MermaidProblem): string {
  const where = problem.column === undefined ? `line ${problem.line}` : `line ${problem.line}, column ${problem.column}`;
  return `${where}: ${problem.message}`;
}
