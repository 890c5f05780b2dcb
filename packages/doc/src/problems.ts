// What the validated reader reports instead of crashing. A tagged union so the UI can show each kind
// differently (an "invalid entry" hides something; an "invalid field" only fell back to a default).

export type CollectionName = 'components' | 'calls' | 'zones' | 'annotations';

export type DocProblem =
  /** The whole entry was skipped: its id is malformed, it is not a Y.Map, or a required field is bad. */
  | { kind: 'invalid-entry'; collection: CollectionName; id: string; reason: string }
  /** One field was ignored (the default or nothing is used instead); the entry itself is kept. */
  | { kind: 'invalid-field'; collection: CollectionName | 'meta'; id: string; field: string; reason: string }
  /**
   * A key this version does not declare (a peer on another version, or a hand-written update); the entry
   * is kept and the key ignored. `hint` says what it most likely meant ("did you mean availability?").
   */
  | { kind: 'unknown-field'; collection: CollectionName; id: string; field: string; hint: string }
  /** A call whose endpoint does not exist (typically deleted concurrently); the call is skipped. */
  | { kind: 'dangling-call'; id: string; missing: string[] }
  /** The document was written by a newer schema than this code knows; it is read as far as possible. */
  | { kind: 'newer-schema'; found: number; supported: number };

export function describeProblem(problem: DocProblem): string {
  switch (problem.kind) {
    case 'invalid-entry':
      return `${problem.collection}/${problem.id} skipped: ${problem.reason}`;
    case 'invalid-field':
      return `${problem.collection}/${problem.id}.${problem.field} ignored: ${problem.reason}`;
    case 'unknown-field':
      return `${problem.collection}/${problem.id}.${problem.field} ignored: unknown field${problem.hint === '' ? '' : `; ${problem.hint}`}`;
    case 'dangling-call':
      return `calls/${problem.id} skipped: endpoint ${problem.missing.join(', ')} does not exist`;
    case 'newer-schema':
      return `document schema v${problem.found} is newer than supported v${problem.supported}`;
    default: {
      const unreachable: never = problem;
      return unreachable;
    }
  }
}
