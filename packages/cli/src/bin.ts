// The `napkin` process: arguments in, the outcome of `main` out on stdout/stderr with its exit code. The
// build bundles this file into dist/napkin.mjs (scripts/build.mjs), which bin/napkin.mjs runs; tests
// import `main` instead and spawn this file with tsx when they need a real process.
import { main } from './main';
import type { Outcome } from './exportCommand';

// `napkin analyze … --json | head` closes the pipe early: the reader's choice, not a crash to print.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

let outcome: Outcome;
try {
  // pnpm runs scripts from the package's directory; INIT_CWD is where the command was typed.
  outcome = await main(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
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
