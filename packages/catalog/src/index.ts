// Public entry point of @napkin/catalog: plain data and pure look-ups, no runtime dependencies.
export * from './types';
export { defaultCallMode, SAME_KIND_REPLICATION } from './call-modes';
export type { CallModeDefault, DefaultCallMode } from './call-modes';
export { CATALOG, FAMILIES, FAMILY_LABELS, getKind, kindsByFamily, searchKinds } from './catalog';
export { COMMON_NAMES, commonNameKey, resolveKindName } from './commonNames';
export type { CommonName } from './commonNames';
export { NETWORK_LATENCIES, NETWORK_TIERS, networkTier } from './network';
export type { Placement } from './network';
export { describeFact, fact, figureWithUnit, GUIDE_SECTIONS, PLAYBOOK_SECTIONS, SEEDS, term } from './sourcing';
export { CITATIONS as CATALOG_CITATIONS } from './citations';
