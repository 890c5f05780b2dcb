// Reading a board file named on the command line, relative to the directory the command was typed in.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function readBoardText(file: string, cwd: string): string | { code: number; stdout: string; stderr: string } {
  try {
    return readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    return { code: 1, stdout: '', stderr: `napkin: cannot read ${file} (${reason})` };
  }
}
