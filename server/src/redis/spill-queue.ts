// Appends that could not reach Redis, kept in order in memory and in a local file (fsync'ed before the
// append resolves), so an edit relayed while Redis is away survives a relay crash too. On start the file
// is read back; once Redis returns the queue is replayed into the streams and the file truncated.
import { mkdir, open, readFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { parseStorageKey } from '../access/room-path.js';
import type { BoardId } from '../board-id.js';
import { decodeRecords, encodeRecord } from '../storage/record-format.js';

export interface SpilledUpdate {
  readonly boardId: BoardId;
  readonly update: Uint8Array;
}

const SPILL_FILE = 'spill.bin';

/** Record payload: [u8 board id length][board id, ASCII][Yjs update]. */
function encodeSpilled({ boardId, update }: SpilledUpdate): Buffer {
  const id = Buffer.from(boardId, 'ascii');
  return encodeRecord(Buffer.concat([Buffer.from([id.byteLength]), id, update]));
}

function decodeSpilled(payload: Uint8Array): SpilledUpdate | null {
  const idLength = payload[0];
  if (idLength === undefined) return null;
  const boardId = parseStorageKey(Buffer.from(payload.subarray(1, 1 + idLength)).toString('ascii'));
  if (boardId === null) return null;
  return { boardId, update: payload.slice(1 + idLength) };
}

export class SpillQueue {
  private readonly queued: SpilledUpdate[] = [];
  private file: FileHandle | null = null;
  private writing: Promise<void> = Promise.resolve();

  private constructor(private readonly path: string) {}

  /** Opens (creating) `<dir>/spill.bin` and reads back whatever a previous run left unreplayed. */
  static async open(dir: string): Promise<SpillQueue> {
    await mkdir(dir, { recursive: true });
    const queue = new SpillQueue(join(dir, SPILL_FILE));
    const existing = await readFile(queue.path).catch(() => Buffer.alloc(0));
    for (const payload of decodeRecords(existing).payloads) {
      const spilled = decodeSpilled(payload);
      if (spilled !== null) queue.queued.push(spilled);
    }
    queue.file = await open(queue.path, 'a');
    return queue;
  }

  get size(): number {
    return this.queued.length;
  }

  /** Queues the update; resolves once it is on local disk. Writes are serialised to keep file order. */
  add(spilled: SpilledUpdate): Promise<void> {
    this.queued.push(spilled);
    const written = this.writing.then(async () => {
      if (this.file === null) throw new Error('spill queue is closed');
      await this.file.appendFile(encodeSpilled(spilled));
      await this.file.datasync();
    });
    this.writing = written.catch(() => undefined);
    return written;
  }

  /** Spilled updates of one board, for a load that happens before the replay has finished. */
  pendingFor(boardId: BoardId): Uint8Array[] {
    return this.queued.filter((spilled) => spilled.boardId === boardId).map((spilled) => spilled.update);
  }

  /** The oldest `count` entries, without removing them. */
  peek(count: number): readonly SpilledUpdate[] {
    return this.queued.slice(0, count);
  }

  /** Drops the oldest `count` entries (replayed); once empty, truncates the file. */
  async consume(count: number): Promise<void> {
    this.queued.splice(0, count);
    if (this.queued.length > 0) return;
    // On the write chain, so a spill that arrives meanwhile is written after the truncation, not lost by it.
    const truncated = this.writing.then(async () => {
      if (this.queued.length === 0) await this.file?.truncate(0);
    });
    this.writing = truncated.catch(() => undefined);
    await truncated;
  }

  async close(): Promise<void> {
    await this.writing;
    await this.file?.close();
    this.file = null;
  }
}
