// The flowchart as a whole: an optional front matter (`title:`), the `flowchart`/`graph` header, then
// statements line by line: chains of nodes and links, `subgraph … end` blocks, and styling lines
// (`classDef`, `style`, `click`, …), which carry nothing a board holds and are passed over. What comes
// out is the graph as written (nodes in the order first seen, edges, subgraphs); `toBoard.ts` makes it a
// board file.
import type { Shape } from '../kinds.js';
import { Cursor, SyntaxProblem } from './cursor.js';
import type { MermaidProblem } from './problems.js';
import { readChain } from './statement.js';
import type { LinkMode } from './statement.js';

export interface GraphNode {
  readonly id: string;
  label?: string;
  shape?: Shape;
  /** The innermost subgraph it was first mentioned in. */
  subgraph?: string;
  readonly line: number;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly mode: LinkMode;
  readonly label?: string;
  readonly line: number;
}

export interface GraphSubgraph {
  readonly id: string;
  /** The title as written (markup still in it); absent when the header gave only an id. */
  readonly title?: string;
  readonly parent?: string;
  readonly line: number;
}

export interface FlowchartGraph {
  readonly title?: string;
  readonly nodes: ReadonlyMap<string, GraphNode>;
  readonly edges: readonly GraphEdge[];
  readonly subgraphs: ReadonlyMap<string, GraphSubgraph>;
}

const HEADER = /(?:graph|flowchart)(?:\s+(?:TB|TD|BT|RL|LR))?\s*(?=;|$)/y;
const OTHER_DIAGRAM = /^(sequenceDiagram|classDiagram(?:-v2)?|stateDiagram(?:-v2)?|erDiagram|gantt|pie|journey|gitGraph|mindmap|timeline|quadrantChart|requirementDiagram|C4\w*|sankey(?:-beta)?|xychart(?:-beta)?|block(?:-beta)?|packet(?:-beta)?|architecture(?:-beta)?|kanban)\b/;
const KEYWORD = /(subgraph|end|direction|classDef|class|style|linkStyle|click|accTitle|accDescr)(?![A-Za-z0-9_-])/y;
const SUBGRAPH_WITH_TITLE = /^([A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*)\s*\[\s*("[^"]*"|[^\]]*)\s*\]\s*;?$/;
const SUBGRAPH_ID_ONLY = /^([A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*)\s*;?$/;

export function readFlowchart(text: string, problems: MermaidProblem[]): FlowchartGraph | null {
  const lines = text.split(/\r\n|\r|\n/);
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const subgraphs = new Map<string, GraphSubgraph>();
  const open: string[] = [];
  let title: string | undefined;
  let index = 0;

  // Front matter: `---`, `title: …`, `---` before the header.
  const firstReal = lines.findIndex((line) => line.trim() !== '');
  if (firstReal >= 0 && lines[firstReal]?.trim() === '---') {
    const close = lines.findIndex((line, at) => at > firstReal && line.trim() === '---');
    if (close < 0) {
      problems.push({ line: firstReal + 1, severity: 'error', message: 'the front matter opened with "---" is never closed with "---"' });
      return null;
    }
    for (const line of lines.slice(firstReal + 1, close)) {
      const found = /^\s*title:\s*(.*)$/.exec(line);
      if (found?.[1] !== undefined) title = yamlScalar(found[1]);
    }
    index = close + 1;
  }

  let header = false;
  for (; index < lines.length; index += 1) {
    const number = index + 1;
    const raw = lines[index] ?? '';
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('%%')) continue;
    const cursor = new Cursor(raw);
    cursor.skipSpaces();
    if (!header) {
      if (cursor.match(HEADER) === null) {
        const other = OTHER_DIAGRAM.exec(trimmed)?.[1];
        const message = other !== undefined
          ? `this is a ${other}, not a flowchart: only flowcharts can be imported (start with "flowchart LR" or "graph TD")`
          : `a Mermaid flowchart starts with "flowchart LR" or "graph TD" (any of TB, TD, BT, RL, LR), found "${trimmed.slice(0, 40)}"`;
        problems.push({ line: number, column: cursor.column, severity: 'error', message });
        return null;
      }
      header = true;
    }
    try {
      readStatements(cursor, number);
    } catch (error) {
      if (!(error instanceof SyntaxProblem)) throw error;
      problems.push({ line: number, column: error.column, severity: 'error', message: error.message });
    }
  }
  if (!header) {
    problems.push({ line: 1, severity: 'error', message: 'there is no flowchart here: a Mermaid flowchart starts with "flowchart LR" or "graph TD"' });
    return null;
  }
  for (const id of open) {
    problems.push({ line: subgraphs.get(id)?.line ?? lines.length, severity: 'error', message: `subgraph "${id}" is never closed with "end"` });
  }
  return { ...(title === undefined ? {} : { title }), nodes, edges, subgraphs };

  function readStatements(cursor: Cursor, line: number): void {
    while (!cursor.atEnd()) {
      cursor.skipSpaces();
      if (cursor.atEnd() || cursor.startsWith('%%')) return;
      if (cursor.eat(';')) continue;
      const keyword = cursor.match(KEYWORD)?.[1];
      if (keyword === 'subgraph') {
        openSubgraph(cursor, line);
        return;
      }
      if (keyword === 'end') {
        if (open.pop() === undefined) cursor.fail('"end" closes no subgraph');
        continue;
      }
      if (keyword === 'direction') {
        if (cursor.match(/\s+(TB|TD|BT|RL|LR)\b/y) === null) cursor.fail('"direction" needs one of TB, TD, BT, RL, LR');
        continue;
      }
      // Styling, links to pages and accessibility text: nothing a board holds.
      if (keyword !== undefined) return;
      const chain = readChain(cursor);
      const subgraph = open.at(-1);
      for (const group of chain.groups) {
        for (const mention of group) {
          let node = nodes.get(mention.id);
          if (node === undefined) {
            node = { id: mention.id, line };
            nodes.set(mention.id, node);
          }
          // Mermaid keeps the last label and shape given; a node belongs to the first subgraph it appears in.
          if (mention.label !== undefined) node.label = mention.label;
          if (mention.shape !== undefined) node.shape = mention.shape;
          if (node.subgraph === undefined && subgraph !== undefined) node.subgraph = subgraph;
        }
      }
      chain.links.forEach((link, at) => {
        for (const from of chain.groups[at] ?? []) {
          for (const to of chain.groups[at + 1] ?? []) {
            const label = link.label === undefined ? {} : { label: link.label };
            edges.push({ from: from.id, to: to.id, mode: link.mode, ...label, line });
            if (link.bothWays) edges.push({ from: to.id, to: from.id, mode: link.mode, ...label, line });
          }
        }
      });
    }
  }

  function openSubgraph(cursor: Cursor, line: number): void {
    const header = cursor.takeRest().trim();
    if (header === '') cursor.fail('"subgraph" needs an id or a title');
    const withTitle = SUBGRAPH_WITH_TITLE.exec(header);
    const idOnly = SUBGRAPH_ID_ONLY.exec(header);
    const wanted = withTitle?.[1] ?? idOnly?.[1] ?? slug(header);
    const id = unique(wanted, (candidate) => subgraphs.has(candidate));
    const written = withTitle?.[2] ?? (idOnly === null ? header.replace(/;$/, '') : undefined);
    const titleText = written === undefined ? undefined : unquote(written.trim());
    const parent = open.at(-1);
    subgraphs.set(id, { id, ...(titleText === undefined || titleText === '' ? {} : { title: titleText }), ...(parent === undefined ? {} : { parent }), line });
    open.push(id);
  }
}

function unquote(text: string): string {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
}

/** A YAML scalar as front matter writes a title: plain, 'single' or "double" quoted (JSON escapes). */
function yamlScalar(raw: string): string {
  const text = raw.trim();
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // Not JSON after all: keep what is between the quotes.
    }
    return text.slice(1, -1);
  }
  if (text.startsWith("'") && text.endsWith("'") && text.length >= 2) return text.slice(1, -1).replace(/''/g, "'");
  return text;
}

/** An id from a title: "Europe West" → "Europe_West". */
export function slug(text: string): string {
  const cleaned = text.replace(/^"|"$/g, '').replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 56);
  return cleaned === '' ? 'subgraph' : cleaned;
}

export function unique(wanted: string, taken: (candidate: string) => boolean): string {
  let candidate = wanted;
  for (let n = 2; taken(candidate); n += 1) candidate = `${wanted}_${n}`;
  return candidate;
}
