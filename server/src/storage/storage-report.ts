// What storage found wrong on disk, for the two places an operator looks: the log (every issue, as it is
// found) and /healthz (the latest ones, and whether any of them lost edits that had been durable).
import type { BoardId } from '../board-id.js';
import type { Logger } from '../logger.js';
import type { StorageHealth, StorageIssue } from './board-storage.js';
import { describeIssue, losesDurableEdits } from './board-storage.js';

/** Issues kept for /healthz: the newest ones; the log has them all. */
const KEPT_ISSUES = 20;

export class StorageReport {
  private readonly recent: string[] = [];
  private found = 0;
  private damaged = false;

  constructor(private readonly logger: Logger) {}

  /** Logs the issue (as an error when it lost durable edits) and keeps it for `health()`. */
  record(issue: StorageIssue, boardId?: BoardId): void {
    const description = describeIssue(issue);
    const context = boardId === undefined ? undefined : { boardId };
    if (losesDurableEdits(issue)) {
      this.damaged = true;
      this.logger.error(description, context);
    } else {
      this.logger.warn(description, context);
    }
    this.found++;
    this.recent.push(boardId === undefined ? description : `board ${boardId}: ${description}`);
    if (this.recent.length > KEPT_ISSUES) this.recent.shift();
  }

  health(): StorageHealth {
    return { damaged: this.damaged, issuesFound: this.found, issues: [...this.recent] };
  }
}
