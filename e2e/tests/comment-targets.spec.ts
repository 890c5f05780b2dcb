// Comment threads on a call and on a zone, two people on one board: the thread gets a count badge on that
// element for the other person, a reply travels back, and resolving the thread takes the badge and the
// open count away on both screens. Real Chromium, the real relay. (annotate.spec.ts covers threads on
// components, a restart and a commenter link.)
import type { Locator } from '@playwright/test';
import type { BoardPage } from '../support/boardPage';
import { expect, test } from '../support/fixtures';

/** Wide enough for the palette, the canvas and the comments panel side by side. */
const WIDE = { width: 1600, height: 900 };

// Two browsers and a dozen gestures each on a busy two-core machine: every step waits for what it checks,
// only the budget is larger than the default.
test.describe.configure({ timeout: 180_000 });

async function twoOnOneBoard(alice: BoardPage, bob: BoardPage): Promise<void> {
  await alice.page.setViewportSize(WIDE);
  await bob.page.setViewportSize(WIDE);
  await bob.open(await alice.createBoard());
}

/** Comment mode (C on the canvas), then a click on the element: the panel opens on it. */
async function commentMode(person: BoardPage): Promise<void> {
  await person.page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
  await person.page.keyboard.press('c');
  await expect(person.page.getByTestId('comment-mode-hint')).toBeVisible();
}

async function writeThread(person: BoardPage, heading: string, text: string): Promise<void> {
  const panel = person.page.getByTestId('comments-panel');
  await expect(panel.getByTestId('comments-heading')).toHaveText(heading);
  await panel.getByTestId('new-thread').getByTestId('comment-input').fill(text);
  await panel.getByTestId('new-thread').getByTestId('comment-send').click();
  await expect(panel.getByTestId('comment-thread').getByTestId('comment-text')).toHaveText([text]);
}

const badge = (person: BoardPage, id: string): Locator => person.page.locator(`[data-testid="comment-badge"][data-target="${id}"]`);

/** The other person opens the thread from its badge, replies, and the author sees the reply. */
async function replyFromBadge(author: BoardPage, other: BoardPage, id: string, first: string, reply: string): Promise<void> {
  await expect(badge(other, id)).toHaveAttribute('data-count', '1');
  await badge(other, id).click();
  const panel = other.page.getByTestId('comments-panel');
  await expect(panel.getByTestId('comment-author')).toHaveText(['Alice']);
  await panel.getByTestId('reply').getByTestId('comment-input').fill(reply);
  await panel.getByTestId('reply').getByTestId('comment-send').click();
  const authorPanel = author.page.getByTestId('comments-panel');
  await expect(authorPanel.getByTestId('comment-text')).toHaveText([first, reply]);
  await expect(authorPanel.getByTestId('comment-author')).toHaveText(['Alice', 'Bob']);
}

/** Resolving from the other person's panel takes the badge away on both screens. */
async function resolveFromPanel(author: BoardPage, other: BoardPage, id: string): Promise<void> {
  await other.page.getByTestId('comments-panel').getByTestId('thread-resolve').click();
  await expect(author.page.getByTestId('comment-thread')).toHaveAttribute('data-resolved', 'true');
  for (const person of [author, other]) {
    await expect(badge(person, id)).toHaveCount(0);
    await expect(person.page.getByTestId('open-thread-count')).toHaveAttribute('data-count', '0');
  }
}

test('a thread on a call: added, badged on the call for the other person, replied to and resolved', async ({ alice, bob }) => {
  await twoOnOneBoard(alice, bob);
  await alice.addComponent('web-client', 'Users');
  await alice.dragTo('Users', { x: 300, y: 80 });
  await alice.addComponent('stateless-service', 'App');
  await alice.dragTo('App', { x: 300, y: 320 });
  await alice.connect('Users', 'App');
  const edge = await alice.edgeBetween('Users', 'App');
  const callId = await edge.getAttribute('data-id');
  if (callId === null) throw new Error('the call has no id');
  await expect(await bob.edgeBetween('Users', 'App')).toHaveCount(1);

  await commentMode(alice);
  await alice.clickEdge(edge);
  await writeThread(alice, 'Users → App', 'Retry on timeout, or fail fast?');
  await expect(badge(alice, callId)).toHaveAttribute('data-count', '1');
  await replyFromBadge(alice, bob, callId, 'Retry on timeout, or fail fast?', 'One retry, 200 ms timeout.');
  await resolveFromPanel(alice, bob, callId);
});

test('a thread on a zone: added, badged on the zone for the other person, replied to and resolved', async ({ alice, bob }) => {
  await twoOnOneBoard(alice, bob);
  await alice.page.getByTestId('add-availability-zone').click();
  const zone = alice.page.getByTestId('zone-Availability zone');
  await expect(zone).toBeVisible();
  await expect(bob.page.getByTestId('zone-Availability zone')).toBeVisible();
  const zoneId = await alice.page.locator('.react-flow__node').filter({ has: zone }).getAttribute('data-id');
  if (zoneId === null) throw new Error('the zone has no id');

  await commentMode(alice);
  await zone.locator('.zone-header').click();
  await writeThread(alice, 'Availability zone', 'Is one zone enough for 99.99 %?');
  await replyFromBadge(alice, bob, zoneId, 'Is one zone enough for 99.99 %?', 'Add a second zone.');
  await resolveFromPanel(alice, bob, zoneId);
});
