// Operator command: issue an owner link for a board, typically one made before links existed (its bare URL
// keeps working as an editor link; this is how it gets an owner, never by someone being first).
//
//   pnpm --filter @napkin/server exec tsx src/cli/issue-owner.ts <boardId> [--public-url https://napkin.example]
//
// It writes to the store the relay uses (REDIS_URL if set, else NAPKIN_DATA_DIR's access/ folder) and may run
// while the relay runs. When the board had no links yet, its bare URL is recorded as a revocable editor link
// ("board URL from before links"), so issuing an owner link does not lock out the people already using it.
import { createConsoleLogger } from '../logger.js';
import { DEFAULTS } from '../config.js';
import { parseBoardId } from '../board-id.js';
import { RedisLink } from '../redis/redis-link.js';
import { legacyLink, newLink } from '../access/capabilities.js';
import type { CapabilityStore } from '../access/capability-store.js';
import { FileCapabilityStore } from '../access/file-capability-store.js';
import { RedisCapabilityStore } from '../access/redis-capability-store.js';

const logger = createConsoleLogger();

async function openStore(env: NodeJS.ProcessEnv): Promise<{ store: CapabilityStore; close: () => Promise<void> }> {
  const redisUrl = env.REDIS_URL;
  if (redisUrl === undefined || redisUrl === '') {
    const store = new FileCapabilityStore({ dataDir: env.NAPKIN_DATA_DIR ?? DEFAULTS.dataDir, logger });
    return { store, close: () => store.close() };
  }
  const link = new RedisLink({ url: redisUrl, logger });
  for (let attempt = 0; attempt < 100 && !link.up; attempt++) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!link.up) {
    await link.close();
    throw new Error(`redis at ${redisUrl} is not reachable`);
  }
  return { store: new RedisCapabilityStore(link), close: () => link.close() };
}

/** Issues the owner link and returns the URL to hand to the board's owner. */
export async function issueOwner(rawBoardId: string, publicUrl: string, env: NodeJS.ProcessEnv): Promise<string> {
  const boardId = parseBoardId(rawBoardId);
  if (boardId === null) throw new Error(`not a board id: "${rawBoardId.slice(0, 80)}" (expected [A-Za-z0-9_-]{16,64})`);
  const { store, close } = await openStore(env);
  try {
    const now = Date.now();
    // Dated just before the owner link: the bare URL was there first, and lists sort by date.
    if ((await store.list(boardId)).length === 0) await store.add(legacyLink(boardId, now - 1));
    const owner = newLink(boardId, 'owner', 'issued by an operator', now);
    await store.add(owner.record);
    return `${publicUrl.replace(/\/+$/, '')}/b/${boardId}#k=${owner.token}`;
  } finally {
    await close();
  }
}

const isMain = process.argv[1]?.endsWith('issue-owner.ts') === true;
if (isMain) {
  const [rawBoardId, flag, value] = process.argv.slice(2);
  if (rawBoardId === undefined || (flag !== undefined && flag !== '--public-url')) {
    console.error('usage: issue-owner.ts <boardId> [--public-url <http(s)://host>]');
    process.exit(2);
  }
  const publicUrl = value ?? process.env.NAPKIN_PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? DEFAULTS.port}`;
  issueOwner(rawBoardId, publicUrl, process.env).then(
    (url) => {
      console.log(`owner link (give it to the board's owner; it is shown only now):\n${url}`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
