// Layout help and panels that leave room to work (issue 18), as a person does it in real Chromium against the
// real relay: a board opens fitted to its content and Shift+1 fits it again beside the open panels (every
// component's box inside the canvas no panel covers); the canvas keeps at least 60 % of a 1280×720 and a
// 1024×768 window with the inspector open, and what is added lands clear of the panels; panels fold and stay
// folded after a reload; alignment guides while dragging (Alt places freely); tidy-up along the flow with a
// zone keeping its members, one undo; the right-click menu by mouse and keyboard; a long chain's legend and
// many findings stay short, with a minimap.
import type { ComponentId } from '@napkin/doc';
import type { Page } from '@playwright/test';
import type { BoardPage } from '../support/boardPage';
import { joinAsDocParticipant } from '../support/docParticipant';
import type { DocParticipant } from '../support/docParticipant';
import { expect, test } from '../support/fixtures';

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
    expect(uncoveredShare(await layoutOf(alice.page))).toBeGreaterThanOrEqual(0.6);
    await expectAllInSight(alice.page);
  });
});

test.describe('editing at 1600×1000', () => {
  test.use({ viewport: { width: 1600, height: 1000 } });

  test('a dragged component snaps to another one\'s edge with a guide drawn, Alt places freely', async ({ alice }) => {
    await alice.createBoard();
    await alice.addComponent('stateless-service', 'API');
    await alice.dragTo('API', { x: 500, y: 150 });
    await alice.addComponent('stateless-service', 'Worker');
    await alice.dragTo('Worker', { x: 800, y: 400 });

    // 3 px right of the API's left edge: it snaps onto it, and a guide shows while dragging.
    const drag = await alice.startDrag('Worker', -297, 0);
    await expect(alice.page.locator('.alignment-guide[data-axis="x"]').first()).toBeVisible();
    await drag.release();
    await expect(alice.page.getByTestId('alignment-guides')).toHaveCount(0);
    await expect.poll(() => alice.position('Worker')).toEqual({ x: 500, y: 400 });

    // Holding Alt: exactly where it is dropped, no guide.
    await alice.page.keyboard.down('Alt');
    const free = await alice.startDrag('Worker', 3, 0);
    await expect(alice.page.getByTestId('alignment-guides')).toHaveCount(0);
    await free.release();
    await alice.page.keyboard.up('Alt');
    await expect.poll(() => alice.position('Worker')).toEqual({ x: 503, y: 400 });
  });

  test('tidy-up lays the board out along the flow, the zone keeps its members, one undo takes it back', async ({ alice, baseURL }) => {
    const path = await alice.createBoard();
    const writer = await joinAsDocParticipant(baseURL!, path);
    const add = (kind: string, name: string, x: number, y: number, extra: object = {}) => writer.board.addComponent({ kind, name, x, y, ...extra });
    // Drawn jumbled, the calls mostly going across: tidied left to right.
    const users = add('web-client', 'Users', 80, 300, { entry: { rps: 50 } });
    const api = add('stateless-service', 'API', 900, 120);
    const db = add('relational-primary', 'DB', 500, 300);
    const cache = add('cache', 'Cache', 700, 500);
    const call = (from: ComponentId, to: ComponentId) => writer.board.addCall({ from, to, mode: 'sync' });
    call(users, api);
    call(api, db);
    call(api, cache);
    // The zone holds the API and the DB (by their top-left corners).
    writer.board.addZone({ level: 'availability-zone', name: 'AZ a', x: 460, y: 80, width: 700, height: 360 });
    await expect(alice.edges).toHaveCount(3);
    const before = writer.board.snapshot();

    await alice.page.keyboard.press('Shift+T');
    const at = (id: string) => writer.board.snapshot().components.find((component) => component.id === id)!;
    await expect.poll(() => at(users).x < at(api).x && at(api).x < at(db).x && at(api).x < at(cache).x).toBe(true);
    const zone = writer.board.snapshot().zones[0]!;
    for (const id of [api, db]) {
      const { x, y } = at(id);
      expect(x >= zone.x && x <= zone.x + zone.width && y >= zone.y && y <= zone.y + zone.height).toBe(true);
    }
    await alice.undo();
    await expect.poll(() => JSON.stringify(writer.board.snapshot())).toBe(JSON.stringify(before));
    writer.close();
  });

  test('the right-click menu acts on components, calls and the canvas, by mouse and by keyboard', async ({ alice }) => {
    await alice.createBoard();
    await alice.addComponent('stateless-service', 'API');
    await alice.dragTo('API', { x: 500, y: 150 });
    await alice.addComponent('relational-primary', 'DB');
    await alice.dragTo('DB', { x: 850, y: 150 });
    const menu = alice.page.getByTestId('canvas-menu');

    // Opens on the component with the focus on its first item; arrows move, Escape closes.
    await alice.node('API').locator('.kind').click({ button: 'right' });
    await expect(menu).toBeVisible();
    await expect(menu.getByTestId('menu-duplicate')).toBeFocused();
    await alice.page.keyboard.press('ArrowDown');
    await expect(menu.getByTestId('menu-copy')).toBeFocused();
    await alice.page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);

    // Duplicate from the menu: one more, one undo step.
    await alice.node('API').locator('.kind').click({ button: 'right' });
    await menu.getByTestId('menu-duplicate').click();
    await expect(alice.nodes).toHaveCount(3);
    await alice.undo();
    await expect(alice.nodes).toHaveCount(2);

    // Two selected: connect them from the menu; then the call's own menu deletes it.
    await alice.node('API').locator('.kind').click();
    await alice.node('DB').locator('.kind').click({ modifiers: ['Shift'] });
    await alice.node('DB').locator('.kind').click({ button: 'right' });
    await expect(menu.getByTestId('menu-align-top')).toBeVisible();
    await menu.getByTestId('menu-connect').click();
    const edge = await alice.edgeBetween('API', 'DB');
    await expect(edge).toHaveCount(1);
    const point = await edge.locator('path.call-path').evaluate((path: SVGPathElement) => {
      const at = path.getPointAtLength(path.getTotalLength() * 0.3);
      const p = new DOMPoint(at.x, at.y).matrixTransform(path.getScreenCTM()!);
      return { x: p.x, y: p.y };
    });
    await alice.page.mouse.click(point.x, point.y, { button: 'right' });
    await menu.getByTestId('menu-delete').click();
    await expect(alice.edges).toHaveCount(0);

    // The canvas: add a component where it was right-clicked, through quick-add.
    const canvas = (await alice.page.getByTestId('canvas').boundingBox())!;
    const spot = { x: canvas.x + 620, y: canvas.y + 520 };
    await alice.page.mouse.click(spot.x, spot.y, { button: 'right' });
    await expect(menu).toHaveAttribute('aria-label', 'Canvas actions');
    await menu.getByTestId('menu-add-here').click();
    await alice.page.getByTestId('quick-add-input').fill('redis');
    await alice.page.getByTestId('quick-add-input').press('Enter');
    await expect(alice.nodes).toHaveCount(3);
    const added = (await alice.nodes.last().boundingBox())!;
    expect(Math.abs(added.x + added.width / 2 - spot.x)).toBeLessThan(200);
    expect(Math.abs(added.y + added.height / 2 - spot.y)).toBeLessThan(120);

    // From the keyboard: Shift+F10 on the focused component, End, Enter deletes it.
    await alice.page.keyboard.press('Escape');
    await alice.nodeWrapper('API').focus();
    await alice.page.keyboard.press('Shift+F10');
    await expect(menu).toHaveAttribute('aria-label', 'Component actions');
    await alice.page.keyboard.press('End');
    await expect(menu.getByTestId('menu-delete')).toBeFocused();
    await alice.page.keyboard.press('Enter');
    await expect(alice.node('API')).toHaveCount(0);
  });

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
