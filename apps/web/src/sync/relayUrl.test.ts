import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { boardSocketUrl, relayUrlFor } from './relayUrl';

const BOARD = 'Vq3xA9bC0dE1fG2hI3jK4l';

describe('relayUrlFor', () => {
  it('speaks ws beside http and wss beside https, on the page host', () => {
    expect(relayUrlFor({ protocol: 'http:', host: 'localhost:8080' })).toBe('ws://localhost:8080/ws');
    expect(relayUrlFor({ protocol: 'https:', host: 'napkin.example' })).toBe('wss://napkin.example/ws');
  });
});

describe('boardSocketUrl', () => {
  // The early socket is handed over only when its URL is the provider's, character for character.
  it.each([
    ['with a link', 'abcdefghijklmnopqrstuvwxyz012345-_AB' as string | null],
    ['without one', null],
  ])('is the URL the board provider dials, %s', (_case, token) => {
    const doc = new Y.Doc();
    // Not connected, so it never constructs a socket (Node 20 has no global WebSocket to default to).
    const NeverDialled = class {} as unknown as typeof WebSocket;
    const provider = new WebsocketProvider('ws://localhost:8080/ws', BOARD, doc, { connect: false, WebSocketPolyfill: NeverDialled, ...(token === null ? {} : { params: { k: token } }) });
    try {
      expect(boardSocketUrl('ws://localhost:8080/ws', BOARD, token)).toBe(provider.url);
    } finally {
      provider.destroy();
      doc.destroy();
    }
  });
});
