// `pnpm bench:hostile` (and the end of `pnpm bench`): the relay under the hostile clients of issue 13, with
// links, roles and every limit at its default: a flood (flood.ts), an amplification (amplification.ts) and
// a restart storm (restart-storm.ts). BENCH_SCENARIO=hostile runs the three, BENCH_SCENARIO=flood (or
// amplification, restart) one of them. BENCH_RECORD=1 adds the figures to bench/RESULTS.md.
import { join } from 'node:path';
import { benchRecorder } from '@napkin/testkit';
import { LoadPool } from '../load-pool.js';
import { AMPLIFICATION_GOAL_P99_DELTA_MS, AMPLIFICATION_GOAL_RSS_BYTES, AMPLIFICATION_SCENARIO, runAmplificationScenario } from './amplification.js';
import type { AmplificationFigures } from './amplification.js';
import { describeCloses, FLOOD_GOAL_P99_MS, FLOOD_SCENARIO, runFloodScenario } from './flood.js';
import type { FloodFigures } from './flood.js';
import { megabytes, SERVER_DIR } from './hostile-relays.js';
import { RESTART_GOAL_MS, RESTART_STORM_SCENARIO, runRestartStormScenario } from './restart-storm.js';
import type { StormFigures } from './restart-storm.js';

export const HOSTILE_SELECTION = 'hostile';
const SCENARIOS = [FLOOD_SCENARIO, AMPLIFICATION_SCENARIO, RESTART_STORM_SCENARIO];

/** Whether BENCH_SCENARIO (`only`) picks any hostile scenario (unset picks them all). */
export const selectsHostile = (only: string | undefined): boolean =>
  only === undefined || only === HOSTILE_SELECTION || SCENARIOS.some((name) => name.includes(only));

const runs = (name: string, only: string | undefined): boolean => only === undefined || only === HOSTILE_SELECTION || name.includes(only);

const count = (value: number): string => value.toLocaleString('en-US');
const ms = (value: number): string => value.toFixed(1);

function floodRows(results: readonly FloodFigures[]): string[][] {
  return results.flatMap(({ variant, bystanders, relayCpuPercent, flooder }, index) => [
    [index === 0 ? `${FLOOD_SCENARIO}: ${variant}` : variant, 'board B fan-out p50 / p99 / max (ms)', `${ms(bystanders.p50)} / ${ms(bystanders.p99)} / ${bystanders.max.toFixed(0)}`, `p99 < ${FLOOD_GOAL_P99_MS}`],
    ['', 'relay CPU (% of one core)', relayCpuPercent.toFixed(0), '—'],
    ['', 'flooder: updates made / sent on an open socket', `${count(flooder.generated)} / ${count(flooder.sentOnOpenSocket)}`, '—'],
    ['', 'flooder: connects; closes by code', `${flooder.connects}; ${describeCloses(flooder.closes)}`, '—'],
  ]);
}

function amplificationRows(figures: AmplificationFigures): string[][] {
  const delta = figures.during.p99 - figures.before.p99;
  return [
    [AMPLIFICATION_SCENARIO, 'relay RSS growth at peak (MB)', `+${megabytes(figures.rssPeak - figures.rssBefore)} (${megabytes(figures.rssBefore)} → ${megabytes(figures.rssPeak)})`, `< +${megabytes(AMPLIFICATION_GOAL_RSS_BYTES)}`],
    ['', 'relay RSS held at the attack\'s end, after a full GC (MB)', `+${megabytes(figures.rssHeld - figures.rssBefore)}`, '—'],
    ['', 'relay RSS after the attacker left (MB)', megabytes(figures.rssAfterLeaving), '—'],
    ['', 'other board p99 before / during (ms)', `${ms(figures.before.p99)} / ${ms(figures.during.p99)} (${delta >= 0 ? '+' : ''}${ms(delta)})`, `< +${AMPLIFICATION_GOAL_P99_DELTA_MS}`],
    ['', 'queued for the attacker (MB); its socket', `${megabytes(figures.queuedBytes)}; ${figures.closedWith === null ? 'kept open' : `closed ${figures.closedWith}`}`, '—'],
  ];
}

function stormRows(figures: StormFigures): string[][] {
  const seconds = (value: number): string => (value / 1000).toFixed(2);
  return [
    [RESTART_STORM_SCENARIO, `clients synced again / all synced after the stop (s)`, `${figures.resynced} of ${figures.clients} / ${seconds(figures.allSyncedMs)}`, `< ${seconds(RESTART_GOAL_MS)}`],
    ['', 'new relay listening after / all synced after it listened (s)', `${seconds(figures.listeningMs)} / ${seconds(figures.allSyncedMs - figures.listeningMs)}`, '—'],
    ['', 'connection attempts (while down) / busiest 100 ms (once listening)', `${count(figures.attempts)} (${count(figures.attemptsWhileDown)}) / ${figures.busiestWindow} (${figures.busiestWindowListening})`, '—'],
  ];
}

/** Runs the hostile scenarios `only` selects (all when unset), prints them and records them when asked. */
export async function runHostileBench(only: string | undefined): Promise<void> {
  if (!selectsHostile(only)) return;
  const recorder = benchRecorder(join(SERVER_DIR, 'bench', 'RESULTS.md'));
  console.log('\nhostile clients (issue 13): our relay with links, roles and its default limits');
  const rows: string[][] = [];
  const pool = LoadPool.start(2);
  try {
    if (runs(FLOOD_SCENARIO, only)) rows.push(...floodRows(await runFloodScenario(pool)));
    if (runs(AMPLIFICATION_SCENARIO, only)) rows.push(...amplificationRows(await runAmplificationScenario(pool)));
  } finally {
    await pool.close();
  }
  if (runs(RESTART_STORM_SCENARIO, only)) rows.push(...stormRows(await runRestartStormScenario()));
  recorder.record({
    title: '`pnpm bench:hostile` (relay under hostile clients)',
    settings:
      `Flood ${process.env.BENCH_HOSTILE_SECONDS ?? 15} s per variant at 10,000 updates/s x 1 KB, board B 10 clients at 10 Hz; amplification 100 ` +
      `sync step 1 requests for a 5 MB board, 5 s before and 10 s during; restart storm ${process.env.BENCH_STORM_CLIENTS ?? 1000} clients, ` +
      `${process.env.BENCH_STORM_SIGNAL ?? 'SIGTERM'}${only === undefined ? '' : `; BENCH_SCENARIO=${only}`}. One run each, no medians.`,
    tables: rows.length > 0 ? [{ header: ['scenario', 'figure', 'value', 'goal'], rows }] : [],
  });
}
