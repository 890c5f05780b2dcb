// Layout help while editing (issue 18), done as a person would in real Chromium against the real relay:
// alignment guides while dragging (Alt places freely); tidy-up along the flow with a zone keeping its
// members and notes kept off the components, one undo; the right-click menu on components, calls and the canvas, by mouse and by keyboard.
import type { ComponentId } from '@napkin/doc';
import { joinAsDocParticipant } from '../support/docParticipant';
import { expect, test } from '../support/fixtures';

// Each test waits for what it checks; on a machine shared by several builds (load average 40+ on two cores)
// a test that takes 35 s alone took over 90 s, so the budget is larger than the default.
test.describe.configure({ timeout: 180_000 });

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
    await expect(alice.page.locator('.alignment-guide:visible')).toHaveCount(0);
    await expect.poll(() => alice.position('Worker')).toEqual({ x: 500, y: 400 });

    // Holding Alt: exactly where it is dropped, no guide.
    await alice.page.keyboard.down('Alt');
    const free = await alice.startDrag('Worker', 3, 0);
    await expect(alice.page.locator('.alignment-guide:visible')).toHaveCount(0);
    await free.release();
    await alice.page.keyboard.up('Alt');
    await expect.poll(() => alice.position('Worker')).toEqual({ x: 503, y: 400 });
  });

  test('tidy-up lays the board out along the flow, the zone keeps its members, notes stay off components, one undo takes it back', async ({ alice, baseURL }) => {
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
    // A free sticky where the layout will start (the group keeps its top-left corner) and one pinned under the DB.
    writer.board.addAnnotation({ text: 'check the TTL', kind: 'sticky', x: 80, y: 120, width: 200, height: 160 });
    const pinnedNote = writer.board.addAnnotation({ text: 'primary only', kind: 'sticky', x: 500, y: 390, width: 200, height: 160, pinnedTo: db });
    await expect(alice.edges).toHaveCount(3);
    await expect(alice.page.locator('.react-flow__node-note')).toHaveCount(2);
    const before = writer.board.snapshot();

    await alice.page.keyboard.press('Shift+T');
    const at = (id: string) => writer.board.snapshot().components.find((component) => component.id === id)!;
    await expect.poll(() => at(users).x < at(api).x && at(api).x < at(db).x && at(api).x < at(cache).x).toBe(true);
    const zone = writer.board.snapshot().zones[0]!;
    for (const id of [api, db]) {
      const { x, y } = at(id);
      expect(x >= zone.x && x <= zone.x + zone.width && y >= zone.y && y <= zone.y + zone.height).toBe(true);
    }
    // No note lies over a component on screen (but its own: where a pinned note sits on it is the person's
    // choice); the pinned one kept its place under the DB.
    const notesOverComponents = () =>
      alice.page.evaluate(([noteId, dbId]) => {
        const boxes = (selector: string) => Array.from(document.querySelectorAll<HTMLElement>(selector)).map((element) => ({ id: element.dataset.id, box: element.getBoundingClientRect() }));
        const own = (note: string | undefined, component: string | undefined) => note === noteId && component === dbId;
        const components = boxes('.react-flow__node-component');
        return boxes('.react-flow__node-note').flatMap((note) =>
          components
            .filter(({ id, box }) => !own(note.id, id) && note.box.left < box.right && box.left < note.box.right && note.box.top < box.bottom && box.top < note.box.bottom)
            .map(({ id }) => `${note.id} over ${id}`),
        );
      }, [pinnedNote, db] as const);
    await expect.poll(notesOverComponents).toEqual([]);
    const pinned = writer.board.snapshot().annotations.find((note) => note.pinnedTo === db)!;
    expect([pinned.x - at(db).x, pinned.y - at(db).y]).toEqual([0, 90]);
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
    const before = await alice.nodes.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
    await menu.getByTestId('menu-add-here').click();
    await alice.page.getByTestId('quick-add-input').fill('redis');
    await alice.page.getByTestId('quick-add-input').press('Enter');
    await expect(alice.nodes).toHaveCount(3);
    const ids = await alice.nodes.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
    const addedId = ids.find((id) => !before.includes(id))!;
    const added = (await alice.page.locator(`.react-flow__node[data-id="${addedId}"]`).boundingBox())!;
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
});
