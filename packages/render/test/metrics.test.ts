// The committed width table is the fonts' own: regenerate it (scripts/make-metrics.ts) when the font
// package changes, or text would be measured for a face that is no longer embedded.
import { describe, expect, it } from 'vitest';
import { FACES, measuredCharacters, readFaceMetrics } from '../scripts/fontMetrics';
import { DEJAVU_SANS, DEJAVU_SANS_BOLD, MEASURED_CHARACTERS } from '../src/text/metrics';
import { fitText, textWidth, wrapText } from '../src/text/measure';

describe('text metrics', () => {
  it('match the DejaVu faces the package ships', () => {
    expect(MEASURED_CHARACTERS).toBe(measuredCharacters());
    const [regular, bold] = FACES.map((face) => readFaceMetrics(face));
    expect(DEJAVU_SANS.widths).toEqual(regular?.widths);
    expect(DEJAVU_SANS_BOLD.widths).toEqual(bold?.widths);
  });

  it('measure, fit and wrap text', () => {
    expect(textWidth('', 12)).toBe(0);
    expect(textWidth('WWW', 12, 'bold')).toBeGreaterThan(textWidth('WWW', 12));
    expect(textWidth('ab', 10) * 2).toBeCloseTo(textWidth('ab', 20), 10);
    const fitted = fitText('A very long component name indeed', 80, 12);
    expect(fitted.endsWith('…')).toBe(true);
    expect(textWidth(fitted, 12)).toBeLessThanOrEqual(80);
    const lines = wrapText('one two three four five six seven', 60, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(60);
  });
});
