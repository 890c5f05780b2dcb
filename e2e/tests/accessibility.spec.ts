// WCAG 2.1 AA as axe-core 4.14 checks it, in real Chromium: the landing page, and a board with the
// inspector and a "why?" popover open, have no serious or critical violation. Beyond what axe can see:
// components, calls and "why?" buttons are named for what they are (not ids or bare numbers), the board
// page has a heading and a main landmark, the live cursor layer is hidden from assistive technology,
// and a "why?" popover takes the focus and gives it back to its button when it closes. The board is checked
// again with the system in dark mode.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { BoardPage } from '../support/boardPage';
import { joinAsDocParticipant } from '../support/docParticipant';
import { expect, test } from '../support/fixtures';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Serious and critical violations, one line each with where they are, so a failure says what to fix. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact ?? '?'}): ${node.target.join(' ')}: ${node.failureSummary ?? ''}`.replace(/\s+/g, ' ')),
    );
}

test.use({ viewport: { width: 1440, height: 900 } });

test('the landing page has no serious or critical WCAG 2.1 AA violation', async ({ alice }) => {
  await alice.page.goto('/');
  await expect(alice.page.getByTestId('new-board')).toBeVisible();
  expect(await seriousViolations(alice.page)).toEqual([]);
});

/** A new board with Users → API service → Orders DB, written by a second participant, drawn in Alice's page. */
async function threeTierBoard(alice: BoardPage, baseURL: string): Promise<Page> {
  const path = await alice.createBoard();
  const writer = await joinAsDocParticipant(baseURL, path);
  const users = writer.board.addComponent({ kind: 'web-client', name: 'Users', x: 80, y: 120, entry: { rps: 200 } });
  const api = writer.board.addComponent({ kind: 'stateless-service', name: 'API service', x: 380, y: 120 });
  const db = writer.board.addComponent({ kind: 'relational-primary', name: 'Orders DB', x: 680, y: 120 });
  writer.board.addCall({ from: users, to: api, mode: 'sync' });
  writer.board.addCall({ from: api, to: db, mode: 'sync' });
  await expect(alice.edges).toHaveCount(2);
  writer.close();
  return alice.page;
}

test('a board with the inspector and a "why?" open: no serious or critical violation, everything named', async ({ alice, baseURL }) => {
  const page = await threeTierBoard(alice, baseURL!);

  // The page's structure: one main landmark holding the board, a heading naming it.
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

  // Components are named by their name, kind and headline figure; calls by their ends.
  await expect(alice.nodeWrapper('API service')).toHaveAccessibleName(/^API service, Stateless service, p99 [\d.,]+ ms$/);
  await expect(alice.nodeWrapper('Users')).toHaveAccessibleName(/^Users, Web client, 200 req\/s$/);
  await expect(page.getByRole('group', { name: 'API service → Orders DB, call' })).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Users → API service, call' })).toHaveCount(1);

  // The live layers (cursors, laser) are hidden from assistive technology; the canvas is not.
  for (const layer of await page.locator('.cursors, .laser-layer').all()) {
    await expect(layer).toHaveAttribute('aria-hidden', 'true');
  }

  // Inspector open on the API service.
  await alice.node('API service').locator('.kind').click();
  await expect(page.getByTestId('inspector')).toBeVisible();

  // "why?" buttons say which figure they explain, not just its number.
  const panel = page.getByTestId('analysis-panel');
  const why = panel.getByTestId('flow-p99');
  await expect(why).toHaveAccessibleName(/^[\d.,]+ ms — p99 latency \(why\?\)$/);
  await expect(alice.node('API service').getByTestId('badge-availability')).toHaveAccessibleName(/^[\d.,]+ % — Availability of API service \(why\?\)$/);

  // Opening it moves the focus into the popover; Escape gives it back to the button.
  await why.click();
  const popover = page.getByTestId('why-popover');
  await expect(popover).toBeVisible();
  await expect(popover).toHaveAttribute('role', 'dialog');
  await expect.poll(() => popover.evaluate((element) => element.contains(document.activeElement))).toBe(true);

  expect(await seriousViolations(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(why).toBeFocused();
});

test('in dark mode, a board with the inspector and a "why?" open has no serious or critical violation', async ({ alice, baseURL }) => {
  // The system setting, as a person has it (the page follows prefers-color-scheme).
  await alice.page.emulateMedia({ colorScheme: 'dark' });
  const page = await threeTierBoard(alice, baseURL!);
  const darkness = await page.locator('.board-bar').evaluate((element) => {
    const [r = 255, g = 255, b = 255] = (getComputedStyle(element).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });
  expect(darkness).toBeLessThan(0.2);

  await alice.node('API service').locator('.kind').click();
  await expect(page.getByTestId('inspector')).toBeVisible();
  const why = page.getByTestId('analysis-panel').getByTestId('flow-p99');
  await why.click();
  await expect(page.getByTestId('why-popover')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // A why? of a component's own figure, open over the canvas, as well.
  await page.keyboard.press('Escape');
  await alice.node('API service').getByTestId('badge-availability').click();
  await expect(page.getByTestId('why-popover')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
