// The command as CI runs it, in-process on the fixture texts: its exit code and what it prints.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCitationsCommand } from './check-citations';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const TEXTS = fileURLToPath(new URL('../test/fixtures/shared/seeds', import.meta.url));
const HOLDING = 'test/fixtures/citations-that-hold.ts';
const FAILING = 'test/fixtures/citations-that-fail.ts';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  // Modules are named relative to the working directory, the texts relative to where pnpm was run.
  const code = await checkCitationsCommand(argv, {
    cwd: PACKAGE,
    invokedFrom: `${PACKAGE}test`,
    out: (text) => (out += text),
    err: (text) => (err += text),
  });
  return { code, out, err };
}

describe('check-citations command', () => {
  it('exits 0 and says so when every citation holds', async () => {
    const { code, out, err } = await run(TEXTS, '--citations', HOLDING);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toBe(`check:citations: all 11 citations hold against ${TEXTS}`);
  });

  it('exits 1 and lists every failing citation, the texts named relative to where pnpm ran', async () => {
    const { code, err } = await run('fixtures/shared/seeds', '--citations', HOLDING, '--citations', FAILING);
    expect(code).toBe(1);
    expect(err).toContain('✗ missing-file: file 005_not_there.txt not found');
    expect(err).toContain('✗ copied-note: its note repeats the text word for word');
    expect(err).toContain(`8 of 19 citations fail against ${TEXTS}`);
  });

  it('exits 2 with its usage when the directory or the modules are missing', async () => {
    expect(await run('--citations', HOLDING)).toMatchObject({ code: 2, err: expect.stringContaining('usage: pnpm check:citations') });
    expect(await run(TEXTS)).toMatchObject({ code: 2, err: expect.stringContaining('no --citations module given') });
    expect(await run('/no/such/dir', '--citations', HOLDING)).toMatchObject({ code: 2, err: expect.stringContaining('/no/such/dir is not a directory') });
    expect(await run(TEXTS, '--citations')).toMatchObject({ code: 2, err: expect.stringContaining('--citations needs a module path') });
  });

  it('exits 2 naming a module that is missing or does not export CITATIONS as citations', async () => {
    expect(await run(TEXTS, '--citations', 'src/network.ts')).toMatchObject({
      code: 2,
      err: expect.stringContaining('src/network.ts does not export CITATIONS as a list of citations'),
    });
    expect(await run(TEXTS, '--citations', 'src/nothing-here.ts')).toMatchObject({ code: 2, err: expect.stringContaining('nothing-here.ts does not exist') });
  });
});
