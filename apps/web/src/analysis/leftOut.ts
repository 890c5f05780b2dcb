// What the numbers leave out, said on the board. A live document can hold entries the engine cannot use:
// an entry the document's reader had to skip or a field it ignored (a peer on another version, a damaged
// update), a kind this catalog does not know, a call into such a component. Each is listed over the
// canvas and, for a component still drawn, marked on its node, so a board never reads as analysed whole
// when part of it was not counted.
import type { BoardSnapshot } from '@napkin/doc';
import { describeProblem } from '@napkin/doc';

export interface LeftOut {
  /** One line per problem, in words, naming components by their names. */
  readonly lines: readonly string[];
  /** Why the engine skipped each component it skipped, by component id (for the node's mark). */
  readonly components: ReadonlyMap<string, string>;
}

export const NOTHING_LEFT_OUT: LeftOut = { lines: [], components: new Map() };

/** `components[3].kind: …` → collection, index and the rest of the message. */
const LOCATED = /^(components|calls)\[(\d+)\](?:\.[\w.]+)?: (.*)$/;

/**
 * The document's problems and the engine's (`errors`: "path: message" lines of the analysis of
 * `toBoardFile(snapshot)`, whose components and calls are the snapshot's, in its order).
 */
export function leftOut(snapshot: BoardSnapshot, errors: readonly string[]): LeftOut {
  const components = new Map<string, string>();
  const nameOf = (id: string) => {
    const component = snapshot.components.find((candidate) => candidate.id === id);
    return component === undefined ? id : component.name || component.kind;
  };
  const engineLines = errors.map((error) => {
    const located = LOCATED.exec(error);
    if (!located) return error;
    const [, collection, index, message = ''] = located;
    if (collection === 'components') {
      const component = snapshot.components[Number(index)];
      if (!component) return error;
      components.set(component.id, message);
      return `${nameOf(component.id)}: ${message}`;
    }
    const call = snapshot.calls[Number(index)];
    return call ? `call ${nameOf(call.from)} → ${nameOf(call.to)}: ${message}` : error;
  });
  const documentLines = snapshot.problems.map(describeProblem);
  const lines = [...documentLines, ...engineLines];
  return lines.length === 0 ? NOTHING_LEFT_OUT : { lines, components };
}
