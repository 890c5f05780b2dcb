// The board computes: the playbook's typical request path (§ 5.4) built from the palette shows the
// series availability, 99.78 %; raising the offered load past the database's capacity raises a
// saturation finding on both participants' screens; a second database instance clears it and lifts
// availability. Every figure is read from the page, never from the engine.
import type { Page } from '@playwright/test';
import { joinAsDocParticipant } from '../support/docParticipant';
import { expect, test } from '../support/fixtures';

// Wide enough for the palette, the canvas, the inspector and the analysis panel side by side.
test.use({ viewport: { width: 1800, height: 1000 } });

const LAYOUT = [
  // Two columns between the palette (left) and the analysis panel (right).
  { kind: 'web-client', name: 'Users', at: { x: 260, y: 20 } },
  { kind: 'load-balancer-l7', name: 'LB', at: { x: 260, y: 200 } },
  { kind: 'stateless-service', name: 'App', at: { x: 260, y: 380 } },
  { kind: 'in-memory-cache', name: 'Cache', at: { x: 600, y: 20 } },
  { kind: 'relational-primary', name: 'DB', at: { x: 600, y: 240 } },
  { kind: 'third-party-api', name: 'Partner API', at: { x: 600, y: 460 } },
] as const;

const CALLS = [
  ['Users', 'LB'],
  ['LB', 'App'],
  ['App', 'Cache'],
  ['App', 'DB'],
  ['App', 'Partner API'],
] as const;

/** The playbook's per-component availabilities; capacities high enough that only the DB can saturate. */
const PARAMS = {
  LB: { availability: 0.9999 },
  App: { availability: 0.9995, capacityRps: 100_000 },
  Cache: { availability: 0.9999 },
  DB: { availability: 0.9995 },
  'Partner API': { availability: 0.999, capacityRps: 100_000 },
} as const;

async function availabilityPercent(page: Page): Promise<number> {
  const text = await page.getByTestId('flow').getByTestId('flow-availability').innerText();
  const match = /([\d.]+)\s*%/.exec(text);
  if (!match?.[1]) throw new Error(`no percentage in "${text}"`);
  return Number(match[1]);
}

test('typical request path: 99.78 %, saturation seen by both participants, a second DB instance clears it', async ({
  alice,
  bob,
  baseURL,
}) => {
  const path = await alice.createBoard();
  for (const { kind, name, at } of LAYOUT) {
    await alice.addComponent(kind, name);
    await alice.dragTo(name, at);
  }
  for (const [from, to] of CALLS) await alice.connect(from, to);
  await expect(alice.edges).toHaveCount(CALLS.length);

  // The playbook's figures, written by a third participant through the Board API (the inspector's job).
  const carol = await joinAsDocParticipant(baseURL ?? '', path);
  try {
    carol.board.batch(() => {
      for (const [name, params] of Object.entries(PARAMS)) {
        carol.board.updateComponent(carol.idOf(name), { instances: 1, params });
      }
      carol.board.updateComponent(carol.idOf('Users'), { entry: { rps: 50 } });
    });

    const panel = alice.page.getByTestId('analysis-panel');
    await expect(panel.getByTestId('flow-availability')).toHaveText('99.78 %');
    await expect(panel.getByTestId('finding-saturated')).toHaveCount(0);

    // Raise the offered load with the estimator: 20,160,000 users × 10 actions × 3 / 86,400 = 7,000 req/s.
    await panel.getByTestId('estimator').locator('summary').click();
    await panel.getByTestId('estimator-dau').fill('20160000');
    await panel.getByTestId('estimator-actionsPerUser').fill('10');
    await panel.getByTestId('estimator-peakFactor').fill('3');
    await expect(panel.getByTestId('estimate-rps')).toHaveText('7,000 req/s');
    await panel.getByTestId('estimator-apply').click();

    await expect(panel.getByTestId('flow-rps')).toHaveText('7,000 req/s');
    const saturated = panel.getByTestId('finding-saturated');
    await expect(saturated).toHaveCount(1);
    await expect(saturated).toContainText('DB');

    await bob.open(path);
    const bobPanel = bob.page.getByTestId('analysis-panel');
    await expect(bobPanel.getByTestId('finding-saturated')).toHaveCount(1);
    await expect(bobPanel.getByTestId('finding-saturated')).toContainText('DB');
    await expect(bobPanel.getByTestId('flow-availability')).toHaveText(await panel.getByTestId('flow-availability').innerText());

    // Clicking the finding selects the database and zooms to it.
    await saturated.click();
    await expect(alice.nodeWrapper('DB')).toHaveClass(/selected/);

    const before = await availabilityPercent(alice.page);
    carol.board.updateComponent(carol.idOf('DB'), { instances: 2 });

    await expect(panel.getByTestId('finding-saturated')).toHaveCount(0);
    await expect(bobPanel.getByTestId('finding-saturated')).toHaveCount(0);
    await expect.poll(() => availabilityPercent(alice.page)).toBeGreaterThan(before);
    await expect.poll(() => availabilityPercent(bob.page)).toBeGreaterThan(before);
  } finally {
    carol.close();
  }
});
