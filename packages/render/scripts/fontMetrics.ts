// Reads the advance widths of the measured characters from a DejaVu face (the generator and the
// staleness test share this, so they cannot disagree about what is measured).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';

export const FACES = [
  { constant: 'DEJAVU_SANS', file: 'DejaVuSans.ttf' },
  { constant: 'DEJAVU_SANS_BOLD', file: 'DejaVuSans-Bold.ttf' },
] as const;

const EXTRA = '–—‘’“”•…‰←↑→↓−≈≠≤≥∞√μρλΔ✓✗●▲⚠ ';

/** Printable ASCII, Latin-1 and the symbols the figures use (≥, ×, →, …), each once. */
export function measuredCharacters(): string {
  let text = '';
  for (let code = 0x20; code <= 0x7e; code += 1) text += String.fromCodePoint(code);
  for (let code = 0xa0; code <= 0xff; code += 1) text += String.fromCodePoint(code);
  return text + EXTRA;
}

export function fontPath(file: string): string {
  return createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${file}`);
}

export function readFaceMetrics(face: (typeof FACES)[number]) {
  const font = fontkit.create(new Uint8Array(readFileSync(fontPath(face.file))));
  const width = (character: string) => font.glyphForCodePoint(character.codePointAt(0) ?? 0x20).advanceWidth;
  return {
    constant: face.constant,
    unitsPerEm: font.unitsPerEm,
    ascent: font.ascent,
    descent: font.descent,
    fallback: width('n'),
    widths: [...measuredCharacters()].map(width),
  };
}
