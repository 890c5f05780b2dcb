// Helpers for the access tests: a y-websocket client that reports how the relay closed it, and calls to the
// owner routes with a bearer token.
import * as Y from 'yjs';
import { tokenParams } from '../../src/access/link-client.js';
import { connectClient } from '../harness.js';
import type { TestClient } from '../harness.js';

export interface WatchedClient extends TestClient {
  /** Close codes the relay sent, in order. */
  readonly codes: number[];
}

/** A real y-websocket client with `token` (none: the bare board URL) that records every close code. */
export function watchedClient(url: string, room: string, token: string | null, doc = new Y.Doc()): WatchedClient {
  // A dummy param keeps the harness from fetching a link of its own when the test means "no token".
  const params = token === null ? { bare: '1', k: '' } : tokenParams(token);
  const client = connectClient(url, room, doc, params);
  const codes: number[] = [];
  client.provider.on('connection-close', (event: { code: number } | null) => {
    if (event !== null) codes.push(event.code);
  });
  return { ...client, codes };
}

export async function ownerCall(url: string, method: string, path: string, token: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
}
