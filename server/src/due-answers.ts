// Answers to "saved" requests (type 100) that are due but not yet sent. An answer is a few bytes, and
// sending it alone costs a socket write of its own: in the 10 rooms × 10 clients bench that was one more
// write per update made, on top of the nine that relay it (relay CPU per delivered update 0.87–0.94× the
// reference's without answers, 1.07–1.11× with each answer written alone). So an answer waits up to
// ANSWER_WAIT_MS for a write already going to its socket (the next update relayed to it) and rides in it;
// only answers still due then are written alone. The edits were durable before the answer was due: the
// wait only delays the moment a tab says "Saved", never makes it say so early.
import type { RelaySocket } from './socket.js';

/** How long a due answer waits for a relay write to ride in: well under what a person notices. */
export const ANSWER_WAIT_MS = 50;

export interface AnswerRecipient {
  readonly socket: RelaySocket;
  readonly open: boolean;
}

export class DueAnswers<C extends AnswerRecipient> {
  private readonly due = new Map<C, Uint8Array>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly waitMs = ANSWER_WAIT_MS) {}

  /** The connection's newest answer is due; it replaces an older one still waiting (it answers that too). */
  add(connection: C, answer: Uint8Array): void {
    this.due.set(connection, answer);
    this.timer ??= setTimeout(() => this.flush(), this.waitMs);
  }

  /** Takes the connection's due answer, if any, to send in a write going to it anyway. */
  take(connection: C): Uint8Array | undefined {
    if (this.due.size === 0) return undefined;
    const answer = this.due.get(connection);
    if (answer !== undefined) this.due.delete(connection);
    return answer;
  }

  /** Writes every answer still due, each alone. */
  flush(): void {
    this.stopTimer();
    for (const [connection, answer] of this.due) if (connection.open) connection.socket.send(answer);
    this.due.clear();
  }

  /** Drops every due answer (the room stopped, or an append failed and its sockets are being closed). */
  clear(): void {
    this.stopTimer();
    this.due.clear();
  }

  private stopTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
