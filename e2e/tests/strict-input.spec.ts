// Strict input and honest precision (issue 15), in real Chromium against the real relay. A pasted board
// file with a misspelt field is refused with the field it meant and writes nothing; one that names a kind
// by its common name (`postgres`) is imported as that kind. A component the engine cannot use is said on
// the board, not left out of the numbers in silence. An availability past the sixth nine reads
// "≥ 99.9999 %", never more nines than the inputs have and never 100 %. A value or a key the live
// document holds that this version cannot use (a script, another version) is said on the board and counted
// in the panel, never dropped in silence.
import { importBoardFile, toBoardFile } from '@napkin/doc';
import * as Y from 'yjs';
import type { BoardPage } from '../support/boardPage';
import { joinAsDocParticipant } from '../support/docParticipant';
import { expect, test } from '../support/fixtures';

test.use({ viewport: { width: 1600, height: 1000 } });

type BoardFile = Parameters<typeof importBoardFile>[1];

const board = (components: BoardFile['components'], calls: BoardFile['calls']): BoardFile => ({ format: 'napkin-board', version: 1, components, calls, zones: [] });

const USERS = { id: 'users', kind: 'web-client', name: 'Users', entry: { rps: 100 }, x: 0, y: 60 };
const TO_API = { id: 'c1', from: 'users', to: 'api', mode: 'sync' } as const;

/** Puts `text` on the clipboard and presses the paste shortcut over an empty spot of the canvas. */
async function paste(person: BoardPage, text: string): Promise<void> {
  const { page } = person;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  const canvas = await page.getByTestId('canvas').boundingBox();
  if (canvas === null) throw new Error('no canvas');
  await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height - 40);
  await page.keyboard.press('ControlOrMeta+v');
}

test('a pasted board file with a misspelt field is refused with the field it meant, and writes nothing', async ({ alice, baseURL }) => {
  const path = await alice.createBoard();
  // Untyped on purpose: the type of a board file would catch the typo here, as the reader must at run time.
  const misspelt: unknown = { format: 'napkin-board', version: 1, components: [USERS, { id: 'api', kind: 'stateless-service', name: 'API', params: { availabilty: 0.9995 }, x: 300, y: 60 }], calls: [TO_API] };
  await paste(alice, JSON.stringify(misspelt));
  const notice = alice.page.getByTestId('import-notice');
  await expect(notice).toHaveAttribute('data-tone', 'refused');
  await expect(alice.page.getByTestId('import-notice-title')).toHaveText('The board file has a problem; nothing was imported');
  await expect(notice).toContainText('components[1].params.availabilty: unknown field; did you mean availability?');

  // Nothing reached the document: a reader of the board sees it empty.
  const reader = await joinAsDocParticipant(baseURL!, path);
  expect(toBoardFile(reader.board.snapshot()).components).toEqual([]);
  await expect(alice.nodes).toHaveCount(0);

  // The same file with a kind named as people name it lands (as a paste of a board file does) with the
  // catalog's kind, named after the product.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await paste(alice, JSON.stringify(board([USERS, { id: 'api', kind: 'postgres', x: 300, y: 60 }], [TO_API])));
  await expect(alice.node('PostgreSQL')).toHaveAttribute('data-kind', 'relational-primary');
  await expect.poll(() => toBoardFile(reader.board.snapshot()).components.map((component) => component.kind).sort()).toEqual(['relational-primary', 'web-client']);
  reader.close();
});

test('a component the engine cannot use is said on the board; an availability past the sixth nine reads ≥ 99.9999 %', async ({ alice, baseURL }) => {
  const path = await alice.createBoard();
  const writer = await joinAsDocParticipant(baseURL!, path);
  importBoardFile(
    writer.board.ydoc,
    board(
      [
        USERS,
        { id: 'api', kind: 'stateless-service', name: 'API', params: { availability: 0.999_999_999_9 }, x: 300, y: 60 },
        // A kind this catalog does not know, as a peer on a newer version could write it.
        { id: 'ledger', kind: 'quantum-ledger', name: 'Ledger', x: 600, y: 60 },
      ],
      [TO_API, { id: 'c2', from: 'api', to: 'ledger', mode: 'sync', optional: true }],
    ),
  );
  const panel = alice.page.getByTestId('analysis-panel');
  await expect(panel.getByTestId('flow-availability')).toHaveText('≥ 99.9999 %');
  await expect(alice.node('API').getByTestId('badge-availability')).toHaveText('≥ 99.9999 %');

  const leftOut = alice.page.getByTestId('left-out');
  await expect(leftOut).toContainText('2 parts of the board are not in the numbers');
  await expect(leftOut).toContainText('Ledger: unknown kind "quantum-ledger"; component skipped');
  await expect(leftOut).toContainText('call API → Ledger: no component "ledger"; call skipped');
  await expect(alice.node('Ledger').getByTestId('skipped')).toContainText('unknown kind "quantum-ledger"');
  writer.close();
});

test('a bad value or an unknown key written into the live document is shown on the node, over the canvas and in the panel', async ({ alice, baseURL }) => {
  const path = await alice.createBoard();
  const writer = await joinAsDocParticipant(baseURL!, path);
  const ydoc = writer.board.ydoc;
  importBoardFile(ydoc, board([USERS, { id: 'api', kind: 'relational-primary', name: 'Postgres', x: 300, y: 60 }], [TO_API]));
  await expect(alice.node('Postgres')).toBeVisible();
  // As a script or a client of another version could write them, past the typed API: a percentage where
  // a fraction goes, and a misspelt key beside it.
  ydoc.transact(() => {
    const params = ydoc.getMap<Y.Map<unknown>>('components').get('api')?.get('params');
    if (!(params instanceof Y.Map)) throw new Error('no params map on the component');
    params.set('availability', 99.95);
    params.set('availabilty', 0.9995);
  });

  const leftOut = alice.page.getByTestId('left-out');
  await expect(leftOut).toContainText('One part of the board is not in the numbers');
  await expect(leftOut).toContainText('Postgres: availability ignored (must be a fraction between 0 and 1');
  await expect(leftOut).toContainText('the default is used instead');
  await expect(leftOut.getByTestId('left-out-warnings')).toContainText('Postgres: unknown field "availabilty" ignored; did you mean availability?');
  await expect(alice.node('Postgres').getByTestId('skipped')).toContainText('availability ignored');
  const panel = alice.page.getByTestId('analysis-errors');
  await expect(panel).toContainText('One part of the board is not in the numbers; 1 unknown field ignored');

  // Corrected through the API, every mark goes away.
  ydoc.transact(() => {
    const params = ydoc.getMap<Y.Map<unknown>>('components').get('api')?.get('params');
    if (!(params instanceof Y.Map)) throw new Error('no params map on the component');
    params.set('availability', 0.9995);
    params.delete('availabilty');
  });
  await expect(leftOut).toHaveCount(0);
  await expect(alice.node('Postgres').getByTestId('skipped')).toHaveCount(0);
  writer.close();
});
