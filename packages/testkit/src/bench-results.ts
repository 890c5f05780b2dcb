// `BENCH_RECORD=1 pnpm bench` adds a dated entry to each benchmark's `bench/RESULTS.md`: the date, the
// commit, the machine and its load, the settings and the figures. A README says what is true now; the
// results file keeps what was measured when, under which load, so a figure can be weighed later.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';

export const RECORD_VARIABLE = 'BENCH_RECORD';

export interface BenchTable {
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
}

export interface BenchEntry {
  /** What ran, after the date in the heading: "analysis bench". */
  readonly title: string;
  /** How it ran: seed, rounds, durations, overrides, so the entry can be repeated. */
  readonly settings: string;
  readonly tables: readonly BenchTable[];
  /** Figures that are not table rows (a goal's verdict, a ratio across scenarios). */
  readonly notes?: readonly string[];
}

export interface BenchRecorder {
  /** Whether BENCH_RECORD asked for an entry. */
  readonly enabled: boolean;
  /** Adds `entry` to RESULTS.md (newest first) when recording is on; does nothing otherwise. */
  record(entry: BenchEntry): void;
}

export interface RecorderOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly now?: () => Date;
}

/**
 * A recorder for the results file at `<package>/bench/RESULTS.md`. Create it when the bench starts: it
 * notes the load average then, because the bench's own work raises the figure read at the end.
 */
export function benchRecorder(resultsFile: string, options: RecorderOptions = {}): BenchRecorder {
  const env = options.env ?? process.env;
  const now = options.now ?? (() => new Date());
  const enabled = ['1', 'true', 'yes'].includes((env[RECORD_VARIABLE] ?? '').toLowerCase());
  const startLoad = loadavg();
  const startedAt = now();
  return {
    enabled,
    record(entry) {
      if (!enabled) return;
      if (!existsSync(resultsFile)) throw new Error(`${RECORD_VARIABLE}: no results file at ${resultsFile}`);
      const text = formatEntry(entry, { startedAt, startLoad, endLoad: loadavg(), checkout: describeCheckout(dirname(dirname(resultsFile))) });
      writeFileSync(resultsFile, insertNewestFirst(readFileSync(resultsFile, 'utf8'), text));
      console.log(`\nrecorded in ${resultsFile}`);
    },
  };
}

interface Circumstances {
  readonly startedAt: Date;
  readonly startLoad: readonly number[];
  readonly endLoad: readonly number[];
  readonly checkout: string;
}

/** "2026-12-04 20:31 UTC": the results files compare entries across days, so one clock for all. */
const utcMinute = (date: Date): string => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

const loadText = (load: readonly number[]): string => load.map((value) => value.toFixed(2)).join(' / ');

export function formatEntry(entry: BenchEntry, circumstances: Circumstances): string {
  const { startedAt, startLoad, endLoad, checkout } = circumstances;
  const machine = `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
  const lines = [
    `## ${utcMinute(startedAt)}, ${entry.title}`,
    '',
    `Recorded by \`${RECORD_VARIABLE}=1\`: commit ${checkout}; ${machine}; load average (1 / 5 / 15 min) ` +
      `${loadText(startLoad)} at the start, ${loadText(endLoad)} at the end. ${entry.settings}`,
  ];
  for (const table of entry.tables) {
    lines.push('', `| ${table.header.join(' | ')} |`, `|${table.header.map(() => ' --- |').join('')}`);
    for (const row of table.rows) lines.push(`| ${row.join(' | ')} |`);
  }
  if (entry.notes !== undefined && entry.notes.length > 0) lines.push('', ...entry.notes);
  return `${lines.join('\n')}\n`;
}

/** Puts `entry` before the first dated section ("## …"), after the file's header that explains it. */
export function insertNewestFirst(results: string, entry: string): string {
  const first = results.search(/^## /m);
  if (first === -1) return `${results.trimEnd()}\n\n${entry}`;
  return `${results.slice(0, first)}${entry}\n${results.slice(first)}`;
}

/** The short commit, and whether the package had uncommitted changes (the figures are then not the commit's). */
function describeCheckout(packageDir: string): string {
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: packageDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const commit = git('rev-parse', '--short', 'HEAD');
    const changed = git('status', '--porcelain', '--', '.') !== '';
    return changed ? `${commit} with uncommitted changes in ${git('rev-parse', '--show-prefix') || '.'}` : commit;
  } catch {
    return 'unknown (not a git checkout)';
  }
}
