// How a figure reads on the board: one place decides digits and units, so the panel, the badges and
// the popovers never disagree about the same number.
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

/** Three significant figures, thousands grouped; small values keep their decimals. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const magnitude = Math.abs(value);
  if (magnitude >= 1000) return Math.round(value).toLocaleString('en-US');
  if (magnitude === 0) return '0';
  const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
  const fixed = value.toFixed(digits);
  // Trailing zeros go only after a decimal point: 200 stays 200, 2.50 becomes 2.5.
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** Availability as percent: two decimals, more when the figure is very close to 100 %. */
export function formatPercent(percent: number): string {
  if (percent >= 99.99 && percent < 100) return `${percent.toFixed(4).replace(/0+$/, '')} %`;
  return `${percent.toFixed(2)} %`;
}

export function formatMinutes(minutes: number): string {
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
      return `${formatNumber(value)} ms`;
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
      return `${value.toFixed(1)} nines`;
    case 'percentage points':
      return `${formatNumber(value)} pp`;
    default:
      return `${formatNumber(value)} ${unit}`;
  }
}

/** An input of a formula: numbers formatted, names kept as they are. */
export function formatInput(value: number | string): string {
  return typeof value === 'number' ? formatNumber(value) : value;
}
