// What a check prints: each cycle between files, and with `folders` each cycle between the top-level
// folders of the root, with the imports that make every step of it, so the reader knows what to move.
import { findCycles } from './cycles';
import type { ImportGraph } from './graph';

/** The top-level folder a file belongs to; files directly under the root form `(root)`. */
export const folderOf = (file: string): string => (file.includes('/') ? (file.split('/')[0] as string) : '(root)');

/** The imports from one folder into another, as `file:line imports file`. */
type Witnesses = Map<string, Map<string, string[]>>;

function folderGraph(graph: ImportGraph): { folders: Map<string, Set<string>>; witnesses: Witnesses } {
  const folders = new Map<string, Set<string>>();
  const witnesses: Witnesses = new Map();
  for (const [file, edges] of graph) {
    const from = folderOf(file);
    const out = folders.get(from) ?? new Set<string>();
    folders.set(from, out);
    for (const edge of edges) {
      const to = folderOf(edge.to);
      if (to === from) continue;
      out.add(to);
      const byTarget = witnesses.get(from) ?? new Map<string, string[]>();
      witnesses.set(from, byTarget);
      byTarget.set(to, [...(byTarget.get(to) ?? []), `${file}:${edge.line} imports ${edge.to}`]);
    }
  }
  return { folders, witnesses };
}

const arrow = (path: readonly string[]) => path.join(' → ');

function fileCycles(graph: ImportGraph): string[] {
  const plain = new Map([...graph].map(([file, edges]) => [file, edges.map((edge) => edge.to)]));
  return findCycles(plain).flatMap(({ members, path }) => {
    const steps = path.slice(1).map((to, i) => {
      const from = path[i] as string;
      const line = graph.get(from)?.find((edge) => edge.to === to)?.line;
      return `    ${from}:${line ?? '?'} imports ${to}`;
    });
    const others = members.length > path.length - 1 ? [`    (${members.length} files in this tangle: ${members.join(', ')})`] : [];
    return [`  files: ${arrow(path)}`, ...steps, ...others];
  });
}

function folderCycles(graph: ImportGraph): string[] {
  const { folders, witnesses } = folderGraph(graph);
  return findCycles(folders).flatMap(({ members, path }) => {
    const steps = path.slice(1).flatMap((to, i) => {
      const from = path[i] as string;
      return [`    ${from} → ${to}:`, ...(witnesses.get(from)?.get(to) ?? []).map((witness) => `      ${witness}`)];
    });
    const others = members.length > path.length - 1 ? [`    (${members.length} folders in this tangle: ${members.join(', ')})`] : [];
    return [`  folders: ${arrow(path)}`, ...steps, ...others];
  });
}

/** The report's lines: empty when there is no cycle. */
export function cycleReport(graph: ImportGraph, options: { folders: boolean }): string[] {
  return [...fileCycles(graph), ...(options.folders ? folderCycles(graph) : [])];
}
