// Links over the real relay and real y-websocket clients: a board made through the API opens only with a
// link; the owner makes, lists and revokes links; revoking closes the link's live sockets with 4410 and it
// never opens again, while other links carry on; only the owner link manages links.
import { afterEach, describe, expect, it } from 'vitest';
import { createBoard } from '../../src/access/link-client.js';
import { CloseCode } from '../../src/close-codes.js';
import { newBoardId, startTestRelay, waitFor, waitForSynced } from '../harness.js';
import type { TestClient, TestRelay } from '../harness.js';
import { ownerCall, watchedClient } from './access-client.js';

interface LinkAnswer {
  readonly token: string;
  readonly link: { readonly id: string; readonly role: string };
}

describe('links', () => {
  let relay: TestRelay | null = null;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await relay?.dispose();
    relay = null;
  });
  const keep = <T extends TestClient>(client: T): T => (clients.push(client), client);

  it('a new board opens with its owner link and with nothing else', async () => {
    relay = await startTestRelay();
    const board = await createBoard(relay.url);
    expect(board.boardId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(board.token.length).toBeGreaterThanOrEqual(32);
    const owner = keep(watchedClient(relay.url, board.boardId, board.token));
    await waitForSynced(owner);
    owner.map.set('hello', 'world');
    const bare = keep(watchedClient(relay.url, board.boardId, null));
    const guessed = keep(watchedClient(relay.url, board.boardId, 'A'.repeat(32)));
    const unknownBoard = keep(watchedClient(relay.url, newBoardId(), null));
    await waitFor(() => bare.codes.length > 0 && guessed.codes.length > 0 && unknownBoard.codes.length > 0, 'refusals');
    expect([bare.codes, guessed.codes, unknownBoard.codes]).toEqual([[CloseCode.UNAUTHORIZED], [CloseCode.UNAUTHORIZED], [CloseCode.UNAUTHORIZED]]);
    expect(bare.map.size + guessed.map.size + unknownBoard.map.size).toBe(0);
  });

  it('the owner makes and lists links (never their tokens); revoking closes that link with 4410 and only it', async () => {
    relay = await startTestRelay();
    const { url } = relay;
    const board = await createBoard(url);
    const made = await ownerCall(url, 'POST', `/api/boards/${board.boardId}/links`, board.token, { role: 'viewer', label: 'review' });
    expect(made.status).toBe(201);
    const viewerLink = made.body as LinkAnswer;
    const editorLink = (await ownerCall(url, 'POST', `/api/boards/${board.boardId}/links`, board.token, { role: 'editor' })).body as LinkAnswer;
    const viewer = keep(watchedClient(url, board.boardId, viewerLink.token));
    const editor = keep(watchedClient(url, board.boardId, editorLink.token));
    await waitForSynced(viewer);
    await waitForSynced(editor);

    const listed = await ownerCall(url, 'GET', `/api/boards/${board.boardId}/links`, board.token);
    expect(listed.status).toBe(200);
    const text = JSON.stringify(listed.body);
    expect(text).not.toContain(viewerLink.token);
    expect(text).not.toContain(board.token);
    const links = (listed.body as { links: Array<{ id: string; role: string; label: string; connected: number }> }).links;
    expect(links.map((link) => [link.role, link.label])).toEqual([['owner', 'creator'], ['viewer', 'review'], ['editor', '']]);
    expect(links.find((link) => link.id === viewerLink.link.id)?.connected).toBe(1);

    const revoked = await ownerCall(url, 'DELETE', `/api/boards/${board.boardId}/links/${viewerLink.link.id}`, board.token);
    expect(revoked.status).toBe(200);
    await waitFor(() => viewer.codes.includes(CloseCode.LINK_REVOKED), 'the viewer closed with 4410');
    editor.map.set('still', 'editing');
    const later = keep(watchedClient(url, board.boardId, editorLink.token));
    await waitFor(() => later.map.get('still') === 'editing', 'the editor link still works');
    const again = keep(watchedClient(url, board.boardId, viewerLink.token));
    await waitFor(() => again.codes.length > 0, 'the revoked link refused');
    expect(again.codes).toEqual([CloseCode.LINK_REVOKED]);
    expect(editor.codes).toEqual([]);
  });

  it('only an owner link manages links; bad requests get clear errors', async () => {
    relay = await startTestRelay();
    const { url } = relay;
    const board = await createBoard(url);
    const editor = (await ownerCall(url, 'POST', `/api/boards/${board.boardId}/links`, board.token, { role: 'editor' })).body as LinkAnswer;
    const path = `/api/boards/${board.boardId}/links`;
    expect((await ownerCall(url, 'GET', path, editor.token)).status).toBe(403);
    expect((await ownerCall(url, 'POST', path, editor.token, { role: 'owner' })).status).toBe(403);
    expect((await ownerCall(url, 'DELETE', `${path}/${editor.link.id}`, editor.token)).status).toBe(403);
    expect((await ownerCall(url, 'GET', `/api/boards/${newBoardId()}/links`, board.token)).status).toBe(403);
    expect((await ownerCall(url, 'POST', path, board.token, { role: 'superuser' })).body).toEqual({ error: 'role must be one of the role table' });
    expect((await ownerCall(url, 'DELETE', `${path}/nosuchlinkid`, board.token)).status).toBe(404);
    const notJson = await fetch(`${url}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${board.token}` }, body: '{' });
    expect(notJson.status).toBe(400);
    // Without the relay's admin token the operator route does not exist.
    expect((await ownerCall(url, 'POST', `/api/admin/boards/${board.boardId}/links`, board.token, { role: 'owner' })).status).toBe(404);
  });
});
