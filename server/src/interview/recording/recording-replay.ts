// A recording as the replay and the scorecard read it: its frames in order, each with its time, its phase
// (named), the board as it was (an index into `snapshots`, board files shared by frames whose board had not
// changed) and its headline figures. A snapshot that cannot be decoded costs its frames, listed in `issues`.
import { RAPID_S_PHASES } from '@napkin/doc';
import type { FlowFigures, Replay, ReplayFrame } from '@napkin/doc';
import * as Y from 'yjs';
import type { BoardId } from '../../board-id.js';
import { boardFileOf } from './headline-figures.js';
import type { BoardFile } from './headline-figures.js';
import type { ParsedRecording } from './recording-format.js';
import type { RecordingStore } from './recording-store.js';

export function phaseTitleOf(phase: number, ended: boolean): string {
  if (ended) return 'Ended';
  return RAPID_S_PHASES[phase]?.title ?? 'Before the start';
}

export function replayOf(recording: ParsedRecording): Replay {
  const issues = [...recording.issues];
  const snapshots: BoardFile[] = [];
  const snapshotIndex = new Map<number, number>();
  const frames: ReplayFrame[] = [];
  for (const frame of recording.frames) {
    let index: number | undefined;
    if (frame.snapshot !== undefined) {
      const file = decodeSnapshot(frame.snapshot);
      if (file === null) issues.push(`frame ${frame.n}: its board snapshot could not be decoded`);
      else {
        index = snapshots.push(file) - 1;
        snapshotIndex.set(frame.n, index);
      }
    } else if (frame.ref !== undefined) {
      index = snapshotIndex.get(frame.ref);
      if (index === undefined) issues.push(`frame ${frame.n}: the snapshot it refers to (frame ${frame.ref}) could not be read`);
    }
    if (index === undefined) continue;
    frames.push({
      n: frame.n, time: frame.t, reason: frame.reason, phase: frame.phase, phaseTitle: phaseTitleOf(frame.phase, frame.ended),
      ended: frame.ended, snapshot: index, figures: frame.figures,
    });
  }
  return { startedAt: recording.start?.startedAt ?? null, frames, snapshots, updates: recording.updates.length, issues };
}

function decodeSnapshot(base64: string): BoardFile | null {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, Buffer.from(base64, 'base64'));
    return boardFileOf(doc);
  } catch {
    return null;
  }
}

/** The last frame's figures: what the session ended with (for the scorecard). */
export interface FinalFigures {
  readonly time: number;
  readonly phase: number;
  readonly phaseTitle: string;
  readonly ended: boolean;
  readonly figures: readonly FlowFigures[];
}

export function finalFiguresOf(recording: ParsedRecording): FinalFigures | null {
  const last = recording.frames.at(-1);
  if (last === undefined) return null;
  return { time: last.t, phase: last.phase, phaseTitle: phaseTitleOf(last.phase, last.ended), ended: last.ended, figures: last.figures };
}

/**
 * The typed reader the scorecard uses: the final frame's figures of a session's recording, null when the
 * session has no recording (deleted, past its retention) or no frame yet. Never throws on a damaged file.
 */
export async function readFinalFigures(store: RecordingStore, boardId: BoardId): Promise<FinalFigures | null> {
  const recording = await store.read(boardId);
  return recording === null ? null : finalFiguresOf(recording);
}
