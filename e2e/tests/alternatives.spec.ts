// Alternatives and zones drawn the obvious way (issue 14): a load balancer calls a service in each of
// two availability zones; its two calls, selected together, become one split (50/50, failover), whose
// shares are edited together (70 → the other 30) and undone as one step; the split is drawn for both
// people; marking a zone down in the shared what-if hatches it for both and changes the flow's
// availability for the other person too, and clearing the mark brings the figure back.
import type { Locator } from '@playwright/test';
import type { BoardPage, Point } from '../support/boardPage';
import { expect, test } from '../support/fixtures';

// Wide enough for the palette, the canvas, the inspector and the analysis panel side by side.
test.use({ viewport: { width: 1800, height: 1000 } });

/** Where things go, in screen pixels from the canvas' top-left: left of the inspector and the panel. */
const LAYOUT = {
  users: { x: 290, y: 110 },
  lb: { x: 290, y: 400 },
  zoneA: { x: 560, y: 40 },
  zoneB: { x: 560, y: 450 },
  svcA: { x: 620, y: 140 },
  svcB: { x: 620, y: 550 },
} as const;

test('a split across two zones: made from the selected calls, shares edited together, a zone down changes the numbers for both', async ({ alice, bob }) => {
  // A dozen drags and connects, two people and four waits for the analysis: about a minute on a quiet
  // machine, and more when other suites share its two cores.
  test.setTimeout(240_000);
  const path = await alice.createBoard();
  const canvas = (await alice.page.getByTestId('canvas').boundingBox())!;
  const screen = (at: Point): Point => ({ x: canvas.x + at.x, y: canvas.y + at.y });
  const deselect = async () => {
    await expect(async () => {
      await alice.page.keyboard.press('Escape');
      await alice.page.mouse.click(canvas.x + 320, canvas.y + canvas.height - 40);
      await expect(alice.page.getByTestId('inspector')).toHaveCount(0, { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
  };

  // Two availability zones, named eu-a and eu-b in their inspector.
  for (const [name, at] of [['eu-a', LAYOUT.zoneA], ['eu-b', LAYOUT.zoneB]] as const) {
    await alice.page.getByTestId('add-availability-zone').click();
    const header = alice.page.locator('[data-testid^="zone-Availability zone"] .zone-header').first();
    await moveHeaderTo(header, screen(at));
    await header.click();
    const input = alice.page.getByTestId('inspector').getByTestId('input-name');
    await input.fill(name);
    await input.press('Enter');
    await expect(alice.page.getByTestId(`zone-${name}`)).toBeVisible();
    await deselect();
  }

  // Users → LB → one service in each zone.
  for (const [kind, name, at] of [
    ['web-client', 'Users', LAYOUT.users],
    ['load-balancer-l7', 'LB', LAYOUT.lb],
    ['stateless-service', 'Svc A', LAYOUT.svcA],
    ['stateless-service', 'Svc B', LAYOUT.svcB],
  ] as const) {
    await alice.addComponent(kind, name);
    await moveNodeTo(alice, name, screen(at));
    await deselect();
  }
  await alice.connect('Users', 'LB');
  await alice.connect('LB', 'Svc A');
  await alice.connect('LB', 'Svc B');
  await bob.open(path);
  await expect(bob.edges).toHaveCount(3);

  const availability = (person: BoardPage) => person.page.getByTestId('analysis-panel').getByTestId('flow-availability');
  const bothSee = async (figure: string) => {
    await expect(availability(alice)).toHaveText(figure);
    await expect(availability(bob)).toHaveText(figure);
  };
  await expect(availability(alice)).toHaveText(/%$/);
  const bothRequired = await availability(alice).innerText();
  await bothSee(bothRequired);

  // Select both of the LB's calls (the second with Ctrl held) and make them one split.
  const toA = await alice.edgeBetween('LB', 'Svc A');
  const toB = await alice.edgeBetween('LB', 'Svc B');
  // Clicked near their targets: the two calls share their first stretch out of the LB.
  await alice.clickEdge(toA, { along: 0.85 });
  await alice.clickEdge(toB, { addToSelection: true, along: 0.85 });
  const inspector = alice.page.getByTestId('inspector');
  await expect(inspector.getByTestId('make-split')).toContainText('2 calls selected from LB');
  await inspector.getByTestId('make-split-button').click();
  const editor = inspector.getByTestId('split-editor');
  await expect(editor).toContainText('Split “split” from LB · 2 branches');
  await expect(editor.getByTestId('share-Svc A')).toHaveValue('50');
  await expect(editor.getByTestId('share-Svc B')).toHaveValue('50');
  await expect(editor.getByTestId('preset-active-active')).toHaveAttribute('aria-pressed', 'true');

  // Both screens draw the split: the fork marker at the LB and each branch's share on its call.
  for (const person of [alice, bob]) {
    for (const target of ['Svc A', 'Svc B']) {
      const edge = await person.edgeBetween('LB', target);
      await expect(edge.locator('path.call-path')).toHaveClass(/call-branch/);
      await expect(edge.getByTestId('split-marker')).toHaveCount(1);
      await expect(await shareOn(person, 'LB', target)).toHaveText('split 50 %');
    }
  }

  // One request takes one branch: the flow no longer needs both services (nor both zones) up.
  await expect(availability(alice)).not.toHaveText(bothRequired);
  const split = await availability(alice).innerText();
  expect(percent(split)).toBeGreaterThan(percent(bothRequired));
  await bothSee(split);

  // Shares are edited together: 70 % to Svc A leaves 30 % to Svc B, on both screens; undo is one step.
  await editor.getByTestId('share-Svc A').fill('70');
  await editor.getByTestId('share-Svc A').press('Enter');
  await expect(editor.getByTestId('share-Svc B')).toHaveValue('30');
  await expect(await shareOn(bob, 'LB', 'Svc A')).toHaveText('split 70 %');
  await expect(await shareOn(bob, 'LB', 'Svc B')).toHaveText('split 30 %');
  await editor.getByTestId('preset-active-active').click();
  await expect(editor.getByTestId('share-Svc A')).toHaveValue('50');
  await alice.undo();
  await expect(editor.getByTestId('share-Svc A')).toHaveValue('70');
  await expect(editor.getByTestId('share-Svc B')).toHaveValue('30');
  await alice.redo();
  await expect(editor.getByTestId('share-Svc B')).toHaveValue('50');
  await expect(await shareOn(bob, 'LB', 'Svc B')).toHaveText('split 50 %');
  await bothSee(split);

  // Zone eu-a down in the shared what-if: hatched and flagged for both, Svc A flagged, and the flow
  // now rests on eu-b alone (its share fails over), so its availability falls, for Bob too.
  await deselect();
  await alice.page.getByTestId('zone-eu-a').locator('.zone-header').click();
  await alice.page.getByTestId('analysis-panel').getByTestId('whatif-zone-down-eu-a').click();
  for (const person of [alice, bob]) {
    await expect(person.page.getByTestId('zone-eu-a')).toHaveAttribute('data-down', 'true');
    await expect(person.page.getByTestId('zone-eu-a').getByTestId('zone-down-flag')).toBeVisible();
    await expect(person.page.getByTestId('zone-eu-b')).toHaveAttribute('data-down', 'false');
    await expect(person.node('Svc A').getByTestId('whatif-flag')).toHaveText('WHAT-IF: ZONE DOWN');
    await expect(person.node('Svc B').getByTestId('whatif-flag')).toHaveCount(0);
    await expect(person.page.getByTestId('whatif-banner')).toContainText('eu-a down');
  }
  await expect(availability(bob)).not.toHaveText(split);
  const zoneDown = await availability(bob).innerText();
  expect(percent(zoneDown)).toBeLessThan(percent(split));
  await bothSee(zoneDown);

  // Bob clears the scenario: the zone is back and the split's figure with it.
  await bob.page.getByTestId('whatif-clear-all').click();
  for (const person of [alice, bob]) await expect(person.page.getByTestId('zone-eu-a')).toHaveAttribute('data-down', 'false');
  await bothSee(split);
});

/** The share chip on the call from `from` to `to` (labels sit in their own layer, named by the call's id). */
async function shareOn(person: BoardPage, from: string, to: string): Promise<Locator> {
  const id = await (await person.edgeBetween(from, to)).getAttribute('data-id');
  return person.page.getByTestId(`call-labels-${id}`).getByTestId('call-share');
}

function percent(text: string): number {
  return Number(text.replace(/[^\d.]/g, ''));
}

/** Drags a frame by its header so that the frame's top-left lands on `target` (screen pixels). */
async function moveHeaderTo(header: Locator, target: Point): Promise<void> {
  const page = header.page();
  const frame = (await header.locator('..').boundingBox())!;
  const box = (await header.boundingBox())!;
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  // React Flow measures the grab offset on the first move past its threshold: make that one small.
  await page.mouse.move(start.x + 3, start.y);
  await page.mouse.move(start.x + 3 + target.x - frame.x, start.y + target.y - frame.y, { steps: 12 });
  await page.mouse.up();
}

/** Drags a component so that its node's top-left lands on `target` (screen pixels). */
async function moveNodeTo(person: BoardPage, name: string, target: Point): Promise<void> {
  const box = (await person.nodeWrapper(name).boundingBox())!;
  await person.dragBy(name, target.x - box.x, target.y - box.y);
}
