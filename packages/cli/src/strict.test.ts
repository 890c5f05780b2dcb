// A board the CLI could not read whole is refused with exit code 1 and every problem located, for
// `analyze` and `export` alike; a kind written by its common name is read as the catalog kind.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, run } from './main';

const board = (components: object[], calls: object[] = []) => ({ format: 'napkin-board', version: 1, components, calls });
const users = { id: 'users', kind: 'web-client', entry: { rps: 100 } };
const app = { id: 'app', kind: 'stateless-service' };
const toApp = { id: 'c1', from: 'users', to: 'app', mode: 'sync' };

function written(content: object): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'napkin-strict-'));
  writeFileSync(join(dir, 'board.json'), JSON.stringify(content));
  return { dir, file: 'board.json' };
}

describe('napkin refuses a board it could not read whole', () => {
  it('a percentage where a fraction belongs: exit 1, the path and what was expected', () => {
    const { dir, file } = written(board([users, app, { id: 'db', kind: 'relational-primary', params: { availability: 99.95 } }], [toApp, { id: 'c2', from: 'app', to: 'db', mode: 'sync' }]));
    const out = run(['analyze', file], dir);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('napkin: board.json has 2 problems; nothing was analysed (fix them and run again):');
    expect(out.stderr).toContain('  components[2].params.availability: must be a fraction between 0 and 1, e.g. 0.9995; 99.95 looks like a percentage (99.95 % is 0.9995)');
    // The component was dropped, so the call into it is named too: nothing silently left out.
    expect(out.stderr).toContain('  calls[1].to: no component "db"; call skipped');
  });

  it('as a real process: exit status 1, the path on stderr, nothing on stdout', () => {
    const { dir, file } = written(board([users, { ...app, params: { availability: 99.95 } }], [toApp]));
    const child = spawnSync(process.execPath, [join(__dirname, '..', 'bin', 'napkin.mjs'), 'analyze', file], {
      cwd: join(__dirname, '..'),
      env: { ...process.env, INIT_CWD: dir },
      encoding: 'utf8',
    });
    expect(child.status).toBe(1);
    expect(child.stdout).toBe('');
    expect(child.stderr).toContain('components[1].params.availability: must be a fraction between 0 and 1, e.g. 0.9995; 99.95 looks like a percentage');
  }, 60_000);

  it('a misspelt field: exit 1 with the suggestion, for --json too', () => {
    const { dir, file } = written(board([users, { ...app, params: { availabilty: 0.999 } }], [{ ...toApp, timeout: 100 }]));
    const out = run(['analyze', file, '--json'], dir);
    expect(out).toMatchObject({ code: 1, stdout: '' });
    expect(out.stderr.split('\n').slice(1)).toEqual([
      '  components[1].params.availabilty: unknown field; did you mean availability?',
      '  calls[0].timeout: unknown field; did you mean timeoutMs?',
    ]);
  });

  it('an unknown kind: exit 1, with the kind probably meant', () => {
    const { dir, file } = written(board([users, { ...app, kind: 'stateles-service' }], [toApp]));
    const out = run(['analyze', file], dir);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('components[1].kind: unknown kind "stateles-service" (did you mean stateless-service?); component skipped');
  });

  it('export refuses the same boards', async () => {
    const { dir, file } = written(board([users, { ...app, params: { availability: 99.95 } }], [toApp]));
    const out = await main(['export', file, '--format', 'svg'], dir);
    expect(out).toMatchObject({ code: 1, stdout: '' });
    expect(out.stderr).toMatch(/components\[1\]\.params\.availability: must be a fraction/);
    const unknownKind = written(board([users, { ...app, kind: 'quantum' }], [toApp]));
    expect((await main(['export', unknownKind.file, '--format', 'mermaid'], unknownKind.dir)).code).toBe(1);
  });

  it('reads kind: "postgres" as the relational primary named PostgreSQL', () => {
    const { dir, file } = written(board([users, app, { id: 'db', kind: 'postgres' }], [toApp, { id: 'c2', from: 'app', to: 'db', mode: 'sync' }]));
    const out = run(['analyze', file, '--json'], dir);
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout) as { errors: unknown[]; components: { id: string; kind: string; name: string }[] };
    expect(result.errors).toEqual([]);
    expect(result.components.find((component) => component.id === 'db')).toMatchObject({ kind: 'relational-primary', name: 'PostgreSQL' });
  });
});
