// Every citation the catalog makes, as one flat list with a name per entry. Unit tests check what can
// be checked in the repository (each default cited, each citation carries a fact or a note);
// `pnpm check:citations <dir of the texts>` checks the same list against the playbook texts.
import { SAME_KIND_REPLICATION } from './call-modes';
import { CATALOG } from './catalog';
import { NETWORK_LATENCIES } from './network';
import { GUIDE_SECTIONS, PLAYBOOK_SECTIONS, SEEDS } from './sourcing';
import type { Citation, KindSpec, Sourced } from './types';

function isSourced(value: unknown): value is Sourced<unknown> {
  return typeof value === 'object' && value !== null && 'source' in value && 'value' in value;
}

/** Every sourced default and trait of a kind, named "kind.field". */
export function citationsOf(kind: KindSpec): readonly Citation[] {
  const fields = [...Object.entries(kind.defaults), ...Object.entries(kind.traits)];
  return fields.flatMap(([name, value]) => (isSourced(value) ? [{ label: `${kind.id}.${name}`, source: value.source }] : []));
}

const networkCitations: readonly Citation[] = Object.values(NETWORK_LATENCIES).map((latency) => ({
  label: `network.${latency.tier}`,
  source: latency.rtt.source,
}));

/**
 * The section tables other packages cite through (findings, inspector): each heading must exist even
 * where no default of the catalog uses it yet. They state no figure, so only the heading is checked.
 */
const sectionTableCitations: readonly Citation[] = [
  ...Object.entries(PLAYBOOK_SECTIONS).map(([key, section]) => ({
    label: `sections.playbook.${key}`,
    source: { seed: SEEDS.playbook, section },
  })),
  ...Object.entries(GUIDE_SECTIONS).map(([key, section]) => ({
    label: `sections.guide.${key}`,
    source: { seed: SEEDS.interviewGuide, section },
  })),
];

/**
 * Defaults first (kinds in catalog order, then network tiers), then the section tables. Named
 * `CITATIONS` because `check:citations` reads that export from each module it is given.
 */
const callModeCitations: readonly Citation[] = [{ label: 'call-mode.same-kind-replication', source: SAME_KIND_REPLICATION }];

export const CITATIONS: readonly Citation[] = [...CATALOG.flatMap(citationsOf), ...networkCitations, ...callModeCitations, ...sectionTableCitations];
