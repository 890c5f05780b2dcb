// `import-cycles <dir> [--folders]`: exits 1 and names every import cycle between the TypeScript files
// under <dir> (with --folders, also between its top-level folders); run by each package's lint.
import { importGraph } from './graph';
import { cycleReport } from './report';

const USAGE = 'usage: import-cycles <dir> [--folders]';

export function run(argv: readonly string[], cwd: string): { code: number; output: string } {
  const folders = argv.includes('--folders');
  const [dir, ...rest] = argv.filter((arg) => !arg.startsWith('--'));
  if (dir === undefined || rest.length > 0) return { code: 2, output: USAGE };
  const graph = importGraph(`${cwd}/${dir}`);
  const lines = cycleReport(graph, { folders });
  if (lines.length === 0) return { code: 0, output: '' };
  return { code: 1, output: [`import cycles under ${dir} (break each: move what both sides need lower):`, ...lines].join('\n') };
}

// Only act when executed as a script (tests import `run`).
if (process.argv[1] !== undefined && /import-cycles[\\/]src[\\/]main\.ts$/.test(process.argv[1])) {
  const { code, output } = run(process.argv.slice(2), process.cwd());
  if (output) (code === 0 ? process.stdout : process.stderr).write(`${output}\n`);
  process.exitCode = code;
}
