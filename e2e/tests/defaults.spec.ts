// Defaults that match what people draw (issue 15). The components are written by a Node participant
// (so the test spends its time on what it checks); every call is drawn by hand in the browser, so the
// mode each call starts with is the board's own default. (1) API → queue → worker: the arrow into the
// queue starts asynchronous, and the request's p99 holds the enqueue acknowledgement (API 10 ms + queue
// 20 ms) but not the worker (500 ms). (2) Primary → replica: the arrow starts as replication, the
// replica is counted once as the primary's read replica ("+1 replica"), never a hop of the request, and
// "has no replica" goes away while availability rises. Every figure is read from the page.
import type { Page } from '@playwright/test';
import type { ComponentId } from '@napkin/doc';
import type { BoardPage } from '../support/boardPage';
import { joinAsDocParticipant } from '../support/docParticipant';
import { expect, test } from '../support/fixtures';

// Wide enough for the palette, the canvas, the inspector and the analysis panel side by side.
test.use({ viewport: { width: 1800, height: 1000 } });

interface Seed {
  readonly kind: string;
  readonly name: string;
  readonly at: { readonly x: number; readonly y: number };
  readonly params?: Record<string, number | boolean>;
  readonly rps?: number;
}

async function seed(baseURL: string, path: string, components: readonly Seed[]): Promise<Map<string, ComponentId>> {
  const writer = await joinAsDocParticipant(baseURL, path);
  const ids = new Map<string, ComponentId>();
  for (const { kind, name, at, params, rps } of components) {
    ids.set(name, writer.board.addComponent({ kind, name, x: at.x, y: at.y, params: params ?? {}, ...(rps === undefined ? {} : { entry: { rps, readFraction: 0.9 } }) }));
  }
  writer.close();
  return ids;
}

/** The first number before "ms" in the flow's p99, e.g. "31.9 ms" → 31.9. */
async function flowP99Ms(page: Page): Promise<number> {
  const text = await page.getByTestId('flow').getByTestId('flow-p99').innerText();
  const match = /([\d.,]+)\s*ms/.exec(text);
  if (!match?.[1]) throw new Error(`no milliseconds in "${text}"`);
  return Number(match[1].replace(/,/g, ''));
}

async function availabilityPercent(page: Page): Promise<number> {
  const text = await page.getByTestId('flow').getByTestId('flow-availability').innerText();
  const match = /([\d.]+)\s*%/.exec(text);
  if (!match?.[1]) throw new Error(`no percentage in "${text}"`);
  return Number(match[1]);
}

async function drawAll(person: BoardPage, calls: readonly (readonly [string, string])[]): Promise<void> {
  for (const [from, to] of calls) await person.connect(from, to);
  await expect(person.edges).toHaveCount(calls.length);
}

test('API → queue → worker: the request waits for the enqueue acknowledgement, not for the worker', async ({ alice, baseURL }) => {
  const path = await alice.createBoard();
  const ids = await seed(baseURL!, path, [
    { kind: 'web-client', name: 'Users', at: { x: 260, y: 40 }, rps: 100 },
    { kind: 'stateless-service', name: 'API', at: { x: 260, y: 300 }, params: { p50Ms: 10, p99Ms: 10, capacityRps: 100_000 } },
    { kind: 'message-queue', name: 'Jobs', at: { x: 600, y: 300 }, params: { p50Ms: 20, p99Ms: 20, hasDeadLetterQueue: true } },
    { kind: 'worker', name: 'Mailer', at: { x: 600, y: 560 }, params: { p50Ms: 500, p99Ms: 500, capacityRps: 100_000 } },
  ]);
  await expect(alice.node('Mailer')).toBeVisible();
  await drawAll(alice, [
    ['Users', 'API'],
    ['API', 'Jobs'],
    ['Jobs', 'Mailer'],
  ]);

  // The arrow into the queue started asynchronous (its chip says so); the other two are plain calls.
  const canvas = alice.page.getByTestId('canvas');
  await expect(canvas.locator('.call-chip.async')).toHaveCount(1);
  await expect(canvas.locator('.call-path.call-async')).toHaveCount(1);

  // API 10 ms + the queue's 20 ms acknowledgement ≈ 30 ms (the latency grid reads a sum within a few
  // per cent); with the worker on the path it would be past 500 ms.
  const panel = alice.page.getByTestId('analysis-panel');
  await expect.poll(() => flowP99Ms(alice.page)).toBeGreaterThan(25);
  const p99 = await flowP99Ms(alice.page);
  expect(p99).toBeLessThan(60);
  // The critical path ends at the queue: the API and the queue are hops, the worker is not.
  await expect(panel.locator(`[data-testid="hop-row"][data-component="${ids.get('Jobs')}"]`).first()).toBeVisible();
  await expect(panel.locator(`[data-testid="hop-row"][data-component="${ids.get('API')}"]`).first()).toBeVisible();
  await expect(panel.locator(`[data-testid="hop-row"][data-component="${ids.get('Mailer')}"]`)).toHaveCount(0);
});

test('primary → replica: the replica is counted once, as the primary’s read replica, and "has no replica" goes', async ({ alice, baseURL }) => {
  const path = await alice.createBoard();
  const ids = await seed(baseURL!, path, [
    { kind: 'web-client', name: 'Users', at: { x: 260, y: 40 }, rps: 100 },
    { kind: 'stateless-service', name: 'App', at: { x: 260, y: 300 }, params: { availability: 1, capacityRps: 100_000 } },
    { kind: 'relational-primary', name: 'Postgres', at: { x: 600, y: 300 } },
    { kind: 'relational-read-replica', name: 'Replica', at: { x: 600, y: 560 } },
  ]);
  await expect(alice.node('Replica')).toBeVisible();
  await drawAll(alice, [
    ['Users', 'App'],
    ['App', 'Postgres'],
  ]);
  const panel = alice.page.getByTestId('analysis-panel');
  await expect(panel.getByTestId('finding-db-without-replica')).toHaveCount(1);
  await expect(panel.getByTestId('flow-availability')).toHaveText('99.95 %');
  const before = await availabilityPercent(alice.page);

  await alice.connect('Postgres', 'Replica');
  await expect(alice.edges).toHaveCount(3);
  // The arrow started as replication: a green "replica" chip, not a request call.
  const canvas = alice.page.getByTestId('canvas');
  await expect(canvas.locator('.call-chip.replication')).toHaveCount(1);
  await expect(canvas.locator('.call-path.call-replication')).toHaveCount(1);

  // Counted once, on the primary: "+1 replica" there, "replica of Postgres" on the box.
  await expect(alice.node('Postgres').getByTestId('replicas')).toHaveText('+1 replica');
  await expect(alice.node('Replica').getByTestId('replica-of')).toHaveText('replica of Postgres');
  // No "has no replica", and the replica is never "one instance on a required path" or unreached.
  await expect(panel.getByTestId('finding-db-without-replica')).toHaveCount(0);
  await expect(panel.getByTestId('finding-spof').filter({ hasText: 'Replica' })).toHaveCount(0);
  await expect(panel.getByTestId('finding-unreached-component')).toHaveCount(0);
  // Not a hop in series: the request path is App then Postgres.
  await expect(panel.locator(`[data-testid="hop-row"][data-component="${ids.get('Replica')}"]`)).toHaveCount(0);
  await expect(panel.locator(`[data-testid="hop-row"][data-component="${ids.get('Postgres')}"]`).first()).toBeVisible();
  // Reads survive either copy and writes a promoted replica: availability rises (1 − 0.0005² = 99.999975 %).
  await expect.poll(() => availabilityPercent(alice.page)).toBeGreaterThan(before);
  expect(await availabilityPercent(alice.page)).toBeGreaterThanOrEqual(99.9999);
});
