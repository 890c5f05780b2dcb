// The "viewing" flag in presence is the relay's word, not the client's. A reader's tab says `viewing: true`
// in its awareness state so everyone can tell readers from writers ("N viewing", the owner's share panel),
// but a client can say anything: a reader could hide (drop the flag) and a writer could pose as a mere
// viewer. So every state a socket sets is stamped from its link's access before anyone sees it: a reader's
// states get `viewing: true`, a writer's lose any `viewing` key. A state that is not a JSON object (not
// presence at all) or null (a removal) passes as it is.
const FLAG = 'viewing';

function stampedJson(json: string, reader: boolean): string {
  // A writer's state without the word cannot carry the flag: no parse on the hot path (cursor moves).
  if (!reader && !json.includes(`"${FLAG}"`)) return json;
  const state: unknown = JSON.parse(json);
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return json;
  const record = state as Record<string, unknown>;
  if (reader) {
    if (record[FLAG] === true) return json;
    return JSON.stringify({ ...record, [FLAG]: true });
  }
  if (!Object.hasOwn(record, FLAG)) return json;
  const { [FLAG]: _claimed, ...rest } = record;
  return JSON.stringify(rest);
}

/** Awareness entries (client id, clock, state JSON) stamped for a socket with `access`; the same array if nothing changed. */
export function stampViewing<E extends { readonly json: string }>(entries: readonly E[], access: 'read' | 'write'): readonly E[] {
  const reader = access === 'read';
  let changed = false;
  const stamped = entries.map((entry) => {
    const json = stampedJson(entry.json, reader);
    if (json === entry.json) return entry;
    changed = true;
    return { ...entry, json };
  });
  return changed ? stamped : entries;
}
