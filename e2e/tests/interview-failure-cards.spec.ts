// A failure card end to end: a real relay, the interviewer's and the candidate's browsers on one session made
// by `POST /api/interviews`, and the candidate's design drawn by a real y-websocket client with the
// candidate's link (a client offering 1,000 req/s to an API that serves 10,000). The interviewer plays
// "traffic ×5 at peak": the candidate's own screen shows the API five times as busy and the incident with
// the time it was played; the interviewer's drawer lists the card with its time; clearing it brings the
// numbers back for everyone. The candidate has no cards to play (the relay refuses their session writes too:
// server/test/interview).
import { expect, test } from '../support/fixtures';
import { participant } from '../support/boardPage';
import { joinAsDocParticipant } from '../support/docParticipant';

interface Session {
  readonly boardId: string;
  readonly links: Record<'candidate' | 'interviewer' | 'observer', { token: string }>;
}

const CLOCK_MINUTE = /\(played \d\d:\d\d\)/;

test('the interviewer plays "traffic ×5": the candidate sees the numbers change and the incident, the card is recorded with its time', async ({ browser, baseURL }) => {
  // Two browsers and a Node client on a shared two-core machine.
  test.setTimeout(120_000);
  const origin = baseURL ?? '';
  const response = await fetch(`${origin}/api/interviews`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ mode: 'interview', problemId: 'url-shortener' }) });
  expect(response.status).toBe(201);
  const session = (await response.json()) as Session;
  const path = (role: keyof Session['links']) => `/b/${session.boardId}#k=${session.links[role].token}`;

  const design = await joinAsDocParticipant(origin, path('candidate'));
  const contexts = await Promise.all([0, 1].map(() => browser.newContext({ baseURL: origin })));
  try {
    const client = design.board.addComponent({ kind: 'web-client', name: 'Browser', x: 0, y: 0, entry: { rps: 1000 } });
    const api = design.board.addComponent({ kind: 'stateless-service', name: 'API', x: 320, y: 0, instances: 1, params: { capacityRps: 10_000 } });
    design.board.addCall({ from: client, to: api, mode: 'sync' });

    const [interviewerContext, candidateContext] = contexts as [(typeof contexts)[number], (typeof contexts)[number]];
    const interviewer = await participant(interviewerContext, 'Ines');
    const candidate = await participant(candidateContext, 'Carl');
    await interviewer.open(path('interviewer'));
    await candidate.open(path('candidate'));

    // Before the card: the candidate's badges (shown in an interview by default) read the design as drawn.
    const utilisation = candidate.node('API').getByTestId('badge-utilisation');
    await expect(utilisation).toHaveText('10 %');
    await expect(candidate.node('Browser').getByTestId('badge-offered-load')).toHaveText('1,000 req/s');

    // Only the interviewer has the cards; each says what it would hit on this board.
    await expect(candidate.page.getByTestId('failure-cards')).toHaveCount(0);
    await interviewer.page.getByTestId('interview-session').click();
    await expect(interviewer.page.getByTestId('card-target-traffic-surge')).toHaveText('Browser: traffic ×5');
    await expect(interviewer.page.getByTestId('card-target-cache-gone')).toHaveText('Cannot play: no cache on the board');
    await expect(interviewer.page.getByTestId('play-card-cache-gone')).toBeDisabled();
    const before = Date.now();
    await interviewer.page.getByTestId('play-card-traffic-surge').click();

    // The candidate's numbers change, and their screen names the incident and when it was played.
    await expect(utilisation).toHaveText('50 %');
    await expect(candidate.node('Browser').getByTestId('badge-offered-load')).toHaveText('5,000 req/s');
    const incident = candidate.page.getByTestId('incident-traffic-surge');
    await expect(incident).toContainText('Incident: Traffic ×5 at peak — Browser: traffic ×5');
    await expect(incident).toContainText(CLOCK_MINUTE);
    await expect(candidate.page.getByTestId('clear-incident-traffic-surge')).toHaveCount(0);

    // The interviewer's record: the card, its target and its time (relay time, within the test's own window).
    const played = interviewer.page.getByTestId('played-card');
    await expect(played).toHaveCount(1);
    await expect(played).toContainText('Traffic ×5 at peak: Browser: traffic ×5, played');
    await expect(played).toContainText('(in play)');
    const playedAt = Number(await played.getAttribute('data-played-at'));
    expect(playedAt).toBeGreaterThan(before - 60_000);
    expect(playedAt).toBeLessThan(Date.now() + 60_000);

    // Clearing the incident (from the banner, the drawer closed) takes its marks off: everyone's numbers come
    // back; the record keeps the card with the time it was cleared.
    await interviewer.page.getByTestId('interview-session').click();
    await interviewer.page.getByTestId('clear-incident-traffic-surge').click();
    await expect(utilisation).toHaveText('10 %');
    await expect(candidate.page.getByTestId('incident-banner')).toHaveCount(0);
    await interviewer.page.getByTestId('interview-session').click();
    await expect(played).toContainText(/cleared \d\d:\d\d/);
    expect(design.component('Browser').whatIf).toBeUndefined();
  } finally {
    design.close();
    for (const context of contexts) await context.close();
  }
});
