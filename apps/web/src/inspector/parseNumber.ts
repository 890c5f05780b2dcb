// Numbers as people type them: "2k", "1.5M", "10,000", "250ms" in a field shown in seconds, "1s" in one
// shown in milliseconds, "99.95%", "4 KB", "3x". The result is in the field's own unit (what the inspector
// shows); a suffix that names another unit of the same quantity is converted, one that names a different
// quantity ("5 ms" for a byte size) is refused with the units the field takes. Pure, so unit-tested.

export type ParsedNumber = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/** Counts: "2k" is 2,000 whatever the unit ("2k req/s", "2k users"). */
const MAGNITUDES: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, m: 1e6, M: 1e6, mn: 1e6, bn: 1e9, G: 1e9, g: 1e9 };

/** Units of one quantity, each as a multiple of the quantity's base. */
const TIME: Readonly<Record<string, number>> = { ms: 1, s: 1000, sec: 1000, secs: 1000, min: 60_000, mins: 60_000, h: 3_600_000, hr: 3_600_000 };
const BYTES: Readonly<Record<string, number>> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };
const RATE: readonly string[] = ['req/s', 'rps', 'qps', '/s'];
const TIMES: readonly string[] = ['×', 'x'];
const PERCENT: readonly string[] = ['%'];

const NUMBER_AT_START = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)(.*)$/i;

/**
 * Reads `raw` as a number in `unit` (the field's displayed unit: "ms", "s", "B", "%", "req/s", "×",
 * "users" or ""). `raw` must not be empty: an empty field means "back to the default", decided by the caller.
 */
export function parseNumber(raw: string, unit: string): ParsedNumber {
  // Group separators as people paste them: "10,000", "1 000", "1_000".
  const text = raw.replace(/[\s,_]/g, '');
  const match = NUMBER_AT_START.exec(text);
  if (match?.[1] === undefined) return notANumber(raw);
  let value = Number(match[1]);
  let rest = match[2] ?? '';
  const magnitude = /^(bn|mn|[kKmMgG])/.exec(rest)?.[1];
  // "1m" in a time field is ambiguous (minute or million): minutes are written "min", and "ms" is a unit.
  if (magnitude !== undefined && !(unit in TIME && rest.startsWith('m')) && !startsUnit(rest, unit)) {
    value *= MAGNITUDES[magnitude] ?? 1;
    rest = rest.slice(magnitude.length);
  }
  const converted = inUnit(value, rest, unit);
  if (converted === null) return { ok: false, message: `“${raw.trim()}” is not a number${accepted(unit)}` };
  return Number.isFinite(converted) ? { ok: true, value: Number(converted.toPrecision(12)) } : notANumber(raw);
}

/** `value` followed by `suffix`, in `unit`; null when the suffix is not a unit of the field's quantity. */
function inUnit(value: number, suffix: string, unit: string): number | null {
  if (suffix === '') return value;
  const lower = suffix.toLowerCase();
  if (unit in TIME) {
    const factor = TIME[lower];
    return factor === undefined ? null : (value * factor) / TIME[unit]!;
  }
  if (unit === 'B') {
    const factor = BYTES[lower];
    return factor === undefined ? null : value * factor;
  }
  if (unit === '%') return PERCENT.includes(suffix) ? value : null;
  if (unit === 'req/s') return RATE.includes(lower) ? value : null;
  if (unit === '×') return TIMES.includes(lower) ? value : null;
  return unit !== '' && lower === unit.toLowerCase() ? value : null;
}

/** Whether `rest` spells one of the field's own units (so its first letter is not a magnitude: "ms", "MB"). */
function startsUnit(rest: string, unit: string): boolean {
  const lower = rest.toLowerCase();
  if (unit in TIME) return lower in TIME;
  if (unit === 'B') return lower in BYTES;
  return false;
}

function accepted(unit: string): string {
  if (unit in TIME) return ': write it like 250ms, 1.5s or 2min';
  if (unit === 'B') return ': write it like 512, 4KB or 1.5MB';
  if (unit === '%') return ': write it like 99.95 or 99.95%';
  if (unit === 'req/s') return ': write it like 2000, 2k or 2k req/s';
  return ': write it like 1500, 1.5k or 2M';
}

function notANumber(raw: string): ParsedNumber {
  return { ok: false, message: `“${raw.trim()}” is not a number` };
}
