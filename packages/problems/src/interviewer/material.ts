// What a problem's interviewer material is made of before it is served: the template's own points (each
// with the word of the playbook section it rests on, which `pnpm check:citations` finds there), which
// general points apply, and the reference design with the citations of its chosen parameters.
import type { Citation } from '@napkin/catalog';
import type { BoardFile } from '@napkin/fields';
import type { RubricCheck } from '../types';

export interface GeneralApplies {
  /** It has a hot read path a cache should sit in front of. */
  readonly readCache: boolean;
  /** It serves media (images, video, files), so a CDN belongs in front of them. */
  readonly mediaCdn: boolean;
  /** It has slow or deferrable work that belongs behind a queue or stream. */
  readonly asyncQueue: boolean;
}

export interface PointSpec {
  /** Short and unique within the problem; the served id is `<problem>.<id>`. */
  readonly id: string;
  readonly title: string;
  readonly check: RubricCheck | null;
  /** A word or phrase of the problem's section that the point rests on (checked against the text). */
  readonly term: string;
}

export interface ProblemMaterial {
  readonly id: string;
  /** The problem's heading in section 24, as the playbook prints it. */
  readonly section: string;
  readonly points: readonly PointSpec[];
  /** Which of the general points that not every design needs apply to this problem. */
  readonly applies: GeneralApplies;
  readonly board: BoardFile;
  /** Why the reference design's parameters are what they are, labelled `<problem>.<what>`. */
  readonly citations: readonly Citation[];
}
