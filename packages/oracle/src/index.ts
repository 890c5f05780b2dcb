// @napkin/oracle — an independent, seeded, request-level Monte Carlo of a board: each simulated request
// draws its zones' and instances' states and its latencies and follows the calls from an entry point.
// Written apart from @napkin/analysis so that the engine's figures can be checked against it.
export { simulate, DEFAULT_LOAD_REQUESTS, DEFAULT_LOAD_ROUNDS } from './simulate';
export type { ComponentFigures, OracleResult, SimulationOptions } from './simulate';
export { OracleBoardError, resolveBoard } from './resolve';
export type { ResolveOptions } from './resolve';
export type { OracleCall, OracleComponent, OracleModel, Step, TrafficClass, Unit } from './model';
export { branchWeights } from './steps';
export { erlangC, erlangCWhole } from './queue';
export { LatencySamples, wilson, Z_99 } from './stats';
export type { Proportion } from './stats';
