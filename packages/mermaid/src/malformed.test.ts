// Text that is not a flowchart we can read: no board at all, and a message that says where (line and
// column) and what to write instead. A paste is all or nothing, so one bad line refuses the whole text.
import { describe, expect, it } from 'vitest';
import { formatProblem, parseMermaid } from './index.js';

/** The text, the line and column of its first error, and words the message must hold. */
const CASES: readonly (readonly [what: string, text: string, line: number, column: number | undefined, says: RegExp])[] = [
  ['another kind of diagram', 'sequenceDiagram\n  a->>b: hi', 1, 1, /sequenceDiagram, not a flowchart/],
  ['no header', 'a --> b', 1, 1, /starts with "flowchart LR" or "graph TD"/],
  ['an empty text', '   \n\n', 1, undefined, /no flowchart here/],
  ['a header with nothing under it', 'flowchart LR\n', 1, undefined, /has no nodes/],
  ['a link with no node after it', 'graph TD\n  a -->', 2, 8, /needs a node after it/],
  ['an unclosed label', 'graph TD\n  a[Orders --> b', 2, 5, /label of "a" is not closed: expected '\]'/],
  ['an unclosed quote', 'graph TD\n  a["Orders] --> b', 2, 5, /opens a quote that is never closed/],
  ['a wrong closer', 'graph TD\n  a[("Orders"] --> b', 2, 14, /expected '\)\]' to close the label of "a"/],
  ['an unfinished text link', 'graph TD\n  a -- writes b', 2, 5, /link "-- …" is not finished/],
  ['a two-dash link', 'graph TD\n  a --b', 2, 5, /"--" is not a link/],
  ['an unclosed pipe label', 'graph TD\n  a -->|writes b', 2, 8, /not closed with "\|"/],
  ['a left arrow only', 'graph TD\n  a <-- b', 2, 5, /must end with ">"/],
  ['junk after a node', 'graph TD\n  a --> b c', 2, 11, /expected a link .* found "c"/],
  ['a stray end', 'graph TD\n  a --> b\n  end', 3, 6, /closes no subgraph/],
  ['an unclosed subgraph', 'graph TD\n  subgraph eu\n    a --> b', 2, undefined, /subgraph "eu" is never closed/],
  ['the new node syntax', 'graph TD\n  a@{ shape: cyl, label: "DB" }', 2, 4, /@\{ … \} node syntax is not read/],
  ['an unclosed front matter', '---\ntitle: x\nflowchart LR\n a --> b', 1, undefined, /front matter .* never closed/],
  ['a bad direction', 'graph TD\n  subgraph x\n    direction sideways\n  end', 3, 14, /"direction" needs one of/],
];

describe('parseMermaid: malformed text', () => {
  it.each(CASES)('%s: no board, and the error names line and column', (_what, text, line, column, says) => {
    const result = parseMermaid(text);
    expect(result.board).toBeNull();
    const first = result.problems.find((problem) => problem.severity === 'error');
    expect(first).toMatchObject({ line, ...(column === undefined ? {} : { column }) });
    expect(first?.message).toMatch(says);
  });

  it('reports every bad line, not only the first, and formats each with its place', () => {
    const result = parseMermaid('graph TD\n  a -->\n  b --> c\n  d[oops');
    expect(result.board).toBeNull();
    expect(result.problems.map(formatProblem)).toEqual([
      'line 2, column 8: a link needs a node after it, found the end of the line',
      `line 4, column 5: the label of "d" is not closed: expected ']'`,
    ]);
  });

  it('refuses more nodes than a paste is for', () => {
    const text = `graph LR\n${Array.from({ length: 2_001 }, (_, index) => `n${index}`).join('\n')}`;
    const result = parseMermaid(text);
    expect(result.board).toBeNull();
    expect(result.problems[0]?.message).toMatch(/2001 nodes; at most 2000/);
  });

  it('never throws on arbitrary text', () => {
    const samples = ['graph', 'graph TD\n[[[', 'graph TD\n a-.', 'graph TD\n a -. x', 'graph TD\n &', 'graph TD\n a & --> b', 'graph TD\n subgraph', '---', 'graph TD\n a["x"y]'];
    for (const text of samples) {
      const result = parseMermaid(text);
      expect(result.board === null || result.problems.every((problem) => problem.severity === 'warning')).toBe(true);
    }
  });
});
