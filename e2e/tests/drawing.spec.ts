// Drawing a system: the palette (click, drag, search, quick-add), the inspector (edits travel, bad
// values are refused with a message, reset to default) and zone frames that place what is inside.
import type { Locator, Page } from '@playwright/test';
import type { BoardPage } from '../support/boardPage';
import { expect, test } from '../support/fixtures';

/** Wide enough for the palette, the canvas, the inspector and the analysis panel side by side. */
const WIDE = { width: 1600, height: 900 };

async function openWide(person: BoardPage, path?: string): Promise<string> {
  await person.page.setViewportSize(WIDE);
  if (path === undefined) return person.createBoard();
  await person.open(path);
  return path;
}

/** Selects a node by clicking its kind label (the name is for renaming). */
async function select(person: BoardPage, name: string): Promise<Locator> {
  await person.node(name).locator('.kind').click();
  const inspector = person.page.getByTestId('inspector');
  await expect(inspector.getByTestId('inspector-title')).toHaveText(name);
  return inspector;
}

async function setField(inspector: Locator, key: string, value: string): Promise<void> {
  const input = inspector.getByTestId(`input-${key}`);
  await input.fill(value);
  await input.press('Enter');
}

function canvasBox(page: Page) {
  return page.getByTestId('canvas').boundingBox();
}

test('the palette lists every family, searches, and adds by click at the centre of the view', async ({ alice }) => {
  await openWide(alice);
  const palette = alice.page.getByTestId('palette');
  for (const family of ['client-edge', 'compute', 'data', 'async', 'coordination', 'external', 'zone']) {
    await expect(palette.getByTestId(`family-${family}`)).toBeVisible();
  }
  await palette.getByTestId('palette-search').fill('postgres');
  await expect(palette.getByTestId('add-relational-primary')).toBeVisible();
  await expect(palette.getByTestId('add-stateless-service')).toHaveCount(0);

  await palette.getByTestId('add-relational-primary').click();
  const node = alice.node('Relational database (primary)');
  await expect(node).toBeVisible();
  await expect(node.locator('svg.kind-icon')).toHaveAttribute('data-icon', 'database');
  // Added where the user is looking: the node's middle is near the canvas's middle.
  const canvas = (await canvasBox(alice.page))!;
  const box = (await node.boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - (canvas.x + canvas.width / 2))).toBeLessThan(120);
  expect(Math.abs(box.y + box.height / 2 - (canvas.y + canvas.height / 2))).toBeLessThan(80);
});

test('a palette item dragged onto the canvas lands where it is dropped', async ({ alice }) => {
  await openWide(alice);
  const canvas = (await canvasBox(alice.page))!;
  const drop = { x: canvas.x + 420, y: canvas.y + 160 };
  await alice.page.getByTestId('add-in-memory-cache').dragTo(alice.page.getByTestId('canvas'), {
    targetPosition: { x: drop.x - canvas.x, y: drop.y - canvas.y },
  });
  const node = alice.nodeWrapper('In-memory cache');
  await expect(node).toBeVisible();
  const box = (await node.boundingBox())!;
  // The drop point is the node's top-left corner.
  expect(Math.abs(box.x - drop.x)).toBeLessThan(3);
  expect(Math.abs(box.y - drop.y)).toBeLessThan(3);
});

test('quick-add by keyboard: / opens it, typing filters, arrows move, Enter adds', async ({ alice }) => {
  await openWide(alice);
  await alice.page.getByTestId('canvas').click({ position: { x: 700, y: 400 } });
  await alice.page.keyboard.press('/');
  const input = alice.page.getByTestId('quick-add-input');
  await expect(input).toBeFocused();
  await input.pressSequentially('kafka');
  await expect(alice.page.getByTestId('quick-add-event-stream')).toHaveAttribute('aria-selected', 'true');
  await input.press('ArrowDown');
  await expect(alice.page.getByTestId('quick-add-event-stream')).toHaveAttribute('aria-selected', 'false');
  await input.press('ArrowUp');
  await input.press('Enter');
  await expect(alice.page.getByTestId('quick-add')).toHaveCount(0);
  await expect(alice.page.locator('[data-kind="event-stream"]')).toHaveCount(1);

  // Ctrl+K opens it too; Escape closes it without adding anything.
  await alice.page.keyboard.press('Control+k');
  await expect(alice.page.getByTestId('quick-add-input')).toBeFocused();
  await alice.page.keyboard.press('Escape');
  await expect(alice.page.getByTestId('quick-add')).toHaveCount(0);
  await expect(alice.nodes).toHaveCount(1);
});

test('an inspector edit reaches the other person; a bad value is refused; reset restores the default', async ({ alice, bob }) => {
  const board = await openWide(alice);
  await alice.addComponent('stateless-service', 'API');
  await openWide(bob, board);

  const inspector = await select(alice, 'API');
  await expect(inspector.getByTestId('default-capacityRps')).toContainText('default 10,000 req/s');
  await expect(inspector.getByTestId('default-capacityRps')).toHaveAttribute('title', /002_d2e8851c35a8764a\.txt.*\n10K queries\/s — one modern app server, in the capacity worksheet/);
  await setField(inspector, 'capacityRps', '2500');
  await setField(inspector, 'instances', '3');
  await expect(alice.node('API').getByTestId('instances')).toHaveText('×3');

  const bobInspector = await select(bob, 'API');
  await expect(bobInspector.getByTestId('input-capacityRps')).toHaveValue('2,500');
  await expect(bob.node('API').getByTestId('instances')).toHaveText('×3');

  // Out of range: a message, and nothing written (the peer still sees the old value).
  await setField(inspector, 'availability', '150');
  await expect(inspector.getByTestId('error-availability')).toHaveText(/must be at least 0 and at most 100 %/);
  await expect(bobInspector.getByTestId('input-availability')).toHaveValue('');
  // A rule across fields: the median cannot be slower than the tail (p99 defaults to 25 ms here).
  await setField(inspector, 'p50Ms', '40');
  await expect(inspector.getByTestId('error-p50Ms')).toHaveText('p50 must not be above p99 (25 ms)');
  await inspector.getByTestId('input-p50Ms').fill('');
  await setField(inspector, 'availability', '99.5');
  await expect(inspector.getByTestId('error-availability')).toHaveCount(0);
  await expect(bobInspector.getByTestId('input-availability')).toHaveValue('99.5');

  // Reset clears the override for everyone: the field shows the default again.
  await inspector.getByTestId('reset-capacityRps').click();
  await expect(inspector.getByTestId('input-capacityRps')).toHaveValue('');
  await expect(inspector.getByTestId('input-capacityRps')).toHaveAttribute('placeholder', '10,000');
  await expect(bobInspector.getByTestId('input-capacityRps')).toHaveValue('');
  await expect(inspector.getByTestId('reset-capacityRps')).toHaveCount(0);

  // Each edit is its own undo step.
  await alice.page.getByTestId('canvas').click({ position: { x: 700, y: 120 } });
  await alice.undo();
  await select(alice, 'API');
  await expect(inspector.getByTestId('input-capacityRps')).toHaveValue('2,500');
});

test('a zone drawn from the palette places the component dropped into it and takes it along when moved', async ({ alice, bob }) => {
  const board = await openWide(alice);
  await alice.addComponent('stateless-service', 'API');
  await alice.dragBy('API', -260, -250);
  await alice.page.getByTestId('add-availability-zone').click();
  const zone = alice.page.getByTestId('zone-Availability zone');
  await expect(zone).toBeVisible();

  let inspector = await select(alice, 'API');
  await expect(inspector.getByTestId('inspector-placement')).toHaveText('Not inside any zone');

  // Drag the component into the frame, below its header.
  const frame = (await zone.boundingBox())!;
  const grab = await alice.grabPoint('API');
  await alice.dragBy('API', frame.x + 140 - grab.x, frame.y + 120 - grab.y);
  inspector = await select(alice, 'API');
  await expect(inspector.getByTestId('inspector-placement')).toHaveText('Placed in Availability zone (Availability zone)');

  // The other person sees the frame and the same placement.
  await openWide(bob, board);
  await expect(bob.page.getByTestId('zone-Availability zone')).toBeVisible();
  const bobInspector = await select(bob, 'API');
  await expect(bobInspector.getByTestId('inspector-placement')).toHaveText('Placed in Availability zone (Availability zone)');

  // Moving the frame takes what is inside along (one write on release, seen by both).
  const before = await alice.position('API');
  await dragZone(alice, 'Availability zone', 60, 40);
  const after = { x: before.x + 60, y: before.y + 40 };
  await expect.poll(() => alice.position('API')).toEqual(after);
  await expect.poll(() => bob.position('API')).toEqual(after);
  await expect(bobInspector.getByTestId('inspector-placement')).toHaveText('Placed in Availability zone (Availability zone)');

  // The frame's own parameters: its name (and the placement it gives) reaches the other screen.
  await alice.page.getByTestId('zone-Availability zone').locator('.zone-header').click();
  const zoneInspector = alice.page.getByTestId('inspector');
  await expect(zoneInspector.getByTestId('zone-members')).toHaveText('Availability zone · 1 component directly inside');
  await expect(zoneInspector.getByTestId('default-availability')).toContainText('default 99.95 %');
  await setField(zoneInspector, 'name', 'eu-west-1a');
  await setField(zoneInspector, 'availability', '99.9');
  await expect(bob.page.getByTestId('zone-eu-west-1a')).toBeVisible();
  await expect(bobInspector.getByTestId('inspector-placement')).toHaveText('Placed in eu-west-1a (Availability zone)');
});

/** Moves a zone frame by its header (the only part of a frame that grabs). */
async function dragZone(person: BoardPage, name: string, dx: number, dy: number): Promise<void> {
  const box = (await person.page.getByTestId(`zone-${name}`).locator('.zone-header').boundingBox())!;
  const mouse = person.page.mouse;
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await mouse.move(start.x, start.y);
  await mouse.down();
  // React Flow measures the grab offset on the first move past its threshold: make that one small.
  await mouse.move(start.x + 3, start.y);
  await mouse.move(start.x + 3 + dx, start.y + dy, { steps: 12 });
  await mouse.up();
}

test('a call shows whether it is async, its fan-out and fraction, and the cost of crossing zones', async ({ alice, bob }) => {
  const board = await openWide(alice);
  const canvas = (await canvasBox(alice.page))!;
  // Clicking the empty top of the canvas clears the selection, so the inspector is closed and every
  // new item lands in the same middle of the view. A click that only closes an open why? popover does not
  // deselect, so the click is repeated until the inspector has closed.
  const deselect = async () => {
    await expect(async () => {
      await alice.page.mouse.click(canvas.x + canvas.width / 2, canvas.y + 20);
      await expect(alice.page.getByTestId('inspector')).toHaveCount(0, { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
  };
  await alice.page.getByTestId('add-availability-zone').click();
  await dragZone(alice, 'Availability zone', -270, 0);
  await deselect();
  await alice.page.getByTestId('add-availability-zone').click();
  await dragZone(alice, 'Availability zone 2', 270, 0);
  await deselect();

  // Both land in the left frame; DB then moves to the right frame, above API's row.
  await alice.addComponent('stateless-service', 'API');
  await alice.addComponent('relational-primary', 'DB');
  await deselect();
  const frame = (await alice.page.getByTestId('zone-Availability zone 2').boundingBox())!;
  const db = (await alice.nodeWrapper('DB').boundingBox())!;
  await alice.dragBy('DB', frame.x + 200 - db.x, frame.y + 40 - db.y);
  await deselect();
  await alice.connect('API', 'DB');

  const edge = await alice.edgeBetween('API', 'DB');
  await expect(edge).toHaveCount(1);
  const edgeId = (await edge.getAttribute('data-id'))!;
  const labels = alice.page.getByTestId(`call-labels-${edgeId}`);
  await expect(labels.getByTestId('call-network')).toHaveText('cross-zone +1 ms');
  // The chip is a "why?" figure: the tier's round trip between the two placements, with its inputs.
  await labels.getByTestId('call-network').click();
  const why = alice.page.getByTestId('why-popover');
  await expect(why.getByTestId('why-formula')).toHaveText('network RTT = latency table[tier(placement of caller, placement of callee)]');
  await expect(why).toContainText('API in Availability zone');
  await expect(why).toContainText('DB in Availability zone 2');
  await expect(why).toContainText('cross-zone');
  await alice.page.keyboard.press('Escape');
  await expect(why).toHaveCount(0);
  await expect(edge.locator('path.call-path')).toHaveClass(/call-sync/);

  await alice.clickEdge(edge);
  const inspector = alice.page.getByTestId('inspector');
  await expect(inspector.getByTestId('inspector-title')).toHaveText('API → DB');
  await expect(inspector.getByTestId('inspector-network')).toHaveText('+1 ms');
  await inspector.getByTestId('input-mode').selectOption('async');
  await setField(inspector, 'callsPerRequest', '3');
  await setField(inspector, 'fraction', '30');
  await expect(labels).toContainText('async');
  await expect(labels).toContainText('×3');
  await expect(labels).toContainText('30 %');
  await expect(edge.locator('path.call-path')).toHaveClass(/call-async/);

  await openWide(bob, board);
  const bobEdge = await bob.edgeBetween('API', 'DB');
  await expect(bob.page.getByTestId(`call-labels-${edgeId}`)).toContainText('×3');
  await expect(bobEdge.locator('path.call-path')).toHaveClass(/call-async/);
});

test('nodes carry live badges; an overloaded component is flagged saturated until it has capacity', async ({ alice, bob }) => {
  const board = await openWide(alice);
  await alice.addComponent('web-client', 'Users');
  await alice.addComponent('stateless-service', 'API');
  await alice.connect('Users', 'API');
  await openWide(bob, board);

  const users = await select(alice, 'Users');
  await setField(users, 'rps', '25000');
  await expect(alice.node('Users').getByTestId('badge-offered-load')).toHaveText('25,000 req/s');

  // One instance serves 10,000 req/s: 250 % and saturated, on both screens.
  const api = alice.node('API');
  await expect(api.getByTestId('badge-utilisation')).toHaveText('250 %');
  await expect(api).toHaveAttribute('data-saturated', 'true');
  await expect(api.getByTestId('saturated')).toHaveText('SATURATED');
  await expect(bob.node('API').getByTestId('saturated')).toBeVisible();

  // Four instances: 63 %, calm colour, no flag; the badge explains itself.
  const inspector = await select(alice, 'API');
  await setField(inspector, 'instances', '4');
  await expect(api.getByTestId('badge-utilisation')).toHaveText('63 %');
  await expect(api).toHaveAttribute('data-saturated', 'false');
  await expect(api.locator('.badges')).toHaveAttribute('data-load', 'ok');
  await expect(api.getByTestId('badge-budget-share')).toHaveText(/^\d+(\.\d+)? % of budget$/);
  await expect(bob.node('API').getByTestId('saturated')).toHaveCount(0);
  await api.getByTestId('badge-utilisation').click();
  await expect(alice.page.getByTestId('why-formula')).toContainText('load / (instances × capacity)');
});
