// Notes and comments, two people on one board: notes made with the keyboard and the palette, edited,
// recoloured and pinned, travel live and follow their component; a comment thread and its reply travel live;
// a comment shows its author and time, the list of open threads leads to each; a resolved thread is still
// resolved after the relay restarts and a reopen reaches everyone; a commenter link comments but cannot
// move anything. Real Chromium, the real relay, links per role.
import type { Locator, Page } from '@playwright/test';
import type { BoardPage, Point } from '../support/boardPage';
import { expect, test } from '../support/fixtures';
import { boardPathWithLink, parseBoardPath } from '../support/links';

/** Wide enough for the palette, the canvas and the comments panel side by side. */
const WIDE = { width: 1600, height: 900 };

// Two browsers, a dozen gestures each and, once, a relay restart: at a load average of 15 on two cores one
// test took 100 s, every step passing. Each step still waits for what it checks; only the budget is larger.
test.describe.configure({ timeout: 180_000 });

async function twoOnOneBoard(alice: BoardPage, bob: BoardPage): Promise<string> {
  await alice.page.setViewportSize(WIDE);
  await bob.page.setViewportSize(WIDE);
  const board = await alice.createBoard();
  await bob.open(board);
  return board;
}

const note = (page: Page, text: string): Locator => page.getByTestId('note').filter({ hasText: text });

/** A note's top-left corner in flow coordinates, from React Flow's transform on its wrapper. */
async function notePosition(page: Page, text: string): Promise<Point> {
  const transform = await page.locator('.react-flow__node-note').filter({ has: note(page, text) }).evaluate((el) => (el as HTMLElement).style.transform);
  const match = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform);
  if (match?.[1] === undefined || match[2] === undefined) throw new Error(`no translate() in "${transform}"`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/** Types into the note being edited and ends the edit with Ctrl+Enter. */
async function typeNote(person: BoardPage, text: string): Promise<void> {
  const input = person.page.getByTestId('note-input');
  await expect(input).toBeFocused();
  await person.page.keyboard.type(text);
  await input.press('ControlOrMeta+Enter');
  await expect(note(person.page, text)).toBeVisible();
}

/** Comment mode (C), then a click on the component: the panel opens on it with a box for a new thread. */
async function startThread(person: BoardPage, component: string, text: string): Promise<void> {
  await person.page.getByTestId('canvas').click({ position: { x: 5, y: 5 } });
  await person.page.keyboard.press('c');
  await expect(person.page.getByTestId('comment-mode-hint')).toBeVisible();
  await person.node(component).locator('.kind').click();
  const panel = person.page.getByTestId('comments-panel');
  await expect(panel.getByTestId('comments-heading')).toHaveText(component);
  await panel.getByTestId('new-thread').getByTestId('comment-input').fill(text);
  await panel.getByTestId('new-thread').getByTestId('comment-send').click();
  await expect(panel.getByTestId('comment-thread').getByTestId('comment-text')).toHaveText([text]);
}

async function badgeOf(person: BoardPage, component: string): Promise<Locator> {
  const id = await person.nodeWrapper(component).getAttribute('data-id');
  return person.page.locator(`[data-testid="comment-badge"][data-target="${id}"]`);
}

test('two people see each other’s notes live: typed, recoloured, pinned and moved with the component, undone by their author, edited in place', async ({ alice, bob }) => {
  await twoOnOneBoard(alice, bob);
  await alice.addComponent('relational-primary', 'Orders DB');
  await expect(bob.node('Orders DB')).toBeVisible();

  // Alice: N with the pointer just above the database puts a sticky there, open for typing.
  const db = await alice.node('Orders DB').boundingBox();
  if (db === null) throw new Error('the database is not on screen');
  await alice.page.mouse.move(db.x + db.width / 2, db.y - 110);
  await alice.page.keyboard.press('n');
  await typeNote(alice, 'Replica lag on reads?');
  await expect(note(bob.page, 'Replica lag on reads?')).toHaveAttribute('data-kind', 'sticky');

  // Bob: a text note from the palette, typed in place.
  await bob.page.getByTestId('add-note-text').click();
  await typeNote(bob, 'read path: 2 hops');
  await expect(note(alice.page, 'read path: 2 hops')).toHaveAttribute('data-kind', 'text');

  // Alice recolours her sticky and pins it to the database; Bob sees both.
  await note(alice.page, 'Replica lag on reads?').click();
  await alice.page.getByTestId('note-colour-pink').click();
  await alice.page.getByTestId('note-pin').click();
  await expect(note(bob.page, 'Replica lag on reads?')).toHaveAttribute('data-colour', 'pink');
  await expect(note(bob.page, 'Replica lag on reads?')).toHaveAttribute('data-pinned', 'Orders DB');

  // Moving the database moves the pinned note by as much, on both screens.
  const dbBefore = await alice.position('Orders DB');
  const noteBefore = await notePosition(bob.page, 'Replica lag on reads?');
  await alice.dragBy('Orders DB', 160, 90);
  await expect.poll(async () => (await bob.position('Orders DB')).x).not.toBe(dbBefore.x);
  const dbAfter = await alice.position('Orders DB');
  const moved = { x: noteBefore.x + dbAfter.x - dbBefore.x, y: noteBefore.y + dbAfter.y - dbBefore.y };
  await expect.poll(() => notePosition(bob.page, 'Replica lag on reads?')).toEqual(moved);
  await expect.poll(() => notePosition(alice.page, 'Replica lag on reads?')).toEqual(moved);

  // Bob's undo takes back his own note (its text, then the note), never Alice's.
  await bob.undo();
  await bob.undo();
  await expect(alice.page.getByTestId('note')).toHaveCount(1);
  await expect(note(alice.page, 'Replica lag on reads?')).toBeVisible();
  await expect(bob.page.getByTestId('note')).toHaveCount(1);

  // Edited in place: a double click opens the text where it is drawn; Bob sees the new words.
  await note(alice.page, 'Replica lag on reads?').dblclick();
  await expect(alice.page.getByTestId('note-input')).toBeFocused();
  await alice.page.keyboard.press('ControlOrMeta+a');
  await typeNote(alice, 'Replica lag: 2 s at peak');
  await expect(note(bob.page, 'Replica lag: 2 s at peak')).toHaveAttribute('data-pinned', 'Orders DB');
});

test('two people see each other’s comments and replies live, with author and count badge', async ({ alice, bob }) => {
  await twoOnOneBoard(alice, bob);
  await alice.addComponent('relational-primary', 'Orders DB');

  // A thread Alice opens on the database reaches Bob as a badge; his reply reaches her panel.
  await startThread(alice, 'Orders DB', 'Is one primary enough at 7,000 req/s?');
  const badge = await badgeOf(bob, 'Orders DB');
  await expect(badge).toHaveAttribute('data-count', '1');
  await badge.click();
  const bobPanel = bob.page.getByTestId('comments-panel');
  await expect(bobPanel.getByTestId('comment-author')).toHaveText(['Alice']);
  await bobPanel.getByTestId('reply').getByTestId('comment-input').fill('Add a read replica.');
  await bobPanel.getByTestId('reply').getByTestId('comment-send').click();
  const alicePanel = alice.page.getByTestId('comments-panel');
  await expect(alicePanel.getByTestId('comment-text')).toHaveText(['Is one primary enough at 7,000 req/s?', 'Add a read replica.']);
  await expect(alicePanel.getByTestId('comment-author')).toHaveText(['Alice', 'Bob']);
  // Each comment carries its time, as an ISO instant for machines and the time of day for people.
  for (const time of await alicePanel.getByTestId('comment').locator('time').all()) {
    expect(Date.now() - Date.parse((await time.getAttribute('datetime')) ?? '')).toBeLessThan(10 * 60_000);
    await expect(time).toHaveText(/^\d{1,2}:\d{2}/);
  }
  await expect(alice.page.getByTestId('open-thread-count')).toHaveAttribute('data-count', '1');

  // The list of open threads names the element, the first words and the replies; a click opens the thread.
  await bobPanel.getByTestId('comments-all').click();
  await expect(bobPanel.getByTestId('comments-heading')).toHaveText('Open threads');
  const listed = bobPanel.getByTestId('open-thread');
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('Orders DB');
  await expect(listed).toContainText('Is one primary enough at 7,000 req/s?');
  await expect(listed).toContainText('Alice · 1 reply');
  await listed.click();
  await expect(bobPanel.getByTestId('comments-heading')).toHaveText('Orders DB');
});

test('a resolved thread stays resolved after a relay restart', async ({ alice, bob, relay, browser, baseURL }) => {
  const board = await twoOnOneBoard(alice, bob);
  await alice.addComponent('stateless-service', 'API');
  await startThread(alice, 'API', 'Timeouts on the payment call?');

  const badge = await badgeOf(bob, 'API');
  await badge.click();
  await bob.page.getByTestId('thread-resolve').click();
  // Alice sees it resolved: the relay has relayed, hence holds, the resolution.
  await expect(alice.page.getByTestId('comment-thread')).toHaveAttribute('data-resolved', 'true');
  await expect(alice.page.getByTestId('comment-badge')).toHaveCount(0);
  await expect(alice.page.getByTestId('open-thread-count')).toHaveAttribute('data-count', '0');

  await relay.restart();
  await alice.page.reload();
  await alice.expectStatus('connected');
  const carol = await browser.newContext({ baseURL, viewport: WIDE });
  try {
    const page = await carol.newPage();
    await page.goto(await boardPathWithLink(baseURL ?? '', parseBoardPath(board).boardId, 'viewer'));
    await expect(page.getByTestId('connection-status')).toHaveAttribute('data-status', 'connected');
    for (const reader of [alice.page, page]) {
      await expect(reader.getByTestId('node-API')).toBeVisible();
      await reader.getByTestId('comments-toggle').click();
      await expect(reader.getByTestId('no-open-threads')).toBeVisible();
      await expect(reader.getByTestId('open-thread-count')).toHaveAttribute('data-count', '0');
      await expect(reader.getByTestId('comment-badge')).toHaveCount(0);
    }
    // Alice opens the API's threads: the thread is there, resolved by Bob, and she can reopen it.
    await startThreadPanel(alice, 'API');
    const thread = alice.page.getByTestId('comment-thread');
    await expect(thread).toHaveAttribute('data-resolved', 'true');
    await expect(thread.getByTestId('resolved-note')).toContainText('Resolved by Bob');
    await expect(thread.getByTestId('comment-text')).toHaveText(['Timeouts on the payment call?']);

    // Reopened, it is open again for everyone: the count, the badge and the viewer's list of open threads.
    await thread.getByTestId('thread-reopen').click();
    await expect(thread).toHaveAttribute('data-resolved', 'false');
    for (const reader of [alice.page, page]) await expect(reader.getByTestId('open-thread-count')).toHaveAttribute('data-count', '1');
    await expect(page.getByTestId('comment-badge')).toHaveAttribute('data-count', '1');
    await expect(page.getByTestId('open-thread')).toContainText('Timeouts on the payment call?');
  } finally {
    await carol.close();
  }
});

/** Opens the panel on a component through comment mode without writing anything. */
async function startThreadPanel(person: BoardPage, component: string): Promise<void> {
  await person.page.getByTestId('comment-mode').click();
  await person.node(component).locator('.kind').click();
  await expect(person.page.getByTestId('comments-heading')).toHaveText(component);
}

test('a commenter link comments but cannot move a component', async ({ alice, bob, baseURL }) => {
  await alice.page.setViewportSize(WIDE);
  await bob.page.setViewportSize(WIDE);
  const board = await alice.createBoard();
  await alice.addComponent('stateless-service', 'Checkout');
  await bob.open(await boardPathWithLink(baseURL ?? '', parseBoardPath(board).boardId, 'commenter'));
  await expect(bob.page.getByTestId('view-only')).toBeVisible();
  await expect(bob.page.getByTestId('palette')).toHaveCount(0);

  const before = await alice.position('Checkout');
  await bob.dragBy('Checkout', 140, 90);
  await startThread(bob, 'Checkout', 'Why three instances here?');
  await expect(bob.page.getByTestId('comment-author')).toHaveText(['Bob']);
  // The commenter's own view-only canvas badges the thread too.
  await expect(await badgeOf(bob, 'Checkout')).toHaveAttribute('data-count', '1');

  const badge = await badgeOf(alice, 'Checkout');
  await expect(badge).toHaveAttribute('data-count', '1');
  await badge.click();
  const alicePanel = alice.page.getByTestId('comments-panel');
  await alicePanel.getByTestId('reply').getByTestId('comment-input').fill('Peak is 3x the mean.');
  await alicePanel.getByTestId('reply').getByTestId('comment-send').click();
  await expect(bob.page.getByTestId('comment-text')).toHaveText(['Why three instances here?', 'Peak is 3x the mean.']);

  // Nothing Bob did moved the component, and his socket was never closed for trying.
  await bob.expectStatus('connected');
  expect(await bob.position('Checkout')).toEqual(before);
  expect(await alice.position('Checkout')).toEqual(before);
});

test('a title typed by one person names the board in everyone’s tab and in the home page’s list', async ({ alice, bob }) => {
  await twoOnOneBoard(alice, bob);
  const title = alice.page.getByTestId('board-title');
  await title.fill('Checkout, read path');
  await title.press('Enter');
  await expect(bob.page.getByTestId('board-title')).toHaveValue('Checkout, read path');
  await expect(bob.page).toHaveTitle('Checkout, read path · Napkin');
  await expect(alice.page).toHaveTitle('Checkout, read path · Napkin');

  await bob.page.goto('/');
  await expect(bob.page.getByTestId('recent-board').first()).toContainText('Checkout, read path');
});
