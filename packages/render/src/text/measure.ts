// Text width without a DOM: sums the advance widths of the committed DejaVu Sans table (metrics.ts), the
// face PNG and PDF embed and the SVG names first. No kerning: labels come out at most a few percent wide,
// which the layout's padding absorbs.
import type { FaceMetrics } from './faceMetrics';
import { DEJAVU_SANS, DEJAVU_SANS_BOLD, MEASURED_CHARACTERS } from './metrics';

export type Weight = 'normal' | 'bold';

function widthTable(face: FaceMetrics): ReadonlyMap<number, number> {
  const table = new Map<number, number>();
  let index = 0;
  for (const character of MEASURED_CHARACTERS) {
    table.set(character.codePointAt(0) ?? 0, (face.widths[index] ?? face.fallback) / face.unitsPerEm);
    index += 1;
  }
  return table;
}

const TABLES: Readonly<Record<Weight, { table: ReadonlyMap<number, number>; fallback: number }>> = {
  normal: { table: widthTable(DEJAVU_SANS), fallback: DEJAVU_SANS.fallback / DEJAVU_SANS.unitsPerEm },
  bold: { table: widthTable(DEJAVU_SANS_BOLD), fallback: DEJAVU_SANS_BOLD.fallback / DEJAVU_SANS_BOLD.unitsPerEm },
};

/** Width of `text` set at `size` px. */
export function textWidth(text: string, size: number, weight: Weight = 'normal'): number {
  const { table, fallback } = TABLES[weight];
  let ems = 0;
  for (const character of text) ems += table.get(character.codePointAt(0) ?? 0) ?? fallback;
  return ems * size;
}

/** `text` cut with an ellipsis so it fits in `width` (whole text when it fits). */
export function fitText(text: string, width: number, size: number, weight: Weight = 'normal'): string {
  if (textWidth(text, size, weight) <= width) return text;
  const characters = [...text];
  let kept = characters.length;
  while (kept > 0 && textWidth(`${characters.slice(0, kept).join('')}…`, size, weight) > width) kept -= 1;
  return `${characters.slice(0, kept).join('').trimEnd()}…`;
}

/** Greedy word wrap into lines no wider than `width`; a word longer than a line is cut to fit. */
export function wrapText(text: string, width: number, size: number, weight: Weight = 'normal'): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((part) => part !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (textWidth(candidate, size, weight) <= width) line = candidate;
      else {
        if (line !== '') lines.push(line);
        line = fitText(word, width, size, weight);
      }
    }
    lines.push(line);
  }
  return lines;
}
