// Follow mode, "bring everyone to me" and the laser pointer, with two people on one board: what one
// does with their view or pointer shows on the other's screen, read from React Flow's viewport
// transform and the laser overlay.
import type { BoardPage, Viewport } from '../support/boardPage';
import { expect, test } from '../support/fixtures';

/** The viewport to a thousandth: two screens render the same view with different float noise. */
async function viewportOf(view: BoardPage): Promise<Viewport> {
  const { x, y, zoom } = await view.viewport();
  return { x: round(x), y: round(y), zoom: round(zoom) };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Pans by dragging the empty canvas, like a person would. */
async function panBy(view: BoardPage, dx: number, dy: number): Promise<void> {
  const canvas = await view.page.getByTestId('canvas').boundingBox();
  if (canvas === null) throw new Error('canvas not visible');
  const start = { x: canvas.x + canvas.width * 0.7, y: canvas.y + canvas.height * 0.7 };
  await view.page.mouse.move(start.x, start.y);
  await view.page.mouse.down();
  await view.page.mouse.move(start.x + dx, start.y + dy, { steps: 10 });
  await view.page.mouse.up();
}

/** Zooms with the mouse wheel over the canvas. */
async function wheelZoom(view: BoardPage, deltaY: number): Promise<void> {
  const canvas = await view.page.getByTestId('canvas').boundingBox();
  if (canvas === null) throw new Error('canvas not visible');
  await view.page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
  await view.page.mouse.wheel(0, deltaY);
}

/**
 * Waits until `to` has seen everything `from` published so far: `from` points at a spot and `to`
 * sees the cursor exactly where that spot is under `from`'s current viewport. Presence updates
 * arrive in order, so `from`'s latest viewport has arrived too. This is how a test shows that
 * something did *not* happen.
 */
async function presenceBarrier(from: BoardPage, to: BoardPage, fromName: string, spot: { x: number; y: number }): Promise<void> {
  const canvas = await from.page.getByTestId('canvas').boundingBox();
  if (canvas === null) throw new Error('canvas not visible');
  await from.page.mouse.move(canvas.x + spot.x, canvas.y + spot.y, { steps: 3 });
  const fromView = await viewportOf(from);
  const toView = await viewportOf(to);
  const flow = { x: (spot.x - fromView.x) / fromView.zoom, y: (spot.y - fromView.y) / fromView.zoom };
  const expected = { x: flow.x * toView.zoom + toView.x, y: flow.y * toView.zoom + toView.y };
  const cursor = to.page.getByTestId(`cursor-${fromName}`);
  await expect
    .poll(async () => {
      const transform = await cursor.evaluate((el) => (el as HTMLElement).style.transform);
      const match = /translate\(\s*(-?[\d.e-]+)px,\s*(-?[\d.e-]+)px\)/.exec(transform);
      if (match === null) return false;
      // Within a pixel: both sides round the viewport differently.
      return Math.abs(Number(match[1]) - expected.x) <= 1 && Math.abs(Number(match[2]) - expected.y) <= 1;
    })
    .toBe(true);
}

function rosterEntry(view: BoardPage, name: string) {
  return view.roster.getByTestId('roster-peer').filter({ hasText: name }).getByRole('button');
}

test('B follows A: A’s pan and zoom show on B’s screen; B’s own pan stops following', async ({ alice, bob }) => {
  const board = await alice.createBoard();
  await bob.open(board);

  await rosterEntry(bob, 'Alice').click();
  await expect(bob.page.getByTestId('follow-banner')).toContainText('Following Alice');

  await panBy(alice, -180, -90);
  await wheelZoom(alice, -300);
  const aliceView = await viewportOf(alice);
  expect(aliceView).not.toEqual({ x: 0, y: 0, zoom: 1 });
  await expect.poll(() => viewportOf(bob)).toEqual(aliceView);

  // A manual pan is the follower taking over: the banner goes and A's moves no longer apply.
  await panBy(bob, 60, 40);
  await expect(bob.page.getByTestId('follow-banner')).toHaveCount(0);
  const bobView = await viewportOf(bob);
  await panBy(alice, 120, 0);
  await expect.poll(() => viewportOf(alice)).not.toEqual(aliceView);
  await presenceBarrier(alice, bob, 'Alice', { x: 90, y: 110 });
  expect(await viewportOf(bob)).toEqual(bobView);
});

test('bring everyone to me: B follows A without clicking anything, and can stop', async ({ alice, bob }) => {
  const board = await alice.createBoard();
  await bob.open(board);
  await expect(alice.roster.getByTestId('roster-peer')).toHaveText(['Bob']);

  await alice.page.getByTestId('summon').click();
  await expect(bob.page.getByTestId('follow-banner')).toContainText('Following Alice');
  await expect(alice.page.getByTestId('follow-banner')).toHaveCount(0);

  await panBy(alice, 150, 70);
  const aliceView = await viewportOf(alice);
  await expect.poll(() => viewportOf(bob)).toEqual(aliceView);

  await bob.page.getByTestId('follow-stop').click();
  await expect(bob.page.getByTestId('follow-banner')).toHaveCount(0);
  await panBy(alice, -100, 0);
  await presenceBarrier(alice, bob, 'Alice', { x: 130, y: 70 });
  expect(await viewportOf(bob)).toEqual(aliceView);
});

test('the laser: A holds L and moves, B sees the trail, and it fades after A lets go', async ({ alice, bob }) => {
  const board = await alice.createBoard();
  await bob.open(board);
  await expect(bob.roster.getByTestId('roster-peer')).toHaveText(['Alice']);

  const canvas = await alice.page.getByTestId('canvas').boundingBox();
  if (canvas === null) throw new Error('canvas not visible');
  await alice.page.mouse.move(canvas.x + 200, canvas.y + 200);
  await alice.page.keyboard.down('l');
  await expect(alice.page.getByTestId('laser-toggle')).toHaveAttribute('aria-pressed', 'true');
  for (let i = 1; i <= 6; i++) await alice.page.mouse.move(canvas.x + 200 + i * 40, canvas.y + 200 + i * 15, { steps: 4 });

  const trail = bob.page.getByTestId('laser-Alice');
  await expect(trail).toBeVisible();
  await expect.poll(() => trail.locator('line').count()).toBeGreaterThan(2);

  await alice.page.keyboard.up('l');
  await expect(alice.page.getByTestId('laser-toggle')).toHaveAttribute('aria-pressed', 'false');
  // The trail lasts about a second after the last move, then nothing is left of it.
  await expect(trail).toHaveCount(0, { timeout: 5000 });
});

test('the laser toggle works without the key, and a typed "l" does not switch it on', async ({ alice, bob }) => {
  const board = await alice.createBoard();
  await bob.open(board);

  const ownName = alice.page.getByTestId('own-name');
  await ownName.click();
  await alice.page.keyboard.down('l');
  await expect(alice.page.getByTestId('laser-toggle')).toHaveAttribute('aria-pressed', 'false');
  await alice.page.keyboard.up('l');
  await ownName.press('Escape');

  await alice.page.getByTestId('laser-toggle').click();
  const canvas = await alice.page.getByTestId('canvas').boundingBox();
  if (canvas === null) throw new Error('canvas not visible');
  await alice.page.mouse.move(canvas.x + 300, canvas.y + 300);
  await alice.page.mouse.move(canvas.x + 500, canvas.y + 350, { steps: 8 });
  await expect(bob.page.getByTestId('laser-Alice')).toBeVisible();
  await alice.page.getByTestId('laser-toggle').click();
  await expect(bob.page.getByTestId('laser-Alice')).toHaveCount(0, { timeout: 5000 });
});
