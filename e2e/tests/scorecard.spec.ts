// The interview's scorecard end to end, two browser contexts on one session against the real relay: the
// candidate's screen and the interviewer's. The candidate's design arrives (through a real y-websocket client
// holding the candidate link, which can state the entry's load); the interviewer's rubric judges it live from
// their own analysis, its evidence link frames the cache, the interviewer scores the point with a note, writes
// the summary and downloads the Markdown scorecard, which holds the score, the phases and the flow's final p99
// and availability as the analysis panel shows them. The candidate's screen offers no scorecard, and the relay
// refuses the candidate's link (403).
import { readFile } from 'node:fs/promises';
import type { BrowserContext } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { participant } from '../support/boardPage';
import { joinAsDocParticipant } from '../support/docParticipant';

interface Session {
  readonly boardId: string;
  readonly links: Record<'candidate' | 'interviewer' | 'observer', { token: string }>;
}

test('the interviewer scores a point and downloads the scorecard with the score, the phases and the final figures', async ({ browser, baseURL }) => {
  test.setTimeout(110_000);
  const origin = baseURL ?? '';
  const response = await fetch(`${origin}/api/interviews`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ mode: 'interview', problemId: 'url-shortener' }) });
  expect(response.status).toBe(201);
  const session = (await response.json()) as Session;
  const contexts: BrowserContext[] = await Promise.all([0, 1].map(() => browser.newContext({ baseURL: origin, acceptDownloads: true })));
  try {
    const [interviewerContext, candidateContext] = contexts as [BrowserContext, BrowserContext];
    const interviewer = await participant(interviewerContext, 'Ines');
    const candidate = await participant(candidateContext, 'Carl');
    await interviewer.open(`/b/${session.boardId}#k=${session.links.interviewer.token}`);
    await candidate.open(`/b/${session.boardId}#k=${session.links.candidate.token}`);
    await interviewer.page.getByTestId('timer-start').click();
    await expect(interviewer.page.getByTestId('interview-timer')).toHaveAttribute('data-status', 'running');

    await interviewer.page.getByTestId('interview-session').click();
    const point = interviewer.page.getByTestId('rubric-url-shortener.hot-cache');
    await expect(point).toHaveAttribute('data-status', 'missing');

    const writer = await joinAsDocParticipant(origin, `/b/${session.boardId}#k=${session.links.candidate.token}`);
    try {
      const client = writer.board.addComponent({ kind: 'web-client', name: 'Browser', x: 0, y: 300, entry: { rps: 500 } });
      const cache = writer.board.addComponent({ kind: 'in-memory-cache', name: 'Redis', x: 300, y: 300 });
      writer.board.addCall({ from: client, to: cache, mode: 'sync' });
    } finally {
      writer.close();
    }
    await expect(candidate.node('Redis')).toBeVisible();

    // Judged live on the interviewer's screen; the evidence names the cache and selects it on the board.
    await expect(point).toHaveAttribute('data-status', 'met');
    await point.getByTestId('evidence-url-shortener.hot-cache').click();
    await expect(interviewer.page.locator('.react-flow__node.selected')).toContainText('Redis');
    await interviewer.page.getByTestId('score-url-shortener.hot-cache-3').click();
    await interviewer.page.getByTestId('note-url-shortener.hot-cache').fill('sized the cache from the read ratio');
    await interviewer.page.getByTestId('scorecard-summary').fill('Lean hire: caching first, availability left late.');
    await expect(interviewer.page.getByTestId('score-url-shortener.hot-cache-3')).toHaveAttribute('aria-pressed', 'true');

    // The final figures as the interviewer's analysis panel shows them.
    const flow = interviewer.page.getByTestId('flow').filter({ hasText: 'Browser' });
    await expect(flow.getByTestId('flow-p99')).toBeVisible();
    const p99 = (await flow.getByTestId('flow-p99').innerText()).trim();
    const availability = (await flow.getByTestId('flow-availability').innerText()).trim();

    // Scores and summary are typed into the notes room: download once the relay has them (the scorecard says so).
    await expect(async () => {
      const downloading = interviewer.page.waitForEvent('download');
      await interviewer.page.getByTestId('scorecard-md').click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/scorecard\.md$/);
      const markdown = await readFile((await download.path()) ?? '', 'utf8');
      expect(markdown).toContain('# Interview scorecard: URL shortener');
      expect(markdown).toMatch(/\| [^|]+ \| met \| Redis: [\d,]+ req\/s \| 3 \/ 4 \| sized the cache from the read ratio \|/);
      expect(markdown).toContain('Lean hire: caching first, availability left late.');
      expect(markdown).toMatch(/\| Requirements \(current\) \| 5:00 \| \d+:\d\d \| — \|/);
      expect(markdown).toContain(`| Browser |`);
      expect(markdown).toContain(`${p99} (`);
      expect(markdown).toContain(`${availability} (`);
    }).toPass({ timeout: 30_000 });

    // The candidate has neither the drawer nor the scorecard.
    await expect(candidate.page.getByTestId('interview-session')).toHaveCount(0);
    const refused = await candidate.page.evaluate(
      async ([boardId, token]) => (await fetch(`/api/interviews/${boardId}/scorecard?format=md`, { headers: { Authorization: `Bearer ${token}` } })).status,
      [session.boardId, session.links.candidate.token] as const,
    );
    expect(refused).toBe(403);
  } finally {
    for (const context of contexts) await context.close();
  }
});
