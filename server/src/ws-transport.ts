// The one file that knows about `ws`: upgrades `/ws/<boardId>` requests, adapts each WebSocket to the
// RelaySocket interface, enforces the frame limit and runs the ping/pong heartbeat that drops dead peers.
// `ws` receives, pings and closes; messages to clients are framed here (binary-frame.ts) and written to
// the upgraded socket, so a message relayed to every peer is framed once.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { RawData } from 'ws';
import { encodeBinaryFrame, encodeBinaryFrameHeader, LastFrameCache } from './binary-frame.js';
import { CloseCode } from './close-codes.js';
import { SendQueue } from './limits/send-queue.js';
import type { Logger } from './logger.js';
import type { Relay } from './relay.js';
import type { RelaySocket } from './socket.js';

/** An upgrade turned away before the handshake, with its HTTP status. */
export interface UpgradeRefusal {
  readonly status: 403 | 429;
  readonly reason: string;
  /** Sent as `Retry-After` (429). */
  readonly retryAfterSeconds?: number;
  /** False: refused like the previous attempt, not worth another log line. */
  readonly log?: boolean;
}

const STATUS_TEXT: Record<UpgradeRefusal['status'], string> = { 403: 'Forbidden', 429: 'Too Many Requests' };

/** The whole HTTP answer to a refused upgrade: status, Retry-After when given, no body. */
export function refusalResponse({ status, retryAfterSeconds }: UpgradeRefusal): string {
  const retry = retryAfterSeconds === undefined ? '' : `Retry-After: ${retryAfterSeconds}\r\n`;
  return `HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\n${retry}Connection: close\r\nContent-Length: 0\r\n\r\n`;
}

export interface WsTransportOptions {
  readonly relay: Relay;
  readonly logger: Logger;
  /** Frames larger than this close the socket with 1009 (ws `maxPayload`). */
  readonly maxFrameBytes: number;
  /** Checked before the WebSocket handshake (Origin allow-list, upgrade rate): a refusal is answered and the socket ended. */
  readonly acceptUpgrade?: (request: IncomingMessage) => UpgradeRefusal | null;
  /** Every interval each socket is pinged; one that has not answered the previous ping is terminated. */
  readonly heartbeatIntervalMs: number;
  /** Bytes that may wait in memory for one socket; a write past it closes the socket with 4409. */
  readonly sendQueueBytes: number;
}

const WS_PATH = /^\/ws\/([^/?#]*)(?:[?#].*)?$/;

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/** Frames one socket may have handled before it sits out a loop turn (the rest of a chunk read still arrives). */
const FRAMES_PER_TURN = 64;

/** Larger messages (a big board's sync reply) are framed for their one socket and not kept. */
const CACHED_FRAME_LIMIT = 64 * 1024;

/** The shared frame(s) plus this peer's own trailing frame, as one buffer: one write, the cache untouched. */
function withTrailer(frames: Buffer, trailer: Uint8Array | undefined): Buffer {
  return trailer === undefined ? frames : Buffer.concat([frames, encodeBinaryFrame(trailer)]);
}

/**
 * A large message (a board's sync reply, often the same bytes for every joiner: limits/state-replies.ts)
 * goes out as its header and itself, so each socket queues a reference to it, not a framed copy.
 */
function largeFrameParts(message: Uint8Array, trailer: Uint8Array | undefined): Buffer[] {
  const payload = Buffer.from(message.buffer, message.byteOffset, message.byteLength);
  const parts = [encodeBinaryFrameHeader(message.byteLength), payload];
  if (trailer !== undefined) parts.push(encodeBinaryFrame(trailer));
  return parts;
}

/** `onTraffic` runs for every message: one listener per socket does both (each extra listener costs every emit). */
function adapt(ws: WebSocket, socket: Duplex, frames: LastFrameCache, logger: Logger, sendQueueBytes: number, onTraffic: () => void): RelaySocket {
  const queue = new SendQueue(socket, sendQueueBytes, (queued, adding) => {
    logger.warn('closing connection: send queue full', { queuedBytes: queued, writeBytes: adding });
    ws.close(CloseCode.SEND_QUEUE_OVERFLOW, 'send queue full: the connection does not read fast enough');
  });
  return {
    send(message, trailer) {
      // OPEN: the close frame has not been written, so nothing may follow it. No per-send callback: a
      // failed write surfaces as the socket's 'error' + 'close', which `ws` handles once.
      if (ws.readyState !== WebSocket.OPEN) return;
      if (message.byteLength > CACHED_FRAME_LIMIT) queue.writeParts(largeFrameParts(message, trailer));
      else queue.write(withTrailer(frames.frameOf(message), trailer));
    },
    sendAll(messages, trailer) {
      if (ws.readyState !== WebSocket.OPEN) return;
      queue.write(withTrailer(frames.framesOf(messages), trailer));
    },
    whenFlushed(listener) {
      queue.whenFlushed(listener);
    },
    close(code, reason) {
      if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) ws.close(code, reason);
    },
    onMessage(listener) {
      let framesSincePause = 0;
      ws.on('message', (data, isBinary) => {
        onTraffic();
        // Closed by the relay (bad input, a limit): what the peer sent after that is not read.
        if (ws.readyState !== WebSocket.OPEN) return;
        if (!isBinary) {
          logger.warn('closing connection: malformed frame', { reason: 'text frames are not part of the protocol' });
          ws.close(CloseCode.MALFORMED_MESSAGE, 'text frames are not part of the protocol');
          return;
        }
        // Fair reading: after FRAMES_PER_TURN frames this socket sits out one loop turn, so a client
        // sending as fast as it can (a flood: 2 MB of frames read at once, ~100 ms of work) cannot hold
        // up every other socket's frames. An ordinary client pauses for one turn every FRAMES_PER_TURN frames.
        if (++framesSincePause === FRAMES_PER_TURN) {
          ws.pause();
          setImmediate(() => {
            framesSincePause = 0;
            ws.resume();
          });
        }
        listener(toBytes(data));
      });
    },
    onClose(listener) {
      ws.once('close', () => listener());
    },
  };
}

export class WsTransport {
  private readonly server: WebSocketServer;
  private readonly alive = new WeakMap<WebSocket, boolean>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly frames = new LastFrameCache(CACHED_FRAME_LIMIT);

  constructor(private readonly options: WsTransportOptions) {
    // No permessage-deflate: `ws` then writes its own frames synchronously, which binary-frame.ts relies on.
    this.server = new WebSocketServer({ noServer: true, maxPayload: options.maxFrameBytes, perMessageDeflate: false });
    this.heartbeat = setInterval(() => this.checkHeartbeats(), options.heartbeatIntervalMs);
    this.heartbeat.unref();
  }

  /** Routes HTTP upgrades: `/ws/<boardId>` becomes a relay connection, anything else gets a 404. */
  attach(httpServer: Server): void {
    httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(request, socket, head));
  }

  get connectionCount(): number {
    return this.server.clients.size;
  }

  /** Closes every socket with 1001 and stops the heartbeat. */
  close(): void {
    clearInterval(this.heartbeat);
    for (const ws of this.server.clients) ws.close(CloseCode.GOING_AWAY, 'server shutting down');
    this.server.close();
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const match = WS_PATH.exec(request.url ?? '');
    if (match === null) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const refusal = this.options.acceptUpgrade?.(request) ?? null;
    if (refusal !== null) {
      if (refusal.log !== false) this.options.logger.warn('refused upgrade', { status: refusal.status, reason: refusal.reason });
      socket.end(refusalResponse(refusal));
      return;
    }
    socket.on('error', (error) => this.options.logger.warn('upgrade socket error', { error }));
    this.server.handleUpgrade(request, socket, head, (ws) => this.connected(ws, socket, request, decodeURIComponentSafe(match[1] ?? '')));
  }

  private connected(ws: WebSocket, socket: Duplex, request: IncomingMessage, rawBoardId: string): void {
    const { logger, relay } = this.options;
    this.alive.set(ws, true);
    const markAlive = (): void => void this.alive.set(ws, true);
    ws.on('pong', markAlive);
    ws.on('error', (error: Error & { code?: string }) => {
      // ws has already closed the socket (1009 for an oversized frame, 1002 for protocol errors).
      logger.warn('closing connection: websocket error', { boardId: rawBoardId, code: error.code, reason: error.message });
    });
    // Any traffic proves the peer is alive; a busy client need not wait for its pong.
    relay.accept(adapt(ws, socket, this.frames, logger, this.options.sendQueueBytes, markAlive), rawBoardId, request);
  }

  private checkHeartbeats(): void {
    for (const ws of this.server.clients) {
      if (this.alive.get(ws) === false) {
        this.options.logger.info('heartbeat missed; dropping connection');
        ws.terminate();
        continue;
      }
      this.alive.set(ws, false);
      ws.ping();
    }
  }
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
