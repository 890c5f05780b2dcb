// The relay logs through this interface so tests can capture or silence output and a deployment can
// plug in a structured logger; nothing in the core writes to the console directly.

export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

function format(message: string, fields: LogFields | undefined): string {
  if (fields === undefined) return message;
  return `${message} ${JSON.stringify(fields, (_key, value: unknown) => (value instanceof Error ? value.message : value))}`;
}

/** One line per event, prefixed with the level; warnings and errors go to stderr. */
export function createConsoleLogger(): Logger {
  return {
    info: (message, fields) => console.log(`[napkin] ${format(message, fields)}`),
    warn: (message, fields) => console.warn(`[napkin] WARN ${format(message, fields)}`),
    error: (message, fields) => console.error(`[napkin] ERROR ${format(message, fields)}`),
  };
}

/** Drops everything; for tests that assert behaviour rather than log output. */
export function createSilentLogger(): Logger {
  const ignore = (): void => undefined;
  return { info: ignore, warn: ignore, error: ignore };
}

/** Keeps every line in memory so a test can assert that a reason was logged. */
export function createMemoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (message, fields) => lines.push(`info ${format(message, fields)}`),
    warn: (message, fields) => lines.push(`warn ${format(message, fields)}`),
    error: (message, fields) => lines.push(`error ${format(message, fields)}`),
  };
}
