import { describe, expect, it } from 'vitest';
import { CLOSE_MESSAGE, finalCloseOf, limitCloseOf } from './relayCloses';

// The relay's reasons for 4413, as server/src/limits/update-gate.ts words them.
const BOARD_FULL_REASON = 'board is full (8.0 MiB limit): delete components or start a new board';
const UPDATE_TOO_LARGE_REASON = 'update too large: 5.2 MiB over the 4.0 MiB limit; split it';

describe('relay closes in words', () => {
  it('tells a full board (delete or start anew) from a change too large (split it) by the 4413 reason', () => {
    expect(finalCloseOf(4413, BOARD_FULL_REASON)).toBe('board-full');
    expect(finalCloseOf(4413, UPDATE_TOO_LARGE_REASON)).toBe('change-too-large');
    expect(finalCloseOf(4413, '')).toBe('change-too-large');
    expect(CLOSE_MESSAGE['board-full']).toContain('Delete components you no longer need');
    expect(CLOSE_MESSAGE['board-full']).toContain('start a new board');
    expect(CLOSE_MESSAGE['change-too-large']).toContain('smaller parts');
  });

  it('names a revoked link and calls any other final close a refusal', () => {
    expect(finalCloseOf(4410, 'this link was revoked')).toBe('revoked');
    for (const code of [4400, 4401, 4403, 4404]) expect(finalCloseOf(code, 'whatever')).toBe('refused');
  });

  it("names the relay's limits the tab reconnects from, and nothing else", () => {
    expect(limitCloseOf(4429)).toBe('rate-limited');
    expect(limitCloseOf(4408)).toBe('resyncing');
    expect(limitCloseOf(4409)).toBe('falling-behind');
    for (const code of [1000, 1001, 1006, 1011, 4503, null, undefined]) expect(limitCloseOf(code)).toBeNull();
    // Every limit's words say the tab reconnects by itself.
    for (const limit of ['rate-limited', 'resyncing', 'falling-behind'] as const) expect(CLOSE_MESSAGE[limit]).toMatch(/[Rr]econnecting/);
  });
});
