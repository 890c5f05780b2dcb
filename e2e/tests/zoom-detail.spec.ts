// Zoomed far out, a component is drawn without its badges and handles (unreadable at that size, and
// costly to repaint on a big board) and its kind and name lines are "greeked", a bar in place of the
// glyphs; its box keeps its size, so nothing on the board moves, a click on it still selects it, and
// zooming back in brings the text, badges and handles back. The zoom controls' "Zoom Out" is pressed as a
// person would.
import { joinAsDocParticipant } from '../support/docParticipant';
import { expect, test } from '../support/fixtures';

test('zoomed far out a component drops its badges and handles, greeks its text, keeps its size and stays selectable; zoomed in they return', async ({ alice, baseURL }) => {
  const path = await alice.createBoard();
  const writer = await joinAsDocParticipant(baseURL!, path);
  const users = writer.board.addComponent({ kind: 'web-client', name: 'Users', x: 0, y: 0, entry: { rps: 400 } });
  const app = writer.board.addComponent({ kind: 'stateless-service', name: 'App', x: 320, y: 0 });
  writer.board.addCall({ from: users, to: app, mode: 'sync' });
  writer.close();

  const page = alice.page;
  const node = alice.node('App');
  const badges = node.locator('.badges');
  const handle = node.locator('.react-flow__handle').first();
  await expect(badges).toBeVisible();
  await expect(handle).toBeVisible();
  // Its size in flow units (layout size, which the view's scale does not change).
  const sizeAt = () => node.evaluate((element: HTMLElement) => ({ width: element.offsetWidth, height: element.offsetHeight }));
  const near = await sizeAt();

  const canvas = page.locator('.react-flow');
  for (let presses = 0; presses < 12 && (await alice.zoom()) >= 0.3; presses++) {
    await page.getByRole('button', { name: 'Zoom Out' }).click();
  }
  await expect(canvas).toHaveAttribute('data-detail', 'far');
  await expect(badges).toBeHidden();
  await expect(handle).toBeHidden();
  // The lines stay (a place to click, the same layout); only their glyphs and the icon go.
  await expect(node.locator('.kind')).toBeVisible();
  await expect(node.locator('.name')).toBeVisible();
  await expect(node.locator('.name-text')).toBeHidden();
  await expect(node.locator('.kind span')).toBeHidden();
  await expect(node.locator('svg.kind-icon')).toBeHidden();
  expect(await sizeAt()).toEqual(near);
  // Far out, a click on the kind's bar selects the component, as its label does up close.
  await node.locator('.kind').click();
  await expect(alice.nodeWrapper('App')).toHaveClass(/\bselected\b/);

  for (let presses = 0; presses < 12 && (await alice.zoom()) < 0.8; presses++) {
    await page.getByRole('button', { name: 'Zoom In' }).click();
  }
  await expect(canvas).toHaveAttribute('data-detail', 'full');
  await expect(badges).toBeVisible();
  await expect(handle).toBeVisible();
  await expect(node.locator('.name-text')).toBeVisible();
  await expect(node.locator('.name-text')).toHaveText('App');
  await expect(node.locator('.kind span')).toBeVisible();
});

test('a component that arrives while zoomed far out can be connected once zoomed back in', async ({ alice, baseURL }) => {
  const path = await alice.createBoard();
  const writer = await joinAsDocParticipant(baseURL!, path);
  writer.board.addComponent({ kind: 'stateless-service', name: 'App', x: 320, y: 0 });
  const page = alice.page;
  await expect(alice.node('App')).toBeVisible();
  const canvas = page.locator('.react-flow');
  for (let presses = 0; presses < 12 && (await alice.zoom()) >= 0.3; presses++) {
    await page.getByRole('button', { name: 'Zoom Out' }).click();
  }
  await expect(canvas).toHaveAttribute('data-detail', 'far');
  // Far out its handles are not drawn, so React Flow first measures them with no size.
  writer.board.addComponent({ kind: 'web-client', name: 'Late', x: 0, y: 0 });
  writer.close();
  await expect(alice.node('Late')).toBeVisible();
  await expect(alice.node('Late').locator('.react-flow__handle').first()).toBeHidden();

  await page.getByTestId('fit-view').click();
  await expect(canvas).toHaveAttribute('data-detail', 'full');
  // Measured again: a call being drawn from its handle starts at that handle, not where it was measured far out.
  const handle = await alice.nodeWrapper('Late').locator('.react-flow__handle-right').boundingBox();
  if (handle === null) throw new Error('the handle is not drawn after zooming in');
  const from = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 80, from.y + 60, { steps: 5 });
  const line = await page.locator('.react-flow__connection-path').boundingBox();
  await page.keyboard.press('Escape');
  await page.mouse.up();
  expect(line).not.toBeNull();
  expect(Math.abs(line!.x - from.x)).toBeLessThan(handle.width);
  expect(Math.abs(line!.y - from.y)).toBeLessThan(handle.height);
  await alice.connect('Late', 'App');
});
