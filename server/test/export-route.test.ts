// The export route on a real relay: a board written by a real y-websocket client is exported for a viewer
// link (SVG with its components' groups and the open comment threads as markers, PDF, Markdown, the board
// file); the route checks links like the other board-reading routes (no link 401, revoked 410) and says
// what is wrong with a bad query; `napkin export <board link>` run as a process gets the same SVG.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, parseBoard } from '@napkin/analysis';
import type { BoardFile } from '@napkin/analysis';
import { Board, CommentThreads, importBoardFile, toBoardFile } from '@napkin/doc';
import { formatFigure } from '@napkin/render';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newLinkFor } from '../src/access/link-client.js';
import type { BoardId } from '../src/board-id.js';
import { connectClient, newBoardId, startTestRelay, TEST_ADMIN_TOKEN, tokenFor, waitForSynced } from './harness.js';
import type { TestClient, TestRelay } from './harness.js';

const example = (): BoardFile => {
  const text = readFileSync(fileURLToPath(new URL('../../packages/analysis/examples/typical-request-path.json', import.meta.url)), 'utf8');
  const { board } = parseBoard(text);
  if (board === null) throw new Error('the example parses');
  return board;
};

/** The CLI as a real process; asynchronous, since the relay it talks to runs in this process. */
function napkin(args: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const main = fileURLToPath(new URL('../../packages/cli/src/bin.ts', import.meta.url));
  const cwd = fileURLToPath(new URL('../../packages/cli', import.meta.url));
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', main, ...args], { cwd, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ status: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
    });
  });
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('GET /api/boards/<id>/export', () => {
  let relay: TestRelay;
  const clients: TestClient[] = [];
  const boardId = newBoardId();
  const exportUrl = (query: string) => `${relay.url}/api/boards/${boardId}/export?${query}`;
  const asViewer = async (query: string) => fetch(exportUrl(query), { headers: { Authorization: `Bearer ${await tokenFor(relay.url, boardId, 'viewer')}` } });

  beforeAll(async () => {
    relay = await startTestRelay();
    const editor = connectClient(relay.url, boardId, new Y.Doc(), undefined, 'editor');
    const commenter = connectClient(relay.url, `${boardId}~comments`, new Y.Doc(), undefined, 'commenter');
    clients.push(editor, commenter);
    await Promise.all([waitForSynced(editor), waitForSynced(commenter)]);
    importBoardFile(editor.doc, example());
    const threads = new CommentThreads(commenter.doc);
    threads.startThread({ kind: 'component', id: 'db' }, 'Carol', 'Is one primary enough?', 1_000);
    threads.startThread({ kind: 'component', id: 'db' }, 'Dan', 'Replica lag?', 2_000);
    const expected = example().components.length;
    await until(async () => (await relay.relay.readRoom(boardId as BoardId, (doc) => new Board(doc).snapshot().components.length)) === expected, 'the relay holds the board');
    await until(async () => (await relay.relay.readRoom(`${boardId}~comments` as BoardId, (doc) => new CommentThreads(doc).snapshot().threads.length)) === 2, 'the relay holds the threads');
  });

  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await relay.dispose();
  });

  it('renders the board the relay holds for a viewer link, with the open comment threads as markers', async () => {
    const response = await asViewer('format=svg');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="typical-request-path.*\.svg"$/);
    const svg = await response.text();
    for (const component of example().components) expect(svg).toContain(`<g id="napkin-component-${component.id}"`);
    const db = svg.slice(svg.indexOf('<g id="napkin-component-db"'), svg.indexOf('</g>', svg.indexOf('<g id="napkin-component-db"')));
    expect(db).toMatch(/data-figure="comments">2<\/text>/);
    const flow = analyze(toBoardFile(new Board(clients[0]!.doc).snapshot())).flows[0];
    if (flow === undefined) throw new Error('the board has a flow');
    expect(svg).toContain(`data-figure="flow-availability">${formatFigure(flow.availability.percent)}</text>`);
  });

  it('exports PDF, Markdown with its hop table, the board file and Mermaid', async () => {
    const pdf = await asViewer('format=pdf&page=letter');
    expect(pdf.status).toBe(200);
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    const markdown = await (await asViewer('format=md')).text();
    expect(markdown).toContain('| Hop | Network | Own p50 | Own p99 | Visited by | Share of p99 budget | Availability |');
    expect(markdown).toContain('```mermaid');
    const file = parseBoard(await (await asViewer('format=json&select=app,db')).text());
    expect(file.board?.components.map((component) => component.id)).toEqual(['app', 'db']);
    expect(await (await asViewer('format=mermaid')).text()).toMatch(/flowchart LR/);
  });

  it('checks the link like the other board-reading routes, and says what is wrong with a query', async () => {
    expect((await fetch(exportUrl('format=svg'))).status).toBe(401);
    expect((await fetch(exportUrl('format=svg'), { headers: { Authorization: 'Bearer not-a-token' } })).status).toBe(401);
    const doomed = await newLinkFor(relay.url, TEST_ADMIN_TOKEN, boardId, 'viewer');
    const owner = await tokenFor(relay.url, boardId, 'owner');
    const revoked = await fetch(`${relay.url}/api/boards/${boardId}/links/${doomed.linkId}`, { method: 'DELETE', headers: { Authorization: `Bearer ${owner}` } });
    expect(revoked.status).toBe(200);
    expect((await fetch(exportUrl('format=svg'), { headers: { Authorization: `Bearer ${doomed.token}` } })).status).toBe(410);
    const bad = await asViewer('format=gif');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'format must be one of svg, png, pdf, md, json, mermaid' });
    expect(await (await asViewer('format=svg&select=nope')).json()).toEqual({ error: 'select names nothing on the board: nope' });
    expect(await (await asViewer('format=md&svg=../../etc/passwd')).json()).toEqual({ error: 'svg must be a file name ending in .svg' });
    expect((await fetch(exportUrl('format=svg'), { method: 'POST' })).status).toBe(405);
  });

  it('is what `napkin export <board link>` prints', async () => {
    const link = `${relay.url}/b/${boardId}#k=${await tokenFor(relay.url, boardId, 'viewer')}`;
    const child = await napkin(['export', link, '--format', 'svg']);
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(child.stdout.trimEnd()).toBe(await (await asViewer('format=svg')).text());
    const refused = await napkin(['export', `${relay.url}/b/${boardId}`, '--format', 'svg']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/the relay refused the export \(401\): a link with a capability is needed/);
  }, 60_000);
});
