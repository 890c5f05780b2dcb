// Every limit the relay puts on one socket, one board and one client's upgrades, with its default and its
// environment variable (README "Limits"). The defaults leave room for the legitimate bursts the tests replay (a 200-component
// paste, a 1,000-component import, 1,000 offline edits, the 1,000-component bench board) and for the
// benchmark's 1 room x 50 clients at 10 Hz; a flooding or amplifying client hits them within a second.

export interface RelayLimits {
  /** Bytes queued for one socket (not yet taken by the kernel) before it is closed with 4409. */
  readonly sendQueueBytes: number;
  /** Frames per second one socket may send (sustained), and how many at once (burst). */
  readonly socketFramesPerSecond: number;
  readonly socketFrameBurst: number;
  /** Bytes per second one socket may send (sustained), and how many at once (burst). */
  readonly socketBytesPerSecond: number;
  readonly socketByteBurst: number;
  /** The same for all sockets of one board together. */
  readonly boardFramesPerSecond: number;
  readonly boardFrameBurst: number;
  readonly boardBytesPerSecond: number;
  readonly boardByteBurst: number;
  /** One Yjs update (update message or what a sync step 2 adds) larger than this is refused with 4413. */
  readonly maxUpdateBytes: number;
  /** A board whose encoded state would grow past this refuses the writer with 4413 ("board is full"). */
  readonly maxBoardBytes: number;
  /** How long updates whose predecessors the relay lacks may wait for them before 4408 closes the socket. */
  readonly pendingUpdateTimeoutMs: number;
  /** How many frames may wait behind such an update before 4408 closes the socket at once. */
  readonly pendingUpdateFrames: number;
  /** An awareness frame larger than this is refused with 4413. */
  readonly maxAwarenessBytes: number;
  /** How many awareness client ids one socket may introduce; states for more are dropped. */
  readonly awarenessClientsPerSocket: number;
  /** WebSocket upgrades one address may make with one link per second (sustained) and at once; more: HTTP 429. */
  readonly linkConnectsPerSecond: number;
  readonly linkConnectBurst: number;
  /** WebSocket upgrades one address may make per second and at once, whatever the links; more: HTTP 429. */
  readonly addressConnectsPerSecond: number;
  readonly addressConnectBurst: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: RelayLimits = {
  // Above the largest sync reply (a full board at maxBoardBytes) plus the updates relayed meanwhile.
  sendQueueBytes: 16 * MiB,
  // A dragging user sends ~60 updates and ~60 awareness frames a second; 1,000 offline edits may arrive
  // one frame each.
  socketFramesPerSecond: 300,
  socketFrameBurst: 2_000,
  socketBytesPerSecond: 1 * MiB,
  socketByteBurst: 16 * MiB,
  // The bench's busiest board takes 500 updates/s plus saved requests.
  boardFramesPerSecond: 1_500,
  boardFrameBurst: 4_000,
  boardBytesPerSecond: 2 * MiB,
  boardByteBurst: 24 * MiB,
  maxUpdateBytes: 4 * MiB,
  maxBoardBytes: 8 * MiB,
  pendingUpdateTimeoutMs: 10_000,
  pendingUpdateFrames: 256,
  maxAwarenessBytes: 16 * 1024,
  awarenessClientsPerSocket: 4,
  // A tab reconnects with jitter (0.5-10 s windows), so one link from one address rarely connects twice a
  // second; the burst lets a room of 60 behind one NAT come back at once after a restart. The address
  // limit is for a client minting links (anyone may make a board): 1,000 tabs behind one proxy fit.
  linkConnectsPerSecond: 4,
  linkConnectBurst: 60,
  addressConnectsPerSecond: 100,
  addressConnectBurst: 2_000,
};

/** Env variable → limit, documented in README.md; read by config.ts with the other numeric options. */
export const LIMIT_ENV_VARIABLES: Readonly<Record<string, keyof RelayLimits>> = {
  NAPKIN_SEND_QUEUE_BYTES: 'sendQueueBytes',
  NAPKIN_SOCKET_FRAMES_PER_SECOND: 'socketFramesPerSecond',
  NAPKIN_SOCKET_FRAME_BURST: 'socketFrameBurst',
  NAPKIN_SOCKET_BYTES_PER_SECOND: 'socketBytesPerSecond',
  NAPKIN_SOCKET_BYTE_BURST: 'socketByteBurst',
  NAPKIN_BOARD_FRAMES_PER_SECOND: 'boardFramesPerSecond',
  NAPKIN_BOARD_FRAME_BURST: 'boardFrameBurst',
  NAPKIN_BOARD_BYTES_PER_SECOND: 'boardBytesPerSecond',
  NAPKIN_BOARD_BYTE_BURST: 'boardByteBurst',
  NAPKIN_MAX_UPDATE_BYTES: 'maxUpdateBytes',
  NAPKIN_MAX_BOARD_BYTES: 'maxBoardBytes',
  NAPKIN_PENDING_UPDATE_TIMEOUT_MS: 'pendingUpdateTimeoutMs',
  NAPKIN_PENDING_UPDATE_FRAMES: 'pendingUpdateFrames',
  NAPKIN_MAX_AWARENESS_BYTES: 'maxAwarenessBytes',
  NAPKIN_AWARENESS_CLIENTS_PER_SOCKET: 'awarenessClientsPerSocket',
  NAPKIN_LINK_CONNECTS_PER_SECOND: 'linkConnectsPerSecond',
  NAPKIN_LINK_CONNECT_BURST: 'linkConnectBurst',
  NAPKIN_ADDRESS_CONNECTS_PER_SECOND: 'addressConnectsPerSecond',
  NAPKIN_ADDRESS_CONNECT_BURST: 'addressConnectBurst',
};

/** Reads the limits set in `env` (non-negative integers; a malformed one is an error at startup). */
export function limitsFromEnv(env: NodeJS.ProcessEnv): Partial<RelayLimits> {
  const limits: Partial<Record<keyof RelayLimits, number>> = {};
  for (const [name, key] of Object.entries(LIMIT_ENV_VARIABLES)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
    limits[key] = value;
  }
  return limits;
}

export const withDefaults = (limits: Partial<RelayLimits> | undefined): RelayLimits => ({ ...DEFAULT_LIMITS, ...limits });
