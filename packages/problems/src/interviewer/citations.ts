// Every citation of the interview problems, as one list: `pnpm check:citations` reads this module's
// `CITATIONS` and checks each against the texts. A rubric point cites the word of its template's
// section it rests on; a reference design cites the sections behind its chosen parameters.
import type { Citation } from '@napkin/catalog';
import { SEEDS, term } from '@napkin/catalog';
import { MATERIALS } from './problems';

export const CITATIONS: readonly Citation[] = MATERIALS.flatMap((material) => [
  ...material.points.map(
    (point): Citation => ({ label: `${material.id}.point.${point.id}`, source: { seed: SEEDS.playbook, section: material.section, fact: term(point.term, point.title) } }),
  ),
  ...material.citations,
]);
