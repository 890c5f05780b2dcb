// @napkin/render — a board and its analysis drawn without a browser: SVG, PNG, PDF and Markdown.
export { buildScene } from './scene/scene';
export type { SceneOptions } from './scene/scene';
export type { Scene, SceneItem } from './scene/types';
export { writeSvg, FONT_FAMILY } from './svg/writeSvg';
export type { SvgOptions } from './svg/writeSvg';
export { componentBadges, utilisationText, barWidth, budgetShareOf, reachOf, reachText } from './figures/badges';
export type { ComponentBadges } from './figures/badges';
export { bottleneckSummary, flowSummaries, sortedFindings } from './figures/summary';
export type { BottleneckSummary, FlowSummary } from './figures/summary';
export { asLowerBound, boundedIf, pathSaturated, saturatedIds, SATURATED_NOTE } from './figures/saturation';
export * from './format';
export { latencyText, saturatedTierName, unboundedText } from './figures/latency';
export { textWidth, fitText, wrapText } from './text/measure';
export { branchLabels, branchShares, callLabels, chipLabels, networkLabel, placementsOf, tierLabel } from './scene/callLabels';
export type { BranchShare, CallLabelFields } from './scene/callLabels';
export { EXPORT_FORMATS, exportBoard, exportBoardFile, exportFileName, fileStem, isBoardFileFormat, isExportFormat, selectFromFile, svgOf } from './export';
export type { ExportFormat, Exported, ExportRequest, ExportWriters } from './export';
// The PNG and PDF writers are their own entry points (`@napkin/render/png`, `/pdf`): heavy to load, so
// hosts load them when first asked for (`@napkin/render/node`, `/browser`).
export type { PngBackground, PngOptions, PngScale, RasterAssets } from './png/png';
export type { PageSize, PdfFonts } from './pdf/pdf';
export { buildReport } from './report/build';
export type { Block, Report } from './report/model';
export { writeMarkdown } from './report/markdown';
export { buildScorecard, clockText } from './scorecard/build';
export type { ScorecardCard, ScorecardDetails, ScorecardPhase, ScorecardPoint, ScorecardVerdict } from './scorecard/model';
export type { MarkdownDiagram } from './report/markdown';
