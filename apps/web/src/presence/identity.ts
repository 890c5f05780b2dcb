// Who "I" am on a board: a display name the user can change (remembered in this browser) and a
// colour. The colour is derived from the Yjs client id so every peer computes the same colour for
// the same participant without storing anything; names come from storage that is passed in.
import { neutraliseText } from '@napkin/doc';

/** A palette that stays readable as cursor label background with white text. */
export const PALETTE = [
  '#e03131', '#2f9e44', '#1971c2', '#f08c00', '#9c36b5',
  '#0c8599', '#c2255c', '#5c940d', '#3b5bdb', '#e8590c',
] as const;

export type Colour = (typeof PALETTE)[number];

/** Deterministic colour for a Yjs client id (a 32-bit unsigned integer). */
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
