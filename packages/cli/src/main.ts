// `pnpm napkin analyze <board.json> [--json]`: a readable report, or the full result as JSON.
// Bad input gives a clear message and exit code 1, never a stack trace. The engine stays pure;
// reading files and talking to the terminal happen here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeInput } from '@napkin/analysis';
import { renderErrors, renderReport } from './report';

const USAGE = 'usage: napkin analyze <board.json> [--json]';

export function run(argv: readonly string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const json = argv.includes('--json');
  const positional = argv.filter((arg) => !arg.startsWith('--'));
  const [command, file] = positional;
  if (command !== 'analyze' || file === undefined) return { code: 1, stdout: '', stderr: USAGE };
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    return { code: 1, stdout: '', stderr: `napkin: cannot read ${file} (${reason})` };
  }
  const { result, errors } = analyzeInput(text);
  if (!result) {
    return {
      code: 1,
      stdout: '',
      stderr: [`napkin: ${file} is not a napkin board:`, ...renderErrors(errors)].join('\n'),
    };
  }
  return { code: 0, stdout: json ? JSON.stringify(result, null, 2) : renderReport(result), stderr: '' };
}

// Only act when executed as a script (tests import `run`).
if (process.argv[1] !== undefined && /cli[\\/]src[\\/]main\.ts$/.test(process.argv[1])) {
  // `napkin analyze … --json | head` closes the pipe early: the reader's choice, not a crash to print.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  let outcome: ReturnType<typeof run>;
  try {
    outcome = run(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
  } catch (error) {
    outcome = {
      code: 1,
      stdout: '',
      stderr: `napkin: internal error: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (outcome.stdout) process.stdout.write(`${outcome.stdout}\n`);
  if (outcome.stderr) process.stderr.write(`${outcome.stderr}\n`);
  process.exitCode = outcome.code;
}
