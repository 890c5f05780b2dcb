import { describe, expect, it } from 'vitest';
import { formatBytes, formatFigure, formatNumber, formatPercent, formatValue } from './format';

describe('format', () => {
  it('prints availability with two decimals, more near 100 %', () => {
    expect(formatPercent(99.780_1)).toBe('99.78 %');
    expect(formatPercent(99.999_5)).toBe('99.9995 %');
    expect(formatPercent(100)).toBe('100.00 %');
  });

  it('prints numbers with about three significant figures and grouped thousands', () => {
    expect(formatNumber(141.93)).toBe('142');
    expect(formatNumber(200)).toBe('200');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(15.44)).toBe('15.4');
    expect(formatNumber(3.2)).toBe('3.2');
    expect(formatNumber(12_345.6)).toBe('12,346');
    expect(formatNumber(Number.NaN)).toBe('—');
  });

  it('prints bytes in decimal units and figures by their unit', () => {
    expect(formatBytes(3_150_000_000_000)).toBe('3.15 TB');
    expect(formatValue(0.444, 'ratio')).toBe('44.4 %');
    expect(formatValue(2.25, '×')).toBe('2.25×');
    expect(formatValue(43.2, 'min')).toBe('43.2 min');
    expect(formatValue(525.6, 'min')).toBe('8.76 h');
  });

  it('marks a capped figure as a lower bound', () => {
    expect(formatFigure({ value: 1e21, unit: '×', formula: 'f', inputs: {}, capped: true })).toMatch(/^≥ /);
  });
});
