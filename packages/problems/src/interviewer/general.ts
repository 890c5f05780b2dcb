// The points every problem shares (issue 17, "Rubric with evidence from the board"). Those the board
// can show are checked from the analysis; the estimator and the failure-mode discussion happen in the
// session, so the interviewer scores them.
import { PLAYBOOK_SECTIONS } from '@napkin/catalog';
import type { RubricPoint } from '../types';
import type { GeneralApplies } from './material';

const general = (id: string, title: string, check: RubricPoint['check'], section: string): RubricPoint => ({
  id: `general.${id}`,
  title,
  general: true,
  check,
  section,
});

export const REQUIREMENTS_STATED = general(
  'requirements-numbers',
  'States the requirements with numbers: load, p99 budget, availability objective',
  { type: 'requirements-stated' },
  PLAYBOOK_SECTIONS.capacityWorksheet,
);
export const CACHE_ON_READ_PATH = general('read-cache', 'Puts a cache in front of the hot read path', { type: 'cache-on-read-path' }, PLAYBOOK_SECTIONS.cacheLayers);
export const CDN_FOR_MEDIA = general('media-cdn', 'Serves media from a CDN', { type: 'serves', kinds: ['cdn'] }, PLAYBOOK_SECTIONS.cdn);
export const ASYNC_BEHIND_QUEUE = general(
  'async-queue',
  'Moves slow or deferrable work behind a queue or stream',
  { type: 'async-into', kinds: ['message-queue', 'event-stream'] },
  PLAYBOOK_SECTIONS.asyncPatterns,
);
export const NO_SPOF = general('no-spof', 'Leaves no single point of failure on a required path', { type: 'no-spof' }, PLAYBOOK_SECTIONS.availability);
export const WITHIN_BUDGET = general('latency-budget', 'Keeps every flow within its latency budget', { type: 'within-latency-budget' }, PLAYBOOK_SECTIONS.latencyNumbers);
export const MEETS_AVAILABILITY = general('availability', 'Meets the availability objective', { type: 'meets-availability' }, PLAYBOOK_SECTIONS.availability);
export const ESTIMATOR_USED = general('estimator', 'Sizes the system with the estimator before drawing', null, PLAYBOOK_SECTIONS.capacityWorksheet);
export const FAILURE_MODES = general('failure-modes', 'Walks the failure modes: what breaks when each box is slow or gone', null, '17.1 Failure Modes Inventory');

/** The general points of a problem, in the order the rubric lists them. */
export function generalPoints(applies: GeneralApplies): readonly RubricPoint[] {
  return [
    REQUIREMENTS_STATED,
    ESTIMATOR_USED,
    ...(applies.readCache ? [CACHE_ON_READ_PATH] : []),
    ...(applies.mediaCdn ? [CDN_FOR_MEDIA] : []),
    ...(applies.asyncQueue ? [ASYNC_BEHIND_QUEUE] : []),
    NO_SPOF,
    WITHIN_BUDGET,
    MEETS_AVAILABILITY,
    FAILURE_MODES,
  ];
}
