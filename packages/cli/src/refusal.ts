// A board the CLI could not read whole is not analysed or exported: a misspelt field, a percentage where
// a fraction belongs, an unknown kind or a call to a missing component would otherwise leave a board
// other than the one written (a component and its calls dropped, a field read as its default), and the
// report would print that board's flows as OK with exit code 0. Exit 1, each problem located.
import type { FormatError } from '@napkin/analysis';
import { renderErrors } from './report';

/** Exit code 1 with every error; `readable` says whether the file was a board at all. */
export function refuseBoard(file: string, errors: readonly FormatError[], readable: boolean): { code: number; stdout: string; stderr: string } {
  const count = errors.length === 1 ? 'a problem' : `${errors.length} problems`;
  const heading = readable
    ? `napkin: ${file} has ${count}; nothing was analysed (fix ${errors.length === 1 ? 'it' : 'them'} and run again):`
    : `napkin: ${file} is not a napkin board:`;
  return { code: 1, stdout: '', stderr: [heading, ...renderErrors(errors)].join('\n') };
}
