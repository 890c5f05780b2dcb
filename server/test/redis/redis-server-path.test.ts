// The lookup order for system programs: the override variable, then PATH, then Debian's path, and an
// error that names the variable to set. Runs on made-up executables in a temporary directory.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REDIS_SERVER, requireProgram } from '../../../scripts/system-programs.mjs';
import type { SystemProgram } from '../../../scripts/system-programs.mjs';

const root = mkdtempSync(join(tmpdir(), 'napkin-find-program-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function executable(dir: string, name: string, mode = 0o755): string {
  mkdirSync(join(root, dir), { recursive: true });
  const path = join(root, dir, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, mode);
  return path;
}

const debian = executable('usr-bin', 'redis-server');
const program: SystemProgram = { ...REDIS_SERVER, commands: ['redis-server', 'redis-server-7'], debianPath: debian };
const onPath = executable('path-b', 'redis-server-7');
const override = executable('elsewhere', 'my-redis');
executable('path-a', 'redis-server', 0o644);
const PATH = [join(root, 'path-a'), join(root, 'path-b')].join(delimiter);

describe('requireProgram (scripts/system-programs.mjs)', () => {
  it('takes the override variable first, even when PATH has one', () => {
    expect(requireProgram(program, { REDIS_SERVER: override, PATH })).toBe(override);
  });

  it('then the first executable on PATH, skipping files that cannot be run', () => {
    expect(requireProgram(program, { PATH })).toBe(onPath);
    expect(requireProgram(program, { REDIS_SERVER: '', PATH })).toBe(onPath);
  });

  it("then Debian's path", () => {
    expect(requireProgram(program, { PATH: join(root, 'path-a') })).toBe(debian);
  });

  it('names the variable to set when it is nowhere', () => {
    const nowhere = { ...program, debianPath: join(root, 'no-such', 'redis-server') };
    expect(() => requireProgram(nowhere, { PATH: join(root, 'path-a') })).toThrow(
      /^redis-server not found: set REDIS_SERVER to its executable, put redis-server or redis-server-7 on PATH/,
    );
  });

  it('does not look elsewhere when the override points at nothing runnable', () => {
    expect(() => requireProgram(program, { REDIS_SERVER: join(root, 'path-a', 'redis-server'), PATH })).toThrow(
      /^REDIS_SERVER is set to ".*path-a\/redis-server", which is not an executable file$/,
    );
  });
});
