// The whole loop without a mouse, as a keyboard user does it once the board is open: quick-add two
// components (a modal dialog: Tab stays in it, Escape closes it and gives the focus back), rename with F2,
// select two with Enter and Shift+Enter and connect them with A, nudge with the arrows, edit a field in the
// inspector (Enter on the selected component; Ctrl+Z in the field takes back the typing and adds no undo
// step; Escape comes back), open a "why?" and close it, undo, delete. After every step the focus is on what
// the person works on, and a focused component shows a ring. Only page.keyboard after the board opened.
// A palette item pressed with Enter hands the new component the focus too.
import type { Locator, Page } from '@playwright/test';
import type { BoardPage } from '../support/boardPage';
import { expect, test } from '../support/fixtures';

test.use({ viewport: { width: 1440, height: 900 } });
test.setTimeout(120_000);

/** The focused element is this component's box and it draws a visible focus ring. */
async function expectFocusOn(alice: BoardPage, name: string): Promise<void> {
  const wrapper = alice.nodeWrapper(name);
  await expect(wrapper).toBeFocused();
  const ring = await wrapper.evaluate((element) => {
    const style = getComputedStyle(element);
    return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth), shadow: style.boxShadow };
  });
  expect((ring.outline !== 'none' && ring.width > 0) || ring.shadow !== 'none', `focus ring on ${name}: ${JSON.stringify(ring)}`).toBe(true);
}

/** Tab (or Shift+Tab, toward where it is in the page) until the component's box has the focus. */
async function tabTo(alice: BoardPage, name: string): Promise<void> {
  const page = alice.page;
  const target = alice.nodeWrapper(name);
  const backwards = await target.evaluate((element) => {
    const active = document.activeElement;
    return active !== null && active !== document.body && (element.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
  for (let presses = 0; presses < 20; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

async function quickAdd(page: Page, query: string, kindId: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+k');
  await expect(page.getByTestId('quick-add-input')).toBeFocused();
  await page.keyboard.type(query);
  await expect(page.getByTestId(`quick-add-${kindId}`)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('quick-add')).toHaveCount(0);
}

async function renameFocused(alice: BoardPage, from: string, to: string): Promise<void> {
  await alice.page.keyboard.press('F2');
  const input = alice.nodeWrapper(from).getByTestId('rename-input');
  await expect(input).toBeFocused();
  await alice.page.keyboard.type(to);
  await alice.page.keyboard.press('Enter');
  await expect(alice.node(to)).toBeVisible();
  await expectFocusOn(alice, to);
}

const undoSteps = (page: Page) => page.getByTestId('undo').getAttribute('data-steps').then(Number);
const focusedInside = (locator: Locator) => locator.evaluate((element) => element.contains(document.activeElement));

test('add, rename, connect, move, edit, "why?", undo and delete with the keyboard alone, the focus kept on the work', async ({ alice }) => {
  const page = alice.page;
  await alice.createBoard();
  const inspector = page.getByTestId('inspector');

  // Add: the new component takes the focus and the selection.
  await quickAdd(page, 'web client', 'web-client');
  await expect(alice.node('Web client')).toBeVisible();
  await expectFocusOn(alice, 'Web client');
  await expect(alice.nodeWrapper('Web client')).toHaveClass(/selected/);
  await renameFocused(alice, 'Web client', 'Shoppers');

  // Its load in the inspector: Enter on the selected component goes to its first field; Escape comes back.
  await page.keyboard.press('Enter');
  const load = inspector.getByTestId('input-rps');
  await expect(load).toBeFocused();
  await page.keyboard.type('2k');
  await page.keyboard.press('Enter');
  await expect(load).toHaveValue('2,000');
  await expect(load).toBeFocused();
  await page.keyboard.press('Escape');
  await expectFocusOn(alice, 'Shoppers');

  // The quick-add dialog keeps the focus (Tab, Shift+Tab) and Escape gives it back to the component.
  await page.keyboard.press('ControlOrMeta+k');
  const search = page.getByTestId('quick-add-input');
  await expect(search).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(search).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(search).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('quick-add')).toHaveCount(0);
  await expectFocusOn(alice, 'Shoppers');

  await quickAdd(page, 'stateless', 'stateless-service');
  await expectFocusOn(alice, 'Stateless service');
  await renameFocused(alice, 'Stateless service', 'API');

  // Connect: Enter selects Shoppers alone, Shift+Enter adds API, A draws the call from the first picked.
  await tabTo(alice, 'Shoppers');
  await page.keyboard.press('Enter');
  await expect(alice.nodeWrapper('API')).not.toHaveClass(/selected/);
  await tabTo(alice, 'API');
  await page.keyboard.press('Shift+Enter');
  await expect(alice.nodeWrapper('Shoppers')).toHaveClass(/selected/);
  await expect(alice.nodeWrapper('API')).toHaveClass(/selected/);
  await page.keyboard.press('a');
  await expect(page.getByRole('group', { name: 'Shoppers → API, call' })).toHaveCount(1);
  await expectFocusOn(alice, 'API');

  // Move: Escape selects nothing (the focus stays), Enter selects API alone, the arrows nudge it.
  await page.keyboard.press('Escape');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  await expectFocusOn(alice, 'API');
  await page.keyboard.press('Enter');
  await expect(alice.nodeWrapper('API')).toHaveClass(/selected/);
  const start = await alice.position('API');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(() => alice.position('API')).toEqual({ x: start.x + 1, y: start.y + 10 });
  await expect(alice.nodeWrapper('Shoppers')).toHaveCount(1);
  await expectFocusOn(alice, 'API');

  // Edit a field: Enter to the inspector, type, Enter writes it.
  await page.keyboard.press('Enter');
  const instances = inspector.getByTestId('input-instances');
  await expect(instances).toBeFocused();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(alice.node('API').getByTestId('instances')).toHaveText('×3');
  // Ctrl+Z in the field takes back the typing and writes nothing: no new undo step, the board still says 3.
  const steps = await undoSteps(page);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('7');
  await expect(instances).toHaveValue('7');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(instances).toHaveValue('3');
  expect(await undoSteps(page)).toBe(steps);
  await expect(alice.node('API').getByTestId('instances')).toHaveText('×3');
  await page.keyboard.press('Escape');
  await expectFocusOn(alice, 'API');
  expect(await undoSteps(page)).toBe(steps);

  // "why?": Tab into the component's figures, Enter opens one (it takes the focus), Escape gives it back.
  const figure = alice.nodeWrapper('API').locator('.why-figure').first();
  await expect(figure).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(figure).toBeFocused();
  await page.keyboard.press('Enter');
  const popover = page.getByTestId('why-popover');
  await expect(popover).toBeVisible();
  await expect.poll(() => focusedInside(popover)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(figure).toBeFocused();
  await expect(alice.nodeWrapper('API')).toHaveClass(/selected/);
  await page.keyboard.press('Shift+Tab');
  await expectFocusOn(alice, 'API');

  // Undo takes back the last edit (instances), not the field's taken-back typing; the focus stays.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(alice.node('API').getByTestId('instances')).toHaveText('×1');
  await expect.poll(() => alice.position('API')).toEqual({ x: start.x + 1, y: start.y + 10 });
  await expectFocusOn(alice, 'API');

  // Delete: API and its call go; the focus moves to the component left, not to the page.
  await page.keyboard.press('Delete');
  await expect(alice.node('API')).toHaveCount(0);
  await expect(alice.edges).toHaveCount(0);
  await expectFocusOn(alice, 'Shoppers');
});

test('a palette item pressed with Enter adds its kind and hands the new component the focus and the selection', async ({ alice }) => {
  const page = alice.page;
  await alice.createBoard();
  const item = page.getByTestId('add-stateless-service');
  await item.focus();
  await page.keyboard.press('Enter');
  await expect(alice.node('Stateless service')).toBeVisible();
  await expectFocusOn(alice, 'Stateless service');
  await expect(alice.nodeWrapper('Stateless service')).toHaveClass(/selected/);
  // The keys now act on it: F2 renames the component just added.
  await renameFocused(alice, 'Stateless service', 'API');
});
