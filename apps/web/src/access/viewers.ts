// Who is on the board and whether they only view: a reader's tab sets `viewing: true` in its presence
// (useReadOnlySession.ts), and everyone's tab reads it here. Names go through the doc's presence parser
// (validated, neutralised); a state without a valid user is left out.
import { parsePresence } from '@napkin/doc';
import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';

export interface Participant {
  readonly clientId: number;
  readonly name: string;
  readonly viewing: boolean;
  readonly self: boolean;
}

export function participantsOf(states: ReadonlyMap<number, unknown>, selfId: number): Participant[] {
  const participants: Participant[] = [];
  for (const [clientId, raw] of states) {
    const state = parsePresence(raw);
    if (state === null) continue;
    const viewing = typeof raw === 'object' && raw !== null && (raw as { viewing?: unknown }).viewing === true;
    participants.push({ clientId, name: state.user.name, viewing, self: clientId === selfId });
  }
  return participants.sort((a, b) => a.clientId - b.clientId);
}

/** Same people, same names, same flags: cursor and laser moves change awareness, not this list. */
function sameParticipants(a: readonly Participant[], b: readonly Participant[]): boolean {
  return a.length === b.length && a.every((p, i) => {
    const q = b[i];
    return q !== undefined && p.clientId === q.clientId && p.name === q.name && p.viewing === q.viewing && p.self === q.self;
  });
}

/**
 * Re-reads the awareness states whenever someone joins, leaves or changes, and hands React a new list only
 * when the list itself changed: the board view re-renders on it, and cursors move awareness 60 times a second.
 */
export function useParticipants(awareness: Awareness): Participant[] {
  const [participants, setParticipants] = useState(() => participantsOf(awareness.getStates(), awareness.clientID));
  useEffect(() => {
    const update = () => {
      const next = participantsOf(awareness.getStates(), awareness.clientID);
      setParticipants((previous) => (sameParticipants(previous, next) ? previous : next));
    };
    awareness.on('change', update);
    update();
    return () => awareness.off('change', update);
  }, [awareness]);
  return participants;
}
