#!/usr/bin/env node
// The two commands of the README (`pnpm start`, `pnpm test`; `npm start` / `npm test` work the same)
// must work on a fresh machine, so each first installs what is missing and only then runs.
// Idempotent: on a prepared machine every step is a quick check.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingPackages } from './system-programs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const task = process.argv[2] ?? 'start';

/** Whether `version` ("20.19.1") is in a range of `^x.y.z` and `>=x.y.z` parts joined by `||`. */
function satisfies(version, range) {
  const have = version.split('.').map(Number);
  const compare = (want) => have[0] - want[0] || have[1] - want[1] || have[2] - want[2];
  return range.split('||').some((part) => {
    const match = /^\s*(\^|>=)\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(part);
    if (match === null) throw new Error(`bootstrap.mjs cannot read "${part.trim()}" in engines.node`);
    const want = [Number(match[2]), Number(match[3] ?? 0), Number(match[4] ?? 0)];
    return compare(want) >= 0 && (match[1] === '>=' || have[0] === want[0]);
  });
}

/**
 * Fails before installing anything on a Node older than engines.node allows. Below it the failures are
 * obscure and late: `zlib.crc32` (the WAL's checksums) arrived in 20.15, and Vite 7, its React plugin
 * and typescript-eslint's visitor keys need 20.19 (22.13 on the 22 line).
 */
function ensureNodeVersion() {
  const range = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node;
  if (satisfies(process.versions.node, range)) return;
  console.error(`Napkin needs Node ${range} (engines.node in package.json); this is Node ${process.versions.node}.`);
  console.error('Install a newer Node (for example `nvm install 22`) and run the command again.');
  process.exit(1);
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function run(command, env = {}) {
  console.log(`\n$ ${command}`);
  const result = spawnSync('sh', ['-c', command], { cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function ensurePnpm() {
  if (has('pnpm')) return;
  // corepack fails its signature check on our machines; npm's global install works everywhere.
  run('npm install -g pnpm@10');
}

function ensureDependencies() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  run('pnpm install --frozen-lockfile');
}

/**
 * Programs the tests drive for real: Chromium for Playwright, redis-server for the Redis tests. Found
 * through their env override, PATH or Debian's path (system-programs.mjs); Debian's package otherwise.
 */
function ensureSystemPackages() {
  let missing;
  try {
    missing = missingPackages();
  } catch (brokenOverride) {
    console.error(brokenOverride.message);
    process.exit(1);
  }
  if (missing.length === 0) return;
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  run(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`);
}

ensureNodeVersion();
ensurePnpm();
ensureDependencies();
switch (task) {
  case 'start':
    run('pnpm exec turbo run build --filter=@napkin/web --output-logs=errors-only');
    run('pnpm --filter @napkin/server run start');
    break;
  case 'test':
    ensureSystemPackages();
    run('pnpm exec turbo run lint typecheck build --output-logs=errors-only');
    // One package at a time: the suites start real servers and a real browser on two cores.
    run('pnpm exec turbo run test --concurrency=1');
    break;
  case 'bench':
    ensureSystemPackages();
    run('pnpm exec turbo run build --filter=@napkin/web --output-logs=errors-only');
    run('pnpm -r --workspace-concurrency=1 --if-present run bench');
    break;
  default:
    console.error(`unknown task "${task}": use start, test or bench`);
    process.exit(2);
}
