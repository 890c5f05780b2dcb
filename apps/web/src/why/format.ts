// How a figure reads on the board: one place decides digits and units, so the panel, the badges, the
// popovers and every export never disagree about the same number. The functions live in @napkin/render,
// which the exports (web, CLI, relay) draw with; the board reads them from here.
export { formatBytes, formatFigure, formatInput, formatMinutes, formatNumber, formatPercent, formatValue } from '@napkin/render';
