// Wires the pieces into one HTTP server: static web app + /healthz + the y-websocket endpoint at /ws/<boardId>.
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { admitEveryone } from './auth.js';
import type { ServerOptions } from './config.js';
import { DEFAULTS } from './config.js';
import { createHttpHandler } from './http-handler.js';
import type { HealthReport } from './http-handler.js';
import { createConsoleLogger } from './logger.js';
import { InProcessPresenceRegistry } from './presence/presence-registry.js';
import { summarisePresence } from './presence/presence-summary.js';
import { startRedisBackend } from './redis/redis-backend.js';
import type { RedisBackend } from './redis/redis-backend.js';
import { Relay } from './relay.js';
import { FileBoardStorage } from './storage/file-storage.js';
import { WsTransport } from './ws-transport.js';

export interface RunningServer {
  readonly port: number;
  /** `http://localhost:<port>`; the board endpoint is `ws://localhost:<port>/ws/<boardId>`. */
  readonly url: string;
  readonly relay: Relay;
  /** Stops accepting, flushes storage, closes sockets with 1001, releases everything. Idempotent. */
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createConsoleLogger();
  const dataDir = options.dataDir ?? DEFAULTS.dataDir;
  const redis =
    options.redisUrl === undefined
      ? null
      : await startRedisBackend({
          url: options.redisUrl,
          spillDir: join(dataDir, 'redis-spill'),
          logger,
          instanceId: options.instanceId,
          presenceTtlMs: options.presenceTtlMs ?? DEFAULTS.presenceTtlMs,
          compactAfterEntries: options.redisCompactAfterEntries,
        });
  let storage = options.storage ?? redis?.storage;
  if (storage === undefined) {
    await mkdir(dataDir, { recursive: true });
    storage = new FileBoardStorage({ dataDir, logger, compactAfterBytes: options.compactAfterBytes ?? DEFAULTS.compactAfterBytes });
  }
  const presence = options.presence ?? redis?.presence ?? new InProcessPresenceRegistry();
  const relay = new Relay({
    storage,
    presence,
    logger,
    authenticate: options.authenticate ?? admitEveryone,
    gracePeriodMs: options.gracePeriodMs ?? DEFAULTS.gracePeriodMs,
    fanout: redis?.fanout,
  });
  const transport = new WsTransport({
    relay,
    logger,
    maxFrameBytes: options.maxFrameBytes ?? DEFAULTS.maxFrameBytes,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? DEFAULTS.heartbeatIntervalMs,
  });
  const httpServer = createServer(
    createHttpHandler({
      webDistDir: options.webDistDir ?? DEFAULTS.webDistDir,
      logger,
      health: () => healthOf(relay, redis),
      presence: (boardIds) => summarisePresence(presence, boardIds),
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
      transport.close();
      httpServer.closeAllConnections();
      if (redis !== null) await redis.close();
      else {
        if (options.storage === undefined) await storage.close();
        if (options.presence === undefined) await presence.close();
      }
      await stopped;
    })();
    return closing;
  };
  return { port, url, relay, close };
}

/** Degraded (still serving local clients) while Redis is away; the reason says why. */
function healthOf(relay: Relay, redis: RedisBackend | null): HealthReport {
  if (redis === null) return { status: 'ok', ...relay.stats() };
  const { reason, ...details } = redis.health();
  if (reason === undefined) return { status: 'ok', ...relay.stats(), ...details };
  return { status: 'degraded', reason, ...relay.stats(), ...details };
}
