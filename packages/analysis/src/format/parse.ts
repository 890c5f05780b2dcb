// Reading an untrusted board file lives beside its declaration in `@napkin/fields` (the document's import
// reads files too); the engine takes it from there, with kinds written by their common names rewritten
// to the catalog's ids (kinds.ts).
import type { ParseResult } from '@napkin/fields';
import { parseBoard as parseBoardFields } from '@napkin/fields';
import { catalogCallMode, catalogZoneLevel, withCatalogKinds } from './kinds';

export { formatPath } from '@napkin/fields';
export type { FormatError, ParseResult } from '@napkin/fields';

/**
 * `parseBoard` of `@napkin/fields`, then `kind: "postgres"` read as the relational primary it means; a
 * call that leaves out its mode takes the catalog's for its two kinds (an arrow into a queue is async);
 * a zone's level written by another name (`az`, `aws region`, `dc`) reads as the level it means.
 */
export function parseBoard(input: unknown): ParseResult {
  const parsed = parseBoardFields(input, { callMode: catalogCallMode, zoneLevel: catalogZoneLevel });
  return parsed.board === null ? parsed : { ...parsed, board: withCatalogKinds(parsed.board) };
}
