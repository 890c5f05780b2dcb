// Who is here: the roster lists both people with their names, cursors follow the pointer, and a
// changed name is remembered by the browser.
import { expect, test } from '../support/fixtures';

test('the roster shows both names, and each sees the other one’s cursor', async ({ alice, bob }) => {
  const board = await alice.createBoard();
  await bob.open(board);

  for (const view of [alice, bob]) {
    await expect(view.page.getByTestId('own-name')).toHaveValue(view === alice ? 'Alice' : 'Bob');
    await expect(view.roster.getByTestId('roster-peer')).toHaveText([view === alice ? 'Bob' : 'Alice']);
  }

  const canvas = await bob.page.getByTestId('canvas').boundingBox();
  if (canvas === null) throw new Error('canvas not visible');
  await bob.page.mouse.move(canvas.x + 300, canvas.y + 200, { steps: 5 });
  await expect(alice.page.getByTestId('cursor-Bob')).toBeVisible();
  await expect(alice.page.getByTestId('cursor-Bob')).toContainText('Bob');
});

test('a changed name shows to the other person and is remembered after a reload', async ({ alice, bob }) => {
  const board = await alice.createBoard();
  await bob.open(board);

  const ownName = alice.page.getByTestId('own-name');
  await ownName.fill('Alice L.');
  await ownName.press('Enter');
  await expect(bob.roster.getByTestId('roster-peer')).toHaveText(['Alice L.']);

  await alice.page.reload();
  await alice.expectStatus('connected');
  await expect(alice.page.getByTestId('own-name')).toHaveValue('Alice L.');
  await expect(bob.roster.getByTestId('roster-peer')).toHaveText(['Alice L.']);
});
