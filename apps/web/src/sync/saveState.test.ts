import { describe, expect, it } from 'vitest';
import {
  deriveSaveStatus, INITIAL_SAVE_STATE, nextStatusChangeIn, recordAnswer, recordEdit, recordSocketLost, recordSync,
  requestAfterEdits, SAVE_WARNING_AFTER_MS, saveLabel,
} from './saveState';
import type { SaveState } from './saveState';

const T0 = 1_000_000;

/** Syncs a fresh tab and has the relay answer its post-sync request: the state of a tab at rest. */
function syncedAndConfirmed(): SaveState {
  const synced = recordSync(INITIAL_SAVE_STATE);
  return recordAnswer(synced.state, synced.requestId);
}

/** Records an edit and the request its tick sends; fails the test if no request would go out. */
function editAndAsk(state: SaveState, now: number): { state: SaveState; requestId: number } {
  const asked = requestAfterEdits(recordEdit(state, now));
  if (asked === null) throw new Error('expected a request after the edit');
  return asked;
}

const statusAt = (state: SaveState, now: number): string => deriveSaveStatus(state, now).kind;

describe('save state', () => {
  it('shows "Saving…" until the first sync is answered, then "Saved"', () => {
    expect(statusAt(INITIAL_SAVE_STATE, T0)).toBe('saving');
    const synced = recordSync(INITIAL_SAVE_STATE);
    expect(statusAt(synced.state, T0)).toBe('saving');
    expect(statusAt(recordAnswer(synced.state, synced.requestId), T0)).toBe('saved');
  });

  it('an edit is "Saving…" until the answer to the request after it, not before', () => {
    const asked = editAndAsk(syncedAndConfirmed(), T0);
    expect(statusAt(asked.state, T0)).toBe('saving');
    expect(statusAt(recordAnswer(asked.state, asked.requestId - 1), T0)).toBe('saving');
    expect(statusAt(recordAnswer(asked.state, asked.requestId), T0)).toBe('saved');
  });

  it('asks once per tick however many edits it holds, and not again until there is a new edit', () => {
    let state = recordEdit(recordEdit(recordEdit(syncedAndConfirmed(), T0), T0), T0);
    const asked = requestAfterEdits(state);
    expect(asked).not.toBeNull();
    state = asked?.state ?? state;
    expect(requestAfterEdits(state)).toBeNull();
    expect(requestAfterEdits(recordEdit(state, T0 + 1))).not.toBeNull();
  });

  it('an answer for id n answers every earlier request too (the relay answers only the newest)', () => {
    const first = editAndAsk(syncedAndConfirmed(), T0);
    const second = editAndAsk(first.state, T0 + 10);
    const third = editAndAsk(second.state, T0 + 20);
    expect(statusAt(recordAnswer(third.state, third.requestId), T0 + 20)).toBe('saved');
    const partly = recordAnswer(third.state, second.requestId);
    expect(partly.unsaved).toEqual([{ lastEdit: 3, since: T0 + 20 }]);
    expect(statusAt(partly, T0 + 20)).toBe('saving');
  });

  it('asks nothing while the socket is not synced; edits made then are covered by the post-sync request', () => {
    let state = recordSocketLost(syncedAndConfirmed());
    state = recordEdit(state, T0);
    state = recordEdit(state, T0 + 5);
    expect(requestAfterEdits(state)).toBeNull();
    expect(state.unsaved).toEqual([{ lastEdit: 2, since: T0 }]);

    const synced = recordSync(state);
    expect(synced.state.link).toMatchObject({ kind: 'synced', requests: [{ id: synced.requestId, coversEdit: 2 }] });
    expect(statusAt(recordAnswer(synced.state, synced.requestId), T0 + 5)).toBe('saved');
  });

  it('requests die with their socket: after a reconnect it is "Saving…" until the post-sync answer', () => {
    const asked = editAndAsk(syncedAndConfirmed(), T0);
    const lost = recordSocketLost(asked.state);
    // An answer can no longer arrive for a dead socket's request; if one did, it would change nothing.
    expect(recordAnswer(lost, asked.requestId)).toBe(lost);
    expect(statusAt(lost, T0)).toBe('saving');

    const synced = recordSync(lost);
    expect(statusAt(synced.state, T0)).toBe('saving');
    expect(statusAt(recordAnswer(synced.state, synced.requestId), T0)).toBe('saved');
  });

  it('after a reconnect with nothing unsaved it is still "Saving…" until the relay confirms it holds this tab', () => {
    const synced = recordSync(recordSocketLost(syncedAndConfirmed()));
    expect(synced.state.unsaved).toEqual([]);
    expect(statusAt(synced.state, T0)).toBe('saving');
    expect(statusAt(recordAnswer(synced.state, synced.requestId), T0)).toBe('saved');
  });

  it('an answer from before the current sync does not confirm the new socket', () => {
    const asked = editAndAsk(syncedAndConfirmed(), T0);
    const synced = recordSync(recordSocketLost(asked.state));
    expect(recordAnswer(synced.state, asked.requestId)).toBe(synced.state);
  });

  it('warns once the oldest unsaved edit has waited past the threshold, counting whole seconds', () => {
    const asked = editAndAsk(syncedAndConfirmed(), T0);
    expect(statusAt(asked.state, T0 + SAVE_WARNING_AFTER_MS)).toBe('saving');
    const late = deriveSaveStatus(asked.state, T0 + 5_400);
    expect(late).toEqual({ kind: 'not-saved', waitedMs: 5_400 });
    expect(saveLabel(late)).toBe("Not saved for 5 s — your edits are kept in this tab; don't close it until this says Saved");
    expect(statusAt(recordAnswer(asked.state, asked.requestId), T0 + 5_400)).toBe('saved');
  });

  it('the warning follows the oldest edit still unsaved, not the first edit ever made', () => {
    const first = editAndAsk(syncedAndConfirmed(), T0);
    const second = editAndAsk(first.state, T0 + 2_000);
    const firstSaved = recordAnswer(second.state, first.requestId);
    expect(statusAt(firstSaved, T0 + 4_000)).toBe('saving');
    expect(statusAt(firstSaved, T0 + 5_500)).toBe('not-saved');
  });

  it('edits made while offline keep the time of the first of them', () => {
    let state = recordSocketLost(syncedAndConfirmed());
    state = recordEdit(state, T0);
    state = recordEdit(state, T0 + 2_900);
    expect(statusAt(state, T0 + 3_500)).toBe('not-saved');
  });

  it('says when the status next changes by itself: at the threshold, then every second', () => {
    expect(nextStatusChangeIn(syncedAndConfirmed(), T0)).toBeNull();
    const asked = editAndAsk(syncedAndConfirmed(), T0);
    expect(nextStatusChangeIn(asked.state, T0 + 1_000)).toBe(SAVE_WARNING_AFTER_MS - 1_000 + 1);
    expect(statusAt(asked.state, T0 + 1_000 + SAVE_WARNING_AFTER_MS - 1_000 + 1)).toBe('not-saved');
    expect(nextStatusChangeIn(asked.state, T0 + 4_250)).toBe(750);
  });

  it('labels every status in words', () => {
    expect(saveLabel({ kind: 'saved' })).toBe('Saved');
    expect(saveLabel({ kind: 'saving' })).toBe('Saving…');
  });
});
