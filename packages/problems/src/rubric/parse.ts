// Rubric points as they arrive over HTTP (the relay's interviewer material), read back into RubricPoint: the
// interviewer's screen judges them on every analysis, so a point whose check it cannot read becomes one the
// interviewer scores alone (check null) rather than a wrong verdict; a point without an id or title is dropped.
import type { RubricCheck, RubricPoint } from '../types';

const KIND_CHECKS = ['serves', 'async-into'] as const;
const PLAIN_CHECKS = ['requirements-stated', 'cache-on-read-path', 'no-spof', 'within-latency-budget', 'meets-availability'] as const;

function parseCheck(value: unknown): RubricCheck | null {
  if (typeof value !== 'object' || value === null) return null;
  const { type, kinds } = value as Record<string, unknown>;
  if ((PLAIN_CHECKS as readonly unknown[]).includes(type)) return { type } as RubricCheck;
  const kindList = Array.isArray(kinds) ? kinds.filter((kind): kind is string => typeof kind === 'string') : [];
  if ((KIND_CHECKS as readonly unknown[]).includes(type) && kindList.length > 0) return { type: type as (typeof KIND_CHECKS)[number], kinds: kindList };
  return null;
}

export function parseRubricPoint(value: unknown): RubricPoint | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, title, general, check, section } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id === '' || typeof title !== 'string') return null;
  return { id, title, general: general === true, check: parseCheck(check), section: typeof section === 'string' ? section : '' };
}

/** The usable points of a served list, in its order; anything but a list is no points. */
export function parseRubricPoints(value: unknown): RubricPoint[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const point = parseRubricPoint(item);
    return point === null ? [] : [point];
  });
}
