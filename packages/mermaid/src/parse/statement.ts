// One flowchart statement: nodes joined by links, `a --> b -.->|label| c`, where each end may be several
// nodes joined by `&` (`a & b --> c`). A node is an id with an optional shape and label (`db[(Orders)]`,
// `api["Orders API"]`); a link is solid, dotted or thick, with an optional label (`-->|text|`,
// `-- text -->`). Anything else stops the statement with a column and what was expected.
import type { Shape } from '../kinds.js';
import type { Cursor } from './cursor.js';

export interface NodeMention {
  readonly id: string;
  /** The label as written (markup and entity codes still in it); absent when the node has none here. */
  readonly label?: string;
  readonly shape?: Shape;
  readonly column: number;
}

export type LinkMode = 'sync' | 'async' | 'implied';

export interface Link {
  /**
   * Dotted links are asynchronous calls and thick ones synchronous, whatever they join; solid and open
   * ones take the mode their two kinds imply (`implied`: async into a broker, replication from a store
   * into its replica, else sync), decided once the nodes' kinds are known.
   */
  readonly mode: LinkMode;
  /** `<-->`: a call each way. */
  readonly bothWays: boolean;
  readonly label?: string;
  readonly column: number;
}

export interface Chain {
  /** Groups of nodes, one more than there are links. */
  readonly groups: readonly (readonly NodeMention[])[];
  readonly links: readonly Link[];
}

/** `a`, `orders_db`, `eu-west`: a `-` inside an id may not start a link (`--`, `-.`, `->`). */
const NODE_ID = /[A-Za-z0-9_]+(?:-(?![-.>=])[A-Za-z0-9_]+)*/y;
const CLASS_SUFFIX = /:::[A-Za-z0-9_-]+/y;

/** Openers, longest first, with the closers each accepts and the shape they draw. */
const SHAPES: readonly (readonly [open: string, closers: readonly string[], shape: Shape])[] = [
  ['(((', [')))'], 'circle'],
  ['([', ['])'], 'stadium'],
  ['((', ['))'], 'circle'],
  ['[[', [']]'], 'subroutine'],
  ['[(', [')]'], 'cylinder'],
  ['[/', ['/]', '\\]'], 'parallelogram'],
  ['[\\', ['\\]', '/]'], 'parallelogram'],
  ['{{', ['}}'], 'hexagon'],
  ['[', [']'], 'rectangle'],
  ['(', [')'], 'rounded'],
  ['{', ['}'], 'diamond'],
  ['>', [']'], 'other'],
];

export function readChain(cursor: Cursor): Chain {
  const groups: NodeMention[][] = [readGroup(cursor)];
  const links: Link[] = [];
  for (let link = readLink(cursor); link !== null; link = readLink(cursor)) {
    links.push(link);
    cursor.skipSpaces();
    if (cursor.atStatementEnd()) cursor.fail(`a link needs a node after it, found ${cursor.describeHere()}`);
    groups.push(readGroup(cursor));
  }
  if (!cursor.atStatementEnd()) {
    cursor.fail(`expected a link (-->, -.->, ==>) or the end of the statement, found ${cursor.describeHere()}`);
  }
  return { groups, links };
}

function readGroup(cursor: Cursor): NodeMention[] {
  const group = [readNode(cursor)];
  for (;;) {
    cursor.skipSpaces();
    if (!cursor.eat('&')) return group;
    cursor.skipSpaces();
    group.push(readNode(cursor));
  }
}

function readNode(cursor: Cursor): NodeMention {
  cursor.skipSpaces();
  const column = cursor.column;
  const id = cursor.match(NODE_ID)?.[0];
  if (id === undefined) cursor.fail(`expected a node id (letters, digits, _ or -), found ${cursor.describeHere()}`);
  if (cursor.startsWith('@{')) cursor.fail(`the @{ … } node syntax is not read here: write ${id}[label] (or ${id}[(label)] for a store)`);
  // `>` opens a shape only when it touches the id: `a >b` is not Mermaid.
  const touching = cursor.startsWith('>');
  const before = cursor.position;
  cursor.skipSpaces();
  const shape = SHAPES.find(([open]) => (open !== '>' || touching) && cursor.startsWith(open));
  if (shape === undefined) {
    cursor.position = before;
    cursor.match(CLASS_SUFFIX);
    return { id, column };
  }
  const [open, closers, kind] = shape;
  cursor.eat(open);
  const label = readLabel(cursor, id, closers);
  cursor.match(CLASS_SUFFIX);
  return { id, label, shape: kind, column };
}

/** A label up to one of its shape's closers: quoted (`"…"`, may hold any closer) or plain. */
function readLabel(cursor: Cursor, id: string, closers: readonly string[]): string {
  const expected = closers.map((closer) => `'${closer}'`).join(' or ');
  cursor.skipSpaces();
  if (cursor.startsWith('"')) {
    const start = cursor.position + 1;
    const end = cursor.text.indexOf('"', start);
    if (end < 0) cursor.fail(`the label of "${id}" opens a quote that is never closed`);
    cursor.position = end + 1;
    cursor.skipSpaces();
    if (!closers.some((closer) => cursor.eat(closer))) cursor.fail(`expected ${expected} to close the label of "${id}", found ${cursor.describeHere()}`);
    return cursor.text.slice(start, end);
  }
  const ends = closers.map((closer) => cursor.text.indexOf(closer, cursor.position)).filter((at) => at >= 0);
  if (ends.length === 0) cursor.fail(`the label of "${id}" is not closed: expected ${expected}`);
  const end = Math.min(...ends);
  const label = cursor.text.slice(cursor.position, end);
  cursor.position = end;
  closers.some((closer) => cursor.eat(closer));
  return label;
}

/** `-- text -->`, `-. text .->`, `== text ==>`: the opener must be followed by a space. */
const TEXT_LINK_OPEN = /(<)?(--|==|-\.)(?=\s)/y;
const TEXT_LINK_CLOSE: Readonly<Record<string, RegExp>> = {
  '--': /\s(-{2,}[>ox]|-{3,})/g,
  '==': /\s(={2,}[>ox]|={3,})/g,
  '-.': /\s(\.-+[>ox]?)/g,
};
/** `-->`, `---`, `==>`, `-.->`, `-.-`, `--o`, `--x`, `<-->`, and longer versions of each. */
const PLAIN_LINK = /(<)?(?:(-{2,}|={2,})|(-\.+-))([>ox])?/y;
const BACK_ARROW_ALONE = 'a link that starts with "<" must end with ">" (<-->: a call each way; a call the other way round is b --> a)';
const PIPE_LABEL = /\|("[^"]*"|[^|]*)\|/y;

function readLink(cursor: Cursor): Link | null {
  cursor.skipSpaces();
  const column = cursor.column;
  const textOpen = cursor.match(TEXT_LINK_OPEN);
  if (textOpen !== null) {
    const opener = textOpen[2] ?? '--';
    const close = TEXT_LINK_CLOSE[opener] ?? /$^/g;
    close.lastIndex = cursor.position;
    const found = close.exec(cursor.text);
    if (found === null && textOpen[1] === '<') cursor.fail(BACK_ARROW_ALONE, column);
    if (found === null) cursor.fail(`the link "${opener} …" is not finished: write "a ${opener} text ${opener === '-.' ? '.->' : `${opener}>`} b", or "a ${opener === '-.' ? '-.->' : `${opener}>`} b"`, column);
    const label = unquote(cursor.text.slice(cursor.position, found.index).trim());
    cursor.position = found.index + found[0].length;
    const head = found[1]?.slice(-1) ?? '';
    return { mode: opener === '-.' ? 'async' : opener === '==' ? 'sync' : 'implied', bothWays: textOpen[1] === '<' && head === '>', ...(label === '' ? {} : { label }), column };
  }
  const plain = cursor.match(PLAIN_LINK);
  if (plain === null) return null;
  const [, back, line, dotted, head] = plain;
  if (line !== undefined && line.length === 2 && head === undefined) {
    cursor.fail(`"${line}" is not a link: write "${line}>" for a call, or "${line} text ${line}>" for a labelled one`, column);
  }
  if (back === '<' && head !== '>') cursor.fail(BACK_ARROW_ALONE, column);
  cursor.skipSpaces();
  const piped = cursor.match(PIPE_LABEL);
  if (piped === null && cursor.startsWith('|')) cursor.fail('the link label opened with "|" is not closed with "|"');
  const label = piped === null ? '' : unquote((piped[1] ?? '').trim());
  return { mode: dotted !== undefined ? 'async' : line?.startsWith('=') === true ? 'sync' : 'implied', bothWays: back === '<', ...(label === '' ? {} : { label }), column };
}

function unquote(text: string): string {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
}
