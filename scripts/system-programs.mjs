// The programs the tests drive for real, found rather than assumed: Chromium (Playwright) and
// redis-server (the Redis suites). Each is looked up in the order every package uses: its environment
// variable, then PATH, then where Debian installs it; bootstrap.mjs and .ci/run install the Debian
// package of whatever is not found. The one lookup for every package: e2e/support/chromiumPath.ts and
// server/test/redis/redis-server-path.ts call it (types in system-programs.d.mts).
//
//   node scripts/system-programs.mjs missing-packages   prints the Debian packages to install, if any
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = {
  name: 'Chromium',
  env: 'CHROMIUM_PATH',
  commands: ['chromium', 'chromium-browser', 'google-chrome'],
  debianPath: '/usr/bin/chromium',
  debianPackage: 'chromium',
};

export const REDIS_SERVER = {
  name: 'redis-server',
  env: 'REDIS_SERVER',
  commands: ['redis-server'],
  debianPath: '/usr/bin/redis-server',
  debianPackage: 'redis-server',
};

export const SYSTEM_PROGRAMS = [CHROMIUM, REDIS_SERVER];

function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The program's path, or undefined when it is nowhere. An override that points at nothing is an error,
 * not a reason to look elsewhere: whoever set it meant that program.
 */
export function findProgram(program, env = process.env) {
  const override = env[program.env];
  if (override !== undefined && override !== '') {
    if (isExecutableFile(override)) return override;
    throw new Error(`${program.env} is set to "${override}", which is not an executable file`);
  }
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const command of program.commands) {
      const candidate = join(dir, command);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return isExecutableFile(program.debianPath) ? program.debianPath : undefined;
}

/** The program's path; throws naming the override variable when it is nowhere (or the override is wrong). */
export function requireProgram(program, env = process.env) {
  const found = findProgram(program, env);
  if (found !== undefined) return found;
  throw new Error(
    `${program.name} not found: set ${program.env} to its executable, put ${program.commands.join(' or ')} on PATH, ` +
      `or install it at ${program.debianPath} (Debian's package; pnpm test installs it)`,
  );
}

/** Debian packages providing the programs not found (throws if an override is broken). */
export function missingPackages(env = process.env) {
  return SYSTEM_PROGRAMS.filter((program) => findProgram(program, env) === undefined).map((program) => program.debianPackage);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] !== 'missing-packages') {
    console.error('usage: node scripts/system-programs.mjs missing-packages');
    process.exit(2);
  }
  try {
    const missing = missingPackages();
    if (missing.length > 0) console.log(missing.join('\n'));
  } catch (error) {
    console.error(`system-programs: ${error.message}`);
    process.exit(1);
  }
}
