// What a room lets through to storage: every update (an update message, or what a sync step 2 adds) is
// checked against the board before it is appended (update-check.ts). A no-op is dropped (neither stored nor
// relayed); one larger than `maxUpdateBytes`, or one that would grow the board past `maxBoardBytes`, closes
// its socket with 4413 and a reason the writer can act on; one whose predecessors the board lacks makes its
// socket wait: that socket's later updates and saved requests queue behind it (so "saved" still means
// everything before it), its sync step 2 does not (it usually carries the predecessors). If they have not
// arrived within `pendingUpdateTimeoutMs`, or too many frames queue, the socket is closed with 4408 and
// the waiting updates are refused: nothing waiting is ever stored, relayed or kept.
import { CloseCode } from '../close-codes.js';
import { BoardSize } from './board-size.js';
import type { RelayLimits } from './relay-limits.js';
import { checkUpdate, KnownClocks } from './update-check.js';
import type { DecodedUpdate } from './update-check.js';

export interface GatedUpdate {
  readonly update: Uint8Array;
  readonly content: DecodedUpdate;
  /** The client's own frame to relay as-is, or null (a sync step 2's diff is re-encoded). */
  readonly frame: Uint8Array | null;
}

type Waiting = { readonly kind: 'update'; readonly item: GatedUpdate } | { readonly kind: 'saved-request'; readonly requestId: number };

interface Stall {
  readonly queue: Waiting[];
  readonly timer: NodeJS.Timeout;
}

export interface UpdateGateDependencies<C> {
  readonly limits: RelayLimits;
  /** The board's state vector and encoded size as the doc holds them now (folds what it holds). */
  readonly boardStateVector: () => Map<number, number>;
  readonly boardEncodedBytes: () => number;
  readonly accept: (connection: C, item: GatedUpdate) => void;
  readonly requestSaved: (connection: C, requestId: number) => void;
  readonly close: (connection: C, code: number, reason: string) => void;
}

export class UpdateGate<C extends object> {
  private readonly known = new KnownClocks();
  private readonly size: BoardSize;
  private readonly stalls = new Map<C, Stall>();
  private readonly closed = new WeakSet<C>();

  constructor(private readonly deps: UpdateGateDependencies<C>) {
    this.size = new BoardSize(deps.limits.maxBoardBytes, deps.boardEncodedBytes);
  }

  /** An accepted update is durable and in the doc's hands: the doc's size now counts it. */
  held(bytes: number): void {
    this.size.held(bytes);
  }

  /** The board was loaded: start from its state vector and size. */
  loaded(loadedBytes: number): void {
    this.known.merge(this.deps.boardStateVector());
    this.size.start(loadedBytes);
  }

  /** An update message: waits behind a stalled socket's queue, else is checked now. */
  offerUpdate(connection: C, item: GatedUpdate): void {
    const stall = this.stalls.get(connection);
    if (stall !== undefined) this.enqueue(connection, stall, { kind: 'update', item });
    else if (this.pass(connection, item) === 'missing-predecessors') this.stall(connection, { kind: 'update', item });
  }

  /** A sync step 2's diff: checked at once, ahead of the socket's waiting updates, which it may unblock. */
  offerSyncStep2(connection: C, item: GatedUpdate): void {
    if (this.pass(connection, item) === 'missing-predecessors') {
      const stall = this.stalls.get(connection);
      if (stall === undefined) this.stall(connection, { kind: 'update', item });
      else this.enqueue(connection, stall, { kind: 'update', item });
    }
  }

  /** A saved request keeps its place behind the socket's waiting updates. */
  offerSavedRequest(connection: C, requestId: number): void {
    const stall = this.stalls.get(connection);
    if (stall !== undefined) this.enqueue(connection, stall, { kind: 'saved-request', requestId });
    else this.deps.requestSaved(connection, requestId);
  }

  /** The socket is gone: whatever it had waiting is dropped. */
  forget(connection: C): void {
    const stall = this.stalls.get(connection);
    if (stall !== undefined) clearTimeout(stall.timer);
    this.stalls.delete(connection);
  }

  stop(): void {
    for (const connection of [...this.stalls.keys()]) this.forget(connection);
  }

  /** How many sockets wait for predecessors (tests, logs). */
  get stalledSockets(): number {
    return this.stalls.size;
  }

  private pass(connection: C, item: GatedUpdate): 'done' | 'missing-predecessors' {
    const { limits } = this.deps;
    if (item.update.byteLength > limits.maxUpdateBytes) {
      this.close(connection, CloseCode.TOO_LARGE, `update too large: ${mib(item.update.byteLength)} over the ${mib(limits.maxUpdateBytes)} limit; split it`);
      return 'done';
    }
    let verdict = checkUpdate(item.content, this.known);
    if (verdict.kind === 'missing-predecessors') {
      // Other instances' updates reach the doc without passing here: ask the doc before deciding.
      this.known.merge(this.deps.boardStateVector());
      verdict = checkUpdate(item.content, this.known);
    }
    switch (verdict.kind) {
      case 'no-op':
        return 'done';
      case 'missing-predecessors':
        return 'missing-predecessors';
      case 'malformed':
        this.close(connection, CloseCode.MALFORMED_MESSAGE, `malformed frame: ${verdict.reason}`);
        return 'done';
      case 'new':
        if (item.content.structs.length > 0 && !this.size.admit(item.update.byteLength)) {
          this.close(connection, CloseCode.TOO_LARGE, `board is full (${mib(limits.maxBoardBytes)} limit): delete components or start a new board`);
          return 'done';
        }
        this.known.accept(item.content);
        this.deps.accept(connection, item);
        this.retryStalled();
        return 'done';
    }
  }

  private stall(connection: C, first: Waiting): void {
    const timer = setTimeout(() => this.timeOut(connection), this.deps.limits.pendingUpdateTimeoutMs);
    timer.unref();
    this.stalls.set(connection, { queue: [first], timer });
  }

  private enqueue(connection: C, stall: Stall, waiting: Waiting): void {
    stall.queue.push(waiting);
    if (stall.queue.length > this.deps.limits.pendingUpdateFrames) this.refuseStalled(connection, 'too many frames wait behind it');
  }

  /** Last chance: the predecessors may have reached the doc from another instance, which retries nothing here. */
  private timeOut(connection: C): void {
    const stall = this.stalls.get(connection);
    if (stall === undefined) return;
    this.known.merge(this.deps.boardStateVector());
    this.drain(connection, stall);
    if (this.stalls.has(connection)) this.refuseStalled(connection, `its predecessors did not arrive within ${this.deps.limits.pendingUpdateTimeoutMs} ms`);
  }

  private refuseStalled(connection: C, why: string): void {
    this.close(connection, CloseCode.PENDING_UPDATE_TIMEOUT, `update refused: it depends on edits the board does not have; ${why}`);
  }

  /** An update was accepted: the stalled sockets' first updates may now pass, and then what waits behind them. */
  private retryStalled(): void {
    for (const [connection, stall] of [...this.stalls]) if (this.stalls.get(connection) === stall) this.drain(connection, stall);
  }

  private drain(connection: C, stall: Stall): void {
    // Not stalled while its queue is worked through: passing an update retries the stalled sockets.
    this.stalls.delete(connection);
    for (let waiting = stall.queue.shift(); waiting !== undefined; waiting = stall.queue.shift()) {
      if (this.closed.has(connection)) break;
      if (waiting.kind === 'saved-request') {
        this.deps.requestSaved(connection, waiting.requestId);
      } else if (this.pass(connection, waiting.item) === 'missing-predecessors') {
        stall.queue.unshift(waiting);
        this.stalls.set(connection, stall);
        return;
      }
    }
    clearTimeout(stall.timer);
  }

  private close(connection: C, code: number, reason: string): void {
    this.closed.add(connection);
    this.forget(connection);
    this.deps.close(connection, code, reason);
  }
}

const mib = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
