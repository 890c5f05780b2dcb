// The Export menu's rows: every format the issue lists, each asking the renderer for what its label
// says, for the whole board or only the selection.
import { EXPORT_FORMATS } from '@napkin/render';
import { describe, expect, it } from 'vitest';
import { COPY_IMAGE, EXPORT_CHOICES } from './exportChoices';

describe('export choices', () => {
  it('offer every format, PNG at 1× and 2×, PDF in A4 and Letter', () => {
    expect(new Set(EXPORT_CHOICES.map((choice) => choice.request('white', undefined).format))).toEqual(new Set(EXPORT_FORMATS));
    const byId = new Map(EXPORT_CHOICES.map((choice) => [choice.id, choice.request('white', undefined)]));
    expect(byId.get('png-1x')).toEqual({ format: 'png', scale: 1, background: 'white' });
    expect(byId.get('png-2x')).toEqual({ format: 'png', scale: 2, background: 'white' });
    expect(byId.get('pdf-a4')).toEqual({ format: 'pdf', pageSize: 'a4' });
    expect(byId.get('pdf-letter')).toEqual({ format: 'pdf', pageSize: 'letter' });
  });

  it('pass the selection and the background on', () => {
    for (const choice of EXPORT_CHOICES) expect(choice.request('transparent', ['a', 'b']).selection).toEqual(['a', 'b']);
    expect(EXPORT_CHOICES.find((choice) => choice.id === 'svg')?.request('transparent', undefined)).toEqual({ format: 'svg', background: 'transparent' });
    expect(COPY_IMAGE('white', ['a'])).toEqual({ format: 'png', scale: 2, background: 'white', selection: ['a'] });
  });
});
