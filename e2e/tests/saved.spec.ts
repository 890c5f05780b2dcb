// "Saved" means saved: the badge says "Saved" only once the relay has made this tab's edits durable, so a
// relay killed (SIGKILL) the moment it shows still has the edit when it starts again, 20 times over. While
// the relay is away the badge says "Saving…", and an edit left waiting turns into a warning a user can act on.
import { joinAsDocParticipant } from '../support/docParticipant';
import { expect, test } from '../support/fixtures';
import type { BoardPage } from '../support/boardPage';
import type { Relay } from '../support/relay';

const KILLS = 20;

/** The names of the components the relay holds for the board, read by a fresh participant of its own. */
async function namesOnRelay(relay: Relay, board: string): Promise<string[]> {
  const reader = await joinAsDocParticipant(relay.baseURL, board);
  try {
    return reader.board.snapshot().components.map((component) => component.name);
  } finally {
    reader.close();
  }
}

/** Until the app is told "online" again it neither holds a socket nor dials one (followBrowserOnline). */
async function setOffline(view: BoardPage, offline: boolean): Promise<void> {
  await view.page.context().setOffline(offline);
  await view.expectStatus(offline ? 'offline' : 'connected');
}

test(`an edit shown as "Saved" survives a SIGKILL of the relay right then (x${KILLS})`, async ({ alice, relay }) => {
  test.setTimeout(KILLS * 20_000);
  const board = await alice.createBoard();
  await alice.addComponent('stateless-service', 'Saved 0');
  await alice.waitForSaved();

  for (let round = 1; round <= KILLS; round++) {
    const name = `Saved ${round}`;
    await alice.rename(`Saved ${round - 1}`, name);
    // The render that shows the new name already counts it unsaved, so this waits for the relay's answer.
    await alice.waitForSaved();
    await relay.kill();

    // Keep the tab from reconnecting: its sync would hand a relay that lost the edit a fresh copy.
    await setOffline(alice, true);
    await relay.resume();
    expect(await namesOnRelay(relay, board), `after kill ${round}`).toEqual([name]);

    await setOffline(alice, false);
    await alice.waitForSaved();
  }
});

test('"Saving…" while the relay is away, a warning once an edit has waited past 3 s, "Saved" when it is back', async ({ alice, relay }) => {
  const board = await alice.createBoard();
  await alice.addComponent('stateless-service', 'Before');
  await alice.waitForSaved();

  await relay.stop();
  await alice.expectStatus('reconnecting');
  // The socket that confirmed the edits is gone; until a new one confirms them nothing is called saved.
  await expect(alice.saveStatus).toHaveAttribute('data-save', 'saving');
  await expect(alice.saveStatus).toHaveText('Saving…');

  await alice.addComponent('in-memory-cache', 'While away');
  await expect(alice.saveStatus).toHaveAttribute('data-save', 'saving');
  // The condition is waited for, not the clock: the badge turns into the warning by itself.
  await expect(alice.saveStatus).toHaveAttribute('data-save', 'not-saved');
  await expect(alice.saveStatus).toHaveText(/^Not saved for \d+ s — your edits are kept in this tab; don't close it until this says Saved$/);

  await relay.resume();
  await alice.expectStatus('connected');
  await alice.waitForSaved();
  await expect(alice.saveStatus).toHaveText('Saved');
  expect(await namesOnRelay(relay, board)).toEqual(expect.arrayContaining(['Before', 'While away']));
});

test('a browser that is offline shows "Saving…", then the warning, and "Saved" once its edits are through', async ({ alice, relay }) => {
  const board = await alice.createBoard();
  await alice.waitForSaved();

  await setOffline(alice, true);
  await alice.addComponent('message-queue', 'Offline queue');
  await expect(alice.saveStatus).toHaveAttribute('data-save', 'saving');
  await expect(alice.saveStatus).toHaveAttribute('data-save', 'not-saved');

  await setOffline(alice, false);
  await alice.waitForSaved();
  expect(await namesOnRelay(relay, board)).toContain('Offline queue');
});
