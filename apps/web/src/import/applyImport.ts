// Writing a checked board file onto the board, and the words that say what happened. The insert is one
// transaction (`insertBoardFile`: fresh ids, placed clear of what is there, zones keeping their members);
// closing the undo manager's capture before and after makes it one undo step of its own, never merged
// with an edit made just before or after.
import type { Board, ImportProblem, InsertReport } from '@napkin/doc';
import { BoardInputError, insertBoardFile } from '@napkin/doc';
import type { BoardFile } from '@napkin/fields';
import type { UndoSteps } from '../board/flowEditor';
import type { ImportReading } from './readImport';

export interface ImportNotice {
  readonly tone: 'done' | 'refused';
  readonly title: string;
  readonly details: readonly string[];
}

export type Applied = { readonly ok: true; readonly report: InsertReport; readonly notice: ImportNotice } | { readonly ok: false; readonly notice: ImportNotice };

export function applyImport(board: Board, undoManager: UndoSteps, reading: Extract<ImportReading, { kind: 'board' }>): Applied {
  undoManager.stopCapturing();
  try {
    const report = insertBoardFile(board, reading.file);
    return { ok: true, report, notice: describeImport(reading, reading.file, report) };
  } catch (error) {
    if (!(error instanceof BoardInputError)) throw error;
    return { ok: false, notice: { tone: 'refused', title: 'Nothing was imported', details: [error.message.replace(/^insertBoardFile: /, '')] } };
  } finally {
    undoManager.stopCapturing();
  }
}

export function describeImport(reading: Extract<ImportReading, { kind: 'board' }>, file: BoardFile, report: InsertReport): ImportNotice {
  const counts = [
    count(report.ids.components.size, 'component'),
    count(report.ids.calls.size, 'call'),
    count(report.ids.zones.size, 'zone'),
    count(report.ids.annotations.size, 'note'),
  ].filter((part) => part !== '');
  const what = counts.length === 0 ? 'nothing' : joinWords(counts);
  const details: string[] = [];
  if (reading.unknownNames.length > 0) {
    details.push(`Not recognised, so made services: ${reading.unknownNames.join(', ')}. Pick their kind in the inspector.`);
  }
  details.push(...reading.warnings, ...report.problems.map((problem) => describeProblem(problem, file)));
  return { tone: 'done', title: `Imported ${what} from the ${reading.from} (undo takes it back).`, details };
}

function describeProblem(problem: ImportProblem, file: BoardFile): string {
  const nameOf = (id: string) => file.components.find((component) => component.id === id)?.name ?? id;
  switch (problem.kind) {
    case 'dangling-call':
      return `Call ${problem.id} left out: it names ${problem.missing.map((id) => `"${id}"`).join(' and ')}, which the file does not have.`;
    case 'self-call':
      return `Call ${problem.id} left out: it joins "${nameOf(problem.id)}" to itself.`;
    case 'unknown-zone':
      return `${problem.collection === 'components' ? 'Component' : 'Zone'} ${problem.id} names zone "${problem.zone}", which the file does not have: placed outside it.`;
    case 'zone-cycle':
      return `Zone ${problem.id} and its parents form a loop: it is placed outside "${problem.parent}".`;
    default:
      return 'Something in the file was left out.';
  }
}

function count(n: number, noun: string): string {
  return n === 0 ? '' : `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function joinWords(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
