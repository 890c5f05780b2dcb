// Boards in (issue 16), in real Chromium against the real relay. A board file pasted onto an empty board
// analyses exactly as the same file written into a board through the document (what every reader of a
// board file gets): the flow card's figures are the same text on both screens. A malformed board file
// and a malformed Mermaid flowchart are refused with what is wrong and where, and leave the board as it
// was. A pasted Mermaid flowchart brings its components and calls, naming the names that became
// services. A board started from a reference architecture opens with it written and analysed. The board
// file the Export menu saves, dropped onto the board it came from, lands clear of it with its zones'
// members; the menu's Mermaid, opened from the home page, gives the same components and calls.
import { readFileSync } from 'node:fs';
import { boxesOf, importBoardFile, overlaps, toBoardFile } from '@napkin/doc';
import type { Page } from '@playwright/test';
import type { BoardPage } from '../support/boardPage';
import { joinAsDocParticipant } from '../support/docParticipant';
import { boardPathWithLink } from '../support/links';
import { expect, test } from '../support/fixtures';

// Wide enough for the canvas beside the analysis panel.
test.use({ viewport: { width: 1600, height: 1000 } });

/** Two zones in a region, an entry with an objective, a cache, a database with a replica. */
const FILE: Parameters<typeof importBoardFile>[1] = {
  format: 'napkin-board',
  version: 1,
  title: 'Pasted shop',
  components: [
    { id: 'users', kind: 'web-client', name: 'Shoppers', entry: { rps: 1200, readFraction: 0.9, p99BudgetMs: 250, availabilityObjective: 0.999 }, x: 0, y: 60 },
    { id: 'lb', kind: 'load-balancer-l7', name: 'Shop LB', instances: 2, zone: 'eu', x: 300, y: 60 },
    { id: 'api', kind: 'stateless-service', name: 'Shop API', instances: 3, params: { p50Ms: 8, p99Ms: 40 }, zone: 'eu-a', x: 580, y: 60 },
    { id: 'cache', kind: 'in-memory-cache', name: 'Shop cache', zone: 'eu-a', x: 860, y: 0 },
    { id: 'db', kind: 'relational-primary', name: 'Shop DB', params: { readReplicas: 1 }, zone: 'eu-a', x: 860, y: 160 },
  ],
  calls: [
    { id: 'c1', from: 'users', to: 'lb', mode: 'sync' },
    { id: 'c2', from: 'lb', to: 'api', mode: 'sync', timeoutMs: 1000 },
    { id: 'c3', from: 'api', to: 'cache', mode: 'sync', traffic: 'read' },
    { id: 'c4', from: 'cache', to: 'db', mode: 'sync', timeoutMs: 300 },
    { id: 'c5', from: 'api', to: 'db', mode: 'sync', traffic: 'write', timeoutMs: 300 },
  ],
  zones: [
    { id: 'eu', level: 'region', name: 'eu-west-1', x: 260, y: -120, width: 880, height: 440 },
    { id: 'eu-a', level: 'availability-zone', name: 'eu-west-1a', parent: 'eu', x: 540, y: -60, width: 560, height: 340 },
  ],
};

/** The flow card's figures as the page prints them. */
const FLOW_FIGURES = ['flow-rps', 'flow-p50', 'flow-p95', 'flow-p99', 'flow-latency-verdict', 'flow-availability', 'flow-nines', 'flow-availability-verdict', 'flow-weakest-link'];

async function flowFigures(page: Page): Promise<Record<string, string>> {
  const flow = page.getByTestId('analysis-panel').getByTestId('flow');
  await expect(flow).toHaveCount(1);
  const figures: Record<string, string> = {};
  for (const id of FLOW_FIGURES) figures[id] = (await flow.getByTestId(id).innerText()).trim();
  return figures;
}

/** Puts `text` on the clipboard and presses the paste shortcut over the canvas, as a person would. */
async function paste(person: BoardPage, text: string): Promise<void> {
  const { page } = person;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  // Click an empty spot of the canvas so nothing editable has focus.
  const canvas = await page.getByTestId('canvas').boundingBox();
  if (canvas === null) throw new Error('no canvas');
  await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height - 40);
  await page.keyboard.press('ControlOrMeta+v');
}

function notice(person: BoardPage) {
  return person.page.getByTestId('import-notice');
}

test('a board file pasted onto an empty board analyses as the file does; one undo takes it back', async ({ alice, bob, baseURL }) => {
  // Two boards in two browsers: a busy machine takes a minute over it.
  test.slow();
  // The reference: the file written into a board through the document, with its own ids.
  const writer = await joinAsDocParticipant(baseURL!, await bob.createBoard());
  importBoardFile(writer.board.ydoc, FILE);
  await expect(bob.nodes.filter({ has: bob.page.locator('.component-node') })).toHaveCount(FILE.components.length);
  const expected = await flowFigures(bob.page);

  const path = await alice.createBoard();
  await paste(alice, JSON.stringify(FILE, null, 2));
  await expect(notice(alice)).toHaveAttribute('data-tone', 'done');
  await expect(alice.page.getByTestId('import-notice-title')).toHaveText('Imported 5 components, 5 calls and 2 zones from the board file (undo takes it back).');
  for (const { name } of FILE.components) await expect(alice.node(name!)).toBeVisible();
  await expect(alice.edges).toHaveCount(FILE.calls.length);
  expect(await flowFigures(alice.page)).toEqual(expected);

  // Zones kept their members, as a reader of the board sees them.
  const reader = await joinAsDocParticipant(baseURL!, path);
  const exported = toBoardFile(reader.board.snapshot());
  const zoneName = new Map(exported.zones.map((zone) => [zone.id, zone.name]));
  expect(Object.fromEntries(exported.components.map((component) => [component.name, component.zone === undefined ? null : zoneName.get(component.zone)]))).toEqual({
    Shoppers: null,
    'Shop LB': 'eu-west-1',
    'Shop API': 'eu-west-1a',
    'Shop cache': 'eu-west-1a',
    'Shop DB': 'eu-west-1a',
  });

  await alice.undo();
  await expect(alice.nodes.filter({ has: alice.page.locator('.component-node') })).toHaveCount(0);
  reader.close();
  writer.close();
});

test('a malformed board file or Mermaid flowchart is refused with what is wrong and where; the board is unchanged', async ({ alice, baseURL }) => {
  const path = await alice.createBoard();
  await paste(alice, 'graph LR\n  a[Orders API] --> b[(Postgres)]');
  await expect(alice.node('Orders API')).toBeVisible();
  const reader = await joinAsDocParticipant(baseURL!, path);
  const before = toBoardFile(reader.board.snapshot());

  const broken = { ...FILE, components: [FILE.components[0], { ...FILE.components[1], params: { capacityRps: -1 } }], calls: [{ id: 'c1', from: 'users' }] };
  await paste(alice, JSON.stringify(broken));
  await expect(notice(alice)).toHaveAttribute('data-tone', 'refused');
  await expect(alice.page.getByTestId('import-notice-title')).toHaveText('The board file has 3 problems; nothing was imported');
  await expect(notice(alice)).toContainText('components[1].params.capacityRps: must be > 0');
  await expect(notice(alice)).toContainText('calls[0].to: must be an id');

  await paste(alice, 'flowchart LR\n  a[Web] -->\n  b[(Ledger --> c');
  await expect(alice.page.getByTestId('import-notice-title')).toHaveText('The Mermaid flowchart could not be read; nothing was imported');
  await expect(notice(alice)).toContainText('line 2, column');
  await expect(notice(alice)).toContainText('line 3, column');

  await expect(alice.nodes.filter({ has: alice.page.locator('.component-node') })).toHaveCount(2);
  expect(toBoardFile(reader.board.snapshot())).toEqual(before);
  reader.close();
});

test('a pasted Mermaid flowchart brings its components and calls, and names what became services', async ({ alice }) => {
  await alice.createBoard();
  const flowchart = ['flowchart LR', '  users([Users]) --> lb{{Load balancer}} --> api[Orders API]', '  api -->|reads| cache[(Redis)]', '  api -.->|order placed| q[[Kafka]]', '  api --> auth[Auth]'].join('\n');
  await paste(alice, flowchart);
  await expect(notice(alice)).toHaveAttribute('data-tone', 'done');
  await expect(alice.page.getByTestId('import-notice-title')).toHaveText('Imported 6 components and 5 calls from the Mermaid flowchart (undo takes it back).');
  await expect(notice(alice)).toContainText('Not recognised, so made services: Auth.');
  for (const name of ['Users', 'Load balancer', 'Orders API', 'Redis', 'Kafka', 'Auth']) await expect(alice.node(name)).toBeVisible();
  await expect(alice.edges).toHaveCount(5);
  // Kinds guessed from the names, shown on the nodes.
  await expect(alice.node('Redis').locator('.kind')).toHaveText(/cache/i);
  await expect(alice.node('Kafka').locator('.kind')).toHaveText(/stream/i);
  await expect(alice.page.locator('.call-labels').filter({ hasText: 'order placed' })).toHaveCount(1);
});

test('a board started from a reference architecture opens with it written and analysed', async ({ alice, baseURL }) => {
  await alice.page.goto('/');
  await alice.page.getByTestId('template-three-tier').click();
  await expect(alice.page).toHaveURL(/\/b\/[A-Za-z0-9_-]{22,}$/);
  await alice.expectStatus('connected');
  for (const name of ['Users', 'Load balancer', 'Web tier', 'App tier', 'Postgres']) await expect(alice.node(name)).toBeVisible();
  const flow = alice.page.getByTestId('analysis-panel').getByTestId('flow');
  await expect(flow.getByTestId('flow-latency-verdict')).toContainText('within');
  await expect(flow.getByTestId('flow-availability-verdict')).toContainText('meets');
  // Everyone else sees it too: it is on the board, not only in this tab.
  const url = new URL(alice.page.url());
  const other = await joinAsDocParticipant(baseURL!, await boardPathWithLink(url.origin, url.pathname.replace(/^\/b\//, '')));
  expect(other.board.snapshot().components).toHaveLength(5);
  expect(other.board.snapshot().meta.title).toBe('Three-tier web app');
  other.close();
});

/** What an export holds, by name: components with their kinds and zones, calls as "from → to", zones in their parents. */
function byName(file: ReturnType<typeof toBoardFile>) {
  const name = new Map<string, string | undefined>([...file.components, ...file.zones].map((element) => [element.id, element.name]));
  return {
    components: file.components.map((component) => `${component.name} (${component.kind}) in ${component.zone === undefined ? '-' : name.get(component.zone)}`).sort(),
    calls: file.calls.map((call) => `${name.get(call.from)} → ${name.get(call.to)}`).sort(),
    zones: file.zones.map((zone) => `${zone.name} in ${zone.parent === undefined ? '-' : name.get(zone.parent)}`).sort(),
  };
}

async function exportedText(person: BoardPage, testId: string): Promise<string> {
  const [download] = await Promise.all([person.page.waitForEvent('download'), person.page.getByTestId(testId).click()]);
  return readFileSync(await download.path(), 'utf8');
}

test('the board file exported from the menu, dropped onto the board it came from, lands clear with its zones; its Mermaid opened from the home page brings the same components and calls', async ({ alice, baseURL }) => {
  test.slow();
  const path = await alice.createBoard();
  const writer = await joinAsDocParticipant(baseURL!, path);
  importBoardFile(writer.board.ydoc, FILE);
  writer.close();
  await expect(alice.nodes.filter({ has: alice.page.locator('.component-node') })).toHaveCount(FILE.components.length);
  const reader = await joinAsDocParticipant(baseURL!, path);
  const before = reader.board.snapshot();
  const original = byName(toBoardFile(before));

  await alice.page.getByTestId('export').click();
  const mermaid = await exportedText(alice, 'export-mermaid');
  const boardFile = await exportedText(alice, 'export-json');
  // A file dropped on the canvas, as from a file manager.
  const drop = await alice.page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'pasted-shop.napkin.json', { type: 'application/json' }));
    return transfer;
  }, boardFile);
  const canvas = alice.page.locator('.board-canvas');
  await canvas.dispatchEvent('dragover', { dataTransfer: drop });
  await canvas.dispatchEvent('drop', { dataTransfer: drop });
  await expect(alice.page.getByTestId('import-notice-title')).toHaveText('Imported 5 components, 5 calls and 2 zones from the board file (undo takes it back).');
  await expect.poll(() => reader.board.snapshot().components.length).toBe(2 * FILE.components.length);

  // The copy overlaps nothing that was there, and each copy keeps its own zones' members.
  const after = reader.board.snapshot();
  const old = new Set<string>([...before.components, ...before.zones, ...before.calls].map((element) => element.id));
  const isNew = (element: { id: string }) => !old.has(element.id);
  const newBoxes = boxesOf({ components: after.components.filter(isNew), zones: after.zones.filter(isNew) });
  for (const box of newBoxes) for (const there of boxesOf(before)) expect(overlaps(box, there)).toBe(false);
  const copy = toBoardFile({ ...after, components: after.components.filter(isNew), zones: after.zones.filter(isNew), calls: after.calls.filter(isNew) });
  expect(byName(copy)).toEqual(original);
  reader.close();

  // The Mermaid export, opened from the home page: a new board with the same components, kinds, zones and calls.
  await alice.page.goto('/');
  await alice.page.getByTestId('open-board-file-input').setInputFiles({ name: 'pasted-shop.mmd', mimeType: 'text/plain', buffer: Buffer.from(mermaid) });
  await expect(alice.page).toHaveURL(/\/b\/[A-Za-z0-9_-]{22,}$/);
  await expect(alice.nodes.filter({ has: alice.page.locator('.component-node') })).toHaveCount(FILE.components.length);
  const opened = await joinAsDocParticipant(baseURL!, await boardPathWithLink(baseURL!, new URL(alice.page.url()).pathname.replace(/^\/b\//, '')));
  await expect.poll(() => opened.board.snapshot().calls.length).toBe(FILE.calls.length);
  expect(byName(toBoardFile(opened.board.snapshot()))).toEqual(original);
  opened.close();
});
