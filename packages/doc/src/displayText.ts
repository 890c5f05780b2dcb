// Text from other people (a display name in presence, a label) is drawn in everyone's browser and listed by
// the relay's /api/presence. Control characters can break a layout or a log line, and bidirectional
// overrides can make a name read as something else ("Mallory" written backwards behind U+202E), so they
// are removed before anything shows them; whitespace runs collapse to one space and the result is clipped
// to a length a label can hold, by code points so a surrogate pair is never cut in half.

/** C0 and C1 controls, bidi embeddings/overrides/isolates and marks, zero-width characters and the BOM. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE_OR_REORDERING = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

export function neutraliseText(raw: string, maxLength: number): string {
  const cleaned = raw.replace(/\s+/g, ' ').replace(INVISIBLE_OR_REORDERING, '').replace(/ {2,}/g, ' ').trim();
  const codePoints = Array.from(cleaned);
  return codePoints.length <= maxLength ? cleaned : codePoints.slice(0, maxLength).join('').trimEnd();
}
