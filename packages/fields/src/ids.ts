// The one id rule for everything on a board (components, calls, zones, annotations): short and url-safe,
// because ids travel in board files, in URLs and as Y.Map keys. Peers create them without coordination,
// so the document draws 132 random bits per id (`@napkin/doc` newId); a board file may use any id that
// matches the rule ("users", "c1").
import { z } from 'zod';

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

export const idSchema = z
  .string({ message: 'must be an id' })
  .regex(ID_PATTERN, { message: 'must be 1–64 url-safe characters (A–Z, a–z, 0–9, _ and -)' });
