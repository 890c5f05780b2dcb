// Server options, their defaults, and how they are read from the environment (the CLI's only input).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Authenticate } from './auth.js';
import type { ExportRenderer } from './export/export-worker.js';
import { limitsFromEnv } from './limits/relay-limits.js';
import type { RelayLimits } from './limits/relay-limits.js';
import type { Logger } from './logger.js';
import type { PresenceRegistry } from './presence/presence-registry.js';
import type { BoardStorage } from './storage/board-storage.js';

export interface ServerOptions {
  /** 0 picks any free port. Default 8080. */
  readonly port?: number;
  readonly host?: string;
  /** Where the embedded storage keeps boards. Default `<repo root>/data`. */
  readonly dataDir?: string;
  /** The built web app. Default `<repo root>/apps/web/dist`. */
  readonly webDistDir?: string;
  /** Serve the web build's source maps (`.map`); default off, since they publish the app's source. */
  readonly serveSourceMaps?: boolean;
  readonly gracePeriodMs?: number;
  readonly heartbeatIntervalMs?: number;
  readonly maxFrameBytes?: number;
  readonly compactAfterBytes?: number;
  /** Run over Redis (shared storage, presence and fan-out across instances); absent = one process. */
  readonly redisUrl?: string;
  /** Presence TTL in Redis: a crashed instance's users vanish after at most this long. */
  readonly presenceTtlMs?: number;
  /** This process's id in Redis (random by default); must differ between running instances. */
  readonly instanceId?: string;
  /** Appends by one instance to one board before it folds the Redis stream into the snapshot. Default 500. */
  readonly redisCompactAfterEntries?: number;
  /** Per-socket and per-board limits (send queue, rates, sizes, awareness); see limits/relay-limits.ts. */
  readonly limits?: Partial<RelayLimits>;
  /** Replace the embedded storage / presence / auth policy / logger (the later Redis issue plugs in here). */
  readonly storage?: BoardStorage;
  readonly presence?: PresenceRegistry;
  readonly authenticate?: Authenticate;
  /** Where exports are drawn; default a worker thread started on the first export (export/export-worker.ts). */
  readonly exportRenderer?: ExportRenderer;
  /**
   * Operator secret: enables `POST /api/admin/boards/<id>/links` (any link for any board; tests and
   * benchmarks get their links through it, src/access/link-client.ts) and `/healthz` details. Unset: neither.
   */
  readonly adminToken?: string;
  /** Origins besides the relay's own allowed to open WebSockets, comma-separated; `*` = any. */
  readonly allowedOrigins?: string;
  /** CSP frame-ancestors (who may embed the app, e.g. view links): default `'none'`. */
  readonly frameAncestors?: string;
  /** Interview recordings older than this many days are deleted (at start and hourly); 0 keeps them. Default 30. */
  readonly recordingRetentionDays?: number;
  /** Longest time a session's edits go without a recorded frame. Default 30 s. */
  readonly recordingSnapshotEveryMs?: number;
  /** The clock recordings and their retention run on (tests inject one). Default `Date.now`. */
  readonly recordingClock?: () => number;
  readonly logger?: Logger;
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const DEFAULTS = {
  port: 8080,
  host: '0.0.0.0',
  dataDir: join(REPO_ROOT, 'data'),
  webDistDir: join(REPO_ROOT, 'apps', 'web', 'dist'),
  gracePeriodMs: 30_000,
  heartbeatIntervalMs: 30_000,
  /** Whole boards travel in one sync frame, so the limit is generous; anything bigger is abuse. */
  maxFrameBytes: 16 * 1024 * 1024,
  compactAfterBytes: 4 * 1024 * 1024,
  presenceTtlMs: 30_000,
} as const;

/** Env variable → option, documented in README.md. */
export const ENV_VARIABLES = {
  PORT: 'port',
  HOST: 'host',
  NAPKIN_DATA_DIR: 'dataDir',
  NAPKIN_WEB_DIST: 'webDistDir',
  NAPKIN_GRACE_MS: 'gracePeriodMs',
  NAPKIN_HEARTBEAT_MS: 'heartbeatIntervalMs',
  NAPKIN_MAX_FRAME_BYTES: 'maxFrameBytes',
  NAPKIN_COMPACT_AFTER_BYTES: 'compactAfterBytes',
  REDIS_URL: 'redisUrl',
  NAPKIN_PRESENCE_TTL_MS: 'presenceTtlMs',
  NAPKIN_INSTANCE_ID: 'instanceId',
  NAPKIN_ADMIN_TOKEN: 'adminToken',
  NAPKIN_ALLOWED_ORIGINS: 'allowedOrigins',
  NAPKIN_FRAME_ANCESTORS: 'frameAncestors',
  NAPKIN_SERVE_SOURCEMAPS: 'serveSourceMaps',
  NAPKIN_RECORDING_RETENTION_DAYS: 'recordingRetentionDays',
} as const;

/** Options read as a yes/no: `1` or `true` turns them on, anything else leaves them off. */
const BOOLEAN = new Set(['serveSourceMaps']);

const NUMERIC = new Set(['port', 'gracePeriodMs', 'heartbeatIntervalMs', 'maxFrameBytes', 'compactAfterBytes', 'presenceTtlMs', 'recordingRetentionDays']);

/** Reads options from env; a malformed number is an error at startup, not a silent default. */
export function optionsFromEnv(env: NodeJS.ProcessEnv): ServerOptions {
  const options: Record<string, string | number | boolean> = {};
  for (const [name, key] of Object.entries(ENV_VARIABLES)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    if (BOOLEAN.has(key)) {
      options[key] = raw === '1' || raw.toLowerCase() === 'true';
      continue;
    }
    if (!NUMERIC.has(key)) {
      options[key] = raw;
      continue;
    }
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
    options[key] = value;
  }
  const limits = limitsFromEnv(env);
  return (Object.keys(limits).length > 0 ? { ...options, limits } : options) as ServerOptions;
}
