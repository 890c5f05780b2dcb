// A column of text for the side panel: lines placed one under another, wrapped to the column's width, each
// a text item (so the panel's figures stay text a reader can find), with the height used so far.
import { textWidth, wrapText } from '../text/measure';
import type { SceneItem } from './types';

export interface Run {
  readonly text: string;
  readonly colour: string;
  readonly bold?: boolean;
  readonly role?: string;
}

export class TextColumn {
  readonly items: SceneItem[] = [];
  private y: number;

  constructor(
    private readonly x: number,
    top: number,
    private readonly width: number,
  ) {
    this.y = top;
  }

  get bottom(): number {
    return this.y;
  }

  space(height: number): void {
    this.y += height;
  }

  /** One wrapped paragraph in one style. */
  paragraph(text: string, size: number, colour: string, options: { bold?: boolean; role?: string; indent?: number } = {}): void {
    const indent = options.indent ?? 0;
    for (const line of wrapText(text, this.width - indent, size, options.bold ? 'bold' : 'normal')) {
      this.y += size * 1.35;
      this.items.push({ kind: 'text', x: this.x + indent, y: this.y, text: line, size, fill: colour, bold: options.bold, role: options.role });
    }
  }

  /**
   * One line of runs, each its own text item (so each figure keeps its role); a run that would pass the
   * column's edge starts a new line.
   */
  runs(runs: readonly Run[], size: number, indent = 0): void {
    this.y += size * 1.35;
    let x = this.x + indent;
    for (const run of runs) {
      const width = textWidth(run.text, size, run.bold ? 'bold' : 'normal');
      if (x + width > this.x + this.width && x > this.x + indent) {
        this.y += size * 1.35;
        x = this.x + indent;
      }
      this.items.push({ kind: 'text', x, y: this.y, text: run.text, size, fill: run.colour, bold: run.bold, role: run.role });
      x += width;
    }
  }
}
