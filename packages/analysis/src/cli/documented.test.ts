// The commands the READMEs document are the ones people paste: run each `napkin analyze … --json`
// exactly as written, from the repository root, through pnpm, and require stdout to be one JSON
// document (pnpm's own `> napkin@ …` banner in front of it once made it unparseable).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = join(__dirname, '..', '..', '..', '..');
const READMES = ['README.md', 'packages/analysis/README.md'];

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
