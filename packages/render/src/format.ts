// How a figure reads in an export: the one formatter of `@napkin/analysis` (present/format.ts), which the
// CLI's report and the board's badges and panel use too, so no two places print the same number two ways.
export {
  formatBudgetShare,
  formatBytes,
  formatFigure,
  formatInput,
  formatMinutes,
  formatNumber,
  formatPercent,
  formatTimes,
  formatValue,
} from '@napkin/analysis';
