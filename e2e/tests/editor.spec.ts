// The editing a whiteboard user's hands expect (issue 18), done as a person would in real Chromium against
// the real relay: Shift-click and Ctrl+A selection, copy in one tab and paste into another board in another
// tab through the system clipboard (which then holds a valid board file), duplicate, arrow-key nudges and
// connecting two selected components from the keyboard, each taken back by one undo; numbers typed as
// people type them, an emptied field back to its default, Ctrl+Z inside a field; several components edited
// at once.
import type { Locator } from '@playwright/test';
import { BoardPage } from '../support/boardPage';
import { expect, test } from '../support/fixtures';

test.use({ viewport: { width: 1600, height: 1000 } });

/** A board with API at (500, 150) and DB at (800, 150), clear of the palette, nothing selected. */
async function twoComponents(person: BoardPage): Promise<string> {
  const path = await person.createBoard();
  await person.addComponent('stateless-service', 'API');
  await person.dragTo('API', { x: 500, y: 150 });
  await person.addComponent('relational-primary', 'DB');
  await person.dragTo('DB', { x: 800, y: 150 });
  await clickEmptyCanvas(person);
  return path;
}

async function clickEmptyCanvas(person: BoardPage): Promise<void> {
  const canvas = (await person.page.getByTestId('canvas').boundingBox())!;
  await person.page.mouse.click(canvas.x + canvas.width * 0.4, canvas.y + canvas.height - 80);
  await expect(person.page.locator('.react-flow__node.selected')).toHaveCount(0);
}

/** Clicks a component by its kind label, as a person would; `modifier` held for adding to the selection. */
async function clickNode(person: BoardPage, name: string, modifier?: 'Shift' | 'Control'): Promise<void> {
  await person.node(name).locator('.kind').click(modifier === undefined ? {} : { modifiers: [modifier] });
}

const selectedNames = (person: BoardPage) =>
  person.page.locator('.react-flow__node.selected [data-testid^="node-"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!.replace(/^node-/, '')).sort());

test('Shift-click toggles the selection, Ctrl+A selects everything; arrows nudge, A connects, Ctrl+D duplicates, each one undo step', async ({ alice }) => {
  await twoComponents(alice);
  const page = alice.page;

  await clickNode(alice, 'API');
  await clickNode(alice, 'DB', 'Shift');
  await expect.poll(() => selectedNames(alice)).toEqual(['API', 'DB']);
  await clickNode(alice, 'API', 'Shift');
  await expect.poll(() => selectedNames(alice)).toEqual(['DB']);
  await clickEmptyCanvas(alice);
  await page.keyboard.press('ControlOrMeta+a');
  await expect.poll(() => selectedNames(alice)).toEqual(['API', 'DB']);

  // Connect from the keyboard: the call goes from the component picked first.
  await clickEmptyCanvas(alice);
  await clickNode(alice, 'API');
  await clickNode(alice, 'DB', 'Shift');
  await page.keyboard.press('a');
  await expect(await alice.edgeBetween('API', 'DB')).toHaveCount(1);
  await alice.undo();
  await expect(alice.edges).toHaveCount(0);

  // Nudges: 1 px, Shift 10 px; each press one undo step. (A click on a node of a selection keeps the
  // selection, for dragging it whole: start from none.)
  await clickEmptyCanvas(alice);
  await clickNode(alice, 'API');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => alice.position('API')).toEqual({ x: 501, y: 150 });
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(() => alice.position('API')).toEqual({ x: 501, y: 160 });
  await expect.poll(() => alice.position('DB')).toEqual({ x: 800, y: 150 });
  await alice.undo();
  await expect.poll(() => alice.position('API')).toEqual({ x: 501, y: 150 });
  await alice.undo();
  await expect.poll(() => alice.position('API')).toEqual({ x: 500, y: 150 });

  // Duplicate beside the original; the copy is selected; one undo takes it back.
  await page.keyboard.press('ControlOrMeta+d');
  await expect(alice.nodes).toHaveCount(3);
  const copies = alice.nodeWrapper('API');
  await expect(copies).toHaveCount(2);
  await expect.poll(() => selectedNames(alice)).toEqual(['API']);
  const positions = await copies.evaluateAll((els) => els.map((el) => (el as HTMLElement).style.transform).sort());
  expect(positions).toEqual(['translate(500px, 150px)', 'translate(524px, 174px)']);
  await alice.undo();
  await expect(alice.nodes).toHaveCount(2);

  // Keys typed into a field are the field's: "a" in the inspector is text, not a connection.
  await clickEmptyCanvas(alice);
  await clickNode(alice, 'DB');
  await clickNode(alice, 'API', 'Shift');
  const capacity = page.getByTestId('inspector').getByTestId('input-capacityRps');
  await capacity.click();
  await page.keyboard.press('a');
  await page.keyboard.press('ArrowLeft');
  await expect(capacity).toHaveValue('a');
  await expect(alice.edges).toHaveCount(0);
  await expect.poll(() => alice.position('API')).toEqual({ x: 500, y: 150 });
});

test('copy in one tab, paste into another board in another tab: the clipboard holds a board file, the paste lands at the pointer with new ids, one undo step', async ({ alice }) => {
  const context = alice.page.context();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await twoComponents(alice);
  await alice.connect('API', 'DB');
  const sourceIds = await alice.nodes.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));

  await alice.page.keyboard.press('ControlOrMeta+a');
  await alice.page.keyboard.press('ControlOrMeta+c');
  const text = await alice.page.evaluate(() => navigator.clipboard.readText());
  const file = JSON.parse(text) as { format: string; version: number; components: { id: string; name: string }[]; calls: { from: string; to: string }[] };
  expect(file.format).toBe('napkin-board');
  expect(file.version).toBe(1);
  expect(file.components.map((c) => c.name).sort()).toEqual(['API', 'DB']);
  const idOf = (name: string) => file.components.find((c) => c.name === name)!.id;
  expect(file.calls).toEqual([expect.objectContaining({ from: idOf('API'), to: idOf('DB') })]);

  const other = new BoardPage(await context.newPage());
  await other.createBoard();
  const canvas = (await other.page.getByTestId('canvas').boundingBox())!;
  const pointer = { x: canvas.x + 200, y: canvas.y + 300 };
  await other.page.mouse.move(pointer.x, pointer.y);
  await other.page.keyboard.press('ControlOrMeta+v');
  await expect(other.nodes).toHaveCount(2);
  await expect(await other.edgeBetween('API', 'DB')).toHaveCount(1);
  const pastedIds = await other.nodes.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
  expect(pastedIds.filter((id) => sourceIds.includes(id))).toEqual([]);
  // The copy's top-left corner (API's) is where the pointer was.
  const api = (await other.nodeWrapper('API').boundingBox())!;
  expect(Math.abs(api.x - pointer.x)).toBeLessThanOrEqual(2);
  expect(Math.abs(api.y - pointer.y)).toBeLessThanOrEqual(2);
  await expect.poll(() => selectedNames(other)).toEqual(['API', 'DB']);

  await other.undo();
  await expect(other.nodes).toHaveCount(0);
  // The source board is as it was.
  await expect(alice.nodes).toHaveCount(2);
});

test('cut removes the selection as one undo step and pastes back', async ({ alice }) => {
  await alice.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await twoComponents(alice);
  await clickNode(alice, 'DB');
  await alice.page.keyboard.press('ControlOrMeta+x');
  await expect(alice.nodes).toHaveCount(1);
  const text = await alice.page.evaluate(() => navigator.clipboard.readText());
  expect((JSON.parse(text) as { components: { name: string }[] }).components.map((c) => c.name)).toEqual(['DB']);
  await alice.undo();
  await expect(alice.nodes).toHaveCount(2);
});

async function field(inspector: Locator, key: string): Promise<Locator> {
  const input = inspector.getByTestId(`input-${key}`);
  await expect(input).toBeVisible();
  return input;
}

test('numbers as people type them, an emptied field back to its default, Ctrl+Z in a field, and several components edited at once', async ({ alice }) => {
  await twoComponents(alice);
  const inspector = alice.page.getByTestId('inspector');

  await clickNode(alice, 'API');
  const capacity = await field(inspector, 'capacityRps');
  await capacity.fill('2k');
  await capacity.press('Enter');
  await expect(capacity).toHaveValue('2,000');
  await expect(inspector.getByTestId('error-capacityRps')).toHaveCount(0);
  await expect(inspector.getByTestId('reset-capacityRps')).toBeVisible();

  // Ctrl+Z inside the field takes back the typing and writes nothing: the board's undo still holds "2k".
  await capacity.fill('15');
  await capacity.press('ControlOrMeta+z');
  await expect(capacity).toHaveValue('2,000');
  await capacity.blur();
  await expect(capacity).toHaveValue('2,000');

  // Emptied: back to the default (no error, no override left).
  await capacity.fill('');
  await capacity.press('Enter');
  await expect(capacity).toHaveValue('');
  await expect(inspector.getByTestId('error-capacityRps')).toHaveCount(0);
  await expect(inspector.getByTestId('reset-capacityRps')).toHaveCount(0);
  // Out of the field, Ctrl+Z is the board's undo again.
  await capacity.blur();
  await alice.undo();
  await expect(capacity).toHaveValue('2,000');

  // Both selected: the shared fields, "mixed" where they differ, one value for all, one undo step.
  await clickNode(alice, 'DB', 'Shift');
  await expect(inspector.getByTestId('inspector-title')).toHaveText('2 components');
  const both = await field(inspector, 'capacityRps');
  await expect(both).toHaveAttribute('placeholder', 'mixed');
  const instances = await field(inspector, 'instances');
  await instances.fill('3');
  await instances.press('Enter');
  await both.fill('1.5k');
  await both.press('Enter');
  await expect(both).toHaveValue('1,500');
  for (const name of ['API', 'DB']) {
    await clickNode(alice, name);
    await expect(await field(inspector, 'capacityRps')).toHaveValue('1,500');
    await expect(await field(inspector, 'instances')).toHaveValue('3');
  }
  await alice.undo();
  await clickNode(alice, 'DB');
  await expect(await field(inspector, 'capacityRps')).toHaveValue('');
  await expect(await field(inspector, 'instances')).toHaveValue('3');

  // Align: DB nudged down, then both top-aligned (to the higher one) in one undo step.
  await clickEmptyCanvas(alice);
  await clickNode(alice, 'DB');
  await alice.page.keyboard.press('Shift+ArrowDown');
  await expect.poll(() => alice.position('DB')).toEqual({ x: 800, y: 160 });
  await clickNode(alice, 'API', 'Shift');
  await inspector.getByTestId('align-top').click();
  await expect.poll(() => alice.position('DB')).toEqual({ x: 800, y: 150 });
  await expect.poll(() => alice.position('API')).toEqual({ x: 500, y: 150 });
  await alice.page.getByTestId('undo').click();
  await expect.poll(() => alice.position('DB')).toEqual({ x: 800, y: 160 });
});

test('"?" lists the shortcuts; Escape closes the list', async ({ alice }) => {
  await alice.createBoard();
  await alice.page.keyboard.press('?');
  const list = alice.page.getByTestId('shortcuts');
  await expect(list).toBeVisible();
  await expect(list).toContainText('Ctrl/⌘+D');
  await expect(list).toContainText('Connect two selected components');
  await alice.page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  await alice.page.getByTestId('shortcuts-open').click();
  await expect(list).toBeVisible();
});

test('a board opening with a component out of sight is fitted to its content', async ({ alice }) => {
  await alice.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const path = await alice.createBoard();
  const far = { format: 'napkin-board', version: 1, components: [{ id: 'far', kind: 'stateless-service', name: 'Far', x: 4000, y: 3000 }], calls: [], zones: [] };
  await alice.page.evaluate((text) => navigator.clipboard.writeText(text), JSON.stringify(far));
  // Pasted with the pointer off the canvas onto an empty board: the file keeps its own coordinates.
  await alice.page.mouse.move(5, 5);
  await alice.page.keyboard.press('ControlOrMeta+v');
  await expect(alice.nodes).toHaveCount(1);
  await expect.poll(() => alice.position('Far')).toEqual({ x: 4000, y: 3000 });

  await alice.open(path);
  await expect(alice.nodes).toHaveCount(1);
  const canvas = (await alice.page.getByTestId('canvas').boundingBox())!;
  await expect
    .poll(async () => {
      const box = (await alice.nodeWrapper('Far').boundingBox())!;
      return box.x >= canvas.x && box.y >= canvas.y && box.x + box.width <= canvas.x + canvas.width && box.y + box.height <= canvas.y + canvas.height;
    })
    .toBe(true);
});
