import { describe, expect, it } from 'vitest';
import type { BoardId } from '../route/route';
import type { AccessResult } from './accessApi';
import { askAccessEarly } from './earlyAccess';
import type { Token } from './linkStore';

const BOARD = 'board-aaaaaaaaaaaa' as BoardId;
const OTHER = 'board-bbbbbbbbbbbb' as BoardId;
const TOKEN = 'token-1' as Token;
const GRANTED: AccessResult = { kind: 'granted', access: { role: 'editor', board: 'write', comments: 'write', session: 'none', notes: 'none', manageLinks: false } };

describe('askAccessEarly', () => {
  it('asks the relay at once, for the board and link it was given', () => {
    const asked: Array<[BoardId, Token | null]> = [];
    askAccessEarly(BOARD, TOKEN, async (boardId, token) => {
      asked.push([boardId, token]);
      return GRANTED;
    });
    expect(asked).toEqual([[BOARD, TOKEN]]);
  });

  it('hands its answer out once, to the same board and link only', async () => {
    const early = askAccessEarly(BOARD, TOKEN, async () => GRANTED);
    expect(early.take(OTHER, TOKEN)).toBeNull();
    expect(early.take(BOARD, null)).toBeNull();
    const answer = early.take(BOARD, TOKEN);
    expect(await answer).toEqual(GRANTED);
    // Opening the board again later asks afresh instead of trusting an old answer.
    expect(early.take(BOARD, TOKEN)).toBeNull();
  });

  it('hands out an answer that has arrived as it is, once, so the page can open in its first render', async () => {
    const early = askAccessEarly(BOARD, TOKEN, async () => GRANTED);
    expect(early.takeArrived(BOARD, TOKEN)).toBeNull();
    await Promise.resolve();
    expect(early.takeArrived(OTHER, TOKEN)).toBeNull();
    expect(early.takeArrived(BOARD, TOKEN)).toEqual(GRANTED);
    expect(early.takeArrived(BOARD, TOKEN)).toBeNull();
    expect(early.take(BOARD, TOKEN)).toBeNull();
  });

  it('gives nothing once its answer has been taken as a promise', async () => {
    const early = askAccessEarly(BOARD, TOKEN, async () => GRANTED);
    expect(await early.take(BOARD, TOKEN)).toEqual(GRANTED);
    expect(early.takeArrived(BOARD, TOKEN)).toBeNull();
  });
});
