// How a figure reads, everywhere: the CLI's report, the board's badges and panel (apps/web), and every
// export (`@napkin/render`: SVG, PNG, PDF, Markdown) print figures with these functions, so the same
// number never reads two ways. Precision follows what the inputs support: availability to at most the
// sixth nine ("≥ 99.9999 %" past it, never "100 %" while anything can fail), a budget share past 100 %
// as how many times over ("over budget ×2.3", not "2,307 % of budget").
import type { Explained } from '../explain/explained';

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
  if (magnitude >= 0.99 && magnitude < 1) return trimZeros(value.toFixed(decimalsBelow(1, magnitude, 10)));
  if (magnitude < 1e-6) return value.toExponential(1);
  if (magnitude < 1) return trimZeros(value.toPrecision(3));
  const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
  return trimZeros(value.toFixed(digits));
}

/** Trailing zeros go only after a decimal point: 200 stays 200, 2.50 becomes 2.5. */
function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/**
 * Decimals that show a value just below `limit` with two significant digits of what it lacks
 * (99.95 has 0.05 to go: three decimals), at least two and at most `most`.
 */
function decimalsBelow(limit: number, value: number, most: number): number {
  const gap = limit - value;
  return Math.min(most, Math.max(2, Math.ceil(-Math.log10(gap)) + 1));
}

/**
 * The sixth nine: availability inputs are themselves estimates (a vendor's 99.99 %, a playbook figure),
 * so a product of them is not known past one in a million.
 */
export const AVAILABILITY_DECIMALS = 4;
const SIXTH_NINE = 100 - 10 ** -AVAILABILITY_DECIMALS;

/** Rounded down: an availability never reads better than it is (99.99985 is 99.9998, not 99.9999). */
function floorTo(value: number, decimals: number): string {
  const scale = 10 ** decimals;
  // The small lift keeps 99.95 (stored as 99.9499999…) at 99.95.
  return (Math.floor(value * scale + 1e-7) / scale).toFixed(decimals);
}

/**
 * Availability in percent: two decimals, more (up to the sixth nine) when it is very close to 100 %;
 * "≥ 99.9999 %" past the sixth nine; "100 %" only when nothing can fail.
 */
export function formatPercent(percent: number): string {
  if (!Number.isFinite(percent)) return '—';
  if (percent >= 100) return '100 %';
  if (percent > SIXTH_NINE + 1e-9) return `≥ ${SIXTH_NINE.toFixed(AVAILABILITY_DECIMALS)} %`;
  if (percent < 99.99) return `${floorTo(percent, 2)} %`;
  return `${trimZeros(floorTo(percent, decimalsBelow(100, percent, AVAILABILITY_DECIMALS)))} %`;
}

/** "×2.3", "×12", "×2,307": how many times a figure is its limit. */
export function formatTimes(ratio: number): string {
  return `×${ratio < 10 ? ratio.toFixed(1) : formatNumber(Math.round(ratio))}`;
}

/**
 * A share of a budget: "45 % of budget" within it, "over budget ×2.3" past it (a percentage in the
 * thousands says the same less readably). `budget` names it: "the error budget".
 */
export function formatBudgetShare(share: number | Explained, budget = 'budget'): string {
  const value = typeof share === 'number' ? share : share.value;
  const atLeast = typeof share !== 'number' && share.capped === true ? '≥ ' : '';
  if (value > 1) return `over ${budget} ${atLeast}${formatTimes(value)}`;
  return `${atLeast}${formatNumber(value * 100)} % of ${budget}`;
}

export function formatMinutes(minutes: number): string {
  if (minutes >= 2 * 24 * 60) return `${formatNumber(minutes / (24 * 60))} days`;
  if (minutes >= 120) return `${formatNumber(minutes / 60)} h`;
  if (minutes >= 1) return `${formatNumber(minutes)} min`;
  return `${formatNumber(minutes * 60)} s`;
}

/** Any engine figure with its unit; a capped figure reads as "≥" its cap. */
export function formatFigure(figure: Explained): string {
  const text = formatValue(figure.value, figure.unit);
  return figure.capped && !text.startsWith('≥') ? `≥ ${text}` : text;
}

export function formatValue(value: number, unit: string): string {
  switch (unit) {
    case '%':
      return formatPercent(value);
    case 'ratio':
      return `${formatNumber(value * 100)} %`;
    case 'budget-share':
      return formatBudgetShare(value);
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
      return formatNines(value);
    case 'percentage points':
      return `${formatNumber(value)} pp`;
    default:
      return `${formatNumber(value)} ${unit}`;
  }
}

/**
 * Nines to one decimal, except that a value just short of a whole number is not rounded up to it:
 * 99.89 % is "2.9 nines", never "3.0" (the tolerance keeps 99.9 % itself at 3.0). Past the sixth nine,
 * "≥ 6.0 nines", as the percentage.
 */
function formatNines(value: number): string {
  if (value > 6 + 1e-9) return '≥ 6.0 nines';
  const rounded = Math.round(value * 10) / 10;
  const roundsUpToWhole = Number.isInteger(rounded) && rounded - value > 1e-9;
  return `${(roundsUpToWhole ? Math.floor(value * 10) / 10 : rounded).toFixed(1)} nines`;
}

/** An input of a formula: numbers formatted, names kept as they are. */
export function formatInput(value: number | string): string {
  return typeof value === 'number' ? formatNumber(value) : value;
}
