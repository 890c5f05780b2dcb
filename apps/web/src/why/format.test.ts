import { describe, expect, it } from 'vitest';
import { formatBytes, formatFigure, formatNumber, formatPercent, formatValue } from './format';

describe('format', () => {
  it('prints availability with two decimals, more near 100 %', () => {
    expect(formatPercent(99.780_1)).toBe('99.78 %');
    expect(formatPercent(99.999_5)).toBe('99.9995 %');
    expect(formatPercent(100)).toBe('100.00 %');
    expect(formatPercent(99.99)).toBe('99.99 %');
  });

  it('never rounds an availability just under 100 % up to 100 %', () => {
    expect(formatPercent(99.999_98)).toBe('99.99998 %');
    expect(formatPercent(99.999_9)).toBe('99.9999 %');
    expect(formatPercent(100 - 1e-13)).toBe('> 99.9999999999 %');
    expect(formatValue(0.999_999_8, 'probability')).toBe('99.99998 %');
  });

  it('keeps the digits that matter in small numbers and in numbers just under 1', () => {
    expect(formatNumber(0.9978)).toBe('0.9978');
    expect(formatNumber(0.9995)).toBe('0.9995');
    expect(formatNumber(0.999_95)).toBe('0.99995');
    expect(formatNumber(0.0004)).toBe('0.0004');
    expect(formatNumber(0.125)).toBe('0.125');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(0.752_3)).toBe('0.752');
    expect(formatNumber(-0.25)).toBe('-0.25');
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
    expect(formatValue(131_490, 'min')).toBe('91.3 days');
    expect(formatValue(46_142, 'ms')).toBe('46.1 s');
    expect(formatValue(-Math.log10(1 - 0.9989), 'nines')).toBe('2.9 nines');
    expect(formatValue(-Math.log10(1 - 0.999), 'nines')).toBe('3.0 nines');
    expect(formatValue(-Math.log10(1 - 0.9978), 'nines')).toBe('2.7 nines');
    expect(formatValue(9_999, 'ms')).toBe('9,999 ms');
  });

  it('marks a capped figure as a lower bound', () => {
    expect(formatFigure({ value: 1e21, unit: '×', formula: 'f', inputs: {}, capped: true })).toMatch(/^≥ /);
  });
});
