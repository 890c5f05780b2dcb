// `pnpm napkin` runs bin/napkin.mjs, which runs the esbuild bundle: the bundle must do what the sources do
// (PNG and PDF included, whose wasm and fonts it finds in node_modules from dist/), and a bundle that no
// longer matches the sources is built again before it runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const packageDir = join(__dirname, '..');
const launcher = join(packageDir, 'bin', 'napkin.mjs');
const inputsFile = join(packageDir, 'dist', 'inputs.json');
const example = join(packageDir, '..', 'analysis', 'examples', 'typical-request-path.json');

function napkin(args: readonly string[], cwd: string) {
  return spawnSync(process.execPath, [launcher, ...args], { cwd, env: { ...process.env, INIT_CWD: cwd }, encoding: 'utf8' });
}

interface Listed {
  readonly file: string;
  readonly size: number;
  readonly mtimeMs: number;
}
const listed = (): Listed[] => (JSON.parse(readFileSync(inputsFile, 'utf8')) as { inputs: Listed[] }).inputs;

describe('bin/napkin.mjs', () => {
  it('exports PNG and PDF from the bundle, its assets found from dist/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'napkin-bundle-'));
    const png = napkin(['export', example, '--format', 'png', '-o', 'board.png'], dir);
    expect(png.stderr).toMatch(/wrote .*board\.png/);
    expect(png.status).toBe(0);
    expect([...readFileSync(join(dir, 'board.png')).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const pdf = napkin(['export', example, '--format', 'pdf', '-o', 'report.pdf'], dir);
    expect(pdf.status, pdf.stderr).toBe(0);
    expect(readFileSync(join(dir, 'report.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('bundles again when a listed source no longer matches, then runs', () => {
    expect(napkin(['analyze', example, '--json'], packageDir).status).toBe(0);
    const before = listed();
    expect(before.map((input) => input.file)).toEqual(expect.arrayContaining(['packages/cli/src/bin.ts', 'packages/render/src/index.ts', 'packages/analysis/src/index.ts']));
    // As if packages/cli/src/bin.ts had been edited since the bundle was built.
    writeFileSync(inputsFile, JSON.stringify({ inputs: before.map((input) => (input.file.endsWith('cli/src/bin.ts') ? { ...input, mtimeMs: 0 } : input)) }));
    const child = napkin(['analyze', example, '--json'], packageDir);
    expect(child.status, child.stderr).toBe(0);
    expect((JSON.parse(child.stdout) as { format: string }).format).toBe('napkin-analysis');
    const bin = listed().find((input) => input.file === 'packages/cli/src/bin.ts');
    expect(bin?.mtimeMs).toBe(statSync(join(packageDir, 'src', 'bin.ts')).mtimeMs);
  });
});
