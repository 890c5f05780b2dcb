// A session recording's shapes that both sides of the wire know: the relay writes headline figures into its
// recording and serves the replay (server/src/interview/recording/), the interviewer's screen reads the replay
// back (apps/web/src/interview/recordingApi.ts). Declared once here so the two cannot drift; types only.
import type { BoardFile } from '@napkin/fields';

/** Why a frame was taken: a phase began (or the interview ended), or edits had gone unsnapshotted too long. */
export type FrameReason = 'phase' | 'interval';

/** One flow's headline figures at a frame, as `@napkin/analysis` computed them from the frame's board. */
export interface FlowFigures {
  readonly entry: string;
  readonly name: string;
  /** Null when unbounded (a saturated tier that does not shed load). */
  readonly p50Ms: number | null;
  readonly p99Ms: number | null;
  readonly budgetMs: number;
  readonly withinBudget: boolean;
  /** Percent, e.g. 99.95. */
  readonly availabilityPercent: number;
  readonly objectivePercent: number;
  readonly meetsObjective: boolean;
}

export interface ReplayFrame {
  /** The frame's number in its recording (0, 1, …). */
  readonly n: number;
  /** Relay time, epoch ms. */
  readonly time: number;
  readonly reason: FrameReason;
  /** Index into the RAPID-S phases; -1 before the timer started. */
  readonly phase: number;
  /** The phase's title ("High-level design"), "Before the start" or "Ended". */
  readonly phaseTitle: string;
  readonly ended: boolean;
  /** Index into `Replay.snapshots`. */
  readonly snapshot: number;
  readonly figures: readonly FlowFigures[];
}

/** A recording as the replay and the scorecard read it (the body of the relay's recording route). */
export interface Replay {
  readonly startedAt: number | null;
  readonly frames: readonly ReplayFrame[];
  /** Board files shared by the frames whose board had not changed. */
  readonly snapshots: readonly BoardFile[];
  /** Board edits recorded (each with its time in the file). */
  readonly updates: number;
  /** Lines or snapshots that could not be read; the rest of the recording is kept. */
  readonly issues: readonly string[];
}
