// Builds a small, tidy board through the UI (client → load balancer → service → cache, service →
// database), offers it load so the badges and the analysis panel show live numbers, and saves the
// screenshot the README shows, with a second person's cursor on it.
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { expect, test } from '../support/fixtures';

const SCREENSHOT = fileURLToPath(new URL('../screenshots/board.png', import.meta.url));

// Room for the palette (left), the board and the analysis panel (right).
test.use({ viewport: { width: 1800, height: 900 } });

const LAYOUT = [
  { kind: 'web-client', name: 'Browser', at: { x: 250, y: 330 } },
  { kind: 'load-balancer-l7', name: 'Load balancer', at: { x: 440, y: 310 } },
  { kind: 'stateless-service', name: 'Orders service', at: { x: 750, y: 310 } },
  { kind: 'in-memory-cache', name: 'Redis cache', at: { x: 1080, y: 170 } },
  { kind: 'relational-primary', name: 'Orders DB', at: { x: 1080, y: 450 } },
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

  // Live numbers: 1,200 req/s offered at the browser, typed into the inspector.
  await alice.node('Browser').locator('.kind').click();
  const offered = alice.page.getByTestId('inspector').getByTestId('input-rps');
  await offered.fill('1200');
  await offered.press('Enter');
  await expect(alice.page.getByTestId('flow-rps')).toHaveText('1,200 req/s');

  await bob.open(board);
  await expect(bob.edges).toHaveCount(CALLS.length);
  const canvas = await bob.page.getByTestId('canvas').boundingBox();
  if (canvas === null) throw new Error('canvas not visible');
  await bob.page.mouse.move(canvas.x + 900, canvas.y + 620, { steps: 5 });
  await expect(alice.page.getByTestId('cursor-Bob')).toBeVisible();

  // Deselect, so the picture shows the board as everyone sees it.
  await alice.page.getByTestId('canvas').click({ position: { x: 700, y: 760 } });
  await alice.page.mouse.move(1790, 890);
  await alice.page.screenshot({ path: SCREENSHOT });
  expect(existsSync(SCREENSHOT)).toBe(true);
});
