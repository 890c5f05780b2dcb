#!/usr/bin/env node
// The two commands of the README (`pnpm start`, `pnpm test`; `npm start` / `npm test` work the same)
// must work on a fresh machine, so each first installs what is missing and only then runs.
// Idempotent: on a prepared machine every step is a quick check.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const task = process.argv[2] ?? 'start';

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

/** Debian packages the tests drive for real: Chromium for Playwright, redis-server for the Redis tests. */
function ensureSystemPackages() {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!has('redis-server')) missing.push('redis-server');
  if (missing.length === 0) return;
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  run(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`);
}

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
