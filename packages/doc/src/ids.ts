// Ids are created by many peers at once with no coordinator, so they must be unguessable and collision-free
// (128 bits of randomness); the brands keep a call id from being passed where a component id is expected.

export type ComponentId = string & { readonly __brand: 'ComponentId' };
export type CallId = string & { readonly __brand: 'CallId' };
export type ZoneId = string & { readonly __brand: 'ZoneId' };
export type AnnotationId = string & { readonly __brand: 'AnnotationId' };

const URL_SAFE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Ids written by any peer must follow the board's one id rule (`@napkin/fields`): short and url-safe. */
export { ID_PATTERN, isValidId } from '@napkin/fields';

/**
 * A fresh id: 22 url-safe characters carrying 132 bits from `crypto.getRandomValues` (6 bits per character).
 * Uses the Web Crypto global so it works unchanged in the browser and in Node 20.
 */
export function newId(): string {
  const bytes = new Uint8Array(22);
  crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += URL_SAFE_ALPHABET[byte & 63];
  return id;
}
