// Where the redis-server the Redis suites and the cross-instance benchmark start is, found rather than
// assumed: the REDIS_SERVER override, then PATH, then Debian's /usr/bin/redis-server, by the one lookup
// every package uses (scripts/system-programs.mjs, which also installs Debian's package when none is
// found).
import { REDIS_SERVER, requireProgram } from '../../../scripts/system-programs.mjs';

export function redisServerPath(env: NodeJS.ProcessEnv = process.env): string {
  return requireProgram(REDIS_SERVER, env);
}
