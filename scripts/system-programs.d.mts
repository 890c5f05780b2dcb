// Types of system-programs.mjs for the TypeScript packages that call it (e2e, server tests and bench).

export interface SystemProgram {
  readonly name: string;
  /** Environment variable that overrides the lookup. */
  readonly env: string;
  /** Command names to look for on PATH, in order of preference. */
  readonly commands: readonly string[];
  /** Where Debian installs it: the last resort. */
  readonly debianPath: string;
  readonly debianPackage: string;
}

export const CHROMIUM: SystemProgram;
export const REDIS_SERVER: SystemProgram;
export const SYSTEM_PROGRAMS: readonly SystemProgram[];
/** The program's path, or undefined when it is nowhere; throws when its override points at nothing runnable. */
export function findProgram(program: SystemProgram, env?: NodeJS.ProcessEnv): string | undefined;
/** The program's path; throws naming the override variable when it is nowhere. */
export function requireProgram(program: SystemProgram, env?: NodeJS.ProcessEnv): string;
export function missingPackages(env?: NodeJS.ProcessEnv): string[];
