// The storage contract the relay depends on. Everything is async and per board so an implementation can
// live elsewhere (the Redis storage of a later issue); the embedded one is `FileBoardStorage`.
import type { BoardId } from '../board-id.js';

/** Something storage noticed while loading and repaired or set aside; the caller reports it. */
export type StorageIssue =
  | { kind: 'torn-tail'; file: string; keptBytes: number; droppedBytes: number }
  | { kind: 'corrupt-snapshot'; file: string; movedTo: string }
  | { kind: 'unreadable-update'; file: string; index: number };

export interface LoadedBoard {
  /** Yjs updates in the order they must be applied (snapshot first, then log records). */
  readonly updates: readonly Uint8Array[];
  readonly issues: readonly StorageIssue[];
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
  /** Frees per-board resources (file handles) once a room left memory; a later load reopens them. */
  release(boardId: BoardId): Promise<void>;
  /** Resolves when every append made so far is durable. */
  flush(): Promise<void>;
  /** Flushes, then closes everything; no calls are allowed afterwards. */
  close(): Promise<void>;
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
  }
}
