// A room's update path: append to storage (group commit) -> relay to the other peers -> answer the sender's
// "saved" requests -> hold for the doc, strictly in arrival order, so nothing a peer can see is ever ahead
// of what storage holds durably, and nothing is called saved before it is.
import type { BoardId } from './board-id.js';
import { DueAnswers } from './due-answers.js';
import { encodeSavedMessage, encodeUpdateMessage } from './protocol.js';
import { messagesForBatch } from './relay-batch.js';
import type { SavedRequests } from './saved-requests.js';
import type { RelaySocket } from './socket.js';
import type { BoardStorage } from './storage/board-storage.js';

/** What the pipeline needs of a room connection. */
export interface PipelineConnection {
  readonly socket: RelaySocket;
  readonly saves: SavedRequests;
  readonly open: boolean;
}

export interface DurablePipelineDependencies<C extends PipelineConnection> {
  readonly boardId: BoardId;
  readonly storage: BoardStorage;
  /** The room's peers: every durable update goes to each of them but its sender. */
  readonly connections: ReadonlySet<C>;
  /** Takes a durable, relayed update into the room's doc. */
  readonly hold: (update: Uint8Array) => void;
  /** An append failed; called once, after which the pipeline relays and answers nothing more. */
  readonly onAppendFailed: (error: unknown) => void;
}

interface PendingUpdate<C> {
  readonly origin: C;
  readonly update: Uint8Array;
  /** The frame to relay; the client's own bytes when it sent an update message, so nothing is re-encoded. */
  readonly frame: Uint8Array | null;
  durable: boolean;
  /** Told once: true when the update was stored, relayed and held; false when storage failed or the room stopped. */
  readonly done?: (durable: boolean) => void;
}

/** A Yjs v1 update with no structs and an empty delete set: nothing to store or relay. */
const isEmptyUpdate = (update: Uint8Array): boolean => update.byteLength === 2 && update[0] === 0 && update[1] === 0;

export class DurablePipeline<C extends PipelineConnection> {
  private readonly pending: Array<PendingUpdate<C>> = [];
  private relayScheduled = false;
  /** An append failed: nothing is stored, relayed or answered any more. */
  private failed = false;
  /** The room left memory: nothing is relayed or answered any more. */
  private stopped = false;

  private readonly answers = new DueAnswers<C>();

  constructor(private readonly deps: DurablePipelineDependencies<C>) {}

  /**
   * Stores `update` from `origin`, then relays it (`frame` when given, else an encoded update message);
   * `done` hears how it ended (the relay's own edits wait on it, room.ts `write`).
   */
  persistThenRelay(origin: C, update: Uint8Array, frame: Uint8Array | null, done?: (durable: boolean) => void): void {
    // A stopped room relays nothing more, so an edit waiting to be relayed would wait for ever.
    if (this.failed || (this.stopped && done !== undefined)) return done?.(false);
    if (isEmptyUpdate(update)) return done?.(true);
    const pending: PendingUpdate<C> = { origin, update, frame, durable: false, done };
    this.pending.push(pending);
    origin.saves.appendStarted();
    this.deps.storage.append(this.deps.boardId, update).then(
      () => {
        pending.durable = true;
        this.scheduleRelay();
      },
      (error: unknown) => this.appendFailed(error),
    );
  }

  /**
   * `connection` asks to be told once its updates so far are durable: due at once when none is pending,
   * else once the last of them is relayed; sent riding in a later write to it (due-answers.ts).
   * Never answered after a failed append.
   */
  requestSaved(connection: C, requestId: number): void {
    if (this.failed || this.stopped) return;
    const answer = connection.saves.ask(requestId);
    // Due now, yet it waits for a write to ride in like every answer: clients ask a while after their
    // edits (at most every 250 ms), by which time the edits are usually durable already.
    if (answer !== null) this.answers.add(connection, encodeSavedMessage(answer));
  }

  /** Relays and answers nothing more (the room left memory). */
  stop(): void {
    this.stopped = true;
    this.answers.clear();
    for (const pending of this.pending.splice(0)) pending.done?.(false);
  }

  /**
   * A group commit resolves its appends one callback at a time; relaying from each callback would send
   * one frame per update. The relay is queued behind the callbacks already queued (a commit resolves
   * them together), so it runs once, after all of them, and merges their updates.
   */
  private scheduleRelay(): void {
    if (this.relayScheduled) return;
    this.relayScheduled = true;
    queueMicrotask(() => {
      this.relayScheduled = false;
      if (!this.stopped) this.relayDurablePrefix();
    });
  }

  /**
   * Relays the longest durable prefix, keeping arrival order. A group commit makes many updates durable at
   * once; each peer gets them in one write, one syscall per peer instead of one per update (relay-batch.ts
   * says in which messages). The senders' answers go after the relay: peers are not kept waiting for them.
   */
  private relayDurablePrefix(): void {
    const first = this.pending[0];
    if (first?.durable !== true) return;
    let count = 1;
    while (this.pending[count]?.durable === true) count++;
    if (count === 1) {
      // The usual case under light load: one update, its sender skipped, the client's own frame forwarded.
      this.pending.shift();
      const message = first.frame ?? encodeUpdateMessage(first.update);
      for (const connection of this.deps.connections) {
        if (connection !== first.origin) connection.socket.send(message, this.answers.take(connection));
      }
      first.origin.saves.appendDurable();
      this.answerSaved(first.origin);
      // After the sends: holding may fold the doc (~1 ms for 256 updates), which must not delay them.
      this.deps.hold(first.update);
      first.done?.(true);
      return;
    }
    const batch = this.pending.splice(0, count);
    let singleOrigin: C | null = first.origin;
    for (const pending of batch) if (pending.origin !== singleOrigin) singleOrigin = null;
    // With one origin it is skipped; with several, each gets its own updates echoed back, which Yjs
    // ignores as already known: cheaper than a different list (and write buffer) for every peer. Built
    // only if someone gets it: a lone writer's batch (a flood of thousands) would be merged for nobody.
    let messages: Uint8Array[] | null = null;
    for (const connection of this.deps.connections) {
      if (connection === singleOrigin) continue;
      messages ??= messagesForBatch(batch);
      connection.socket.sendAll(messages, this.answers.take(connection));
    }
    // Count first, answer after: a connection with several updates in the batch gets one answer.
    for (const pending of batch) pending.origin.saves.appendDurable();
    for (const pending of batch) this.answerSaved(pending.origin);
    for (const pending of batch) this.deps.hold(pending.update);
    for (const pending of batch) pending.done?.(true);
  }

  /** Sends the newest of the connection's requests that its durable appends now satisfy, if any. */
  private answerSaved(connection: C): void {
    if (!connection.saves.anyWaiting || !connection.open) return;
    const answer = connection.saves.takeAnswer();
    if (answer !== null) this.answers.add(connection, encodeSavedMessage(answer));
  }

  private appendFailed(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    for (const pending of this.pending.splice(0)) pending.done?.(false);
    this.answers.clear();
    this.deps.onAppendFailed(error);
  }
}
