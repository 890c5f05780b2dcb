// The dark theme: with the system set to dark, the page, the canvas, the components, their badges and
// the panels turn dark, and every text checked keeps WCAG AA contrast (4.5:1) against what it sits on.
// The empty board's first-run hint is checked the same way before anything is added.
import type { Page } from '@playwright/test';
import { joinAsDocParticipant } from '../support/docParticipant';
import { expect, test } from '../support/fixtures';

interface LowContrast {
  readonly selector: string;
  readonly text: string;
  readonly ratio: number;
}

/** Each visible element matching the selectors whose text falls under 4.5:1 against its nearest opaque background. */
async function lowContrast(page: Page, selectors: readonly string[]): Promise<LowContrast[]> {
  return page.evaluate((list) => {
    const rgba = (value: string): number[] => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const [lr, lg, lb] = [r, g, b].map((channel) => {
        const c = channel / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
    };
    const backgroundOf = (element: Element): number[] => {
      for (let at: Element | null = element; at !== null; at = at.parentElement) {
        const colour = rgba(getComputedStyle(at).backgroundColor);
        if (colour.length === 3 || (colour[3] ?? 0) >= 0.85) return colour;
      }
      return rgba(getComputedStyle(document.documentElement).backgroundColor);
    };
    const found: { selector: string; text: string; ratio: number }[] = [];
    for (const selector of list) {
      for (const element of Array.from(document.querySelectorAll(selector)).slice(0, 25)) {
        const box = element.getBoundingClientRect();
        const text = (element.textContent ?? '').trim();
        if (box.width === 0 || box.height === 0 || text === '') continue;
        const a = luminance(rgba(getComputedStyle(element).color));
        const b = luminance(backgroundOf(element));
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        if (ratio < 4.5) found.push({ selector, text: text.slice(0, 40), ratio: Math.round(ratio * 100) / 100 });
      }
    }
    return found;
  }, selectors);
}

async function pageLuminance(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((element) => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(element).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });
}

test('with the system in dark mode the board is dark and its text stays readable', async ({ alice, baseURL }) => {
  await alice.page.emulateMedia({ colorScheme: 'dark' });
  await alice.page.setViewportSize({ width: 1440, height: 900 });
  const path = await alice.createBoard();

  // Empty board: the first-run hint says where to start, readable in the dark.
  const hint = alice.page.getByTestId('first-run-hint');
  await expect(hint).toContainText('requests per second');
  expect(await lowContrast(alice.page, ['.first-run-hint h2', '.first-run-hint li'])).toEqual([]);

  const writer = await joinAsDocParticipant(baseURL!, path);
  const users = writer.board.addComponent({ kind: 'web-client', name: 'Users', x: 0, y: 0, entry: { rps: 400 } });
  const app = writer.board.addComponent({ kind: 'stateless-service', name: 'App', x: 320, y: 0 });
  const db = writer.board.addComponent({ kind: 'relational-primary', name: 'Orders DB', x: 640, y: 0 });
  writer.board.addCall({ from: users, to: app, mode: 'sync' });
  writer.board.addCall({ from: app, to: db, mode: 'sync' });
  writer.board.addCall({ from: app, to: db, mode: 'async' });
  writer.close();

  await expect(hint).toHaveCount(0);
  await expect(alice.page.getByTestId('badge-utilisation').first()).toBeVisible();
  // Dark page, dark panels, dark components.
  for (const surface of ['.board-bar', '.analysis-panel', '.component-node', '.palette']) {
    expect(await pageLuminance(alice.page, surface), surface).toBeLessThan(0.2);
  }
  const checked = [
    '.board-bar .brand',
    '.status',
    '.component-node .kind span',
    '.component-node .name',
    '.component-node .badge',
    '.call-chip',
    '.palette h3',
    '.palette li button',
    '.analysis-panel h2',
    '.analysis-panel h3',
    '.analysis-panel p',
    '.analysis-panel li',
  ];
  await expect.poll(() => lowContrast(alice.page, checked)).toEqual([]);

  // Back to a light system setting, the same board is light again without a reload.
  await alice.page.emulateMedia({ colorScheme: 'light' });
  expect(await pageLuminance(alice.page, '.component-node')).toBeGreaterThan(0.8);
});
