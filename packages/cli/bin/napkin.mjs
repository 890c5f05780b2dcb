#!/usr/bin/env node
// `pnpm napkin …` starts here. It runs the prebuilt bundle (dist/napkin.mjs, `pnpm --filter @napkin/cli
// build`, which turbo's build runs) when the bundle matches the sources: every workspace file listed in
// dist/inputs.json still has the size and mtime it had when bundled. A missing or older bundle is built
// first (esbuild, about a second), so a fresh clone and an edited engine both get current code; if the
// build itself fails, the sources run through tsx, slower but the same command.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(packageDir, '..', '..');
const entry = join(packageDir, 'dist', 'napkin.mjs');

function bundleIsCurrent() {
  let listed;
  try {
    statSync(entry);
    listed = JSON.parse(readFileSync(join(packageDir, 'dist', 'inputs.json'), 'utf8')).inputs;
  } catch {
    return false;
  }
  return listed.every(({ file, size, mtimeMs }) => {
    try {
      const stats = statSync(join(repoRoot, file));
      return stats.size === size && stats.mtimeMs === mtimeMs;
    } catch {
      return false;
    }
  });
}

async function ensureBundle() {
  if (bundleIsCurrent()) return true;
  try {
    await (await import('../scripts/build.mjs')).buildBundle();
    return true;
  } catch (error) {
    process.stderr.write(`napkin: could not bundle the command (${error instanceof Error ? error.message : String(error)}); running the sources with tsx\n`);
    return false;
  }
}

if (await ensureBundle()) {
  await import(pathToFileURL(entry).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(packageDir, 'src', 'bin.ts')).href);
}
