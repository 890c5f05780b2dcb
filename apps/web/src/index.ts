// @napkin/web is an application; this entry exposes its pure helpers for tools and tests.
export { parseBoardId, parseRoute, pathOf } from './route/route';
export type { BoardId, Route } from './route/route';
export { colourForClient, defaultNameFor, PALETTE } from './presence/identity';
export { deriveStatus } from './sync/connectionStatus';
export type { ConnectionStatus } from './sync/connectionStatus';
