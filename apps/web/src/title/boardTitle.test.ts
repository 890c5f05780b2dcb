import { describe, expect, it } from 'vitest';
import { cleanTitle, tabTitle, TITLE_LIMIT } from './boardTitle';

describe('board title', () => {
  it('cleans what is typed to one bounded line without invisible characters', () => {
    expect(cleanTitle('  Checkout\n  service \u202ev2  ')).toBe('Checkout service v2');
    expect(cleanTitle('x'.repeat(TITLE_LIMIT + 50))).toHaveLength(TITLE_LIMIT);
    expect(cleanTitle(' \t ')).toBe('');
  });

  it('names the tab after the board, or says it has no title', () => {
    expect(tabTitle('Checkout service')).toBe('Checkout service · Napkin');
    expect(tabTitle('')).toBe('Untitled board · Napkin');
  });
});
