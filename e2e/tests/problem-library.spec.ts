// The interview problem library in real Chromium against the real relay: the home page leads to
// /interviews, which lists the twenty problems with their figures; "Practise alone" makes a practice
// session and opens its board; the practice link it holds cannot read the interviewer's material while
// the time runs (the relay refuses it).
import { expect, test } from '../support/fixtures';

test('the library lists twenty problems and starts a practice session that keeps the rubric back', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('open-interviews').click();
  await expect(page).toHaveURL(/\/interviews$/);
  await expect(page.locator('[data-testid^="problem-"]')).toHaveCount(20);

  const shortener = page.getByTestId('problem-url-shortener');
  await shortener.getByText('Scale and requirements').click();
  await expect(shortener).toContainText('about 17.4K req/s');
  await expect(shortener).toContainText('p99 ≤ 100 ms, 99.9 % available');

  await page.getByTestId('practice-url-shortener').click();
  await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]{22,}/);
  const boardId = /\/b\/([A-Za-z0-9_-]+)/.exec(page.url())?.[1] ?? '';
  const stored = await page.evaluate(() => window.localStorage.getItem('napkin.interviews'));
  const session = (JSON.parse(stored ?? '{}') as Record<string, { mode: string; problemId: string; links: Record<string, string> }>)[boardId];
  expect(session).toMatchObject({ mode: 'practice', problemId: 'url-shortener' });

  const answer = await page.evaluate(
    async ([board, token]) => {
      const response = await fetch(`/api/problems/url-shortener/interviewer?board=${board}`, { headers: { Authorization: `Bearer ${token}` } });
      return { status: response.status, body: await response.text() };
    },
    [boardId, session?.links.practice ?? ''] as const,
  );
  expect(answer.status).toBe(403);
  expect(answer.body).not.toContain('referenceBoard');
});
