// Calls on a crowded board: every line is routed around the components it does not join (read from
// the SVG paths and the nodes' boxes on screen), a call back to the left stays visible, and a call can
// be drawn from any side of a component.
import { fuzzSeed, printSeed, seededRandom } from '@napkin/testkit';
import type { ComponentId } from '@napkin/doc';
import type { Page } from '@playwright/test';
import { joinAsDocParticipant } from '../support/docParticipant';
import { expect, test } from '../support/fixtures';

const COLUMNS = 5;
const ROWS = 4;
/** 80 px between neighbours: room for a line, not for a careless one. */
const STEP = { x: 260, y: 200 };

interface Crossing {
  readonly call: string;
  readonly component: string;
}

/**
 * Samples every call's path every 3 px on screen and lists where it runs inside a component that is
 * not one of its ends (boxes shrunk by 2 px, so a line along a border does not count).
 */
async function crossings(page: Page, ends: Record<string, readonly [string, string]>): Promise<Crossing[]> {
  return page.evaluate((callEnds) => {
    const boxes = Array.from(document.querySelectorAll<HTMLElement>('.react-flow__node-component')).map((node) => ({
      id: node.dataset['id'] ?? '',
      rect: node.getBoundingClientRect(),
    }));
    const found: { call: string; component: string }[] = [];
    for (const edge of Array.from(document.querySelectorAll<SVGGElement>('.react-flow__edge'))) {
      const call = edge.dataset['id'] ?? '';
      const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path');
      const matrix = path?.getScreenCTM();
      if (!path || !matrix) continue;
      const length = path.getTotalLength();
      for (let at = 0; at <= length; at += 3) {
        const point = path.getPointAtLength(at).matrixTransform(matrix);
        for (const { id, rect } of boxes) {
          if (callEnds[call]?.includes(id)) continue;
          const inside = point.x > rect.left + 2 && point.x < rect.right - 2 && point.y > rect.top + 2 && point.y < rect.bottom - 2;
          if (inside && !found.some((entry) => entry.call === call && entry.component === id)) found.push({ call, component: id });
        }
      }
    }
    return found;
  }, ends);
}

test('on a dense board no call runs through a component it does not join, including calls back to the left', async ({ alice, baseURL }) => {
  await alice.page.setViewportSize({ width: 1600, height: 900 });
  const path = await alice.createBoard();
  const writer = await joinAsDocParticipant(baseURL!, path);
  const seed = fuzzSeed(1818);
  printSeed('dense board calls', seed);
  const random = seededRandom(seed);

  const ids: ComponentId[] = [];
  for (let row = 0; row < ROWS; row++) {
    for (let column = 0; column < COLUMNS; column++) {
      const kind = column === COLUMNS - 1 ? 'relational-primary' : 'stateless-service';
      ids.push(writer.board.addComponent({ kind, name: `C${row}-${column}`, x: column * STEP.x, y: row * STEP.y }));
    }
  }
  const ends: Record<string, readonly [string, string]> = {};
  const call = (from: ComponentId, to: ComponentId) => {
    const id = writer.board.addCall({ from, to, mode: 'sync' });
    if (id !== null) ends[id] = [from, to];
  };
  // A database answering back to the service at the far left of its row: three components in between.
  call(ids[COLUMNS - 1]!, ids[0]!);
  for (let made = 0; made < 24; made++) {
    const from = random.int(ids.length);
    const to = random.int(ids.length);
    if (from !== to && !Object.values(ends).some(([a, b]) => a === ids[from] && b === ids[to])) call(ids[from]!, ids[to]!);
  }
  writer.close();

  await expect(alice.nodes).toHaveCount(ids.length);
  await expect(alice.edges).toHaveCount(Object.keys(ends).length);
  // Every call found a route around the others (none fell back to a straight line through them)…
  await expect(alice.page.locator('path.react-flow__edge-path[data-clear="true"]')).toHaveCount(Object.keys(ends).length);
  // …and what is drawn agrees: no sampled point of any path is inside a component it does not join.
  await expect.poll(() => crossings(alice.page, ends)).toEqual([]);
});

test('a call can be drawn from any side: from the top of one component to the bottom of the one above it', async ({ alice, baseURL }) => {
  await alice.page.setViewportSize({ width: 1280, height: 720 });
  const path = await alice.createBoard();
  const writer = await joinAsDocParticipant(baseURL!, path);
  writer.board.addComponent({ kind: 'stateless-service', name: 'Above', x: 0, y: 0 });
  writer.board.addComponent({ kind: 'stateless-service', name: 'Below', x: 0, y: 260 });
  writer.close();
  await expect(alice.nodes).toHaveCount(2);

  const from = await alice.nodeWrapper('Below').locator('.react-flow__handle-top').boundingBox();
  const to = await alice.nodeWrapper('Above').locator('.react-flow__handle-bottom').boundingBox();
  if (from === null || to === null) throw new Error('the top and bottom handles are not on screen');
  await alice.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await alice.page.mouse.down();
  await alice.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
  await alice.page.mouse.up();

  const edge = await alice.edgeBetween('Below', 'Above');
  await expect(edge).toHaveCount(1);
  // Drawn straight up between the facing sides, not around the outside.
  const line = await edge.locator('path.react-flow__edge-path').getAttribute('d');
  expect(line).toMatch(/^M [\d.-]+ [\d.-]+ L [\d.-]+ [\d.-]+$/);
});

test('calls far from the origin (half the coordinate limit) are drawn and take a click', async ({ alice, baseURL }) => {
  await alice.page.setViewportSize({ width: 1280, height: 720 });
  // The calls' layer is a contained box spanning every board coordinate (board/canvas.css): a call outside
  // it is neither painted nor hit. Half the limit of positions (1e7 px) each way: nearer the limit
  // Chromium itself no longer hits a stroke (a call at ±9,999,000 is missed with or without the box).
  for (const corner of [-5_000_000, 5_000_000]) {
    const path = await alice.createBoard();
    const writer = await joinAsDocParticipant(baseURL!, path);
    const caller = writer.board.addComponent({ kind: 'stateless-service', name: 'Caller', x: corner, y: corner });
    const callee = writer.board.addComponent({ kind: 'relational-primary', name: 'Store', x: corner + 400, y: corner + 200 });
    writer.board.addCall({ from: caller, to: callee, mode: 'sync' });
    writer.close();
    await expect(alice.nodes).toHaveCount(2);

    await alice.clickEdge(await alice.edgeBetween('Caller', 'Store'));
    await expect(alice.page.getByTestId('inspector').getByTestId('inspector-title')).toHaveText('Caller → Store');
  }
});

test('an async call\'s moving dashes hold still while a component is dragged and move again after the drop', async ({ alice, baseURL }) => {
  await alice.page.setViewportSize({ width: 1280, height: 720 });
  const path = await alice.createBoard();
  const writer = await joinAsDocParticipant(baseURL!, path);
  const producer = writer.board.addComponent({ kind: 'stateless-service', name: 'Producer', x: 0, y: 0 });
  const queue = writer.board.addComponent({ kind: 'message-queue', name: 'Queue', x: 400, y: 0 });
  writer.board.addCall({ from: producer, to: queue, mode: 'async' });
  writer.close();
  await expect(alice.nodes).toHaveCount(2);

  const dashes = (await alice.edgeBetween('Producer', 'Queue')).locator('path.call-path');
  const playState = () => dashes.evaluate((element) => getComputedStyle(element).animationPlayState);
  await expect(dashes).toHaveClass(/call-async/);
  expect(await dashes.evaluate((element) => getComputedStyle(element).animationName)).not.toBe('none');
  await expect.poll(playState).toBe('running');
  const drag = await alice.startDrag('Producer', 0, 120);
  await expect.poll(playState).toBe('paused');
  await drag.release();
  await expect.poll(playState).toBe('running');
});
