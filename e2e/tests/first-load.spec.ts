// Opening a board cold: the boot script dials the board's socket before the app's code has arrived, and
// the app takes that socket over instead of dialling again (apps/web/src/sync/earlySocket.ts, issue 18).
// What a user sees must not change: the board's content arrives, edits travel both ways, and a reload
// (the link then held in storage, not in the address) works the same, each time over one board socket.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { parseBoardPath } from '../support/links';

/** The sockets the page opens to the board's own room (not its comments or interview side rooms). */
function boardSockets(page: Page, boardId: string): string[] {
  const urls: string[] = [];
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).pathname === `/ws/${boardId}`) urls.push(socket.url());
  });
  return urls;
}

test('a board opened from its link dials the relay once, shows what is on it, and syncs both ways', async ({ alice, bob }) => {
  const path = await alice.createBoard();
  await alice.addComponent('stateless-service', 'Checkout');
  const { boardId } = parseBoardPath(path);
  const sockets = boardSockets(bob.page, boardId);

  await bob.open(path);
  await expect(bob.node('Checkout')).toBeVisible();
  await bob.addComponent('relational-primary', 'Orders');
  await expect(alice.node('Orders')).toBeVisible();
  await alice.rename('Checkout', 'Payments');
  await expect(bob.node('Payments')).toBeVisible();
  expect(sockets).toHaveLength(1);

  // Reloaded, the page finds the link in storage: again one socket, the board as it was.
  await bob.page.reload();
  await bob.expectStatus('connected');
  await expect(bob.node('Orders')).toBeVisible();
  await expect(bob.node('Payments')).toBeVisible();
  expect(sockets).toHaveLength(2);
});
