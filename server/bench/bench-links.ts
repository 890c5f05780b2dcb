// How the benchmark's clients get links: the relays it starts are given BENCH_ADMIN_TOKEN, and each room's
// editor link comes from the one helper (src/access/link-client.ts). A relay without the admin route (the
// reference, or an older checkout of ours from before links, via BENCH_REFERENCE_SERVER) admits every
// socket, so its clients go without a token.
import { randomBytes } from 'node:crypto';
import { linkFor } from '../src/access/link-client.js';
import type { ClientAssignment } from './fanout-load.js';

export const BENCH_ADMIN_TOKEN = randomBytes(24).toString('base64url');

/** The board's editor link on the relay at `url`, or undefined when that relay has no links (no admin route). */
export async function benchToken(url: string, boardId: string): Promise<string | undefined> {
  try {
    return (await linkFor(url, BENCH_ADMIN_TOKEN, boardId, 'editor')).token;
  } catch (error) {
    // The reference answers every HTTP request with its banner (200), an older relay of ours 404: no links
    // there. Ours failing to issue would leave its clients unsynced, which the bench reports loudly.
    if (error instanceof Error && / answered \d+:/.test(error.message)) return undefined;
    throw error;
  }
}

/** Each client's assignment with its board's token (one link per board). */
export async function withTokens(url: string, shares: readonly ClientAssignment[][]): Promise<ClientAssignment[][]> {
  return Promise.all(
    shares.map((share) =>
      Promise.all(share.map(async (assignment) => {
        const token = await benchToken(url, assignment.boardId);
        return token === undefined ? assignment : { ...assignment, token };
      })),
    ),
  );
}
