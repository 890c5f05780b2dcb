// Kinds as people write them: a board file may say `kind: "postgres"`, and means a relational primary
// named PostgreSQL. Reading the file rewrites such a name to the catalog's id (`resolveKindName` of
// `@napkin/catalog`), so every reader after it (the engine, the renderer, the document's import) sees
// one id per kind. A kind nothing resolves is left as it is: the engine skips it and says which kind
// was probably meant (`suggestKind`).
import { CATALOG, COMMON_NAMES, defaultCallMode, resolveKindName } from '@napkin/catalog';
import type { CallMode, ZoneLevel } from '@napkin/fields';
import type { Candidate } from '@napkin/fields';
import { didYouMean, suggestNames } from '@napkin/fields';
import type { BoardFile } from './schema';

/** Every name a kind answers to, shown as its id: what an unknown kind is compared with. */
const KIND_CANDIDATES: readonly Candidate[] = [
  ...CATALOG.flatMap((kind) => [kind.id, kind.label, ...kind.aliases].map((match) => ({ match, shown: kind.id }))),
  ...Object.entries(COMMON_NAMES).map(([match, common]) => ({ match, shown: common.kind })),
];

/** The board with every kind written by a common name rewritten to its id (named after it if unnamed). */
export function withCatalogKinds(board: BoardFile): BoardFile {
  let changed = false;
  const components = board.components.map((component) => {
    const resolved = resolveKindName(component.kind);
    if (!resolved || resolved.kind.id === component.kind) return component;
    changed = true;
    const name = component.name ?? resolved.name;
    return { ...component, kind: resolved.kind.id, ...(name === undefined ? {} : { name }) };
  });
  return changed ? { ...board, components } : board;
}

/** " (did you mean relational-primary?)" for a kind no name resolves, or '' when nothing is close. */
export function suggestKind(kind: string): string {
  const hint = didYouMean(suggestNames(kind, KIND_CANDIDATES));
  return hint === '' ? '' : ` (${hint})`;
}

/** The mode of a call the file leaves without one, from its ends' kinds as written (common names too). */
export function catalogCallMode(fromKind: string | undefined, toKind: string | undefined): CallMode {
  const kindOf = (name: string | undefined) => (name === undefined ? undefined : resolveKindName(name)?.kind);
  return defaultCallMode(kindOf(fromKind), kindOf(toKind)).mode;
}

/** The zone level a name means (`az`, `AWS region`, `datacenter`): the catalog's zone kind it resolves to. */
export function catalogZoneLevel(written: string): ZoneLevel | undefined {
  return resolveKindName(written)?.kind.traits.zoneLevel;
}
