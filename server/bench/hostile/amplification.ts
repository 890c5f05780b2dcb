// Scenario "amplification" (issue 13): a socket on a 5 MB board that never reads sends 100 four-byte sync
// step 1 requests (non-reading-socket.ts). Before the limits each request queued the whole board once more
// in the relay (+579 to +666 MB, another board's p99 +2 s); now one reply is queued per socket and later
// requests coalesce behind it (src/limits/sync-replies.ts). Figures: the relay's resident memory (VmRSS,
// sampled every 100 ms) before, at its peak during the attack and after the attacker left; the bystander
// board's p99 before and during; what the relay had queued for the attacker (read once it reads again).
// Goal: under 20 MB of relay memory and under +100 ms on the other board's p99. Ours only: the reference
// has no limits (that is the "before" above).
import { benchToken } from '../bench-links.js';
import type { LoadPool } from '../load-pool.js';
import type { RelayProcess } from '../relay-process.js';
import { buildBigBoard } from './big-board.js';
import { GC_ON_SIGNAL, megabytes, sleep, startOurRelay, withDataDir } from './hostile-relays.js';
import { bystanderLatency, describeLatency, joinBystanders } from './measured-board.js';
import type { LatencySummary } from './measured-board.js';
import { NonReadingSocket } from './non-reading-socket.js';

export const AMPLIFICATION_SCENARIO = 'amplification';
export const AMPLIFICATION_GOAL_RSS_BYTES = 20e6;
export const AMPLIFICATION_GOAL_P99_DELTA_MS = 100;
const BOARD_BYTES = 5_000_000;
const REQUESTS = 100;
const BASELINE_SECONDS = 5;
const ATTACK_SECONDS = 10;
const SETTLE_SECONDS = 3;
const RSS_SAMPLE_MS = 100;

export interface AmplificationFigures {
  readonly boardBytes: number;
  readonly rssBefore: number;
  readonly rssPeak: number;
  /** At the attack's end, after a full GC: what the relay holds for it, its garbage aside. */
  readonly rssHeld: number;
  readonly rssAfterLeaving: number;
  readonly before: LatencySummary;
  readonly during: LatencySummary;
  /** Bytes the relay delivered once the attacker read again: what it had queued (or coalesced) for it. */
  readonly queuedBytes: number;
  /** The attacker's close code, null if the relay kept it open. */
  readonly closedWith: number | null;
}

/** Samples the relay's RSS every RSS_SAMPLE_MS for `ms`. */
async function sampleRss(relay: RelayProcess, ms: number): Promise<number[]> {
  const samples: number[] = [];
  const until = performance.now() + ms;
  while (performance.now() < until) {
    samples.push(await relay.rssBytes());
    await sleep(RSS_SAMPLE_MS);
  }
  return samples;
}

/** A full collection in the relay (gc-on-signal.ts), then a moment for it to finish. */
async function collectGarbage(relay: RelayProcess): Promise<void> {
  process.kill(relay.pid, 'SIGUSR2');
  await sleep(500);
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function attack(pool: LoadPool, relay: RelayProcess): Promise<AmplificationFigures> {
  await joinBystanders(pool, relay.url, 'amplification', true);
  const boardId = 'bench-amplification-big-board';
  const token = await benchToken(relay.url, boardId);
  if (token === undefined) throw new Error('our relay issued no link');
  const board = await buildBigBoard(relay.url, boardId, token, BOARD_BYTES);
  try {
    await sleep(SETTLE_SECONDS * 1000); // the bystanders steady
    await collectGarbage(relay);
    await pool.beginMeasuring();
    const rssBefore = median(await sampleRss(relay, BASELINE_SECONDS * 1000));
    const before = await bystanderLatency(pool);

    const attacker = await NonReadingSocket.open(relay.url, boardId, token);
    await pool.beginMeasuring();
    attacker.requestWholeBoard(REQUESTS);
    const rssPeak = Math.max(...(await sampleRss(relay, ATTACK_SECONDS * 1000)));
    const during = await bystanderLatency(pool);
    await collectGarbage(relay);
    const rssHeld = await relay.rssBytes();
    const queuedBytes = await attacker.drain(2000);
    const closedWith = attacker.closedWith;
    attacker.close();

    await sleep(SETTLE_SECONDS * 1000);
    await collectGarbage(relay);
    const rssAfterLeaving = await relay.rssBytes();
    return { boardBytes: board.bytes, rssBefore, rssPeak, rssHeld, rssAfterLeaving, before, during, queuedBytes, closedWith };
  } finally {
    board.close();
  }
}

function describe(figures: AmplificationFigures): string {
  const growth = figures.rssPeak - figures.rssBefore;
  const delta = figures.during.p99 - figures.before.p99;
  return [
    `  relay RSS ${megabytes(figures.rssBefore)} MB before, peak ${megabytes(figures.rssPeak)} MB during (+${megabytes(growth)} MB; ` +
      `goal < +${megabytes(AMPLIFICATION_GOAL_RSS_BYTES)} MB: ${growth < AMPLIFICATION_GOAL_RSS_BYTES ? 'met' : 'NOT met'}), ` +
      `${megabytes(figures.rssHeld)} MB held at its end after a full GC (+${megabytes(figures.rssHeld - figures.rssBefore)} MB), ` +
      `${megabytes(figures.rssAfterLeaving)} MB ${SETTLE_SECONDS} s after the attacker left (before and after: after a full GC)`,
    `  other board before: ${describeLatency(figures.before)}`,
    `  other board during: ${describeLatency(figures.during)} (p99 ${delta >= 0 ? '+' : ''}${delta.toFixed(1)} ms; ` +
      `goal < +${AMPLIFICATION_GOAL_P99_DELTA_MS} ms: ${delta < AMPLIFICATION_GOAL_P99_DELTA_MS ? 'met' : 'NOT met'})`,
    `  the relay had ${megabytes(figures.queuedBytes)} MB for the attacker once it read again ` +
      `(${(figures.queuedBytes / figures.boardBytes).toFixed(1)} boards for ${REQUESTS} requests); ` +
      `${figures.closedWith === null ? 'its socket was kept open' : `closed with ${figures.closedWith}`}`,
  ].join('\n');
}

export async function runAmplificationScenario(pool: LoadPool): Promise<AmplificationFigures> {
  console.log(
    `\n${AMPLIFICATION_SCENARIO}: a socket that never reads sends ${REQUESTS} four-byte sync step 1 requests for a ` +
      `${megabytes(BOARD_BYTES)} MB board; ${BASELINE_SECONDS} s before, ${ATTACK_SECONDS} s during; another board: 10 clients at 10 Hz`,
  );
  const figures = await withDataDir(async (dataDir) => {
    const relay = await startOurRelay(dataDir, 0, GC_ON_SIGNAL);
    try {
      return await attack(pool, relay);
    } finally {
      await pool.stopClients();
      await relay.stop();
    }
  });
  console.log(describe(figures));
  return figures;
}
