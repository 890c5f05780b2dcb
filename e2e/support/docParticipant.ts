// A participant without a browser: a real y-websocket client in Node, connected to the real relay,
// editing the board through the same typed Board API the app uses. Tests use it to set parameters
// (until the inspector covers them) and the benchmark uses it to seed large boards.
import { Board } from '@napkin/doc';
import type { BoardComponent, ComponentId } from '@napkin/doc';
import { linkFor, tokenParams } from '@napkin/server';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { E2E_ADMIN_TOKEN, parseBoardPath } from './links';

export interface DocParticipant {
  readonly board: Board;
  /** The component with this name (names are unique on the test boards). */
  component(name: string): BoardComponent;
  idOf(name: string): ComponentId;
  close(): void;
}

/**
 * `baseURL` is the relay's http origin; `boardPath` is the app's `/b/<id>[#k=<token>]` path. Without a token
 * in it the participant joins with an editor link from support/links.ts.
 */
export async function joinAsDocParticipant(baseURL: string, boardPath: string): Promise<DocParticipant> {
  const { boardId, token } = parseBoardPath(boardPath);
  const link = token ?? (await linkFor(baseURL, E2E_ADMIN_TOKEN, boardId, 'editor')).token;
  const ydoc = new Y.Doc();
  const provider = new WebsocketProvider(`${baseURL.replace(/^http/, 'ws')}/ws`, boardId, ydoc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: tokenParams(link),
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no sync with ${boardId} within 10 s`)), 10_000);
    provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  const board = new Board(ydoc, { localOrigin: { user: 'node-participant' } });
  const component = (name: string): BoardComponent => {
    const found = board.snapshot().components.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`no component named ${name}`);
    return found;
  };
  return {
    board,
    component,
    idOf: (name) => component(name).id,
    close: () => {
      provider.destroy();
      ydoc.destroy();
    },
  };
}
