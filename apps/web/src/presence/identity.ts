// Who "I" am on a board: a display name the user can change (remembered in this browser) and a
// colour. The colour is a slot of the palette that no one else on the board wears (colourSlots.ts);
// the hash of the Yjs client id is only the last resort once all the slots are taken. Names come
// from storage that is passed in.
import { neutraliseText } from '@napkin/doc';

/**
 * Cursor colours, readable as label backgrounds under white text and far apart from one another (every
 * pair at least 30 apart in CIELAB, where near-identical blues were 10 apart), in the order slots are given.
 */
export const PALETTE = [
  '#c92a2a', '#1864ab', '#2b8a3e', '#b35c00', '#862e9c',
  '#0c8599', '#d6336c', '#495057', '#5c7cfa', '#748c00',
] as const;

export type Colour = (typeof PALETTE)[number];

/** Deterministic colour for a Yjs client id (a 32-bit unsigned integer): used when every slot is taken. */
export function colourForClient(clientId: number): Colour {
  // Knuth's multiplicative hash spreads consecutive ids over the palette.
  const mixed = Math.imul(clientId >>> 0, 2654435761) >>> 0;
  return PALETTE[mixed % PALETTE.length] ?? PALETTE[0];
}

const ANIMALS = ['Otter', 'Heron', 'Lynx', 'Badger', 'Falcon', 'Marten', 'Ibex', 'Puffin', 'Wombat', 'Gecko'];

/** A friendly default name until the user picks one, e.g. "Otter 42". */
export function defaultNameFor(clientId: number): string {
  const animal = ANIMALS[(clientId >>> 0) % ANIMALS.length] ?? 'Guest';
  return `${animal} ${(clientId >>> 0) % 100}`;
}

export const NAME_MAX_LENGTH = 40;

/**
 * Trims and bounds a typed name, without control or bidi characters (peers' names get the same treatment
 * in `parsePresence`); an empty result means "keep the old one".
 */
export function cleanName(raw: string): string {
  return neutraliseText(raw, NAME_MAX_LENGTH);
}

const NAME_KEY = 'napkin.displayName';

/** The subset of `Storage` we use, so tests can pass a plain object and private modes can fail. */
export type NameStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function loadName(storage: NameStorage | null): string | null {
  try {
    const stored = storage?.getItem(NAME_KEY);
    const cleaned = stored == null ? '' : cleanName(stored);
    return cleaned === '' ? null : cleaned;
  } catch {
    // Storage can throw (disabled cookies, private mode); a default name is fine then.
    return null;
  }
}

export function saveName(storage: NameStorage | null, name: string): void {
  try {
    storage?.setItem(NAME_KEY, name);
  } catch {
    // Not remembered across visits, but the session still uses the new name.
  }
}
