// One connection's "tell me when my updates are durable" requests (message type 100, protocol.ts). The room
// counts the connection's appends when they start and when they have been made durable and relayed; a
// request waits for the appends started before it. Counting is enough because a room handles its appends
// strictly in arrival order (appends to one board resolve in order, and the durable prefix is relayed in
// order), so "n appends durable" always means "the first n".
//
// Requests satisfied by the same commit are answered once, with the newest id: the client takes an answer
// for id n as one for every earlier id of its socket, so a socket costs one small frame per commit at most.

export class SavedRequests {
  private started = 0;
  private durable = 0;
  /** Waiting requests as flat pairs [requestId, appends started before it], oldest first; usually empty. */
  private readonly waiting: number[] = [];

  appendStarted(): void {
    this.started++;
  }

  appendDurable(): void {
    this.durable++;
  }

  /**
   * A new request. Returns its id when it can be answered at once (every append started before it is
   * durable: that answers any older waiting request too), or null when it waits for `takeAnswer`.
   */
  ask(requestId: number): number | null {
    if (this.durable === this.started) {
      this.waiting.length = 0;
      return requestId;
    }
    this.waiting.push(requestId, this.started);
    return null;
  }

  /** The newest waiting request whose appends are all durable, removed with every older one; null if none. */
  takeAnswer(): number | null {
    let answer: number | null = null;
    let satisfied = 0;
    while (satisfied < this.waiting.length && (this.waiting[satisfied + 1] ?? Infinity) <= this.durable) {
      answer = this.waiting[satisfied] ?? null;
      satisfied += 2;
    }
    if (satisfied > 0) this.waiting.splice(0, satisfied);
    return answer;
  }

  /** True while some request waits: lets the room skip `takeAnswer` on the (usual) connection that never asks. */
  get anyWaiting(): boolean {
    return this.waiting.length > 0;
  }
}
