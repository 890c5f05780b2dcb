// Text inside Mermaid labels. Mermaid has no backslash escapes: a label is quoted with `"` and any
// character that would end it or be read as markup is written as an entity code (`#quot;`, `#35;`),
// which Mermaid turns into an HTML entity when it draws. A line break inside a label is `<br/>`.
// Writing and reading use the same table, so a name survives export and import unchanged.

/** Characters a written label escapes, and the entity codes Mermaid understands for them. */
const WRITTEN_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['#', '#35;'],
  ['"', '#quot;'],
  ['&', '#amp;'],
  ['<', '#lt;'],
  ['>', '#gt;'],
  ['`', '#96;'],
  ['|', '#124;'],
  ['\n', '#10;'],
  ['\r', '#13;'],
]);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  nbsp: ' ',
};

/** One line of a label, escaped for a quoted Mermaid string. */
export function escapeLabel(text: string): string {
  let out = '';
  for (const character of text) out += WRITTEN_ENTITIES.get(character) ?? character;
  return out;
}

/** Lines joined the way Mermaid breaks a label. */
export function joinLines(lines: readonly string[]): string {
  return lines.map(escapeLabel).join('<br/>');
}

const BREAK = /<br\s*\/?>/i;
const TAG = /<\/?[A-Za-z][^<>]*>/g;
const ENTITY = /#(?:(\d{1,7})|([A-Za-z]{2,8}));/g;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, code: string | undefined, name: string | undefined) => {
    if (code !== undefined) {
      const point = Number(code);
      return point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return NAMED_ENTITIES[(name ?? '').toLowerCase()] ?? whole;
  });
}

/**
 * The lines of a label as a person reads them: split at `<br/>`, other markup (`<b>`, `<i>`, a Markdown
 * string's backticks) dropped, entity codes decoded, each line trimmed, empty lines left out.
 */
export function labelLines(raw: string): string[] {
  const markdown = /^`([\s\S]*)`$/.exec(raw.trim());
  const text = markdown?.[1] ?? raw;
  return text
    .split(BREAK)
    .map((line) => decodeEntities(line.replace(TAG, '')).trim())
    .filter((line) => line !== '');
}

/** Mermaid's own words (case matters: `End` is a fine id): a node or subgraph with one of these ids breaks the diagram. */
const RESERVED = new Set(['end', 'graph', 'flowchart', 'subgraph', 'direction', 'style', 'class', 'classDef', 'linkStyle', 'click', 'call', 'href', 'default', 'accTitle', 'accDescr']);

export function isReservedWord(word: string): boolean {
  return RESERVED.has(word);
}

/** Ids written as they are: letters, digits and `_` (a `-` could be read as the start of a link). */
const PLAIN_ID = /^[A-Za-z0-9_]+$/;

/**
 * A Mermaid id for each entry (`key` → the id it would like): kept where it is safe and unique, otherwise
 * derived (`-` becomes `_`, a reserved word or a clash gets a `_` and a number). Safe ids are claimed in
 * a first pass, so an id that is already safe never changes because of another. Components and zones
 * share Mermaid's one namespace, so both go through one call (keys tell them apart).
 */
export function mermaidIds(wanted: readonly (readonly [key: string, id: string])[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const [key, id] of wanted) {
    if (PLAIN_ID.test(id) && !isReservedWord(id) && !taken.has(id)) {
      ids.set(key, id);
      taken.add(id);
    }
  }
  for (const [key, id] of wanted) {
    if (ids.has(key)) continue;
    const base = `${id.replace(/[^A-Za-z0-9_]/g, '_')}_`;
    let derived = base;
    for (let n = 2; taken.has(derived); n += 1) derived = `${base}${n}`;
    taken.add(derived);
    ids.set(key, derived);
  }
  return ids;
}
