// A reference architecture to start a board from: a board file with its layout and the parameters that
// make its numbers meaningful at once, and for each parameter chosen the playbook section behind it.
// General designs only: the interview problems' reference designs are interviewer material.
import type { Citation, FactUnit } from '@napkin/catalog';
import { fact, PLAYBOOK_SECTIONS, SEEDS, term } from '@napkin/catalog';
import type { BoardFile } from '@napkin/fields';

export interface Template {
  /** Stable and url-safe: tests and the home page's test ids name templates by it. */
  readonly id: string;
  readonly title: string;
  /** One line on the home page: what it is and what its numbers show. */
  readonly summary: string;
  readonly board: BoardFile;
  /** Why each chosen parameter is what it is (`pnpm check:citations` checks them against the playbook). */
  readonly citations: readonly Citation[];
}

/** Headings of seed 002 the templates cite that the catalog's table does not list, as the text prints them. */
const MORE_SECTIONS = {
  nTier: '15.2 N-Tier Architecture',
  eventDriven: '15.3 Event-Driven Architecture (EDA)',
  oltpOlap: '21.1 OLTP vs OLAP',
  referencePipeline: '21.6 Reference Pipeline',
  deliverySemantics: '13.3 Delivery Semantics',
} as const;

type Section = keyof typeof PLAYBOOK_SECTIONS | keyof typeof MORE_SECTIONS;

function heading(section: Section): string {
  return section in MORE_SECTIONS ? MORE_SECTIONS[section as keyof typeof MORE_SECTIONS] : PLAYBOOK_SECTIONS[section as keyof typeof PLAYBOOK_SECTIONS];
}

/** A parameter of a template taken from a playbook section: the figure it rests on, in our words. */
export function fromPlaybook(label: string, section: Section, figure: string, unit: FactUnit, appliesTo: string, note?: string): Citation {
  return { label, source: { seed: SEEDS.playbook, section: heading(section), fact: fact(figure, unit, appliesTo), ...(note === undefined ? {} : { note }) } };
}

/** A choice a section names without a figure (a dead-letter queue, a read:write ratio, a tier). */
export function namedInPlaybook(label: string, section: Section, name: string, appliesTo: string, note?: string): Citation {
  return { label, source: { seed: SEEDS.playbook, section: heading(section), fact: term(name, appliesTo), ...(note === undefined ? {} : { note }) } };
}
