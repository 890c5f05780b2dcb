// @napkin/web is an application; this entry exposes its pure helpers for tools and tests.
export { parseBoardId, parseRoute, pathOf } from './app/route';
export type { BoardId, Route } from './app/route';
export { colourForClient, defaultNameFor, PALETTE } from './presence/identity';
export { deriveStatus } from './sync/connectionStatus';
export type { ConnectionStatus } from './sync/connectionStatus';
