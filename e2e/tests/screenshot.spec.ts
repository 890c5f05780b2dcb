// Builds a small, tidy board through the UI (client → load balancer → service → cache, service →
// database) and saves the screenshot the README shows, with a second person's cursor on it.
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { expect, test } from '../support/fixtures';

const SCREENSHOT = fileURLToPath(new URL('../screenshots/board.png', import.meta.url));

const LAYOUT = [
  { kind: 'web-client', name: 'Browser', at: { x: 40, y: 250 } },
  { kind: 'load-balancer-l7', name: 'Load balancer', at: { x: 290, y: 250 } },
  { kind: 'stateless-service', name: 'Orders service', at: { x: 540, y: 250 } },
  { kind: 'in-memory-cache', name: 'Redis cache', at: { x: 820, y: 130 } },
  { kind: 'relational-primary', name: 'Orders DB', at: { x: 820, y: 370 } },
] as const;

const CALLS = [
  ['Browser', 'Load balancer'],
  ['Load balancer', 'Orders service'],
  ['Orders service', 'Redis cache'],
  ['Orders service', 'Orders DB'],
] as const;

test('a tidy board, saved as the README screenshot', async ({ alice, bob }) => {
  const board = await alice.createBoard();
  for (const { kind, name, at } of LAYOUT) {
    await alice.addComponent(kind, name);
    await alice.dragTo(name, at);
  }
  for (const [from, to] of CALLS) await alice.connect(from, to);
  await expect(alice.nodes).toHaveCount(LAYOUT.length);
  await expect(alice.edges).toHaveCount(CALLS.length);

  await bob.open(board);
  await expect(bob.edges).toHaveCount(CALLS.length);
  const canvas = await bob.page.getByTestId('canvas').boundingBox();
  if (canvas === null) throw new Error('canvas not visible');
  await bob.page.mouse.move(canvas.x + 700, canvas.y + 330, { steps: 5 });
  await expect(alice.page.getByTestId('cursor-Bob')).toBeVisible();

  // Deselect, so the picture shows the board as everyone sees it.
  await alice.page.getByTestId('canvas').click({ position: { x: 1100, y: 650 } });
  await alice.page.mouse.move(1270, 790);
  await alice.page.screenshot({ path: SCREENSHOT });
  expect(existsSync(SCREENSHOT)).toBe(true);
});
