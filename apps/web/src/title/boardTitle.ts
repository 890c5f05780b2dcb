// The board's title as people type it and as the browser tab shows it. The title is the document's
// `meta.title` (so it travels live, is undone per user, and every export and the home page's list carry it);
// what is typed is cleaned the way other people's text is (no control or reordering characters, one line)
// and bounded by the field's declaration.
import { neutraliseText } from '@napkin/doc';
import { boardMetaFields } from '@napkin/fields';

export const TITLE_LIMIT = boardMetaFields.title.maxLength;
export const UNTITLED = 'Untitled board';

/** What typing `raw` writes: one cleaned line, at most the field's length ('' clears the title). */
export function cleanTitle(raw: string): string {
  return neutraliseText(raw, TITLE_LIMIT);
}

/** The browser tab's text for a board. */
export function tabTitle(title: string): string {
  const shown = neutraliseText(title, TITLE_LIMIT);
  return `${shown === '' ? UNTITLED : shown} · Napkin`;
}
