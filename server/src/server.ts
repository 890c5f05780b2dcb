// Wires the pieces into one HTTP server: static web app + /healthz + the y-websocket endpoint at /ws/<boardId>.
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { admitEveryone } from './auth.js';
import type { ServerOptions } from './config.js';
import { DEFAULTS } from './config.js';
import { createHttpHandler } from './http-handler.js';
import { createConsoleLogger } from './logger.js';
import { InProcessPresenceRegistry } from './presence/presence-registry.js';
import { summarisePresence } from './presence/presence-summary.js';
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
  let storage = options.storage;
  if (storage === undefined) {
    await mkdir(dataDir, { recursive: true });
    storage = new FileBoardStorage({ dataDir, logger, compactAfterBytes: options.compactAfterBytes ?? DEFAULTS.compactAfterBytes });
  }
  const presence = options.presence ?? new InProcessPresenceRegistry();
  const relay = new Relay({
    storage,
    presence,
    logger,
    authenticate: options.authenticate ?? admitEveryone,
    gracePeriodMs: options.gracePeriodMs ?? DEFAULTS.gracePeriodMs,
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
      health: () => ({ status: 'ok', ...relay.stats() }),
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
  logger.info(`Napkin listening on ${url}`, { dataDir: options.storage === undefined ? dataDir : 'custom storage' });

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await relay.shutdown();
      transport.close();
      httpServer.closeAllConnections();
      if (options.storage === undefined) await storage.close();
      if (options.presence === undefined) await presence.close();
      await stopped;
    })();
    return closing;
  };
  return { port, url, relay, close };
}
