// Wires the pieces into one HTTP server: static web app + /healthz + the y-websocket endpoint at /ws/<boardId>.
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startAccessBackend } from './access/access-backend.js';
import { createLinksApi } from './access/links-api.js';
import { createExportRoute } from './export/export-route.js';
import { ExportWorker } from './export/export-worker.js';
import { createInterviewsApi } from './interview/interviews-api.js';
import { createProblemsRoute } from './interview/problems-route.js';
import { createScorecardRoute } from './interview/scorecard-route.js';
import { observeAppends } from './interview/recording/observed-storage.js';
import { createRecordingRoute } from './interview/recording/recording-route.js';
import { startSessionRecordings } from './interview/recording/session-recordings.js';
import type { SessionRecordings } from './interview/recording/session-recordings.js';
import { createTimerRoute } from './interview/timer-route.js';
import { healthDetailsAllowed, originAllowed, parseOriginList, securityHeaders } from './access/web-security.js';
import type { ServerOptions } from './config.js';
import { DEFAULTS } from './config.js';
import { createHttpHandler } from './http-handler.js';
import type { HealthReport } from './http-handler.js';
import { withDefaults } from './limits/relay-limits.js';
import { UpgradeRate } from './limits/upgrade-rate.js';
import { createConsoleLogger } from './logger.js';
import { InProcessPresenceRegistry } from './presence/presence-registry.js';
import { summarisePresence } from './presence/presence-summary.js';
import type { RedisBackend } from './redis/redis-backend.js';
import { Relay } from './relay.js';
import type { BoardStorage } from './storage/board-storage.js';
import { FileBoardStorage } from './storage/file-storage.js';
import type { StorageHealth } from './storage/board-storage.js';
import { WsTransport } from './ws-transport.js';

export interface RunningServer {
  readonly port: number;
  /** `http://localhost:<port>`; the board endpoint is `ws://localhost:<port>/ws/<boardId>`. */
  readonly url: string;
  readonly relay: Relay;
  /** Interview sessions' recordings (store, recorder, retention sweep). */
  readonly recordings: SessionRecordings;
  /** Stops accepting, flushes storage, closes sockets with 1001, releases everything. Idempotent. */
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createConsoleLogger();
  const dataDir = options.dataDir ?? DEFAULTS.dataDir;
  // Loaded only when asked for: ioredis alone took ~0.7 s of a relay's start, a restart's downtime.
  const redis =
    options.redisUrl === undefined
      ? null
      : await (await import('./redis/redis-backend.js')).startRedisBackend({
          url: options.redisUrl,
          spillDir: join(dataDir, 'redis-spill'),
          logger,
          instanceId: options.instanceId,
          presenceTtlMs: options.presenceTtlMs ?? DEFAULTS.presenceTtlMs,
          compactAfterEntries: options.redisCompactAfterEntries,
        });
  let storage: BoardStorage | undefined = options.storage ?? redis?.storage;
  if (storage === undefined) {
    await mkdir(dataDir, { recursive: true });
    storage = new FileBoardStorage({ dataDir, logger, compactAfterBytes: options.compactAfterBytes ?? DEFAULTS.compactAfterBytes });
  }
  // Reading the log at start (not at the first board) reports damage to it before anyone connects.
  await storage.open?.();
  const presence = options.presence ?? redis?.presence ?? new InProcessPresenceRegistry();
  const { access, liveLinks, close: closeAccess } = startAccessBackend({ dataDir, redisLink: redis?.link, storage, logger });
  const limits = withDefaults(options.limits);
  const recordings = await startSessionRecordings({
    dataDir,
    logger,
    readRoom: (key, read) => relay.readRoom(key, read),
    now: options.recordingClock,
    retentionDays: options.recordingRetentionDays,
    snapshotEveryMs: options.recordingSnapshotEveryMs,
  });
  const relay = new Relay({
    limits,
    // The recorder hears of every durable update of every room; it records the sessions' (interview/recording/).
    storage: observeAppends(storage, (key, update) => recordings.recorder.onDurable(key, update)),
    presence,
    logger,
    authenticate: options.authenticate ?? access.authenticate,
    liveLinks,
    gracePeriodMs: options.gracePeriodMs ?? DEFAULTS.gracePeriodMs,
    fanout: redis?.fanout,
  });
  const allowedOrigins = parseOriginList(options.allowedOrigins);
  const upgradeRate = new UpgradeRate(limits);
  const transport = new WsTransport({
    relay,
    logger,
    maxFrameBytes: options.maxFrameBytes ?? DEFAULTS.maxFrameBytes,
    sendQueueBytes: limits.sendQueueBytes,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? DEFAULTS.heartbeatIntervalMs,
    acceptUpgrade: (request) => {
      if (!originAllowed(request, allowedOrigins)) return { status: 403, reason: `origin not allowed: ${String(request.headers.origin).slice(0, 120)}` };
      return upgradeRate.admit(request);
    },
  });
  const exportRenderer = options.exportRenderer ?? new ExportWorker();
  const httpServer = createServer(
    createHttpHandler({
      webDistDir: options.webDistDir ?? DEFAULTS.webDistDir,
      serveSourceMaps: options.serveSourceMaps ?? false,
      logger,
      health: () => healthOf(relay, redis, storage.health?.()),
      headers: securityHeaders(options.frameAncestors),
      healthDetails: (request) => healthDetailsAllowed(request, options.adminToken),
      routes: firstRoute(
        createExportRoute({ access, relay, renderer: exportRenderer }),
        createLinksApi({ access, liveLinks, adminToken: options.adminToken, presence: (boardIds) => summarisePresence(presence, boardIds) }),
        createInterviewsApi({ access, writeRoom: (key, change) => relay.writeRoom(key, change) }),
        createTimerRoute({ access, writeRoom: (key, change) => relay.writeRoom(key, change) }),
        createProblemsRoute({ access, readRoom: (key, read) => relay.readRoom(key, read) }),
        createScorecardRoute({ access, readRoom: (key, read) => relay.readRoom(key, read), renderer: exportRenderer }),
        createRecordingRoute({ access, store: recordings.store, onDeleted: (boardId) => recordings.recorder.forget(boardId) }),
      ),
    }),
  );
  transport.attach(httpServer);
  // A client error on one HTTP connection (bad request line, reset) must never reach the process.
  httpServer.on('clientError', (error, socket) => {
    logger.warn('http client error', { error });
    socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? DEFAULTS.port, options.host ?? DEFAULTS.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  const where = options.storage !== undefined ? 'custom storage' : redis !== null ? `redis (instance ${redis.instanceId})` : dataDir;
  logger.info(`Napkin listening on ${url}`, { storage: where });

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await relay.shutdown();
      await recordings.close();
      transport.close();
      httpServer.closeAllConnections();
      await closeAccess();
      if (options.exportRenderer === undefined) await exportRenderer.close();
      if (redis !== null) await redis.close();
      else {
        if (options.storage === undefined) await storage.close();
        if (options.presence === undefined) await presence.close();
      }
      await stopped;
    })();
    return closing;
  };
  return { port, url, relay, recordings, close };
}

type Route = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean>;

/** Tries each route in turn; false when none took the request. */
function firstRoute(...routes: readonly Route[]): Route {
  return async (request, response, url) => {
    for (const route of routes) if (await route(request, response, url)) return true;
    return false;
  };
}

/**
 * Degraded (still serving) while Redis is away, or once storage found that edits which had been durable
 * were lost or set aside; the reason says why. Storage issues are listed only when there are some.
 */
function healthOf(relay: Relay, redis: RedisBackend | null, storage: StorageHealth | undefined): HealthReport {
  const found = storage !== undefined && storage.issuesFound > 0 ? { storage } : {};
  const damage = storage?.damaged === true ? 'storage damage found (see storage.issues); the damaged bytes were copied aside' : undefined;
  const { reason: redisReason, ...details } = redis?.health() ?? {};
  const reason = [redisReason, damage].filter((part) => part !== undefined).join('; ');
  if (reason === '') return { status: 'ok', ...relay.stats(), ...details, ...found };
  return { status: 'degraded', reason, ...relay.stats(), ...details, ...found };
}
