// SVG export of a 300-component board, as the CLI does it: in process (analysis, then scene + SVG) and as
// the whole `napkin export … --format svg` command: the process `pnpm napkin` starts (node on the
// launcher, which runs the prebuilt bundle: reading the file, analysing, rendering, writing), and the same
// typed as `pnpm -s napkin …`, pnpm's own start included. Goal: under 1 s each. The browser's side is
// e2e/bench/export-time.ts.
//
// Peers, measured in the same run and interleaved with it, so a loaded machine slows both alike and the
// ratios stay readable when the milliseconds are not: the same command exporting the board file
// (`--format json`: Node's start, the bundle, reading and checking the board, writing; no analysis, no
// drawing) and a bare `node -e 0`. svg / json is what the export itself adds to the command's floor.
//
//   pnpm --filter @napkin/render bench              (SIZE=300 RUNS=15 COMMANDS=5 SEED=16)
//
// BENCH_RECORD=1 adds the figures as a dated entry to bench/RESULTS.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '@napkin/analysis';
import { benchRecorder } from '@napkin/testkit';
import { svgOf } from '../src/index';
import { randomBoard } from '../test/boards';

const SIZE = Number(process.env.SIZE ?? 300);
const RUNS = Number(process.env.RUNS ?? 15);
const COMMANDS = Number(process.env.COMMANDS ?? 5);
const SEED = Number(process.env.SEED ?? 16);
const GOAL_MS = 1000;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function timed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

const recorder = benchRecorder(fileURLToPath(new URL('./RESULTS.md', import.meta.url)));
const board = randomBoard(SIZE, SEED);
const result = analyze(board);
let bytes = 0;
// Warm-up: the first renders include loading and compiling the renderer.
for (let run = 0; run < 3; run += 1) bytes = svgOf(board, result).length;
const render = median(Array.from({ length: RUNS }, () => timed(() => svgOf(board, result))));
const analyseAndRender = median(Array.from({ length: RUNS }, () => timed(() => svgOf(board, analyze(board)))));

const dir = mkdtempSync(join(tmpdir(), 'napkin-export-bench-'));
const boardFile = join(dir, 'board.json');
writeFileSync(boardFile, JSON.stringify(board));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const exportArgs = (format: string) => ['export', boardFile, '--format', format, '-o', join(dir, `board.${format}`)];
const launcher = join(repoRoot, 'packages', 'cli', 'bin', 'napkin.mjs');
// The first command builds the bundle if the sources are newer than it: not part of the figure.
execFileSync(process.execPath, [launcher, ...exportArgs('svg')], { stdio: 'ignore' });
const commands = {
  svg: [process.execPath, launcher, ...exportArgs('svg')],
  json: [process.execPath, launcher, ...exportArgs('json')],
  node: [process.execPath, '-e', '0'],
  pnpmSvg: ['pnpm', '-s', 'napkin', ...exportArgs('svg')],
  pnpmJson: ['pnpm', '-s', 'napkin', ...exportArgs('json')],
} as const;
const times: Record<keyof typeof commands, number[]> = { svg: [], json: [], node: [], pnpmSvg: [], pnpmJson: [] };
// Round-robin: each round runs every command once, so a burst of load lands on all of them.
for (let round = 0; round < COMMANDS; round += 1) {
  for (const [name, [program, ...args]] of Object.entries(commands) as [keyof typeof commands, readonly string[]][]) {
    times[name].push(timed(() => execFileSync(program ?? '', args, { cwd: repoRoot, stdio: 'ignore' })));
  }
}
const command = median(times.svg);
const floor = median(times.json);
const bareNode = median(times.node);
const throughPnpm = median(times.pnpmSvg);
const pnpmFloor = median(times.pnpmJson);
rmSync(dir, { recursive: true, force: true });

const verdict = (ms: number) => (ms < GOAL_MS ? 'met' : 'missed');
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
console.log(`SVG export, ${SIZE} components (seed ${SEED}), ${(bytes / 1024).toFixed(0)} KB of SVG`);
console.log(`  render (scene + SVG), median of ${RUNS}:          ${render.toFixed(1)} ms`);
console.log(`  analyse + render, median of ${RUNS}:              ${analyseAndRender.toFixed(1)} ms  (${ratio(analyseAndRender, render)} render)`);
console.log(`  whole commands, median of ${COMMANDS} interleaved rounds:`);
console.log(`    napkin export --format svg:         ${command.toFixed(0)} ms  (goal < ${GOAL_MS} ms: ${verdict(command)})`);
console.log(`    peer: napkin export --format json:  ${floor.toFixed(0)} ms  (svg / json ${ratio(command, floor)})`);
console.log(`    peer: node -e 0:                    ${bareNode.toFixed(0)} ms  (svg / node ${ratio(command, bareNode)})`);
console.log(`    pnpm -s napkin export --format svg:  ${throughPnpm.toFixed(0)} ms  (pnpm's start included; svg / json through pnpm ${ratio(throughPnpm, pnpmFloor)})`);
recorder.record({
  title: '`pnpm bench` (SVG export in the CLI)',
  settings: `${SIZE} components (test/boards.ts randomBoard, seed ${SEED}), ${RUNS} in-process runs after 3 warm-up, ${COMMANDS} interleaved rounds of whole commands (svg, json peer, bare node, both through pnpm).`,
  tables: [
    {
      header: ['what', 'median ms', 'ratio to its peer'],
      rows: [
        ['render (scene + SVG)', render.toFixed(1), ''],
        ['analyse + render', analyseAndRender.toFixed(1), `${ratio(analyseAndRender, render)} render`],
        ['`napkin export --format svg` process', command.toFixed(0), `${ratio(command, floor)} json, ${ratio(command, bareNode)} bare node`],
        ['peer: `napkin export --format json` process', floor.toFixed(0), `${ratio(floor, bareNode)} bare node`],
        ['peer: `node -e 0`', bareNode.toFixed(0), ''],
        ['`pnpm -s napkin export --format svg`', throughPnpm.toFixed(0), `${ratio(throughPnpm, pnpmFloor)} json through pnpm`],
        ['peer: `pnpm -s napkin export --format json`', pnpmFloor.toFixed(0), ''],
      ],
    },
  ],
  notes: [
    `Goal < ${GOAL_MS} ms for the command: ${verdict(command)} (through pnpm: ${verdict(throughPnpm)}). SVG size ${(bytes / 1024).toFixed(0)} KB.`,
  ],
});
