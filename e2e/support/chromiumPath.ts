// Where the Chromium the browser tests drive is, found rather than assumed (no browser download: a
// system Chromium): the CHROMIUM_PATH override, then PATH, then Debian's /usr/bin/chromium, by the one
// lookup every package uses (scripts/system-programs.mjs, which also installs Debian's package when none
// is found).
import { CHROMIUM, requireProgram } from '../../scripts/system-programs.mjs';

/** The Chromium executable for Playwright's `launchOptions.executablePath`. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return requireProgram(CHROMIUM, env);
}
