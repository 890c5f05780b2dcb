// Panels that leave room to work and a board that opens in sight (issue 18), as a person meets them in real
// Chromium against the real relay: a board opens fitted to its content and Shift+1 (or the zoom controls'
// fit) fits it again beside the open inspector, every component's box inside the canvas no panel covers;
// the canvas keeps at least 60 % of a 1280×720 and a 1024×768 window with the inspector open, and what is
// added lands clear of the panels; panels fold and stay folded after a reload; a long chain's legend and
// many findings stay short, with a minimap.
import type { ComponentId } from '@napkin/doc';
import type { Page } from '@playwright/test';
import type { BoardPage } from '../support/boardPage';
import { joinAsDocParticipant } from '../support/docParticipant';
import type { DocParticipant } from '../support/docParticipant';
import { expect, test } from '../support/fixtures';

// Each test waits for what it checks; on a machine shared by several builds (load average 40+ on two cores)
// a test that takes 35 s alone took over 90 s, so the budget is larger than the default.
test.describe.configure({ timeout: 180_000 });

interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The canvas, what covers it (its panels, the minimap and the zoom controls) and the components' boxes, in client pixels. */
async function layoutOf(page: Page): Promise<{ canvas: Rect; panels: Rect[]; components: Rect[]; window: { width: number; height: number } }> {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="canvas"]')!;
    const rect = (el: Element) => {
      const box = el.getBoundingClientRect();
      return { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
    };
    const panels = Array.from(canvas.querySelectorAll(':scope > aside, .react-flow__minimap, .react-flow__controls')).map(rect).filter((box) => box.right > box.left && box.bottom > box.top);
    const components = Array.from(canvas.querySelectorAll('.react-flow__node-component')).map(rect);
    return { canvas: rect(canvas), panels, components, window: { width: window.innerWidth, height: window.innerHeight } };
  });
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const within = (inner: Rect, outer: Rect) => inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;

/** Share of the window that is canvas under no panel, sampled on a 4 px grid. */
function uncoveredShare({ canvas, panels, window }: Awaited<ReturnType<typeof layoutOf>>): number {
  let free = 0;
  let all = 0;
  for (let x = 2; x < window.width; x += 4) {
    for (let y = 2; y < window.height; y += 4) {
      all += 1;
      const inCanvas = x >= canvas.left && x < canvas.right && y >= canvas.top && y < canvas.bottom;
      if (inCanvas && !panels.some((p) => x >= p.left && x < p.right && y >= p.top && y < p.bottom)) free += 1;
    }
  }
  return free / all;
}

/** Every component inside the canvas and clear of every panel. */
async function expectAllInSight(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const layout = await layoutOf(page);
      return layout.components.filter((box) => !within(box, layout.canvas) || layout.panels.some((panel) => overlaps(box, panel))).length;
    })
    .toBe(0);
}

async function seedScattered(alice: BoardPage, baseURL: string): Promise<{ path: string; writer: DocParticipant }> {
  const path = await alice.createBoard();
  const writer = await joinAsDocParticipant(baseURL, path);
  const spots = [[-300, -200], [2600, 0], [1200, 1500], [0, 1400], [2500, 1600], [900, 300], [400, 800], [1800, 700]] as const;
  const ids = spots.map(([x, y], index) => writer.board.addComponent({ kind: index === 0 ? 'web-client' : 'stateless-service', name: `S${index}`, x, y, ...(index === 0 ? { entry: { rps: 50 } } : {}) }));
  for (let index = 1; index < ids.length; index++) writer.board.addCall({ from: ids[index - 1]!, to: ids[index]!, mode: 'sync' });
  return { path, writer };
}

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('a board opens fitted to its content, Shift+1 fits beside the open inspector, the canvas keeps 60 %, folds are remembered', async ({ alice, baseURL }) => {
    const { path, writer } = await seedScattered(alice, baseURL!);
    writer.close();
    await alice.open(path);
    await expect(alice.nodes).toHaveCount(8);
    await expect(alice.page.getByTestId('analysis-panel')).toBeVisible();
    await expectAllInSight(alice.page);

    // With a component selected the inspector opens in the analysis panel's column: still 60 % of the window.
    await alice.node('S5').locator('.kind').click();
    await expect(alice.page.getByTestId('inspector')).toBeVisible();
    const withInspector = uncoveredShare(await layoutOf(alice.page));
    test.info().annotations.push({ type: 'uncovered canvas, 1280×720, inspector open', description: `${(withInspector * 100).toFixed(1)} % of the window` });
    expect(withInspector).toBeGreaterThanOrEqual(0.6);
    await alice.page.keyboard.press('Shift+1');
    await expectAllInSight(alice.page);

    // The zoom controls' fit button does the same after a pan took things away.
    const canvas = (await alice.page.getByTestId('canvas').boundingBox())!;
    await alice.panBy({ x: canvas.x + canvas.width * 0.45, y: canvas.y + canvas.height - 30 }, 500, 0);
    await alice.page.getByTestId('fit-view').click();
    await expectAllInSight(alice.page);

    // Fold the palette out to its full list, fold the inspector, hide the analysis: a reload keeps all three.
    await alice.page.getByTestId('palette-toggle').click();
    await expect(alice.page.getByTestId('palette-search')).toBeVisible();
    await alice.page.getByTestId('inspector-fold').click();
    await expect(alice.page.getByTestId('inspector')).toHaveClass(/folded/);
    await alice.page.getByRole('button', { name: 'Hide analysis' }).click();
    await alice.open(path);
    await expect(alice.page.getByTestId('palette-search')).toBeVisible();
    await expect(alice.page.getByTestId('analysis-panel-open')).toBeVisible();
    await alice.node('S5').locator('.kind').click();
    await expect(alice.page.getByTestId('inspector')).toHaveClass(/folded/);
    await alice.page.getByTestId('inspector-fold').click();
    await expect(alice.page.getByTestId('inspector')).not.toHaveClass(/folded/);
  });
});

test.describe('at 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the canvas keeps 60 % with the inspector open, and a component just added lands clear of every panel', async ({ alice }) => {
    await alice.createBoard();
    await alice.addComponent('web-client', 'Users');
    await expect(alice.page.getByTestId('inspector')).toBeVisible();
    expect(uncoveredShare(await layoutOf(alice.page))).toBeGreaterThanOrEqual(0.6);
    // Added from the palette's rail while the inspector is open: in sight, not under a panel.
    await alice.addComponent('stateless-service', 'API');
    await alice.node('API').locator('.kind').click();
    await expect(alice.page.getByTestId('inspector')).toBeVisible();
    const share = uncoveredShare(await layoutOf(alice.page));
    test.info().annotations.push({ type: 'uncovered canvas, 1024×768, inspector open', description: `${(share * 100).toFixed(1)} % of the window` });
    expect(share).toBeGreaterThanOrEqual(0.6);
    await expectAllInSight(alice.page);
  });
});

test.describe('a big board at 1600×1000', () => {
  test.use({ viewport: { width: 1600, height: 1000 } });

  test('a long chain: the legend groups the hops beyond the top few, findings come by rule with counts, a minimap', async ({ alice, baseURL }) => {
    const path = await alice.createBoard();
    const writer = await joinAsDocParticipant(baseURL!, path);
    let previous = writer.board.addComponent({ kind: 'web-client', name: 'Users', x: 0, y: 0, entry: { rps: 20 } });
    const chain: ComponentId[] = [];
    for (let index = 1; index <= 11; index++) {
      const next = writer.board.addComponent({ kind: 'stateless-service', name: `Hop ${index}`, x: index * 240, y: (index % 2) * 160 });
      writer.board.addCall({ from: previous, to: next, mode: 'sync' });
      chain.push(next);
      previous = next;
    }
    await expect(alice.edges).toHaveCount(11);
    writer.close();

    const panel = alice.page.getByTestId('analysis-panel');
    const more = panel.getByTestId('hop-more').first();
    await expect(more).toContainText(/\+\d+ more hops, [\d.,]+ ms/);
    const named = await panel.getByTestId('hop-row').count();
    expect(named).toBeLessThan(11);
    await more.getByRole('button').click();
    await expect(panel.getByTestId('hop-row')).toHaveCount(11);

    // Eleven single instances: one group of single points of failure with its count, folded; "show all" selects them.
    const spof = panel.locator('[data-testid="finding-group"][data-rule="spof"]');
    await expect(spof).toHaveAttribute('data-count', /^(1[0-9]|[4-9])$/);
    await expect(spof.getByTestId('finding-spof').first()).toBeHidden();
    await spof.getByTestId('finding-group-show-spof').click();
    const count = Number(await spof.getAttribute('data-count'));
    await expect(alice.page.locator('.react-flow__node-component.selected')).toHaveCount(count);
    await expect(alice.page.locator('.react-flow__minimap')).toBeVisible();
  });
});
