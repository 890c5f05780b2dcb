// How a figure reads in an export: one place decides digits and units, so the board's badges and panel
// (apps/web re-exports these), the SVG, the PDF and the Markdown never disagree about the same number.
import type { Explained } from '@napkin/analysis';

const BYTE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB'] as const;

/** Bytes in decimal units, as the playbook writes them (1 KB = 1,000 B). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${formatNumber(value)} ${BYTE_UNITS[unit] ?? 'B'}`;
}

/**
 * Three significant figures, thousands grouped; small values keep three significant digits (0.0004,
 * not 0), and values just under 1 keep enough to tell them from 1 (0.9995, not 1).
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const magnitude = Math.abs(value);
  if (magnitude >= 1000) return Math.round(value).toLocaleString('en-US');
  if (magnitude === 0) return '0';
  if (magnitude >= 0.99 && magnitude < 1) return trimZeros(value.toFixed(decimalsBelow(1, magnitude)));
  if (magnitude < 1e-6) return value.toExponential(1);
  if (magnitude < 1) return trimZeros(value.toPrecision(3));
  const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
  return trimZeros(value.toFixed(digits));
}

/** Trailing zeros go only after a decimal point: 200 stays 200, 2.50 becomes 2.5. */
function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** Most decimals a figure needs; beyond this a value under 100 % is shown as "> 99.9999999999 %". */
const MAX_DECIMALS = 10;

/**
 * Decimals that show a value just below `limit` with two significant digits of what it lacks
 * (99.99998 has 0.00002 to go: five decimals), so it never rounds up to the limit itself.
 */
function decimalsBelow(limit: number, value: number): number {
  const gap = limit - value;
  return Math.min(MAX_DECIMALS, Math.max(2, Math.ceil(-Math.log10(gap)) + 1));
}

/** Availability as percent: two decimals, more when the figure is very close to 100 % (never "100 %" unless it is). */
export function formatPercent(percent: number): string {
  if (percent >= 99.99 && percent < 100) {
    const fixed = percent.toFixed(decimalsBelow(100, percent));
    if (Number(fixed) >= 100) return `> 99.${'9'.repeat(MAX_DECIMALS)} %`;
    return `${trimZeros(fixed)} %`;
  }
  return `${percent.toFixed(2)} %`;
}

export function formatMinutes(minutes: number): string {
  if (minutes >= 2 * 24 * 60) return `${formatNumber(minutes / (24 * 60))} days`;
  if (minutes >= 120) return `${formatNumber(minutes / 60)} h`;
  if (minutes >= 1) return `${formatNumber(minutes)} min`;
  return `${formatNumber(minutes * 60)} s`;
}

/** Any engine figure with its unit; a capped figure reads as "≥" its cap. */
export function formatFigure(figure: Explained): string {
  const prefix = figure.capped ? '≥ ' : '';
  return prefix + formatValue(figure.value, figure.unit);
}

export function formatValue(value: number, unit: string): string {
  switch (unit) {
    case '%':
      return formatPercent(value);
    case 'ratio':
      return `${formatNumber(value * 100)} %`;
    case 'ms':
      // Ten seconds and more read better in seconds: "46.1 s", not "46,142 ms".
      return value >= 10_000 ? `${formatNumber(value / 1000)} s` : `${formatNumber(value)} ms`;
    case 'min':
      return formatMinutes(value);
    case '×':
      return `${formatNumber(value)}×`;
    case 'bytes/s':
      return `${formatBytes(value)}/s`;
    case 'bytes/year':
      return `${formatBytes(value)}/year`;
    case 'probability':
      return formatPercent(value * 100);
    case 'nines':
      return `${formatNines(value)} nines`;
    case 'percentage points':
      return `${formatNumber(value)} pp`;
    default:
      return `${formatNumber(value)} ${unit}`;
  }
}

/**
 * Nines to one decimal, except that a value just short of a whole number is not rounded up to it:
 * 99.89 % is "2.9 nines", never "3.0" (the tolerance keeps 99.9 % itself at 3.0).
 */
function formatNines(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  const roundsUpToWhole = Number.isInteger(rounded) && rounded - value > 1e-9;
  return (roundsUpToWhole ? Math.floor(value * 10) / 10 : rounded).toFixed(1);
}

/** An input of a formula: numbers formatted, names kept as they are. */
export function formatInput(value: number | string): string {
  return typeof value === 'number' ? formatNumber(value) : value;
}
