// How a figure reads on the board: one place decides digits and units, so the panel, the badges, the
// popovers, the CLI and every export never disagree about the same number. The functions live in the pure
// @napkin/analysis (present/format.ts, tested there); the board reads them from here.
export { formatBudgetShare, formatBytes, formatFigure, formatInput, formatMinutes, formatNumber, formatPercent, formatValue } from '@napkin/analysis';
