// An interview session end to end, three browser contexts on one session made by `POST /api/interviews`:
// the interviewer (whose clock is set 7 minutes fast: the timer's timestamps must be relay time, not theirs),
// the candidate and an observer. The timer agrees within a second on all three screens after start, pause
// and advance; the candidate sees badges but no analysis panel or findings until the interviewer switches
// them on; the observer cannot change the board through the UI; only the interviewer has the Session drawer
// with the links and the private notes; everyone can open the problem's prompt. A second test: a rubric point
// turns from missing to met when the candidate draws what it asks for. (That the candidate's and observer's sockets never receive the notes,
// and that an observer's socket cannot write the board, is server/test/interview and test/access.)
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { participant } from '../support/boardPage';
import type { BoardPage } from '../support/boardPage';
import { joinAsDocParticipant } from '../support/docParticipant';

interface Session {
  readonly boardId: string;
  readonly links: Record<'candidate' | 'interviewer' | 'observer', { token: string }>;
}

const SKEW_MS = 7 * 60_000;
const PHASE_MS = 5 * 60_000;

/** Shifts this context's clock (Date.now and new Date()) by `skewMs`; timers and performance.now keep real time. */
async function skewClock(context: BrowserContext, skewMs: number): Promise<void> {
  await context.addInitScript((skew) => {
    const RealDate = Date;
    const realNow = RealDate.now.bind(RealDate);
    class SkewedDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(realNow() + skew);
        else super(...(args as [number]));
      }
      static override now(): number {
        return realNow() + skew;
      }
    }
    globalThis.Date = SkewedDate as DateConstructor;
  }, skewMs);
}

/** Makes a session through the relay's API, and a browser context that started it (it holds the links). */
async function startSession(browser: Browser, origin: string): Promise<{ session: Session; context: BrowserContext }> {
  const response = await fetch(`${origin}/api/interviews`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ mode: 'interview', problemId: 'url-shortener' }) });
  expect(response.status).toBe(201);
  const session = (await response.json()) as Session;
  const context = await browser.newContext({ baseURL: origin });
  await context.addInitScript(([boardId, links]) => {
    const entry = { mode: 'interview', problemId: 'url-shortener', links };
    window.localStorage.setItem('napkin.interviews', JSON.stringify({ [boardId]: entry }));
  }, [session.boardId, { candidate: session.links.candidate.token, interviewer: session.links.interviewer.token, observer: session.links.observer.token }] as const);
  return { session, context };
}

interface Reading {
  readonly status: string | null;
  readonly phase: string | null;
  readonly remainingMs: number;
  /** Half the round trip of the screen's clock estimate (diagnosis only). */
  readonly uncertaintyMs: string | null;
  /** When the screen took the figure, by the browser's own clock (which the skew leaves alone). */
  readonly shownAt: number;
}

async function readTimer(page: Page): Promise<Reading> {
  return page.getByTestId('interview-timer').evaluate((el) => ({
    status: el.getAttribute('data-status'),
    phase: el.getAttribute('data-phase'),
    remainingMs: Number(el.getAttribute('data-remaining-ms')),
    uncertaintyMs: el.getAttribute('data-clock-uncertainty-ms'),
    shownAt: Number(el.getAttribute('data-shown-at')),
  }));
}

/**
 * Waits until every screen shows `status` in `phase`, then reads all three: they agree within 1 s. Reading a
 * page takes a while on a busy machine, so each figure is brought to the same instant (the latest reading's)
 * by the browser's own clock before they are compared: what each screen showed at that moment.
 */
async function expectAgreement(pages: readonly Page[], status: string, phase: string): Promise<readonly Reading[]> {
  for (const page of pages) {
    await expect(page.getByTestId('interview-timer')).toHaveAttribute('data-status', status);
    await expect(page.getByTestId('interview-timer')).toHaveAttribute('data-phase', phase);
  }
  const readings = await Promise.all(pages.map(readTimer));
  const instant = Math.max(...readings.map((reading) => reading.shownAt));
  const remaining = readings.map((reading) => reading.remainingMs - (status === 'running' ? instant - reading.shownAt : 0));
  expect(Math.max(...remaining) - Math.min(...remaining), `remaining ms on the three screens: ${remaining.join(', ')}; clock uncertainty ms: ${readings.map((reading) => reading.uncertaintyMs).join(', ')}`).toBeLessThan(1000);
  return readings;
}

test('candidate, interviewer and observer run one interview: timer, candidate view, read-only observer, private notes', async ({ browser, baseURL }) => {
  // Three browsers on a shared two-core machine: a busy run took 1.8 minutes.
  test.setTimeout(180_000);
  const origin = baseURL ?? '';
  const response = await fetch(`${origin}/api/interviews`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ mode: 'interview', problemId: 'url-shortener' }) });
  expect(response.status).toBe(201);
  const session = (await response.json()) as Session;

  const contexts = await Promise.all([0, 1, 2].map(() => browser.newContext({ baseURL: origin })));
  try {
    const [interviewerContext, candidateContext, observerContext] = contexts as [BrowserContext, BrowserContext, BrowserContext];
    await skewClock(interviewerContext, SKEW_MS);
    // The interviewer's browser is the one that started the session: it holds the session's links.
    await interviewerContext.addInitScript(([boardId, links]) => {
      const entry = { mode: 'interview', problemId: 'url-shortener', links };
      window.localStorage.setItem('napkin.interviews', JSON.stringify({ [boardId]: entry }));
    }, [session.boardId, { candidate: session.links.candidate.token, interviewer: session.links.interviewer.token, observer: session.links.observer.token }] as const);
    const interviewer = await participant(interviewerContext, 'Ines');
    const candidate = await participant(candidateContext, 'Carl');
    const observer = await participant(observerContext, 'Olga');
    const open = (who: BoardPage, role: keyof Session['links']) => who.open(`/b/${session.boardId}#k=${session.links[role].token}`);
    await open(interviewer, 'interviewer');
    await open(candidate, 'candidate');
    await open(observer, 'observer');
    const pages = [interviewer.page, candidate.page, observer.page];

    // The interviewer's screen set the session up: every screen offers the problem's prompt.
    for (const who of [candidate, observer]) await expect(who.page.getByTestId('interview-problem')).toHaveText('URL shortener');
    await candidate.page.getByTestId('interview-problem').click();
    await expect(candidate.page.getByTestId('interview-problem-text')).toContainText('req/s at peak');
    await candidate.page.getByTestId('interview-problem').click();

    // The interviewer's clock is 7 minutes fast; the controls wait for the relay's time.
    expect(await interviewer.page.evaluate(() => Date.now())).toBeGreaterThan(Date.now() + SKEW_MS - 60_000);
    await expect(interviewer.page.getByTestId('interview-timer')).toHaveAttribute('data-clock', 'relay');
    await expect(candidate.page.getByTestId('timer-start')).toHaveCount(0);
    await expect(observer.page.getByTestId('timer-start')).toHaveCount(0);

    await interviewer.page.getByTestId('timer-start').click();
    const started = await expectAgreement(pages, 'running', 'requirements');
    for (const reading of started) {
      expect(reading.remainingMs).toBeGreaterThan(PHASE_MS - 30_000);
      expect(reading.remainingMs).toBeLessThanOrEqual(PHASE_MS);
    }

    await interviewer.page.getByTestId('timer-pause').click();
    await expectAgreement(pages, 'paused', 'requirements');
    await interviewer.page.getByTestId('timer-resume').click();
    await expectAgreement(pages, 'running', 'requirements');
    await interviewer.page.getByTestId('timer-next').click();
    const advanced = await expectAgreement(pages, 'running', 'api');
    for (const reading of advanced) expect(reading.remainingMs).toBeGreaterThan(PHASE_MS - 30_000);
    await interviewer.page.getByTestId('timer-pause').click();
    await expectAgreement(pages, 'paused', 'api');

    // What the candidate sees: badges yes, the analysis panel and its findings no, until the interviewer says.
    await candidate.addComponent('stateless-service', 'API');
    await expect(observer.node('API')).toBeVisible();
    await expect(interviewer.page.getByTestId('analysis-panel')).toBeVisible();
    await expect(interviewer.page.getByTestId('findings').or(interviewer.page.getByTestId('no-findings'))).toBeVisible();
    await expect(candidate.page.getByTestId('analysis-panel')).toHaveCount(0);
    await expect(candidate.page.getByTestId('analysis-panel-open')).toHaveCount(0);
    await expect(candidate.node('API').locator('.badges')).toBeVisible();
    await interviewer.page.getByTestId('interview-session').click();
    await interviewer.page.getByTestId('candidate-view-panel').check();
    await expect(candidate.page.getByTestId('analysis-panel')).toBeVisible();
    await expect(candidate.page.getByTestId('findings').or(candidate.page.getByTestId('no-findings'))).toHaveCount(0);
    await interviewer.page.getByTestId('candidate-view-findings').check();
    await expect(candidate.page.getByTestId('findings').or(candidate.page.getByTestId('no-findings'))).toBeVisible();
    await interviewer.page.getByTestId('candidate-view-badges').uncheck();
    await expect(candidate.node('API').locator('.badges')).toHaveCount(0);
    await expect(interviewer.node('API').locator('.badges')).toBeVisible();

    // The Session drawer: the links to hand out and the private notes, on the interviewer's screen only.
    await expect(interviewer.page.getByTestId('session-link-candidate')).toHaveAttribute('data-url', new RegExp(`/b/${session.boardId}#k=${session.links.candidate.token}$`));
    await interviewer.page.getByTestId('private-notes-text').fill('Strong on requirements; ask about hot keys.');
    await expect(interviewer.page.getByTestId('private-notes-text')).toHaveValue('Strong on requirements; ask about hot keys.');
    await expect(candidate.page.getByTestId('interview-session')).toHaveCount(0);
    await expect(observer.page.getByTestId('interview-session')).toHaveCount(0);

    // The observer cannot change the board through the UI.
    await expect(observer.page.getByTestId('view-only')).toBeVisible();
    await expect(observer.page.getByTestId('palette')).toHaveCount(0);
    const before = await candidate.position('API');
    await observer.dragBy('API', 120, 80);
    const grab = await observer.grabPoint('API');
    await observer.page.mouse.click(grab.x, grab.y);
    await observer.page.keyboard.press('Delete');
    await observer.page.keyboard.press('Backspace');
    await candidate.addComponent('relational-primary', 'DB');
    await expect(observer.node('DB')).toBeVisible();
    await observer.expectStatus('connected');
    expect(await candidate.position('API')).toEqual(before);
    await expect(candidate.nodes).toHaveCount(2);
    await expect(observer.nodes).toHaveCount(2);
  } finally {
    for (const context of contexts) await context.close();
  }
});

test("an automatic rubric point turns from missing to met when the candidate adds the component, and the interviewer scores it", async ({ browser, baseURL }) => {
  const origin = baseURL ?? '';
  const { session, context } = await startSession(browser, origin);
  try {
    const interviewer = await participant(context, 'Ines');
    await interviewer.open(`/b/${session.boardId}#k=${session.links.interviewer.token}`);
    await interviewer.page.getByTestId('interview-session').click();
    const point = interviewer.page.getByTestId('rubric-url-shortener.hot-cache');
    await expect(point).toHaveAttribute('data-status', 'missing');

    // The candidate, as a real y-websocket client with the candidate link, puts a cache on the read path.
    const candidate = await joinAsDocParticipant(origin, `/b/${session.boardId}#k=${session.links.candidate.token}`);
    try {
      const client = candidate.board.addComponent({ kind: 'web-client', name: 'Browser', x: 0, y: 300, entry: { rps: 500 } });
      const cache = candidate.board.addComponent({ kind: 'in-memory-cache', name: 'Redis', x: 300, y: 300 });
      candidate.board.addCall({ from: client, to: cache, mode: 'sync' });
      await expect(point).toHaveAttribute('data-status', 'met');
      await expect(point).toContainText('Redis');
    } finally {
      candidate.close();
    }
    await interviewer.page.getByTestId('score-url-shortener.hot-cache-3').click();
    await expect(interviewer.page.getByTestId('score-url-shortener.hot-cache-3')).toHaveAttribute('aria-pressed', 'true');
  } finally {
    await context.close();
  }
});
