// Two people on one board, each in their own browser context, through the real relay.
import { expect, test } from '../support/fixtures';

test('what one person adds and connects, the other sees', async ({ alice, bob }) => {
  const board = await alice.createBoard();
  await bob.open(board);

  await alice.addComponent('stateless-service', 'API');
  await alice.addComponent('relational-primary', 'Orders DB');
  await alice.connect('API', 'Orders DB');
  await expect(alice.edges).toHaveCount(1);

  await expect(bob.nodes).toHaveCount(2);
  await expect(bob.node('API')).toContainText('API');
  await expect(bob.node('Orders DB')).toBeVisible();
  await expect(await bob.edgeBetween('API', 'Orders DB')).toHaveCount(1);
});

test('a drag shows on the other screen while it happens and ends at the same place', async ({ alice, bob }) => {
  const board = await alice.createBoard();
  await alice.addComponent('in-memory-cache', 'Cache');
  await bob.open(board);
  await expect(bob.node('Cache')).toBeVisible();
  const before = await alice.position('Cache');

  const drag = await bob.startDrag('Cache', 80, 40);
  // The mouse is still down: nothing is in the document yet, so this can only come through presence.
  await expect.poll(() => alice.position('Cache')).not.toEqual(before);
  const midway = await alice.position('Cache');
  await drag.moveBy(120, 60);
  await expect.poll(() => alice.position('Cache')).not.toEqual(midway);
  await drag.release();

  const bobFinal = await bob.position('Cache');
  expect(bobFinal).not.toEqual(before);
  await expect.poll(() => alice.position('Cache')).toEqual(bobFinal);
  // Written once, on release: a reload (a fresh read from the relay) shows the same place.
  await alice.page.reload();
  await alice.expectStatus('connected');
  await expect.poll(() => alice.position('Cache')).toEqual(bobFinal);
});

test("undo takes back only my own change, never a collaborator's", async ({ alice, bob }) => {
  const board = await alice.createBoard();
  await bob.open(board);

  await alice.addComponent('stateless-service');
  await bob.addComponent('in-memory-cache');
  await expect(alice.nodes).toHaveCount(2);
  await expect(bob.nodes).toHaveCount(2);

  await alice.undo();
  for (const view of [alice, bob]) {
    await expect(view.nodes).toHaveCount(1);
    await expect(view.page.locator('[data-kind="in-memory-cache"]')).toHaveCount(1);
    await expect(view.page.locator('[data-kind="stateless-service"]')).toHaveCount(0);
  }
  await expect(alice.page.getByTestId('undo')).toBeDisabled();

  await alice.redo();
  await expect(bob.page.locator('[data-kind="stateless-service"]')).toHaveCount(1);
  await expect(bob.nodes).toHaveCount(2);

  // The toolbar button does the same as the shortcut.
  await bob.page.getByTestId('undo').click();
  await expect(alice.page.locator('[data-kind="in-memory-cache"]')).toHaveCount(0);
  await expect(alice.page.locator('[data-kind="stateless-service"]')).toHaveCount(1);
});

test('rename and delete travel to the other screen', async ({ alice, bob }) => {
  const board = await alice.createBoard();
  await bob.open(board);
  await alice.addComponent('stateless-service', 'Checkout');
  await alice.addComponent('relational-primary', 'Payments');
  await alice.connect('Checkout', 'Payments');
  await expect(bob.edges).toHaveCount(1);

  await bob.node('Payments').locator('.name').dblclick();
  await bob.page.getByTestId('rename-input').fill('Payments DB');
  await bob.page.getByTestId('rename-input').press('Enter');
  await expect(alice.node('Payments DB')).toBeVisible();

  // Deleting a component deletes its calls with it.
  await alice.node('Payments DB').click();
  await alice.page.keyboard.press('Delete');
  await expect(bob.nodes).toHaveCount(1);
  await expect(bob.edges).toHaveCount(0);
});
