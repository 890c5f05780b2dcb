// The recording of interview sessions as one piece the server starts: the store on disk, the recorder the
// relay's storage feeds, and the retention, applied at start (before anyone can ask for an old recording)
// and then every `sweepEveryMs`.
import { join } from 'node:path';
import type { Logger } from '../../logger.js';
import { RecordingStore } from './recording-store.js';
import type { RoomReader } from './session-recorder.js';
import { SessionRecorder } from './session-recorder.js';

export const DAY_MS = 24 * 60 * 60 * 1000;

export const RECORDING_DEFAULTS = {
  retentionDays: 30,
  /** How often recordings past the retention are looked for. */
  sweepEveryMs: 60 * 60 * 1000,
  /** Longest time edits go without a frame. */
  snapshotEveryMs: 30_000,
} as const;

export interface SessionRecordingsOptions {
  readonly dataDir: string;
  readonly logger: Logger;
  /** Reads a room the relay holds (`Relay.readRoom`); called only after the relay exists. */
  readonly readRoom: RoomReader;
  readonly now?: () => number;
  /** Days a recording is kept from its start; 0 keeps recordings for ever. Default 30. */
  readonly retentionDays?: number;
  readonly sweepEveryMs?: number;
  readonly snapshotEveryMs?: number;
}

export interface SessionRecordings {
  readonly store: RecordingStore;
  readonly recorder: SessionRecorder;
  /** Deletes the recordings past the retention now (also run at start and periodically). */
  sweep(): Promise<void>;
  /** Stops the timers and writes what is queued. */
  close(): Promise<void>;
}

export async function startSessionRecordings(options: SessionRecordingsOptions): Promise<SessionRecordings> {
  const { logger } = options;
  const store = await RecordingStore.open({
    dir: join(options.dataDir, 'recordings'),
    logger,
    now: options.now ?? Date.now,
    retentionMs: retentionMsOf(options.retentionDays ?? RECORDING_DEFAULTS.retentionDays),
  });
  const recorder = new SessionRecorder({ store, readRoom: options.readRoom, logger, snapshotEveryMs: options.snapshotEveryMs ?? RECORDING_DEFAULTS.snapshotEveryMs });
  const sweep = async (): Promise<void> => {
    try {
      for (const boardId of await store.sweep()) recorder.forget(boardId);
    } catch (error) {
      logger.error('deleting recordings past their retention failed; retrying at the next sweep', { error });
    }
  };
  await sweep();
  const timer = setInterval(() => void sweep(), options.sweepEveryMs ?? RECORDING_DEFAULTS.sweepEveryMs);
  timer.unref();
  return {
    store,
    recorder,
    sweep,
    close: async () => {
      clearInterval(timer);
      recorder.close();
      await recorder.settle();
    },
  };
}

const retentionMsOf = (days: number): number => (days === 0 ? Number.POSITIVE_INFINITY : days * DAY_MS);
