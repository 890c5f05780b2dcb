// The home page lists the boards this browser has opened, most recent first, each with how many
// people are on it right now (polled from the relay's /api/presence).
import { expect, test } from '../support/fixtures';
import { parseBoardPath } from '../support/links';

test('the home page lists opened boards with the live count of people on each', async ({ alice, bob }) => {
  const first = await alice.createBoard();
  const second = await alice.createBoard();
  await bob.open(second);
  await expect(alice.roster.getByTestId('roster-peer')).toHaveText(['Bob']);

  // A second tab of Alice's browser: same storage, not on any board itself.
  const home = await alice.page.context().newPage();
  await home.goto('/');
  const listed = home.getByTestId('recent-board');
  await expect(listed).toHaveCount(2);
  // createBoard() returns the path with an editor link for others (`/b/<id>#k=…`); the list shows ids.
  const ids = [second, first].map((path) => parseBoardPath(path).boardId);
  await expect(listed.nth(0)).toHaveAttribute('data-board-id', ids[0] ?? '');
  await expect(listed.nth(1)).toHaveAttribute('data-board-id', ids[1] ?? '');

  // Alice's first tab and Bob are on the newest board; nobody is on the first one any more.
  await expect(listed.nth(0).getByTestId('live-count')).toHaveAttribute('data-count', '2');
  await expect(listed.nth(0).getByTestId('live-count')).toHaveText('2 here now');
  await expect(listed.nth(1).getByTestId('live-count')).toHaveAttribute('data-count', '0');

  // Bob leaves: the count follows within a poll or two.
  await bob.page.close();
  await expect(listed.nth(0).getByTestId('live-count')).toHaveAttribute('data-count', '1');

  // Opening a board from the list goes to it.
  await listed.nth(1).getByRole('link').click();
  await expect(home).toHaveURL(new RegExp(`/b/${ids[1] ?? ''}$`));
  await expect(home.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
});

test('a home page with a corrupt list in storage still works', async ({ alice }) => {
  await alice.page.goto('/');
  await alice.page.evaluate(() => {
    window.localStorage.setItem('napkin.recentBoards', '[{"id":"<img src=x onerror=alert(1)>","title":1},"junk",{"id":"aaaaaaaaaaaaaaaaaaaaaa","title":"Kept","lastOpened":5}]');
  });
  await alice.page.reload();
  await expect(alice.page.getByTestId('recent-board')).toHaveCount(1);
  await expect(alice.page.getByTestId('recent-board')).toContainText('Kept');
  await expect(alice.page.getByTestId('new-board')).toBeVisible();
});
