// The board outlives the page and the relay: reloads read it back from the relay, a relay restart
// is ridden out (reconnecting → connected), and edits made while the relay was down arrive after.
import { expect, test } from '../support/fixtures';
import type { BoardPage } from '../support/boardPage';

async function buildTwoConnected(view: BoardPage): Promise<void> {
  await view.addComponent('load-balancer-l7', 'Front LB');
  await view.addComponent('stateless-service', 'Web');
  await view.connect('Front LB', 'Web');
  await expect(view.edges).toHaveCount(1);
}

test('a page reload keeps the board', async ({ alice }) => {
  await alice.createBoard();
  await buildTwoConnected(alice);
  const position = await alice.position('Web');

  await alice.page.reload();
  await alice.expectStatus('connected');
  await expect(alice.nodes).toHaveCount(2);
  await expect(await alice.edgeBetween('Front LB', 'Web')).toHaveCount(1);
  expect(await alice.position('Web')).toEqual(position);
});

test('a relay restart keeps the board, and edits made meanwhile sync on reconnect', async ({ alice, bob, relay, browser, baseURL }) => {
  const board = await alice.createBoard();
  await bob.open(board);
  await buildTwoConnected(alice);
  await expect(bob.edges).toHaveCount(1);

  await relay.stop();
  await alice.expectStatus('reconnecting');
  await bob.expectStatus('reconnecting');
  // Still editable while the relay is away: the edit waits in Alice's copy of the document.
  await alice.addComponent('in-memory-cache', 'Session cache');
  await expect(bob.node('Session cache')).toHaveCount(0);

  await relay.resume();
  await alice.expectStatus('connected');
  await bob.expectStatus('connected');
  await expect(bob.node('Session cache')).toBeVisible();
  await expect(bob.nodes).toHaveCount(3);

  // Everyone leaves and the relay restarts once more: a newcomer reads the board from its storage alone.
  await alice.page.close();
  await bob.page.close();
  await relay.restart();
  const carol = await browser.newContext(baseURL === undefined ? {} : { baseURL });
  try {
    const page = await carol.newPage();
    await page.goto(board);
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
    await expect(page.locator('.react-flow__edge')).toHaveCount(1);
    await expect(page.getByTestId('node-Session cache')).toBeVisible();
  } finally {
    await carol.close();
  }
});

test('edits made while the browser is offline sync when it comes back', async ({ alice, bob }) => {
  const board = await alice.createBoard();
  await bob.open(board);
  await alice.addComponent('stateless-service', 'Search');
  await expect(bob.node('Search')).toBeVisible();

  await alice.page.context().setOffline(true);
  await alice.expectStatus('offline');
  // Chromium's offline emulation leaves open sockets alone; the app closes its own on "offline".
  await alice.addComponent('relational-primary', 'Catalog DB');
  await alice.connect('Search', 'Catalog DB');
  await expect(alice.edges).toHaveCount(1);
  await expect(bob.node('Catalog DB')).toHaveCount(0);

  await alice.page.context().setOffline(false);
  await alice.expectStatus('connected');
  await expect(bob.node('Catalog DB')).toBeVisible();
  await expect(await bob.edgeBetween('Search', 'Catalog DB')).toHaveCount(1);
});
