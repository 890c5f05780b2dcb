// A viewer link, end to end: the viewer sees the board live but cannot change it (no palette, no drag, no
// delete), keeps its socket while it tries, and shows up as viewing for the others; the owner revokes the
// link from the share panel and the viewer's page says so.
import { expect, test } from '../support/fixtures';
import { boardPathWithLink, parseBoardPath } from '../support/links';

test('a viewer who tries to drag or delete keeps its socket and changes nothing', async ({ alice, bob, baseURL }) => {
  const board = await alice.createBoard();
  await alice.addComponent('stateless-service', 'API');
  const { boardId } = parseBoardPath(board);
  await bob.open(await boardPathWithLink(baseURL ?? '', boardId, 'viewer'));

  await expect(bob.page.getByTestId('view-only')).toBeVisible();
  await expect(bob.node('API')).toBeVisible();
  await expect(bob.page.getByTestId('palette')).toHaveCount(0);
  await expect(alice.page.getByTestId('viewers')).toHaveAttribute('data-count', '1');

  const before = await alice.position('API');
  await bob.dragBy('API', 140, 90);
  // Read-only nodes let the pointer through to the canvas, so these are the mouse's own clicks where they are.
  const grab = await bob.grabPoint('API');
  await bob.page.mouse.click(grab.x, grab.y);
  await bob.page.keyboard.press('Delete');
  await bob.page.keyboard.press('Backspace');
  const name = await bob.node('API').locator('.name').boundingBox();
  if (name !== null) await bob.page.mouse.dblclick(name.x + name.width / 2, name.y + name.height / 2);
  await expect(bob.page.getByTestId('rename-input')).toHaveCount(0);

  // Alice still edits, so the viewer's page is known to be live when it is compared.
  await alice.addComponent('relational-primary', 'DB');
  await expect(bob.node('DB')).toBeVisible();
  await bob.expectStatus('connected');
  expect(await bob.position('API')).toEqual(before);
  expect(await alice.position('API')).toEqual(before);
  await expect(alice.nodes).toHaveCount(2);
  await expect(bob.nodes).toHaveCount(2);
});

test('the owner revokes a link from the share panel and the viewer is told', async ({ alice, bob, baseURL }) => {
  const board = await alice.createBoard();
  const { boardId } = parseBoardPath(board);
  await bob.open(await boardPathWithLink(baseURL ?? '', boardId, 'viewer'));

  await alice.page.getByTestId('share').click();
  const viewerLink = alice.page.getByTestId('share-link-viewer');
  await expect(viewerLink).toContainText('1 connected');
  await viewerLink.getByTestId('share-revoke').click();
  await expect(viewerLink).toHaveAttribute('data-revoked', 'true');
  await bob.expectStatus('revoked');
  await expect(bob.page.getByTestId('connection-status')).toContainText('revoked');

  await bob.page.reload();
  await expect(bob.page.getByTestId('access-message')).toHaveAttribute('data-access', 'revoked');
});

test('a board address without a link opens nothing', async ({ alice, bob }) => {
  const board = await alice.createBoard();
  await bob.page.goto(`/b/${parseBoardPath(board).boardId}`);
  await expect(bob.page.getByTestId('access-message')).toHaveAttribute('data-access', 'no-link');
});
