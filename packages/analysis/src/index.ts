// Public entry points of @napkin/analysis: the board format, the engine and its result types.
export { BOARD_FORMAT, BOARD_VERSION, boardSchema, callSchema, componentSchema, zoneSchema } from './format/schema';
export type {
  BoardCall,
  BoardComponent,
  BoardFile,
  BoardZone,
  CallMode,
  ComponentParams,
  EntrySpec,
  TrafficSelector,
  ZoneLevel,
} from './format/schema';
export { parseBoard } from './format/parse';
export {
  AVAILABILITY_DECIMALS,
  formatBudgetShare,
  formatBytes,
  formatFigure,
  formatInput,
  formatMinutes,
  formatNumber,
  formatPercent,
  formatTimes,
  formatValue,
} from './present/format';
export type { FormatError, ParseResult } from './format/parse';
export { analyze, analyzeInput, createEngine } from './analyze';
export { resolveBoard } from './model/resolve';
export type { EngineOptions } from './analyze';
export type {
  AnalysisResult,
  CallResult,
  ClassPath,
  ComponentReplication,
  ComponentResult,
  CycleResult,
  FlowResult,
  Freshness,
  Hop,
  RetrySettlement,
  SaturatedTier,
  ZoneResult,
} from './result';
export type { CallInputs, ComponentInputs, EntryInputs, InputDefault, InputSource, ResolvedInput, ZoneInputs } from './model/inputs';
export type { Explained } from './explain/explained';
export type { Term, TermRule } from './explain/terms';
export { TERM_RULES } from './explain/terms';
export type { ComponentReach, ReachPass } from './engine/reach';
export { sharePercent } from './engine/reach';
export { reachReason, reachReasonAt } from './explain/reach-reason';
export type { Finding, FindingId, LoadLevel, Severity } from './findings/rules';
export { RULES, THRESHOLDS, loadLevel } from './findings/rules';
export type { CatalogPort, NetworkHop } from './model/resolve';
export { defaultCatalog } from './model/resolve';
export type { CallId, ComponentId, ZoneId } from './model/graph';
export { perSecond, peakRps, storagePerYear, bandwidth } from './capacity/estimate';
export { littlesLaw, erlangC } from './queueing/mmc';
export { atLeastKofN } from './availability/k-of-n';
export type { CallRouting, ComponentPlacement } from './availability/routing-result';
export type { WeakestLink } from './availability/weakest-link';
export { normaliseWeights, routeShares } from './model/alternatives';
export {
  availabilityFigures,
  downtimeMinutes,
  nines,
  percentAgainst,
  MINUTES_PER_DAY,
  MINUTES_PER_MONTH,
  MINUTES_PER_YEAR,
} from './availability/report';
