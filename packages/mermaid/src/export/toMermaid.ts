// A board file as a Mermaid flowchart: components as nodes (name and kind on two lines, an outline by
// family), calls as edges with their labels (dotted for asynchronous; solid for the mode the two kinds
// imply, thick for a synchronous call where they imply another: see `arrowOf`), zones as
// nested subgraphs. The text is what `parseMermaid` reads back to the same components, calls and zones,
// and what Mermaid itself draws, so it can be pasted into a design doc or a pull request.
import { defaultCallMode, getKind } from '@napkin/catalog';
import type { BoardFile, BoardFileCall, BoardFileComponent, BoardFileZone } from '@napkin/fields';
import { kindLabel, levelLabel, SHAPE_BRACKETS, shapeOf } from '../kinds.js';
import { escapeLabel, joinLines, mermaidIds } from '../text.js';

export type MermaidDirection = 'LR' | 'RL' | 'TB' | 'TD' | 'BT';

export interface MermaidOptions {
  /** Which way the flow runs: left to right by default, as a request path reads. */
  readonly direction?: MermaidDirection;
}

const INDENT = '  ';

export function toMermaid(board: BoardFile, options: MermaidOptions = {}): string {
  const ids = mermaidIds([
    ...board.components.map((component) => [`c:${component.id}`, component.id] as const),
    ...board.zones.map((zone) => [`z:${zone.id}`, zone.id] as const),
  ]);
  const nodeId = (componentId: string) => ids.get(`c:${componentId}`) ?? componentId;
  const zoneId = (id: string) => ids.get(`z:${id}`) ?? id;
  const tree = containment(board);

  const lines: string[] = [];
  if (board.title !== undefined) lines.push('---', `title: ${JSON.stringify(board.title)}`, '---');
  lines.push(`flowchart ${options.direction ?? 'LR'}`);
  lines.push(`${INDENT}%% Napkin board: nodes are components (name, then kind); dotted edges are asynchronous calls`);

  const writeContainer = (container: string | undefined, depth: number) => {
    const indent = INDENT.repeat(depth);
    for (const zone of tree.zonesIn.get(container) ?? []) {
      lines.push(`${indent}subgraph ${zoneId(zone.id)}["${zoneTitle(zone)}"]`);
      writeContainer(zone.id, depth + 1);
      lines.push(`${indent}end`);
    }
    for (const component of tree.componentsIn.get(container) ?? []) lines.push(`${indent}${nodeId(component.id)}${nodeText(component)}`);
  };
  writeContainer(undefined, 1);

  const present = new Set(board.components.map((component) => component.id));
  const kinds = new Map(board.components.map((component) => [component.id, component.kind]));
  for (const call of board.calls) {
    // A call whose endpoint the file lacks cannot be drawn (the document drops it too).
    if (!present.has(call.from) || !present.has(call.to)) continue;
    const arrow = arrowOf(call, kinds);
    const label = call.label === undefined || call.label === '' ? '' : `|"${escapeLabel(call.label)}"|`;
    lines.push(`${INDENT}${nodeId(call.from)} ${arrow}${label} ${nodeId(call.to)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Dotted for an asynchronous call; solid for the mode the two kinds imply (what the reader gives a solid
 * link back: sync, or replication from a store into its replica); thick for a synchronous call where the
 * kinds imply another mode (into a queue: request and reply). A replication call the kinds do not imply
 * has no arrow of its own and comes back synchronous.
 */
function arrowOf(call: BoardFileCall, kinds: ReadonlyMap<string, string>): string {
  if (call.mode === 'async') return '-.->';
  const kindOf = (id: string) => getKind(kinds.get(id) ?? '');
  return defaultCallMode(kindOf(call.from), kindOf(call.to)).mode === call.mode || call.mode === 'replication' ? '-->' : '==>';
}

function nodeText(component: BoardFileComponent): string {
  const [open, close] = SHAPE_BRACKETS[shapeOf(component.kind)];
  const kind = kindLabel(component.kind);
  // Without a name the board shows the kind's label, and so does the node.
  const lines = component.name === undefined ? [kind] : [component.name, kind];
  return `${open}"${joinLines(lines)}"${close}`;
}

function zoneTitle(zone: BoardFileZone): string {
  const level = levelLabel(zone.level);
  return joinLines(zone.name === undefined ? [level] : [zone.name, level]);
}

interface Containment {
  readonly zonesIn: ReadonlyMap<string | undefined, readonly BoardFileZone[]>;
  readonly componentsIn: ReadonlyMap<string | undefined, readonly BoardFileComponent[]>;
}

/**
 * Which zone holds what, in file order. A zone whose parent is missing, or whose parents loop back to it,
 * is written at the top level; so is a component whose zone is missing: every element is written once.
 */
function containment(board: BoardFile): Containment {
  const zoneIds = new Set(board.zones.map((zone) => zone.id));
  const parentOf = new Map(board.zones.map((zone) => [zone.id, zone.parent] as const));
  const reachesTop = (id: string): boolean => {
    const seen = new Set<string>();
    for (let current: string | undefined = id; current !== undefined; current = parentOf.get(current)) {
      if (seen.has(current) || !zoneIds.has(current)) return false;
      seen.add(current);
    }
    return true;
  };
  const zonesIn = new Map<string | undefined, BoardFileZone[]>();
  for (const zone of board.zones) {
    const parent = zone.parent !== undefined && reachesTop(zone.id) ? zone.parent : undefined;
    append(zonesIn, parent, zone);
  }
  const placed = new Set<string>();
  const collect = (container: string | undefined) => {
    for (const zone of zonesIn.get(container) ?? []) {
      placed.add(zone.id);
      collect(zone.id);
    }
  };
  collect(undefined);
  const componentsIn = new Map<string | undefined, BoardFileComponent[]>();
  for (const component of board.components) {
    const zone = component.zone !== undefined && placed.has(component.zone) ? component.zone : undefined;
    append(componentsIn, zone, component);
  }
  return { zonesIn, componentsIn };
}

function append<T>(groups: Map<string | undefined, T[]>, key: string | undefined, item: T): void {
  const group = groups.get(key);
  if (group === undefined) groups.set(key, [item]);
  else group.push(item);
}
