import { problemPrompt } from '@napkin/problems';
import { describe, expect, it } from 'vitest';
import { promptText } from './promptText';

describe("the problem's prompt", () => {
  it('says the task, the scale with its peak load and the requirements', () => {
    const problem = problemPrompt('url-shortener');
    if (problem === null) throw new Error('the library has no url-shortener');
    const text = promptText(problem);
    expect(text.split('\n')[0]).toBe(problem.title);
    expect(text).toContain(problem.prompt);
    expect(text).toContain(`${problem.scale.dailyActiveUsers.toLocaleString('en-US')} daily users`);
    expect(text).toMatch(/≈ [\d,]+ req\/s at peak/);
    for (const line of problem.functional) expect(text).toContain(`• ${line}`);
    expect(text).toContain(`p99 under ${problem.nonFunctional.p99BudgetMs} ms`);
  });
});
