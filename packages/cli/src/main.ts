// `pnpm napkin analyze <board.json> [--json]`: a readable report, or the full result as JSON; and
// `pnpm napkin export …` (exportCommand.ts). Bad input gives a clear message and exit code 1, never a
// stack trace. The engine and the renderer stay pure; reading files happens here, the process in bin.ts.
import { analyzeInput } from '@napkin/analysis';
import { runExport } from './exportCommand';
import type { Outcome } from './exportCommand';
import { readBoardText } from './readBoard';
import { refuseBoard } from './refusal';
import { renderReport } from './report';

const USAGE = 'usage: napkin analyze <board.json> [--json]\n       napkin export <board.json | board link> --format svg|png|pdf|md|json|mermaid [-o file]';

export function run(argv: readonly string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const json = argv.includes('--json');
  const positional = argv.filter((arg) => !arg.startsWith('--'));
  const [command, file] = positional;
  if (command !== 'analyze' || file === undefined) return { code: 1, stdout: '', stderr: USAGE };
  const text = readBoardText(file, cwd);
  if (typeof text !== 'string') return text;
  const { result, errors } = analyzeInput(text);
  if (!result || errors.length > 0) return refuseBoard(file, errors, result !== null);
  return { code: 0, stdout: json ? JSON.stringify(result, null, 2) : renderReport(result), stderr: '' };
}

/** Either command; `run` stays synchronous for `analyze`. */
export function main(argv: readonly string[], cwd: string): Promise<Outcome> {
  return argv[0] === 'export' ? runExport(argv.slice(1), cwd) : Promise.resolve(run(argv, cwd));
}
