// Reading the presence roster the way the home page does, health, a board's stream, and polling for a
// condition without timing it.
import { Redis } from 'ioredis';
import { boardKeys, fieldOf } from '../../src/redis/stream-id.js';
import type { BoardId } from '../../src/board-id.js';
import { ADMIN_HEADERS, tokenFor } from '../harness.js';
/** The names on the board, asked with a viewer link (who is on a board is part of reading it). */
export async function rosterOf(url: string, boardId: string): Promise<string[]> {
  const response = await fetch(`${url}/api/presence?boards=${boardId}:${await tokenFor(url, boardId, 'viewer')}`);
  const body = (await response.json()) as Record<string, { names: string[] } | undefined>;
  return [...(body[boardId]?.names ?? [])].sort();
}

export async function pollUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function healthOf(url: string): Promise<{ status: string; reason?: string; [key: string]: unknown }> {
  const response = await fetch(`${url}/healthz`, { headers: ADMIN_HEADERS });
  return (await response.json()) as { status: string; reason?: string };
}

/** The instance id of every entry in a board's stream, in order. */
export async function entryOrigins(url: string, boardId: string): Promise<string[]> {
  const client = new Redis(url);
  try {
    const entries = await client.xrangeBuffer(boardKeys(boardId as BoardId).log, '-', '+');
    return entries.map(([, fields]) => fieldOf(fields, 'o')?.toString() ?? '');
  } finally {
    client.disconnect();
  }
}
