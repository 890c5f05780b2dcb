// The storage contract the relay depends on. Everything is async and per board so an implementation can
// live elsewhere (the Redis storage of a later issue); the embedded one is `FileBoardStorage`.
import type { BoardId } from '../board-id.js';

/** What storage found wrong since it opened, as /healthz shows it (`StorageReport` keeps it). */
export interface StorageHealth {
  /** Some issue found since start lost (or set aside) edits that had been durable: someone must look. */
  readonly damaged: boolean;
  /** How many issues were found since start. */
  readonly issuesFound: number;
  /** The newest issues, described as in the log. */
  readonly issues: readonly string[];
}

/** Something storage noticed while loading and repaired or set aside; the caller reports it. */
export type StorageIssue =
  | { kind: 'torn-tail'; file: string; keptBytes: number; droppedBytes: number }
  | { kind: 'corrupt-snapshot'; file: string; movedTo: string }
  | { kind: 'unreadable-update'; file: string; index: number }
  /** Shared storage (Redis) lost log entries: `missing` of them, or an unknown number (null). */
  | { kind: 'missing-log-entries'; log: string; missing: number | null; cause: string }
  /**
   * Bytes of a log segment that hold no readable record, copied to `quarantinedTo`. With records after
   * them, durable records were damaged (`lostRecords` of them); without, a write was cut off by a crash.
   * `known`: an earlier start found and copied the same bytes.
   */
  | {
      kind: 'log-gap';
      file: string;
      offset: number;
      end: number;
      recordsAfter: boolean;
      lostRecords: number | null;
      quarantinedTo: string;
      known: boolean;
    }
  /** A log segment of `bytes` bytes that are all zeros: its records were zeroed. */
  | { kind: 'log-segment-zeroed'; file: string; bytes: number }
  /** A sealed log segment ends before the next one begins: its last records were lost. */
  | { kind: 'log-records-missing'; file: string; fromLsn: number; toLsn: number }
  /** The log ends below what the boards' compacted files cover: it was deleted, zero-filled or cut short. */
  | { kind: 'log-behind-compacted'; directory: string; logEnd: number; compactedEnd: number };

export interface LoadedBoard {
  /** Yjs updates in the order they must be applied (snapshot first, then log records). */
  readonly updates: readonly Uint8Array[];
  readonly issues: readonly StorageIssue[];
}

export interface ReleaseOptions {
  readonly shuttingDown?: boolean;
}

export interface BoardStorage {
  /** Everything stored for the board; an unknown board loads as no updates. */
  load(boardId: BoardId): Promise<LoadedBoard>;
  /**
   * Resolves once the update is durable (survives a process or machine crash). Appends to one board
   * resolve in the order they were made; concurrent appends may share one write + fsync (group commit).
   */
  append(boardId: BoardId, update: Uint8Array): Promise<void>;
  /** Merges the board's snapshot and log into a new snapshot; appends made meanwhile are kept. */
  compact(boardId: BoardId): Promise<void>;
  /**
   * Frees per-board resources (file handles) once a room left memory; a later load reopens them.
   * `shuttingDown`: the process is stopping, so work that only saves space later (compaction) may be
   * left to the next start: every durable update is already in the log.
   */
  release(boardId: BoardId, options?: ReleaseOptions): Promise<void>;
  /** Resolves when every append made so far is durable. */
  flush(): Promise<void>;
  /** Flushes, then closes everything; no calls are allowed afterwards. */
  close(): Promise<void>;
  /** Optional: read what must be checked at start (the embedded log) so damage is reported at once. */
  open?(): Promise<void>;
  /**
   * Optional: whether anything was ever stored for the board, without loading it. Access control asks it
   * about boards with no links (a board from before links keeps its bare URL); absent means "no".
   */
  hasContent?(boardId: BoardId): Promise<boolean>;
  /** Optional: what the storage found wrong on disk since it opened, for /healthz. */
  health?(): StorageHealth;
}

/**
 * Whether the issue means edits that had been durable were lost or set aside: such issues are logged as
 * errors and keep /healthz degraded. A cut-off last write (a crash) or damage an earlier start already
 * reported is not.
 */
export function losesDurableEdits(issue: StorageIssue): boolean {
  switch (issue.kind) {
    case 'log-gap':
      // With records after it but none lost (numbering goes on right after the record before it), the gap
      // is an earlier crash's cut-off write that later records were appended behind.
      return issue.recordsAfter && !issue.known && issue.lostRecords !== 0;
    case 'log-segment-zeroed':
    case 'log-records-missing':
    case 'log-behind-compacted':
    case 'corrupt-snapshot':
      return true;
    default:
      return false;
  }
}

/** Encodes the issue for a log line. */
export function describeIssue(issue: StorageIssue): string {
  switch (issue.kind) {
    case 'torn-tail':
      return `torn or corrupt tail in ${issue.file}: kept ${issue.keptBytes} bytes, truncated ${issue.droppedBytes}`;
    case 'corrupt-snapshot':
      return `corrupt snapshot ${issue.file} moved aside to ${issue.movedTo}`;
    case 'unreadable-update':
      return `stored update #${issue.index} in ${issue.file} could not be applied; skipped`;
    case 'missing-log-entries':
      return `${issue.missing ?? 'an unknown number of'} entries missing from ${issue.log} (${issue.cause}); the board loads without them`;
    case 'log-gap': {
      const where = `${issue.file} bytes ${issue.offset}-${issue.end}`;
      const copied = issue.known ? `copied earlier to ${issue.quarantinedTo}` : `copied to ${issue.quarantinedTo}`;
      if (!issue.recordsAfter) return `unfinished write at the end of ${where} (a crash mid-write; nothing in it was acknowledged unless the disk is failing): ${copied}`;
      return `damaged write-ahead log: ${where} unreadable, ${issue.lostRecords ?? 'some'} record(s) lost, every record after it kept; ${copied}`;
    }
    case 'log-segment-zeroed':
      return `damaged write-ahead log: ${issue.file} is ${issue.bytes} bytes of zeros, so every record it held is lost (unless the relay was killed right after creating it)`;
    case 'log-records-missing':
      return `damaged write-ahead log: records ${issue.fromLsn}-${issue.toLsn} at the end of ${issue.file} are missing (zeroed or cut off)`;
    case 'log-behind-compacted':
      return `write-ahead log in ${issue.directory} ends at record ${issue.logEnd} but compacted boards cover records up to ${issue.compactedEnd}: the log was deleted, zero-filled or cut short, so edits made after the last compaction of some boards may be lost; new records are numbered from ${issue.compactedEnd}`;
  }
}
