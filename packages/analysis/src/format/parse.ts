// Reading an untrusted board file lives beside its declaration in `@napkin/fields` (the document's import
// reads files too); the engine takes it from there.
export { formatPath, parseBoard } from '@napkin/fields';
export type { FormatError, ParseResult } from '@napkin/fields';
