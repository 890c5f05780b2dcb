// `pnpm check:citations <dir of the playbook texts>`: checks every citation of the project against the
// texts, which live outside the repository (a `shared/seeds` folder beside the checkout on our machines), so `pnpm test` never
// needs them. The root script names the modules whose `CITATIONS` export it checks (--citations,
// relative to the working directory); the texts directory is taken relative to where pnpm was run.
// Exit codes: 0 all hold, 1 some fail (listed), 2 the command was called wrongly.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Citation } from '../src/types';
import { checkCitations, formatReport } from './citation-check';
import { textLibrary } from './text-sections';

const USAGE = 'usage: pnpm check:citations <dir of the playbook texts>  (root script; adds --citations <module> for each citing module)';

/** Where the command runs and where it writes, passed in so tests run it in-process. */
export interface CommandContext {
  /** Resolves --citations modules. */
  readonly cwd: string;
  /** Resolves the texts directory: where the user ran pnpm (pnpm's INIT_CWD), not the root pnpm moved to. */
  readonly invokedFrom: string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

interface Arguments {
  readonly textsDir: string;
  readonly modules: readonly string[];
}

function parseArguments(argv: readonly string[], context: CommandContext): Arguments | string {
  const modules: string[] = [];
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--citations') {
      const module = argv[i + 1];
      if (module === undefined) return '--citations needs a module path';
      modules.push(resolve(context.cwd, module));
      i += 1;
    } else if (arg !== '--') positional.push(arg);
  }
  if (positional.length !== 1) return `expected one directory of playbook texts, got ${positional.length}`;
  if (modules.length === 0) return 'no --citations module given: nothing to check';
  const textsDir = resolve(context.invokedFrom, positional[0] ?? '');
  if (!existsSync(textsDir) || !statSync(textsDir).isDirectory()) return `${textsDir} is not a directory`;
  return { textsDir, modules };
}

/** A module's `CITATIONS` export is checked for shape here, once, since it comes from outside this package. */
function isCitation(value: unknown): value is Citation {
  if (typeof value !== 'object' || value === null) return false;
  const { label, source } = value as { label?: unknown; source?: { seed?: unknown; section?: unknown } };
  return typeof label === 'string' && typeof source?.seed === 'string' && typeof source.section === 'string';
}

async function citationsIn(module: string): Promise<readonly Citation[] | string> {
  if (!existsSync(module)) return `${module} does not exist`;
  const exported: unknown = ((await import(pathToFileURL(module).href)) as { CITATIONS?: unknown }).CITATIONS;
  if (!Array.isArray(exported) || !exported.every(isCitation)) return `${module} does not export CITATIONS as a list of citations`;
  return exported;
}

export async function checkCitationsCommand(argv: readonly string[], context: CommandContext): Promise<number> {
  const parsed = parseArguments(argv, context);
  if (typeof parsed === 'string') {
    context.err(`check:citations: ${parsed}\n${USAGE}`);
    return 2;
  }
  const loaded = await Promise.all(parsed.modules.map(citationsIn));
  const unusable = loaded.filter((entry): entry is string => typeof entry === 'string');
  if (unusable.length > 0) {
    context.err(unusable.map((problem) => `check:citations: ${problem}`).join('\n'));
    return 2;
  }
  const report = checkCitations(loaded.flat() as Citation[], textLibrary(parsed.textsDir));
  const output = formatReport(report, parsed.textsDir);
  if (report.failures.length === 0) context.out(output);
  else context.err(output);
  return report.failures.length === 0 ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await checkCitationsCommand(process.argv.slice(2), {
    cwd: process.cwd(),
    invokedFrom: process.env.INIT_CWD ?? process.cwd(),
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  });
}
