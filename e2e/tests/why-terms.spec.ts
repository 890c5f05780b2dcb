// The headline "why?" opens to its terms, and each hop says how much traffic it sees (issue 15). A
// Node participant writes Users (90 % reads) → CDN (90 % hit ratio) → API → Search (fan-out of 10),
// and API → DB for writes only; the browser opens the flow's p99 "why?" and finds a term for every
// hop, each a link that selects its component; the API's row on the critical path and its badge say
// 0.9 × (1 − 0.9) + 0.1 = 19 % of requests reach it, with the CDN's hit ratio as the reason.
import type { ComponentId } from '@napkin/doc';
import { joinAsDocParticipant } from '../support/docParticipant';
import { expect, test } from '../support/fixtures';

test.use({ viewport: { width: 1800, height: 1000 } });

test('the p99 "why?" lists each hop as a term, and hop rows and badges show their share of traffic', async ({ alice, baseURL }) => {
  const path = await alice.createBoard();
  const writer = await joinAsDocParticipant(baseURL!, path);
  const add = (kind: string, name: string, x: number, y: number, extra: object = {}) =>
    writer.board.addComponent({ kind, name, x, y, ...extra });
  const users = add('web-client', 'Users', 260, 20, { entry: { rps: 100, readFraction: 0.9 } });
  const cdn = add('cdn', 'CDN', 260, 200, { params: { hitRatio: 0.9 } });
  const api = add('stateless-service', 'API', 260, 380);
  const search = add('stateless-service', 'Search', 600, 380);
  const db = add('relational-primary', 'DB', 600, 560);
  const call = (from: ComponentId, to: ComponentId, extra: object = {}) => writer.board.addCall({ from, to, mode: 'sync', ...extra });
  call(users, cdn);
  call(cdn, api);
  call(api, search, { callsPerRequest: 10 });
  call(api, db, { traffic: 'write' });
  await expect(alice.edges).toHaveCount(4);
  writer.close();

  const panel = alice.page.getByTestId('analysis-panel');
  await panel.getByTestId('flow-p99').click();
  const popover = alice.page.getByTestId('why-popover');
  await expect(popover.getByTestId('why-terms').first()).toBeVisible();
  for (const id of [cdn, api, search, db]) await expect(popover.locator(`[data-testid="why-term"][data-component="${id}"]`).first()).toBeVisible();
  // Reads and writes are a mixture; the search fan-out is its own rule.
  await expect(popover.locator('[data-testid="why-term"][data-rule="fan-out"]').first()).toHaveAttribute('data-component', search);
  await popover.locator(`[data-testid="why-term"][data-component="${search}"] [data-testid="why-term-link"]`).first().click();
  await expect(alice.nodeWrapper('Search')).toHaveClass(/selected/);
  await alice.page.keyboard.press('Escape');

  // The API's row on the critical path: 19 % of requests, because of the CDN's hits.
  const apiRow = panel.locator(`[data-testid="hop-row"][data-component="${api}"]`).first();
  await expect(apiRow.getByTestId('hop-reach')).toHaveText('19 % of requests');
  await apiRow.getByTestId('hop-reach').click();
  await expect(alice.page.getByTestId('why-popover')).toContainText("CDN's 90 % hit ratio");
  await alice.page.keyboard.press('Escape');
  // The DB only writes reach: 10 %, on the write path.
  await expect(panel.locator('[data-testid="latency-path"][data-traffic="write"]').locator(`[data-testid="hop-row"][data-component="${db}"]`).getByTestId('hop-reach')).toHaveText('10 % of requests');
  // The badge on the board says the same.
  await expect(alice.node('API').getByTestId('badge-reach')).toHaveText('19 % of requests');
  await expect(alice.node('CDN').getByTestId('badge-reach')).toHaveCount(0);

  // The availability "why?" opens to its parts too, each with what it costs.
  await panel.getByTestId('flow-availability').click();
  await expect(alice.page.getByTestId('why-popover').locator(`[data-testid="why-term"][data-component="${api}"]`).first()).toBeVisible();
});
