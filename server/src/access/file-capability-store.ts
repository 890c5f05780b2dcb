// Links on local disk: one JSON file per board, `<dataDir>/access/<boardId>.json`, replaced atomically
// (temp file, fsync, rename, fsync directory) so a crash leaves the old list or the new one. Writes to one
// board are serialised in this process; a single-process relay is the only writer (with Redis the links
// live in Redis instead).
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BoardId } from '../board-id.js';
import type { Logger } from '../logger.js';
import { writeFileAtomically } from '../storage/fs-durability.js';
import type { LinkId, LinkRecord } from './capabilities.js';
import { parseLinkRecord } from './capabilities.js';
import type { CapabilityStore } from './capability-store.js';

export interface FileCapabilityStoreOptions {
  /** The relay's data directory; links go to its `access/` folder. */
  readonly dataDir: string;
  readonly logger: Logger;
}

export class FileCapabilityStore implements CapabilityStore {
  private readonly directory: string;
  private readonly writes = new Map<BoardId, Promise<unknown>>();

  constructor(private readonly options: FileCapabilityStoreOptions) {
    this.directory = join(options.dataDir, 'access');
  }

  add(record: LinkRecord): Promise<boolean> {
    return this.update(record.boardId, (links) => {
      if (links.some((link) => link.id === record.id)) return { links: null, result: false };
      return { links: [...links, record], result: true };
    });
  }

  async list(boardId: BoardId): Promise<LinkRecord[]> {
    await this.writes.get(boardId)?.catch(() => undefined);
    return this.read(boardId);
  }

  revoke(boardId: BoardId, linkId: LinkId, at: number): Promise<LinkRecord | null> {
    return this.update(boardId, (links) => {
      const found = links.find((link) => link.id === linkId);
      if (found === undefined || found.revokedAt !== null) return { links: null, result: found ?? null };
      const revoked = { ...found, revokedAt: at };
      return { links: links.map((link) => (link === found ? revoked : link)), result: revoked };
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.writes.values()].map((write) => write.catch(() => undefined)));
  }

  private fileOf(boardId: BoardId): string {
    return join(this.directory, `${boardId}.json`);
  }

  private async read(boardId: BoardId): Promise<LinkRecord[]> {
    let text: string;
    try {
      text = await readFile(this.fileOf(boardId), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      this.options.logger.error('links file is not JSON; the board has no working links until it is fixed', { boardId });
      return [];
    }
    const records = Array.isArray(parsed) ? parsed.map(parseLinkRecord) : [];
    return records.filter((record): record is LinkRecord => record !== null && record.boardId === boardId);
  }

  /** Read, change, write back, one change per board at a time; `links: null` means nothing to write. */
  private update<T>(boardId: BoardId, change: (links: LinkRecord[]) => { links: LinkRecord[] | null; result: T }): Promise<T> {
    const previous = this.writes.get(boardId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(async () => {
      const { links, result } = change(await this.read(boardId));
      if (links !== null) {
        await mkdir(this.directory, { recursive: true });
        await writeFileAtomically(this.fileOf(boardId), Buffer.from(JSON.stringify(links)));
      }
      return result;
    });
    this.writes.set(boardId, next);
    void next.finally(() => {
      if (this.writes.get(boardId) === next) this.writes.delete(boardId);
    }).catch(() => undefined);
    return next;
  }
}
