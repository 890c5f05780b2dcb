// The interview's worksheet and the session's problem across browsers, in real Chromium against the real
// relay. A candidate link opened first, in a browser that did not make the session, shows the problem (the
// relay wrote it into the session when it made it). The worksheet is shared live: the candidate's scale
// figures, requirement and endpoint reach the interviewer, the interviewer's data-model note reaches the
// candidate, the observer reads everything and can change nothing, the part of the running phase is marked,
// and "Set the client's load" writes the scale onto the board's client. Practice shows the analysis once the
// time is up. Two more problems open from a fresh browser with their prompts.
import type { BrowserContext } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { participant } from '../support/boardPage';
import type { BoardPage } from '../support/boardPage';
import { joinAsDocParticipant } from '../support/docParticipant';

type Role = 'candidate' | 'interviewer' | 'observer' | 'practice';

interface Session {
  readonly boardId: string;
  readonly links: Partial<Record<Role, { token: string }>>;
}

async function makeSession(origin: string, mode: 'interview' | 'practice', problemId: string): Promise<Session> {
  const response = await fetch(`${origin}/api/interviews`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ mode, problemId }) });
  expect(response.status).toBe(201);
  return (await response.json()) as Session;
}

const linkPath = (session: Session, role: Role): string => `/b/${session.boardId}#k=${session.links[role]?.token ?? ''}`;

async function figure(page: BoardPage, name: string, value: string): Promise<void> {
  const field = page.page.getByTestId(`worksheet-${name}`);
  await field.fill(value);
  await field.press('Enter');
}

test('the worksheet is shared by candidate and interviewer, read-only for the observer, and its scale loads the client', async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  const origin = baseURL ?? '';
  const session = await makeSession(origin, 'interview', 'url-shortener');
  const contexts: BrowserContext[] = [];
  const open = async (name: string, role: Role): Promise<BoardPage> => {
    const context = await browser.newContext({ baseURL: origin });
    contexts.push(context);
    const who = await participant(context, name);
    await who.open(linkPath(session, role));
    return who;
  };
  try {
    // The candidate is first, in a browser that knows nothing of the session: the problem is there.
    const candidate = await open('Carl', 'candidate');
    await expect(candidate.page.getByTestId('interview-problem')).toHaveText('URL shortener');
    const interviewer = await open('Ines', 'interviewer');
    const observer = await open('Olga', 'observer');

    const writer = await joinAsDocParticipant(origin, linkPath(session, 'candidate'));
    try {
      writer.board.addComponent({ kind: 'web-client', name: 'Browser', x: 0, y: 200 });
      for (const who of [candidate, interviewer, observer]) await who.page.getByTestId('worksheet-open').click();

      await figure(candidate, 'dailyActiveUsers', '100,000,000');
      await figure(candidate, 'requestsPerUserPerDay', '10');
      await figure(candidate, 'peakFactor', '3');
      await figure(candidate, 'readsPerWrite', '10');
      // 100 M × 10 / 86,400 × 3 = 34,722 req/s, on every screen.
      for (const who of [candidate, interviewer, observer]) await expect(who.page.getByTestId('worksheet-peak-rps')).toHaveAttribute('data-rps', '34722');
      await expect(interviewer.page.getByTestId('worksheet-dailyActiveUsers')).toHaveValue('100,000,000');

      await candidate.page.getByTestId('worksheet-requirement-input').fill('redirect p99 under 50 ms');
      await candidate.page.getByTestId('worksheet-requirement-add').click();
      await candidate.page.getByTestId('worksheet-api-method').selectOption('POST');
      await candidate.page.getByTestId('worksheet-api-path').fill('/urls');
      await candidate.page.getByTestId('worksheet-api-idempotent').uncheck();
      await candidate.page.getByTestId('worksheet-api-add').click();
      await interviewer.page.getByTestId('worksheet-data-model').fill('code -> long URL, created_at');
      for (const who of [candidate, interviewer, observer]) {
        await expect(who.page.getByTestId('worksheet-requirement').locator('span')).toHaveText(['redirect p99 under 50 ms']);
        await expect(who.page.getByTestId('worksheet-api')).toHaveAttribute('data-path', '/urls');
        await expect(who.page.getByTestId('worksheet-api')).toHaveAttribute('data-idempotent', 'false');
        await expect(who.page.getByTestId('worksheet-data-model')).toHaveValue('code -> long URL, created_at');
      }

      // The observer reads it all and has nothing to change it with.
      await expect(observer.page.getByTestId('worksheet-requirement-input')).toHaveCount(0);
      await expect(observer.page.getByTestId('worksheet-apply')).toHaveCount(0);
      await expect(observer.page.getByTestId('worksheet-data-model')).toHaveAttribute('readonly', '');
      await expect(observer.page.getByTestId('worksheet-dailyActiveUsers')).toHaveAttribute('readonly', '');

      // The part of the running phase is marked, on everyone's screen.
      await expect(candidate.page.getByTestId('worksheet-part-requirements')).toHaveAttribute('data-current', 'false');
      await interviewer.page.getByTestId('timer-start').click();
      await expect(candidate.page.getByTestId('worksheet-part-requirements')).toHaveAttribute('data-current', 'true');
      await interviewer.page.getByTestId('timer-next').click();
      await expect(observer.page.getByTestId('worksheet-part-api')).toHaveAttribute('data-current', 'true');
      await expect(observer.page.getByTestId('worksheet-part-requirements')).toHaveAttribute('data-current', 'false');

      // The stated scale becomes the client's load on the board.
      await expect(candidate.page.getByTestId('worksheet-apply')).toHaveText("Set Browser's load");
      await candidate.page.getByTestId('worksheet-apply').click();
      await expect.poll(() => writer.component('Browser').entry).toMatchObject({ dau: 100_000_000, actionsPerUser: 10, peakFactor: 3 });
      expect(writer.component('Browser').entry?.readFraction).toBeCloseTo(10 / 11, 9);
      await observer.expectStatus('connected');
    } finally {
      writer.close();
    }
  } finally {
    for (const context of contexts) await context.close();
  }
});

test('practice shows the analysis panel and findings only once the time is up', async ({ browser, baseURL }) => {
  const origin = baseURL ?? '';
  const session = await makeSession(origin, 'practice', 'pastebin');
  const context = await browser.newContext({ baseURL: origin });
  try {
    const alone = await participant(context, 'Pat');
    await alone.open(linkPath(session, 'practice'));
    await expect(alone.page.getByTestId('interview-problem')).toHaveText('Pastebin');
    await alone.addComponent('stateless-service', 'API');
    await expect(alone.page.getByTestId('analysis-panel')).toHaveCount(0);
    await expect(alone.node('API').locator('.badges')).toHaveCount(0);
    await alone.page.getByTestId('timer-start').click();
    await expect(alone.page.getByTestId('interview-timer')).toHaveAttribute('data-status', 'running');
    await expect(alone.page.getByTestId('analysis-panel')).toHaveCount(0);
    await alone.page.getByTestId('timer-end').click();
    await expect(alone.page.getByTestId('interview-timer')).toHaveAttribute('data-status', 'ended');
    await expect(alone.page.getByTestId('analysis-panel')).toBeVisible();
    await expect(alone.page.getByTestId('findings').or(alone.page.getByTestId('no-findings'))).toBeVisible();
    await expect(alone.node('API').locator('.badges')).toBeVisible();
  } finally {
    await context.close();
  }
});

test('two more problems open for a candidate in a fresh browser, each with its prompt', async ({ browser, baseURL }) => {
  const origin = baseURL ?? '';
  for (const [problemId, title] of [['chat', 'Chat and messaging'], ['scheduler', 'Distributed scheduler']] as const) {
    const session = await makeSession(origin, 'interview', problemId);
    const context = await browser.newContext({ baseURL: origin });
    try {
      const candidate = await participant(context, 'Carl');
      await candidate.open(linkPath(session, 'candidate'));
      await expect(candidate.page.getByTestId('interview-problem')).toHaveText(title);
      await candidate.page.getByTestId('interview-problem').click();
      await expect(candidate.page.getByTestId('interview-problem-text')).toContainText('req/s at peak');
    } finally {
      await context.close();
    }
  }
});
