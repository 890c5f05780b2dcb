// Flowing the report's blocks onto PDF pages: headings, wrapped paragraphs and lists, tables whose columns
// share the page's width (a header repeated on each page a table continues on), and formulas. A block that
// does not fit what is left of a page starts the next one.
import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import type { Block } from '../report/model';
import type { Fonts } from './canvas';
import { colour } from './canvas';

const MARGIN = 48;
const INK = colour('#1f2933');
const MUTED = colour('#52606d');
const RULE = colour('#cbd2d9');

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((part) => part !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (font.widthOfTextAtSize(candidate, size) <= width || line === '') line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  // A single word wider than the line is cut, character by character, so nothing runs off the page.
  return lines.flatMap((line) => {
    if (font.widthOfTextAtSize(line, size) <= width) return [line];
    const pieces: string[] = [];
    let piece = '';
    for (const character of line) {
      if (font.widthOfTextAtSize(piece + character, size) > width && piece !== '') {
        pieces.push(piece);
        piece = '';
      }
      piece += character;
    }
    return [...pieces, piece];
  });
}

export class PageWriter {
  private page: PDFPage;
  private y = 0;

  constructor(
    private readonly document: PDFDocument,
    private readonly size: readonly [number, number],
    private readonly fonts: Fonts,
  ) {
    this.page = this.newPage();
  }

  private newPage(): PDFPage {
    this.page = this.document.addPage([this.size[0], this.size[1]]);
    this.y = this.size[1] - MARGIN;
    return this.page;
  }

  private get width(): number {
    return this.size[0] - 2 * MARGIN;
  }

  private ensure(height: number): void {
    if (this.y - height < MARGIN) this.newPage();
  }

  private lines(lines: readonly string[], font: PDFFont, size: number, colourOf = INK, indent = 0): void {
    const leading = size * 1.35;
    for (const line of lines) {
      this.ensure(leading);
      this.y -= leading;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y + size * 0.25, size, font, color: colourOf });
    }
  }

  write(block: Block): void {
    const { regular, bold } = this.fonts;
    switch (block.kind) {
      case 'heading': {
        const size = block.level === 1 ? 18 : block.level === 2 ? 13.5 : 11;
        // Keep a heading with at least a few lines of what follows it.
        this.ensure(size * 1.35 + 60);
        this.y -= block.level === 1 ? 0 : 10;
        this.lines(wrap(block.text, bold, size, this.width), bold, size);
        this.y -= 4;
        return;
      }
      case 'paragraph':
        this.lines(wrap(block.text, regular, 9.5, this.width), regular, 9.5);
        this.y -= 6;
        return;
      case 'list':
        for (const item of block.items) {
          const lines = wrap(item, regular, 9.5, this.width - 12);
          this.ensure(9.5 * 1.35);
          this.page.drawText('•', { x: MARGIN + 2, y: this.y - 9.5 * 1.35 + 9.5 * 0.25, size: 9.5, font: regular, color: INK });
          this.lines(lines, regular, 9.5, INK, 12);
          this.y -= 2;
        }
        this.y -= 4;
        return;
      case 'formula':
        this.lines(wrap(`${block.label} = ${block.value}`, bold, 9.5, this.width), bold, 9.5);
        this.lines(wrap(block.formula, regular, 8.5, this.width - 12), regular, 8.5, INK, 12);
        this.lines(wrap(block.inputs, regular, 8.5, this.width - 12), regular, 8.5, MUTED, 12);
        this.y -= 6;
        return;
      case 'table':
        this.table(block.header, block.rows, block.align);
        return;
      case 'diagram':
        return;
    }
  }

  private table(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ('left' | 'right')[]): void {
    const size = 8;
    const { regular, bold } = this.fonts;
    const padding = 4;
    const natural = header.map((title, column) =>
      Math.max(bold.widthOfTextAtSize(title, size), ...rows.map((row) => regular.widthOfTextAtSize(row[column] ?? '', size))) + 2 * padding,
    );
    const total = natural.reduce((sum, width) => sum + width, 0);
    // Wider than the page: each column keeps room for its longest word and gives up the rest in proportion,
    // so long names wrap between words instead of overflowing (or breaking a header mid-word).
    const longestWord = (text: string, font: PDFFont) => Math.max(0, ...text.split(/\s+/).map((word) => font.widthOfTextAtSize(word, size)));
    const least = header.map((title, column) => Math.max(longestWord(title, bold), ...rows.map((row) => longestWord(row[column] ?? '', regular))) + 2 * padding);
    const spare = natural.reduce((sum, width, column) => sum + width - (least[column] ?? 0), 0);
    const ratio = spare <= 0 ? 0 : Math.max(0, Math.min(1, (this.width - least.reduce((sum, width) => sum + width, 0)) / spare));
    const widths = total <= this.width ? natural : natural.map((width, column) => (least[column] ?? 0) + (width - (least[column] ?? 0)) * ratio);
    const drawRow = (cells: readonly string[], font: PDFFont) => {
      const wrapped = cells.map((text, column) => wrap(text, font, size, (widths[column] ?? 0) - 2 * padding));
      const height = Math.max(...wrapped.map((lines) => lines.length)) * size * 1.3 + 2 * padding;
      return { wrapped, height };
    };
    const paint = (cells: readonly string[], font: PDFFont) => {
      const { wrapped, height } = drawRow(cells, font);
      this.y -= height;
      let x = MARGIN;
      wrapped.forEach((lines, column) => {
        const width = widths[column] ?? 0;
        lines.forEach((line, index) => {
          const lineWidth = font.widthOfTextAtSize(line, size);
          const left = align[column] === 'right' ? x + width - padding - lineWidth : x + padding;
          this.page.drawText(line, { x: left, y: this.y + height - padding - (index + 1) * size * 1.3 + size * 0.3, size, font, color: INK });
        });
        x += width;
      });
      this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: MARGIN + widths.reduce((sum, width) => sum + width, 0), y: this.y }, thickness: 0.5, color: RULE });
    };
    this.ensure(drawRow(header, bold).height + (rows[0] ? drawRow(rows[0], regular).height : 0));
    paint(header, bold);
    for (const row of rows) {
      const { height } = drawRow(row, regular);
      if (this.y - height < MARGIN) {
        this.newPage();
        paint(header, bold);
      }
      paint(row, regular);
    }
    this.y -= 10;
  }
}
