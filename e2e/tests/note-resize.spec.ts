// Notes resized and deleted by one person while another watches: the sticky's new size and its deletion
// reach the other screen, and each comes back with its author's undo. Real Chromium, the real relay.
// (annotate.spec.ts covers notes typed, recoloured and pinned; comment-targets.spec.ts threads on calls
// and zones.)
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
