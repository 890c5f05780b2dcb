// A board on a 390×844 phone: usable to view, follow and make light edits. Selecting a component opens
// the inspector as a sheet across the whole width (not a 30 px sliver), a field can be edited in it,
// every handle is at least 24 px on screen at the zoom the board opened with, and the palette and the
// analysis are drawers that can be put away. At 1024×768 the canvas keeps at least 60 % of the window
// with the inspector open.
import { joinAsDocParticipant } from '../support/docParticipant';
import { expect, test } from '../support/fixtures';

const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE, hasTouch: true });

test('on a phone the inspector is a full-width sheet and every handle is a touch target', async ({ alice, baseURL }) => {
  const path = await alice.createBoard();
  const writer = await joinAsDocParticipant(baseURL!, path);
  const api = writer.board.addComponent({ kind: 'stateless-service', name: 'API', x: 40, y: 80 });
  const db = writer.board.addComponent({ kind: 'relational-primary', name: 'DB', x: 40, y: 320 });
  writer.board.addCall({ from: api, to: db, mode: 'sync' });
  await expect(alice.edges).toHaveCount(1);
  writer.close();
  const page = alice.page;

  // The palette is a drawer: folded, it leaves the canvas to the board.
  const palette = page.locator('.palette');
  if (!(await palette.evaluate((element) => element.classList.contains('collapsed')))) {
    await palette.getByRole('button', { name: /fold the palette/i }).click();
  }
  await expect(palette).toHaveClass(/collapsed/);
  expect((await palette.boundingBox())!.width).toBeLessThanOrEqual(60);

  // Every handle is at least 24 px square on screen.
  const handles = page.locator('.react-flow__node .react-flow__handle');
  expect(await handles.count()).toBeGreaterThanOrEqual(8);
  for (const handle of await handles.all()) {
    const box = (await handle.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
  }

  // Tapping a component's kind label opens the inspector across the whole width, at the bottom. The tap
  // goes to the label's left end: at the zoom the board opened with, the 28 px handle in the middle of
  // the top edge can cover the label's middle (a tap there starts a call), and the node's middle holds
  // its badges, each a "why?" button.
  const kind = alice.node('API').locator('.kind');
  const kindBox = (await kind.boundingBox())!;
  await kind.tap({ position: { x: 4, y: kindBox.height / 2 } });
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toBeVisible();
  const sheet = (await inspector.boundingBox())!;
  expect(sheet.x).toBeLessThanOrEqual(1);
  expect(sheet.width).toBeGreaterThanOrEqual(PHONE.width - 2);
  expect(sheet.y + sheet.height).toBeGreaterThanOrEqual(PHONE.height - 2);
  expect(sheet.height).toBeLessThanOrEqual(PHONE.height * 0.6 + 1);

  // A light edit in the sheet reaches the document.
  const instances = inspector.getByTestId('input-instances');
  await instances.fill('3');
  await instances.press('Enter');
  await expect(alice.node('API').getByTestId('instances')).toHaveText(/×3/);
});

test('at 1024×768 the canvas keeps at least 60 % of the window with the inspector open', async ({ alice, baseURL }) => {
  await alice.page.setViewportSize({ width: 1024, height: 768 });
  const path = await alice.createBoard();
  const writer = await joinAsDocParticipant(baseURL!, path);
  writer.board.addComponent({ kind: 'stateless-service', name: 'API', x: 200, y: 200 });
  await expect(alice.nodes).toHaveCount(1);
  writer.close();
  await alice.node('API').locator('.kind').click();
  const inspector = alice.page.getByTestId('inspector');
  await expect(inspector).toBeVisible();
  const canvas = (await alice.page.getByTestId('canvas').boundingBox())!;
  const covered = (await inspector.boundingBox())!;
  // The inspector docks at the right; the canvas left of it is what the user works in.
  const free = (covered.x - canvas.x) * canvas.height;
  expect(free / (1024 * 768)).toBeGreaterThanOrEqual(0.6);
});
