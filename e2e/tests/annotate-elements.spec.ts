// Notes resized and deleted, and comment threads on a call and on a zone, two people on one board: a
// sticky's new size and its deletion reach the other screen and each comes back with its author's undo; a
// thread on a call and one on a zone get a count badge on that element for the other person, a reply
// travels back, and resolving the thread takes the badge away on both screens. Real Chromium, the real
// relay. (annotate.spec.ts covers notes typed, recoloured and pinned, and threads on components.)
import type { Locator, Page } from '@playwright/test';
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

const note = (page: Page, text: string): Locator => page.getByTestId('note').filter({ hasText: text });

/** A note's size in flow units, from the style React Flow gives its wrapper. */
async function noteSize(page: Page, text: string): Promise<{ width: number; height: number }> {
  return page
    .locator('.react-flow__node-note')
    .filter({ has: note(page, text) })
    .evaluate((el) => ({ width: parseFloat((el as HTMLElement).style.width), height: parseFloat((el as HTMLElement).style.height) }));
}

/** A sticky from the palette, typed in place and finished with Ctrl+Enter. */
async function addSticky(person: BoardPage, text: string): Promise<void> {
  await person.page.getByTestId('add-note-sticky').click();
  const input = person.page.getByTestId('note-input');
  await expect(input).toBeFocused();
  await person.page.keyboard.type(text);
  await input.press('ControlOrMeta+Enter');
  await expect(note(person.page, text)).toBeVisible();
}

/** Drags a selected note's bottom-right resize handle by (dx, dy) screen pixels. */
async function resizeBy(person: BoardPage, text: string, dx: number, dy: number): Promise<void> {
  const handle = person.page.locator('.react-flow__node-note').filter({ has: note(person.page, text) }).locator('.react-flow__resize-control.handle.bottom.right');
  await expect(handle).toBeVisible();
  const box = await handle.boundingBox();
  if (box === null) throw new Error('the resize handle is not on screen');
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await person.page.mouse.move(start.x, start.y);
  await person.page.mouse.down();
  await person.page.mouse.move(start.x + dx, start.y + dy, { steps: 10 });
  await person.page.mouse.up();
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

test('a resized note and a deleted note reach the other screen, and their author undoes each', async ({ alice, bob }) => {
  await twoOnOneBoard(alice, bob);
  await addSticky(alice, 'Cache hit ratio 0.9?');
  await expect(note(bob.page, 'Cache hit ratio 0.9?')).toBeVisible();
  const before = await noteSize(bob.page, 'Cache hit ratio 0.9?');

  // Alice selects her sticky and drags its corner: both screens show it larger.
  await note(alice.page, 'Cache hit ratio 0.9?').click();
  await resizeBy(alice, 'Cache hit ratio 0.9?', 90, 60);
  await expect.poll(async () => (await noteSize(bob.page, 'Cache hit ratio 0.9?')).width).toBeGreaterThan(before.width + 40);
  const resized = await noteSize(alice.page, 'Cache hit ratio 0.9?');
  expect(resized.height).toBeGreaterThan(before.height + 20);
  await expect.poll(() => noteSize(bob.page, 'Cache hit ratio 0.9?')).toEqual(resized);

  // Her undo takes the resize back, on Bob's screen too.
  await alice.undo();
  await expect.poll(() => noteSize(bob.page, 'Cache hit ratio 0.9?')).toEqual(before);
  await expect.poll(() => noteSize(alice.page, 'Cache hit ratio 0.9?')).toEqual(before);

  // Delete removes it for both; undo brings it back with its text, where it was.
  await note(alice.page, 'Cache hit ratio 0.9?').click();
  await alice.page.keyboard.press('Delete');
  await expect(bob.page.getByTestId('note')).toHaveCount(0);
  await expect(alice.page.getByTestId('note')).toHaveCount(0);
  await alice.undo();
  await expect(note(bob.page, 'Cache hit ratio 0.9?')).toBeVisible();
  await expect(note(alice.page, 'Cache hit ratio 0.9?')).toBeVisible();
  await expect.poll(() => noteSize(bob.page, 'Cache hit ratio 0.9?')).toEqual(before);
});

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
