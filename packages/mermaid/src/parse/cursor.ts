// A position in one line of Mermaid text, and the error a statement stops with. Statements never span
// lines in the flowchart subset read here, so each line gets its own cursor and a bad line is reported
// with its number and column.

/** A statement that cannot be read: where (1-based column) and why, in words a person can act on. */
export class SyntaxProblem extends Error {
  constructor(
    readonly column: number,
    message: string,
  ) {
    super(message);
  }
}

export class Cursor {
  position = 0;

  constructor(readonly text: string) {}

  /** 1-based, as editors count. */
  get column(): number {
    return this.position + 1;
  }

  atEnd(): boolean {
    return this.position >= this.text.length;
  }

  /** At the end of a statement: the line's end, a `;`, or a trailing `%%` comment. */
  atStatementEnd(): boolean {
    this.skipSpaces();
    return this.atEnd() || this.text[this.position] === ';' || this.text.startsWith('%%', this.position);
  }

  skipSpaces(): void {
    while (this.position < this.text.length && /\s/.test(this.text[this.position] ?? '')) this.position += 1;
  }

  startsWith(prefix: string): boolean {
    return this.text.startsWith(prefix, this.position);
  }

  eat(prefix: string): boolean {
    if (!this.startsWith(prefix)) return false;
    this.position += prefix.length;
    return true;
  }

  /** Matches a sticky (`y`) regular expression here and moves past it. */
  match(sticky: RegExp): RegExpExecArray | null {
    sticky.lastIndex = this.position;
    const found = sticky.exec(this.text);
    if (found !== null) this.position = sticky.lastIndex;
    return found;
  }

  /** The rest of the line, consumed. */
  takeRest(): string {
    const rest = this.text.slice(this.position);
    this.position = this.text.length;
    return rest;
  }

  /** What is here, for an error message: the next few characters, or "the end of the line". */
  describeHere(): string {
    if (this.atEnd()) return 'the end of the line';
    const next = this.text.slice(this.position, this.position + 12);
    return `"${next}${this.position + 12 < this.text.length ? '…' : ''}"`;
  }

  fail(message: string, column = this.column): never {
    throw new SyntaxProblem(column, message);
  }
}
