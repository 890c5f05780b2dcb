// A session's recording end to end, two browser contexts on one session made by `POST /api/interviews`: both
// screens say the session is recorded; the candidate draws a service in the first phase and a database after
// the interviewer moves on; the interviewer's replay, at the second phase's boundary, shows the board as it
// was then (the service, not the database) and the last frame shows both. The candidate has no replay.
// (Frames per phase, the figures, 403 for candidate and observer, deletion and retention: server/test/interview.)
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { participant } from '../support/boardPage';

interface Session {
  readonly boardId: string;
  readonly links: Record<'candidate' | 'interviewer' | 'observer', { token: string }>;
}

const expectPhase = (page: Page, phase: string) => expect(page.getByTestId('interview-timer')).toHaveAttribute('data-phase', phase);

test('the replay at a phase boundary shows the board as it was then', async ({ browser, baseURL }) => {
  // Two browsers on a shared two-core machine: about a minute idle, more under a CI run's load.
  test.setTimeout(180_000);
  const origin = baseURL ?? '';
  const response = await fetch(`${origin}/api/interviews`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ mode: 'interview', problemId: 'url-shortener' }) });
  expect(response.status).toBe(201);
  const session = (await response.json()) as Session;

  const contexts: BrowserContext[] = await Promise.all([0, 1].map(() => browser.newContext({ baseURL: origin })));
  try {
    const [interviewerContext, candidateContext] = contexts as [BrowserContext, BrowserContext];
    // The interviewer's browser started the session: it holds the links and sets the session room up.
    await interviewerContext.addInitScript(([boardId, links]) => {
      window.localStorage.setItem('napkin.interviews', JSON.stringify({ [boardId]: { mode: 'interview', problemId: 'url-shortener', links } }));
    }, [session.boardId, { candidate: session.links.candidate.token, interviewer: session.links.interviewer.token, observer: session.links.observer.token }] as const);
    const interviewer = await participant(interviewerContext, 'Ines');
    const candidate = await participant(candidateContext, 'Carl');
    await interviewer.open(`/b/${session.boardId}#k=${session.links.interviewer.token}`);
    await candidate.open(`/b/${session.boardId}#k=${session.links.candidate.token}`);

    for (const who of [interviewer, candidate]) await expect(who.page.getByTestId('recording-mark')).toHaveText('● Recording');
    await expect(candidate.page.getByTestId('replay-open')).toHaveCount(0);

    await interviewer.page.getByTestId('timer-start').click();
    await expectPhase(candidate.page, 'requirements');
    await candidate.addComponent('stateless-service');
    await expect(interviewer.nodes).toHaveCount(1);

    await interviewer.page.getByTestId('timer-next').click();
    await expectPhase(candidate.page, 'api');
    // Drawn once the candidate's screen shows the new phase: after the boundary.
    const database = await candidate.addComponent('relational-primary');
    const databaseId = (await database.getAttribute('data-id')) ?? '';
    expect(databaseId).not.toBe('');
    await expect(interviewer.nodes).toHaveCount(2);
    await interviewer.page.getByTestId('timer-next').click();
    await expectPhase(candidate.page, 'high-level');

    await interviewer.page.getByTestId('replay-open').click();
    const replay = interviewer.page.getByTestId('replay-view');
    const diagram = replay.getByTestId('replay-diagram');
    // It opens on the last frame: the board as it is now.
    // (A frame before the start is there too when the board changed and 30 s passed before the timer started.)
    const boundaries = replay.getByTestId('replay-boundary');
    await expect(boundaries.last()).toHaveAttribute('data-phase', 'High-level design');
    expect((await boundaries.evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-phase')))).slice(-3)).toEqual(['Requirements', 'API', 'High-level design']);
    await expect(replay.getByTestId('replay-frame')).toHaveAttribute('data-phase', 'High-level design');
    await expect(diagram).toHaveAttribute('data-components', '2');
    // The drawing names each component's group by its id (@napkin/render's SVG).
    const drawnDatabase = diagram.locator(`[id="napkin-component-${databaseId}"]`);
    await expect(drawnDatabase).toHaveCount(1);

    await replay.locator('[data-testid="replay-boundary"][data-phase="API"]').click();
    await expect(replay.getByTestId('replay-frame')).toHaveAttribute('data-phase', 'API');
    await expect(diagram).toHaveAttribute('data-components', '1');
    await expect(drawnDatabase).toHaveCount(0);

    await replay.locator('[data-testid="replay-boundary"][data-phase="Requirements"]').click();
    await expect(diagram).toHaveAttribute('data-components', '0');
    await expect(replay.getByTestId('replay-figures')).toBeVisible();
    await replay.getByTestId('replay-close').click();
    await expect(replay).toHaveCount(0);
  } finally {
    for (const context of contexts) await context.close();
  }
});
