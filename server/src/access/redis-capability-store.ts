// Links in Redis, shared by every relay instance: a hash per board, `napkin:links:{<boardId>}`, field = link
// id, value = the record as JSON. Adding is HSETNX (an id is never overwritten); revoking rewrites the record
// in a Lua script, so two instances revoking at once cannot resurrect it.
import type { BoardId } from '../board-id.js';
import type { RedisLink } from '../redis/redis-link.js';
import type { LinkId, LinkRecord } from './capabilities.js';
import { parseLinkRecord } from './capabilities.js';
import type { CapabilityStore } from './capability-store.js';

// Outside the board's own keys (napkin:{id}:*): links are who may open the board, not the board.
export const linksKey = (boardId: BoardId): string => `napkin:links:{${boardId}}`;

/** Sets `revokedAt` on the record if it has none yet; returns the record as stored afterwards (or nil). */
const REVOKE_SCRIPT = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return false end
local record = cjson.decode(raw)
if record.revokedAt == nil or record.revokedAt == cjson.null then
  record.revokedAt = tonumber(ARGV[2])
  raw = cjson.encode(record)
  redis.call('HSET', KEYS[1], ARGV[1], raw)
end
return raw`;

export class RedisCapabilityStore implements CapabilityStore {
  constructor(private readonly link: RedisLink) {}

  async add(record: LinkRecord): Promise<boolean> {
    return (await this.link.commands.hsetnx(linksKey(record.boardId), record.id, JSON.stringify(record))) === 1;
  }

  async list(boardId: BoardId): Promise<LinkRecord[]> {
    const raw = await this.link.commands.hgetall(linksKey(boardId));
    // A record filed under another id than its own was not written by add(): it is not trusted.
    return Object.entries(raw)
      .map(([field, text]) => {
        const record = this.parse(text);
        return record?.id === field ? record : null;
      })
      .filter((record): record is LinkRecord => record !== null && record.boardId === boardId)
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  async revoke(boardId: BoardId, linkId: LinkId, at: number): Promise<LinkRecord | null> {
    const raw = (await this.link.commands.eval(REVOKE_SCRIPT, 1, linksKey(boardId), linkId, String(at))) as string | null;
    if (raw === null) return null;
    const record = this.parse(raw);
    return record?.boardId === boardId ? record : null;
  }

  async close(): Promise<void> {}

  private parse(text: string): LinkRecord | null {
    try {
      return parseLinkRecord(JSON.parse(text));
    } catch {
      return null;
    }
  }
}
