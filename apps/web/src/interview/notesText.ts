// Typing into a plain textarea over a shared Y.Text: the change is the span between the longest common prefix
// and suffix of the old and new values, applied as one delete and one insert, so two interviewer tabs typing
// at once keep both their words instead of one overwriting the other's whole text.
import type * as Y from 'yjs';

export interface TextEdit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

export function editBetween(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end += 1;
  return { at: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

export function applyTextChange(text: Y.Text, after: string): void {
  const edit = editBetween(text.toString(), after);
  if (edit === null) return;
  text.doc?.transact(() => {
    if (edit.remove > 0) text.delete(edit.at, edit.remove);
    if (edit.insert !== '') text.insert(edit.at, edit.insert);
  });
}
