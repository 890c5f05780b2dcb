import { describe, expect, it } from 'vitest';
import { parseReplay, phaseBoundaries } from './recordingApi';

const board = { format: 'napkin-board', version: 1, title: 'T', components: [], calls: [] };
const frame = (time: number, phaseTitle: string, snapshot = 0) => ({ time, phase: 0, phaseTitle, reason: 'phase', snapshot, figures: [] });

describe('parseReplay', () => {
  it('keeps the frames that read and leaves out those naming no snapshot or missing their time', () => {
    const replay = parseReplay({
      snapshots: [board],
      frames: [frame(1, 'Requirements'), frame(2, 'API', 3), { ...frame(3, 'API'), time: 'soon' }, null, {
        ...frame(4, 'API'), figures: [{ entry: 'client', name: 'Read', p50Ms: 12, p99Ms: null, budgetMs: 200, withinBudget: false, availabilityPercent: 99.9, objectivePercent: 99.95, meetsObjective: false }, { name: 3 }],
      }],
      issues: ['line 4: not JSON', 7],
    });
    expect(replay.frames.map((kept) => kept.time)).toEqual([1, 4]);
    expect(replay.frames[1]?.figures).toEqual([{ entry: 'client', name: 'Read', p50Ms: 12, p99Ms: null, budgetMs: 200, withinBudget: false, availabilityPercent: 99.9, objectivePercent: 99.95, meetsObjective: false }]);
    expect(replay.issues).toEqual(['line 4: not JSON']);
    // What this body did not send reads as nothing: no start time, no edits, frames numbered by position, not ended.
    expect([replay.startedAt, replay.updates, replay.frames[1]?.n, replay.frames[1]?.ended]).toEqual([null, 0, 4, false]);
  });
});

describe('phaseBoundaries', () => {
  it('marks the first frame of each phase', () => {
    const { frames } = parseReplay({ snapshots: [board], frames: [frame(1, 'Requirements'), frame(2, 'Requirements'), frame(3, 'API'), frame(4, 'Ended')] });
    expect(phaseBoundaries(frames)).toEqual([0, 2, 3]);
  });
});
