// The design-doc report as blocks, before it is written out: the PDF painter and the Markdown writer
// each turn the same blocks into their format, so the two say the same things.
export type Align = 'left' | 'right';

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly align: readonly Align[] }
  /** A formula with the values that went into it (rendered monospaced in Markdown). */
  | { readonly kind: 'formula'; readonly label: string; readonly formula: string; readonly inputs: string; readonly value: string }
  /** Where the diagram goes: page 1 of the PDF, an image or Mermaid block in Markdown. */
  | { readonly kind: 'diagram' };

export interface Report {
  readonly title: string;
  readonly blocks: readonly Block[];
}
