// Where the Chromium the browser tests drive is, found rather than assumed (no browser download: a
// system Chromium). Looked up in the order every package uses for its system programs: the
// CHROMIUM_PATH override, then PATH (chromium, chromium-browser, google-chrome), then Debian's
// /usr/bin/chromium; the root's scripts/system-programs.mjs installs Debian's package when none is found.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface SystemProgram {
  readonly name: string;
  /** Environment variable that overrides the lookup. */
  readonly env: string;
  /** Command names to look for on PATH, in order of preference. */
  readonly commands: readonly string[];
  /** Where Debian installs it: the last resort. */
  readonly debianPath: string;
}

export const CHROMIUM: SystemProgram = {
  name: 'Chromium',
  env: 'CHROMIUM_PATH',
  commands: ['chromium', 'chromium-browser', 'google-chrome'],
  debianPath: '/usr/bin/chromium',
};

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The program's path; throws naming the override variable when it is nowhere (or the override is wrong). */
export function findProgram(program: SystemProgram, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[program.env];
  if (override !== undefined && override !== '') {
    if (isExecutableFile(override)) return override;
    throw new Error(`${program.env} is set to "${override}", which is not an executable file`);
  }
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const command of program.commands) {
      if (isExecutableFile(join(dir, command))) return join(dir, command);
    }
  }
  if (isExecutableFile(program.debianPath)) return program.debianPath;
  throw new Error(
    `${program.name} not found: set ${program.env} to its executable, put ${program.commands.join(' or ')} on PATH, ` +
      `or install it at ${program.debianPath} (Debian's package; pnpm test installs it)`,
  );
}

/** The Chromium executable for Playwright's `launchOptions.executablePath`. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return findProgram(CHROMIUM, env);
}
