// Reading an untrusted board file lives beside its declaration in `@napkin/fields` (the document's import
// reads files too); the engine takes it from there, with kinds written by their common names rewritten
// to the catalog's ids (kinds.ts).
import type { ParseResult } from '@napkin/fields';
import { parseBoard as parseBoardFields } from '@napkin/fields';
import { withCatalogKinds } from './kinds';

export { formatPath } from '@napkin/fields';
export type { FormatError, ParseResult } from '@napkin/fields';

/** `parseBoard` of `@napkin/fields`, then `kind: "postgres"` read as the relational primary it means. */
export function parseBoard(input: unknown): ParseResult {
  const parsed = parseBoardFields(input);
  return parsed.board === null ? parsed : { ...parsed, board: withCatalogKinds(parsed.board) };
}
