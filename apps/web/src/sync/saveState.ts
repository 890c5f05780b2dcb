// Whether this tab's edits are durable on the relay, as a pure state machine over what the tab can see: its
// own edits, the "saved" requests it sends (message type 100, server/src/protocol.ts), the relay's answers,
// and its socket syncing and dropping. "Saved" is shown only on the relay's word: an answer to a request
// sent on the current socket after its sync covers every edit this tab made before it. Pure, so every
// sequence is unit-tested; saveTracker.ts feeds it from the provider.

/** Past this, an edit waiting for the relay is shown as a warning, not as "Saving…". */
export const SAVE_WARNING_AFTER_MS = 3000;

/** Consecutive edits covered by the same request (or made while no request could go out), oldest first. */
export interface UnsavedEdits {
  /** Number of the last edit in the group (edits are numbered 1, 2, … per tab). */
  readonly lastEdit: number;
  /** When the group's first edit was made (ms): how long the oldest unsaved edit has waited. */
  readonly since: number;
}

export interface SaveRequest {
  readonly id: number;
  /** Every edit up to this number had gone out on the socket before the request. */
  readonly coversEdit: number;
}

export type SocketLink =
  /** No socket, or one that has not synced: edits wait in the doc for the next sync; nothing is asked. */
  | { readonly kind: 'unsynced' }
  | {
      readonly kind: 'synced';
      /** The request sent right after this socket's sync: the relay has all of this tab once it is answered. */
      readonly syncRequestId: number;
      readonly confirmed: boolean;
      /** Sent on this socket and not answered yet, oldest first. They die with the socket. */
      readonly requests: readonly SaveRequest[];
    };

export interface SaveState {
  /** Edits this tab has made (its own doc updates). */
  readonly edits: number;
  /** The highest edit number any request has covered: edits after it start a new group. */
  readonly requestedThrough: number;
  readonly unsaved: readonly UnsavedEdits[];
  readonly link: SocketLink;
  readonly nextRequestId: number;
}

export type SaveStatus =
  | { readonly kind: 'saved' }
  | { readonly kind: 'saving' }
  /** An edit has waited past SAVE_WARNING_AFTER_MS: the user must not close the tab. */
  | { readonly kind: 'not-saved'; readonly waitedMs: number };

export const INITIAL_SAVE_STATE: SaveState = { edits: 0, requestedThrough: 0, unsaved: [], link: { kind: 'unsynced' }, nextRequestId: 1 };

/** A request to send, and the state that remembers it. */
export interface RequestToSend {
  readonly state: SaveState;
  readonly requestId: number;
}

/** This tab changed the doc at `now`. */
export function recordEdit(state: SaveState, now: number): SaveState {
  const edits = state.edits + 1;
  const last = state.unsaved.at(-1);
  // Edits no request has covered yet share a group: they will be answered together.
  const unsaved =
    last !== undefined && last.lastEdit > state.requestedThrough
      ? [...state.unsaved.slice(0, -1), { lastEdit: edits, since: last.since }]
      : [...state.unsaved, { lastEdit: edits, since: now }];
  return { ...state, edits, unsaved };
}

function withRequest(state: SaveState, link: Extract<SocketLink, { kind: 'synced' }>): RequestToSend {
  const requestId = state.nextRequestId;
  const requests = [...link.requests, { id: requestId, coversEdit: state.edits }];
  return {
    requestId,
    state: { ...state, nextRequestId: requestId + 1, requestedThrough: state.edits, link: { ...link, requests } },
  };
}

/**
 * The socket has synced: the tab's sync step 2 (everything the relay lacked, edits made offline included)
 * went out before this, so a request now covers every edit so far. Always asked, even with no edits: until
 * it is answered the relay's copy of this tab is not known to be durable.
 */
export function recordSync(state: SaveState): RequestToSend {
  return withRequest(state, { kind: 'synced', syncRequestId: state.nextRequestId, confirmed: false, requests: [] });
}

/** After a tick's edits: a request when the socket is synced and has edits no request on it covers. */
export function requestAfterEdits(state: SaveState): RequestToSend | null {
  const link = state.link;
  // While synced the newest request went out on this socket (its sync request at least), so
  // `requestedThrough` is what this socket has already asked about.
  if (link.kind !== 'synced' || state.edits <= state.requestedThrough) return null;
  return withRequest(state, link);
}

/** The relay answered `requestId`: that request and every earlier one on this socket are durable. */
export function recordAnswer(state: SaveState, requestId: number): SaveState {
  const link = state.link;
  if (link.kind !== 'synced') return state;
  const answered = link.requests.filter((request) => request.id <= requestId);
  const newest = answered.at(-1);
  if (newest === undefined) return state;
  return {
    ...state,
    unsaved: state.unsaved.filter((group) => group.lastEdit > newest.coversEdit),
    link: {
      ...link,
      confirmed: link.confirmed || newest.id >= link.syncRequestId,
      requests: link.requests.filter((request) => request.id > requestId),
    },
  };
}

/** The socket closed (or unsynced): its requests will never be answered; edits wait for the next sync. */
export function recordSocketLost(state: SaveState): SaveState {
  return state.link.kind === 'unsynced' ? state : { ...state, link: { kind: 'unsynced' } };
}

export function deriveSaveStatus(state: SaveState, now: number): SaveStatus {
  const oldest = state.unsaved[0];
  if (oldest !== undefined && now - oldest.since > SAVE_WARNING_AFTER_MS) return { kind: 'not-saved', waitedMs: now - oldest.since };
  if (oldest === undefined && state.link.kind === 'synced' && state.link.confirmed) return { kind: 'saved' };
  return { kind: 'saving' };
}

/** How long until the status changes with no event (the warning appears, or its seconds tick); null: never. */
export function nextStatusChangeIn(state: SaveState, now: number): number | null {
  const oldest = state.unsaved[0];
  if (oldest === undefined) return null;
  const waited = now - oldest.since;
  if (waited <= SAVE_WARNING_AFTER_MS) return SAVE_WARNING_AFTER_MS - waited + 1;
  return 1000 - (waited % 1000);
}

export function saveLabel(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return 'Saved';
    case 'saving':
      return 'Saving…';
    case 'not-saved':
      return `Not saved for ${Math.floor(status.waitedMs / 1000)} s — your edits are kept in this tab; don't close it until this says Saved`;
    default: {
      const unknown: never = status;
      throw new Error(`unknown save status ${String(unknown)}`);
    }
  }
}
