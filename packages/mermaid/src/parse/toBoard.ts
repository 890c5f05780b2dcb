// A read flowchart as a board file: nodes become components, edges calls, subgraphs zones. A node's kind
// is the one its label names on its last line (as `toMermaid` writes it), else the one its name suggests
// (`guessKind`), else a data store for a cylinder, else a stateless service; each decision is recorded
// so the import can say which names it did not recognise. No positions: the import lays the board out.
import type { BoardFile, BoardFileCall, BoardFileComponent, BoardFileZone, ZoneLevel } from '@napkin/fields';
import { BOARD_FORMAT, BOARD_VERSION, ID_PATTERN } from '@napkin/fields';
import type { CallMode } from '@napkin/fields';
import { defaultCallMode, getKind } from '@napkin/catalog';
import { guessKind, guessZoneLevel, UNKNOWN_NAME_KIND } from '../guessKind.js';
import { kindLabel, kindNamedBy, levelLabel, levelNamedBy } from '../kinds.js';
import type { Shape } from '../kinds.js';
import { labelLines } from '../text.js';
import type { FlowchartGraph, GraphNode, GraphSubgraph } from './document.js';
import { unique } from './document.js';
import type { MermaidProblem } from './problems.js';

/** How an element's kind (a component's) or level (a zone's) was decided. */
export type GuessBasis = 'label' | 'name' | 'shape' | 'unknown';

export interface MermaidGuess {
  readonly element: 'component' | 'zone';
  readonly id: string;
  /** The name as the board shows it. */
  readonly name: string;
  /** A component's kind id, or a zone's level. */
  readonly kind: string;
  readonly basis: GuessBasis;
}

/** As the fields declare it: longer names and labels are cut, with a warning. */
const NAME_LIMIT = 200;
/** A store drawn as a cylinder with a name no rule knows is still a store. */
const SHAPE_KINDS: Partial<Record<Shape, string>> = { cylinder: 'relational-primary' };
/** A subgraph whose title names no level is taken as the smallest frame. */
const DEFAULT_LEVEL: ZoneLevel = 'availability-zone';

export function boardFromGraph(graph: FlowchartGraph, problems: MermaidProblem[]): { board: BoardFile; guesses: MermaidGuess[] } {
  const guesses: MermaidGuess[] = [];
  const zoneIds = boardIds([...graph.subgraphs.keys()]);
  const componentIds = boardIds([...graph.nodes.keys()]);

  const zones = [...graph.subgraphs.values()].map((subgraph): BoardFileZone => {
    const id = zoneIds.get(subgraph.id) ?? subgraph.id;
    const { name, level, basis } = readZoneTitle(subgraph, problems);
    guesses.push({ element: 'zone', id, name: name ?? levelLabel(level), kind: level, basis });
    const parent = subgraph.parent === undefined ? undefined : zoneIds.get(subgraph.parent);
    return { id, level, ...(name === undefined ? {} : { name }), ...(parent === undefined ? {} : { parent }) };
  });

  const components: BoardFileComponent[] = [];
  for (const node of graph.nodes.values()) {
    if (graph.subgraphs.has(node.id)) continue;
    const id = componentIds.get(node.id) ?? node.id;
    const { name, kind, basis } = readNodeLabel(node, problems);
    guesses.push({ element: 'component', id, name: name ?? kindLabel(kind), kind, basis });
    const zone = node.subgraph === undefined ? undefined : zoneIds.get(node.subgraph);
    components.push({ id, kind, ...(name === undefined ? {} : { name }), ...(zone === undefined ? {} : { zone }) });
  }

  const calls: BoardFileCall[] = [];
  for (const edge of graph.edges) {
    const subgraphEnd = [edge.from, edge.to].find((end) => graph.subgraphs.has(end));
    if (subgraphEnd !== undefined) {
      problems.push({ line: edge.line, severity: 'warning', message: `the link ${edge.from} → ${edge.to} joins subgraph "${subgraphEnd}", not a component: left out (a call joins two components)` });
      continue;
    }
    if (edge.from === edge.to) {
      problems.push({ line: edge.line, severity: 'warning', message: `the link from "${edge.from}" to itself is left out (a component does not call itself)` });
      continue;
    }
    const label = edge.label === undefined ? undefined : cut(labelLines(edge.label).join(' '), `the label of ${edge.from} → ${edge.to}`, edge.line, problems);
    calls.push({
      id: `call-${calls.length + 1}`,
      from: componentIds.get(edge.from) ?? edge.from,
      to: componentIds.get(edge.to) ?? edge.to,
      mode: edge.mode === 'implied' ? impliedMode(components, edge.from, edge.to, componentIds) : edge.mode,
      ...(label === undefined || label === '' ? {} : { label }),
    });
  }

  const title = graph.title === undefined || graph.title === '' ? undefined : cut(graph.title, 'the title', 1, problems);
  const board: BoardFile = { format: BOARD_FORMAT, version: BOARD_VERSION, ...(title === undefined ? {} : { title }), components, calls, zones };
  return { board, guesses };
}

/** A solid link's mode: what its two kinds imply (a publish into a broker is async, a store into its replica replication). */
function impliedMode(components: readonly BoardFileComponent[], from: string, to: string, ids: ReadonlyMap<string, string>): CallMode {
  const kindOf = (node: string) => {
    const id = ids.get(node) ?? node;
    const kind = components.find((component) => component.id === id)?.kind;
    return kind === undefined ? undefined : getKind(kind);
  };
  return defaultCallMode(kindOf(from), kindOf(to)).mode;
}

function readNodeLabel(node: GraphNode, problems: MermaidProblem[]): { name?: string; kind: string; basis: GuessBasis } {
  // A node without a label shows its id, and so is named by it.
  const lines = node.label === undefined ? [node.id] : labelLines(node.label);
  const last = lines.at(-1) ?? '';
  const named = kindNamedBy(last);
  if (named !== undefined && lines.length >= 2) return { name: cut(lines.slice(0, -1).join(' '), `the name of "${node.id}"`, node.line, problems), kind: named, basis: 'label' };
  // A label that is exactly a kind's label is a component without a name of its own (the board shows the kind).
  if (named !== undefined && lines.length === 1 && last === kindLabel(named)) return { kind: named, basis: 'label' };
  const text = lines.join(' ');
  const name = text === '' ? undefined : cut(text, `the name of "${node.id}"`, node.line, problems);
  const guessed = guessKind(text);
  if (guessed !== undefined) return { ...(name === undefined ? {} : { name }), kind: guessed, basis: 'name' };
  const byShape = node.shape === undefined ? undefined : SHAPE_KINDS[node.shape];
  if (byShape !== undefined) return { ...(name === undefined ? {} : { name }), kind: byShape, basis: 'shape' };
  return { ...(name === undefined ? {} : { name }), kind: UNKNOWN_NAME_KIND, basis: 'unknown' };
}

function readZoneTitle(subgraph: GraphSubgraph, problems: MermaidProblem[]): { name?: string; level: ZoneLevel; basis: GuessBasis } {
  const lines = subgraph.title === undefined ? [subgraph.id] : labelLines(subgraph.title);
  const last = lines.at(-1) ?? '';
  const named = levelNamedBy(last);
  if (named !== undefined && lines.length >= 2) return { name: cut(lines.slice(0, -1).join(' '), `the title of subgraph "${subgraph.id}"`, subgraph.line, problems), level: named, basis: 'label' };
  if (named !== undefined && lines.length === 1 && last === levelLabel(named)) return { level: named, basis: 'label' };
  const text = lines.join(' ');
  const name = text === '' ? undefined : cut(text, `the title of subgraph "${subgraph.id}"`, subgraph.line, problems);
  const guessed = guessZoneLevel(text);
  return { ...(name === undefined ? {} : { name }), level: guessed ?? DEFAULT_LEVEL, basis: guessed === undefined ? 'unknown' : 'name' };
}

function cut(text: string, what: string, line: number, problems: MermaidProblem[]): string {
  if (text.length <= NAME_LIMIT) return text;
  problems.push({ line, severity: 'warning', message: `${what} is longer than ${NAME_LIMIT} characters and is cut there` });
  return text.slice(0, NAME_LIMIT);
}

/** Mermaid ids as board ids: kept when they fit the board's id rule (at most 64 characters), else shortened. */
function boardIds(mermaidIds: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set(mermaidIds.filter((id) => ID_PATTERN.test(id)));
  for (const id of mermaidIds) {
    if (ID_PATTERN.test(id)) ids.set(id, id);
    else {
      const short = unique(id.slice(0, 56), (candidate) => taken.has(candidate));
      taken.add(short);
      ids.set(id, short);
    }
  }
  return ids;
}
