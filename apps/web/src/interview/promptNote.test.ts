import { Board } from '@napkin/doc';
import { problemPrompt } from '@napkin/problems';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { promptNoteText, seedPromptNote } from './promptNote';

describe("the problem's prompt on the board", () => {
  it('says the task, the scale with its peak load and the requirements', () => {
    const problem = problemPrompt('url-shortener');
    if (problem === null) throw new Error('the library has no url-shortener');
    const text = promptNoteText(problem);
    expect(text.split('\n')[0]).toBe(problem.title);
    expect(text).toContain(problem.prompt);
    expect(text).toContain(`${problem.scale.dailyActiveUsers.toLocaleString('en-US')} daily users`);
    expect(text).toMatch(/≈ [\d,]+ req\/s at peak/);
    for (const line of problem.functional) expect(text).toContain(`• ${line}`);
    expect(text).toContain(`p99 under ${problem.nonFunctional.p99BudgetMs} ms`);
  });

  it('is one note on the board, and nothing for an unknown problem', () => {
    const board = new Board(new Y.Doc());
    expect(seedPromptNote(board, 'no-such-problem')).toBe(false);
    expect(seedPromptNote(board, null)).toBe(false);
    expect(board.snapshot().annotations).toHaveLength(0);
    expect(seedPromptNote(board, 'url-shortener')).toBe(true);
    expect(board.snapshot().annotations).toHaveLength(1);
    expect(board.snapshot().annotations[0]?.text).toContain('URL shortener');
  });
});
