// Records every interview session on the relay, whoever is connected: each durable update of the session's
// board with the relay's time, and a frame (the whole board, the phase, the headline figures) whenever the
// phase timer moves to another phase or ends, and while edits arrive at least every `snapshotEveryMs`. The
// relay's storage tells it of each update once it is durable (`observeAppends`, `onDurable` here), so a
// recording never holds an edit the board lost; the frames read the board and session rooms as the relay
// holds them.
//
// Work per board runs in order on its own promise chain, a loop turn after the append: by then the relay
// has relayed the update and its room's doc holds it, and taking a frame (which analyses the board, a few
// ms) never delays an update reaching the other peers.
import { createEngine } from '@napkin/analysis';
import type { EngineOptions } from '@napkin/analysis';
import { InterviewSession } from '@napkin/doc';
import type { FlowFigures, FrameReason, TimerState } from '@napkin/doc';
import * as Y from 'yjs';
import { parseRoomPath, roomKey } from '../../access/room-path.js';
import type { BoardId } from '../../board-id.js';
import type { Logger } from '../../logger.js';
import { boardFileOf, headlineFigures } from './headline-figures.js';
import type { RecordingStore } from './recording-store.js';

/** Reads a room's document as the relay holds it (`Relay.readRoom`). */
export type RoomReader = <T>(key: BoardId, read: (doc: Y.Doc) => T) => Promise<T | null>;

export interface SessionRecorderOptions {
  readonly store: RecordingStore;
  readonly readRoom: RoomReader;
  readonly logger: Logger;
  /** Longest time edits go without a frame. Default 30 s. */
  readonly snapshotEveryMs?: number;
  /** How often edits waiting for a frame are looked for; 0 = only when the next edit arrives. Default 5 s. */
  readonly checkEveryMs?: number;
}

interface BoardState {
  /** `<phase>/<ended>` at the last frame. */
  phaseKey: string;
  lastFrameAt: number;
  lastSnapshot: Uint8Array | null;
  lastSnapshotN: number | null;
  nextN: number;
  /** Edits since the last frame. */
  dirty: boolean;
}

const phaseKeyOf = (timer: TimerState): string => `${timer.phase}/${timer.endedAt !== null}`;
const IDLE_KEY = '-1/false';

export class SessionRecorder {
  private readonly states = new Map<BoardId, Promise<BoardState | null>>();
  private readonly chains = new Map<BoardId, Promise<void>>();
  private readonly editsNoted = new Set<BoardId>();
  /** Built at the first frame: its latency grid costs ~0.1-1 s, which a relay's start should not pay. */
  private engine: EngineOptions | null = null;
  private readonly snapshotEveryMs: number;
  private readonly check: NodeJS.Timeout | null;

  constructor(private readonly options: SessionRecorderOptions) {
    this.snapshotEveryMs = options.snapshotEveryMs ?? 30_000;
    const checkEveryMs = options.checkEveryMs ?? 5_000;
    this.check = checkEveryMs > 0 ? setInterval(() => void this.snapshotDue(), checkEveryMs) : null;
    this.check?.unref();
  }

  /**
   * The relay made `update` of room `key` durable. Cheap for rooms that are not a session's. A board's
   * recording begins with the first write to its session room (only a session's interviewer or practice
   * link, or the relay making the session, can write there), unless the interviewer deleted it.
   */
  onDurable(key: BoardId, update: Uint8Array): void {
    const target = parseRoomPath(key);
    if (target === null) return;
    const { boardId } = target;
    const { store } = this.options;
    if (target.room === 'session' && !store.isRecording(boardId) && !store.wasDeleted(boardId)) store.begin(boardId);
    if (!store.isRecording(boardId)) return;
    if (target.room === 'board') {
      this.options.store.append(boardId, { kind: 'update', t: this.options.store.now, update: Buffer.from(update).toString('base64') });
      // One look per board at a time: a burst of edits queues one check, not one per edit.
      if (this.editsNoted.has(boardId)) return;
      this.editsNoted.add(boardId);
      this.enqueue(boardId, async (state) => {
        state.dirty = true;
        if (this.options.store.now - state.lastFrameAt >= this.snapshotEveryMs) await this.takeFrame(boardId, state, 'interval');
      }, () => this.editsNoted.delete(boardId));
    } else if (target.room === 'session') {
      this.enqueue(boardId, async (state) => {
        const timer = await this.timerOf(boardId);
        if (timer !== null && phaseKeyOf(timer) !== state.phaseKey) await this.takeFrame(boardId, state, 'phase', timer);
      });
    }
  }

  /** Takes a frame of every recorded board whose edits have waited `snapshotEveryMs`; resolves when written. */
  async snapshotDue(): Promise<void> {
    const now = this.options.store.now;
    const due: Array<Promise<void>> = [];
    for (const boardId of this.states.keys()) {
      due.push(this.enqueue(boardId, async (state) => {
        if (state.dirty && now - state.lastFrameAt >= this.snapshotEveryMs) await this.takeFrame(boardId, state, 'interval');
      }));
    }
    await Promise.all(due);
    await this.options.store.flush();
  }

  /** Resolves once every queued frame is taken and written (tests, shutdown). */
  async settle(): Promise<void> {
    await Promise.all([...this.chains.values()]);
    await this.options.store.flush();
  }

  /** Forgets a board whose recording was deleted. */
  forget(boardId: BoardId): void {
    this.states.delete(boardId);
  }

  close(): void {
    if (this.check !== null) clearInterval(this.check);
  }

  /** Runs `work` after the board's earlier work, a loop turn later (`started` first, whatever happens). */
  private enqueue(boardId: BoardId, work: (state: BoardState) => Promise<void>, started?: () => void): Promise<void> {
    const previous = this.chains.get(boardId) ?? Promise.resolve();
    const next = previous.then(async () => {
      started?.();
      await new Promise((resolve) => setImmediate(resolve));
      const state = await this.stateOf(boardId);
      if (state === null || !this.options.store.isRecording(boardId)) return;
      await work(state);
    }).catch((error: unknown) => this.options.logger.error('recording a session failed; the session goes on', { boardId, error }));
    this.chains.set(boardId, next);
    void next.finally(() => {
      if (this.chains.get(boardId) === next) this.chains.delete(boardId);
    });
    return next;
  }

  /** Where the board's recording stands, read once from its file (a relay restarted mid-session carries on). */
  private stateOf(boardId: BoardId): Promise<BoardState | null> {
    let state = this.states.get(boardId);
    if (state === undefined) {
      state = this.options.store.read(boardId).then((recording) => {
        if (recording === null) return null;
        const last = recording.frames.at(-1);
        return {
          phaseKey: last === undefined ? IDLE_KEY : `${last.phase}/${last.ended}`,
          lastFrameAt: last?.t ?? recording.start?.startedAt ?? 0,
          lastSnapshot: null,
          lastSnapshotN: null,
          nextN: recording.frames.reduce((next, frame) => Math.max(next, frame.n + 1), 0),
          dirty: false,
        };
      });
      this.states.set(boardId, state);
    }
    return state;
  }

  private timerOf(boardId: BoardId): Promise<TimerState | null> {
    return this.options.readRoom(roomKey(boardId, 'session'), (doc) => new InterviewSession(doc).snapshot().timer);
  }

  private async takeFrame(boardId: BoardId, state: BoardState, reason: FrameReason, known?: TimerState): Promise<void> {
    const timer = known ?? (await this.timerOf(boardId));
    const board = await this.options.readRoom(boardId, (doc) => ({ bytes: Y.encodeStateAsUpdate(doc), file: boardFileOf(doc) }));
    if (timer === null || board === null) return;
    let figures: FlowFigures[] = [];
    try {
      this.engine ??= createEngine();
      figures = headlineFigures(board.file, this.engine);
    } catch (error) {
      this.options.logger.warn('recording: the board could not be analysed; the frame keeps no figures', { boardId, error });
    }
    const n = state.nextN++;
    const same = state.lastSnapshot !== null && state.lastSnapshotN !== null && Buffer.from(board.bytes).equals(state.lastSnapshot);
    const base = { kind: 'frame', n, t: this.options.store.now, reason, phase: timer.phase, ended: timer.endedAt !== null, figures } as const;
    if (same && state.lastSnapshotN !== null) this.options.store.append(boardId, { ...base, ref: state.lastSnapshotN });
    else {
      this.options.store.append(boardId, { ...base, snapshot: Buffer.from(board.bytes).toString('base64') });
      state.lastSnapshot = board.bytes;
      state.lastSnapshotN = n;
    }
    state.phaseKey = phaseKeyOf(timer);
    state.lastFrameAt = base.t;
    state.dirty = false;
  }
}
