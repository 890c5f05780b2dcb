// The command line: readable report, --json, and clear failures with exit code 1 and no stack trace;
// and the commands the READMEs document, run exactly as written, from the repository root, through
// pnpm: `--json` must print one JSON document (pnpm's `> napkin@ …` banner once made it unparseable).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './main';

const packageDir = join(__dirname, '..');
// The example boards belong to the engine; the CLI reads them where the READMEs point.
const analysisDir = join(packageDir, '..', 'analysis');

describe('napkin analyze', () => {
  it('ships example boards that are valid and analyse without errors', () => {
    const examples = readdirSync(join(analysisDir, 'examples')).filter((name) => name.endsWith('.json'));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const name of examples) {
      const out = run(['analyze', `examples/${name}`, '--json'], analysisDir);
      expect(out.code, name).toBe(0);
      expect((JSON.parse(out.stdout) as { errors: unknown[] }).errors, name).toEqual([]);
    }
  });

  it('prints flows, budgets, availability, bottleneck and findings for an example board', () => {
    const out = run(['analyze', 'examples/typical-request-path.json'], analysisDir);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/Flow "Web users"/);
    expect(out.stdout).toMatch(/p99 [\d.]+ ms {2}budget 200\.0 ms/);
    expect(out.stdout).toMatch(/availability 99\.\d+ %/);
    expect(out.stdout).toMatch(/Bottleneck: App/);
    expect(out.stdout).toMatch(/Findings \(\d+\):/);
  });

  it('says what a flow loses to timeouts, and which call, when that is the larger part of a missed objective', () => {
    const out = run(['analyze', 'examples/fanout-async.json'], analysisDir);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/lost to timeouts: 0\.13 points, to failures 0\.000027 \(most often late: Search service → Index shard/);
    expect(out.stdout).toMatch(/\[warning\] timeouts-cost-availability: Mobile app: .* most often late: Search service → Index shard/);
  });

  it('says "saturated", naming the tier, where a saturated tier leaves the latency without bound', () => {
    // 4,400 req/s on 4 × 1,000 req/s: ρ 1.1, and a stateless service does not shed load.
    const dir = mkdtempSync(join(tmpdir(), 'napkin-'));
    const board = {
      format: 'napkin-board',
      version: 1,
      components: [
        { id: 'users', kind: 'web-client', entry: { rps: 4400 } },
        { id: 'app', name: 'App tier', kind: 'stateless-service', instances: 4, params: { capacityRps: 1000 } },
      ],
      calls: [{ id: 'c1', from: 'users', to: 'app', mode: 'sync' }],
    };
    writeFileSync(join(dir, 'saturated.json'), JSON.stringify(board));
    const out = run(['analyze', 'saturated.json'], dir);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/latency {3}p50 saturated {2}p95 saturated {2}p99 saturated {2}budget 200\.0 ms {2}OVER BUDGET/);
    expect(out.stdout).toContain('unbounded: App tier is saturated (ρ 1.10, not shedding load): its queue grows without bound');
    expect(out.stdout).toMatch(/App tier: saturated \+ [\d.]+ ms {2}unbounded/);
    expect(out.stdout).toMatch(/App tier +4400\.0 req\/s +110\.0 % +saturated/);
  });

  it('--json prints the full result, parseable and complete', () => {
    const out = run(['analyze', 'examples/url-shortener.json', '--json'], analysisDir);
    const parsed = JSON.parse(out.stdout) as { format: string; flows: unknown[]; components: unknown[] };
    expect(parsed.format).toBe('napkin-analysis');
    expect(parsed.flows).toHaveLength(1);
    expect(parsed.components.length).toBeGreaterThan(5);
  });

  it('fails clearly on a missing file, a non-board and bad usage', () => {
    const missing = run(['analyze', 'nope.json'], packageDir);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toMatch(/cannot read nope\.json \(ENOENT\)/);

    const dir = mkdtempSync(join(tmpdir(), 'napkin-'));
    writeFileSync(join(dir, 'bad.json'), '{"format": "napkin-board", "version": 7, "components": []}');
    const bad = run(['analyze', 'bad.json'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not a napkin board:\n {2}version: /);

    expect(run([], packageDir)).toMatchObject({ code: 1, stderr: expect.stringMatching(/^usage: napkin analyze <board.json> \[--json\]\n {7}napkin export /) });
  });

  it('as a real process: exit code 1 and no stack trace on a broken file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'napkin-'));
    writeFileSync(join(dir, 'broken.json'), '{ this is not json');
    const child = spawnSync(
      process.execPath,
      [join(packageDir, 'bin/napkin.mjs'), 'analyze', 'broken.json'],
      {
        cwd: packageDir,
        env: { ...process.env, INIT_CWD: dir },
        encoding: 'utf8',
      },
    );
    expect(child.status).toBe(1);
    expect(child.stderr).toMatch(/not valid JSON/);
    expect(child.stderr).not.toMatch(/\n\s+at /);
  });
});

const repoRoot = join(__dirname, '..', '..', '..');
const READMES = ['README.md', 'packages/cli/README.md'];

/** Shell lines of the READMEs' code blocks that run `napkin analyze` with `--json`, comments dropped. */
function documentedJsonCommands(): Array<{ readme: string; command: string }> {
  const out: Array<{ readme: string; command: string }> = [];
  for (const readme of READMES) {
    for (const line of readFileSync(join(repoRoot, readme), 'utf8').split('\n')) {
      const command = line.split('#')[0]?.trim() ?? '';
      if (/^pnpm\b.*\bnapkin analyze\b.*--json\b/.test(command)) out.push({ readme, command });
    }
  }
  return out;
}

describe('documented napkin commands', () => {
  const commands = documentedJsonCommands();

  it('both READMEs document the --json form', () => {
    expect(new Set(commands.map((entry) => entry.readme))).toEqual(new Set(READMES));
  });

  it.each(commands)('$readme: `$command` prints pure JSON on stdout', ({ command }) => {
    // Plain words only (no quoting in these lines), so splitting on spaces is the shell's reading.
    const [program, ...args] = command.split(/\s+/);
    const child = spawnSync(program ?? 'pnpm', args, { cwd: repoRoot, encoding: 'utf8' });
    expect(child.status, child.stderr).toBe(0);
    const parsed = JSON.parse(child.stdout) as { format: string; errors: unknown[] };
    expect(parsed.format).toBe('napkin-analysis');
    expect(parsed.errors).toEqual([]);
  }, 60_000);
});
