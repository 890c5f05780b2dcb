// Import cycles in a package, found from TypeScript's own module resolution.
export { findCycles } from './cycles';
export type { Cycle, Graph } from './cycles';
export { importGraph } from './graph';
export type { ImportEdge, ImportGraph } from './graph';
export { cycleReport, folderOf } from './report';
export { run } from './main';
