// What the numbers leave out, said on the board. A live document can hold entries the engine cannot use:
// an entry the document's reader had to skip or a value it ignored (a peer on another version, a damaged
// or hand-written update), a kind this catalog does not know, a call into such a component. Each is listed
// over the canvas and, for a component still drawn, marked on its node, so a board never reads as analysed
// whole when part of it was not counted. A key no field declares is a warning: the entry is counted, the
// key is not, and the line says what it most likely meant.
import type { BoardSnapshot, DocProblem } from '@napkin/doc';
import { describeProblem } from '@napkin/doc';

export interface LeftOut {
  /** One line per part the numbers do not count (an entry skipped, a value ignored), in words, naming components by their names. */
  readonly lines: readonly string[];
  /** One line per key no field declares: ignored, its entry still counted. */
  readonly warnings: readonly string[];
  /** Per drawn component, why it or a field of it is not in the numbers (for the node's mark). */
  readonly components: ReadonlyMap<string, string>;
}

export const NOTHING_LEFT_OUT: LeftOut = { lines: [], warnings: [], components: new Map() };

/** `components[3].kind: …` → collection, index and the rest of the message. */
const LOCATED = /^(components|calls)\[(\d+)\](?:\.[\w.]+)?: (.*)$/;

const SINGULAR = { components: 'component', calls: 'call', zones: 'zone', annotations: 'note' } as const;

/** Names for the entries of a snapshot, as a person reads them on the board. */
function namer(snapshot: BoardSnapshot) {
  const componentName = (id: string) => {
    const component = snapshot.components.find((candidate) => candidate.id === id);
    return component === undefined ? id : component.name || component.kind;
  };
  const callName = (id: string) => {
    const call = snapshot.calls.find((candidate) => candidate.id === id);
    return call === undefined ? `call ${id}` : `call ${componentName(call.from)} → ${componentName(call.to)}`;
  };
  const zoneName = (id: string) => `zone ${snapshot.zones.find((zone) => zone.id === id)?.name || id}`;
  return { componentName, callName, zoneName };
}

/** A field as the inspector names it: `availability`, not `params.availability`. */
const fieldName = (field: string) => field.replace(/^params\./, '');

/** The document's problems in words, split into what the numbers leave out and the keys they ignore. */
function documentProblems(snapshot: BoardSnapshot, marks: Map<string, string[]>) {
  const { componentName, callName, zoneName } = namer(snapshot);
  const owner = (collection: string, id: string) =>
    collection === 'components' ? componentName(id) : collection === 'calls' ? callName(id) : collection === 'zones' ? zoneName(id) : `note ${id}`;
  const mark = (problem: DocProblem, text: string) => {
    if (!('collection' in problem) || problem.collection !== 'components') return;
    marks.set(problem.id, [...(marks.get(problem.id) ?? []), text]);
  };
  const lines: string[] = [];
  const warnings: string[] = [];
  for (const problem of snapshot.problems) {
    if (problem.kind === 'invalid-field' && problem.collection !== 'meta') {
      const text = `${fieldName(problem.field)} ignored (${problem.reason}); the default is used instead`;
      lines.push(`${owner(problem.collection, problem.id)}: ${text}`);
      mark(problem, text);
    } else if (problem.kind === 'unknown-field') {
      const text = `unknown field "${fieldName(problem.field)}" ignored${problem.hint === '' ? '' : `; ${problem.hint}`}`;
      warnings.push(`${owner(problem.collection, problem.id)}: ${text}`);
      mark(problem, text);
    } else if (problem.kind === 'invalid-entry') {
      lines.push(`a ${SINGULAR[problem.collection]} written as "${problem.id}" could not be read and is not drawn or counted: ${problem.reason}`);
    } else {
      lines.push(describeProblem(problem));
    }
  }
  return { lines, warnings };
}

/**
 * The document's problems and the engine's (`errors`: "path: message" lines of the analysis of
 * `toBoardFile(snapshot)`, whose components and calls are the snapshot's, in its order).
 */
export function leftOut(snapshot: BoardSnapshot, errors: readonly string[]): LeftOut {
  const marks = new Map<string, string[]>();
  const { componentName } = namer(snapshot);
  const engineLines = errors.map((error) => {
    const located = LOCATED.exec(error);
    if (!located) return error;
    const [, collection, index, message = ''] = located;
    if (collection === 'components') {
      const component = snapshot.components[Number(index)];
      if (!component) return error;
      marks.set(component.id, [message, ...(marks.get(component.id) ?? [])]);
      return `${componentName(component.id)}: ${message}`;
    }
    const call = snapshot.calls[Number(index)];
    return call ? `call ${componentName(call.from)} → ${componentName(call.to)}: ${message}` : error;
  });
  const document = documentProblems(snapshot, marks);
  const lines = [...document.lines, ...engineLines];
  if (lines.length === 0 && document.warnings.length === 0) return NOTHING_LEFT_OUT;
  const components = new Map([...marks].map(([id, texts]) => [id, texts.join('; ')]));
  return { lines, warnings: document.warnings, components };
}
