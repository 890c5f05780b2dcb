// Figures read with the precision their inputs support, the same way in every place that prints them.
import { describe, expect, it } from 'vitest';
import { formatBudgetShare, formatBytes, formatFigure, formatNumber, formatPercent, formatValue } from './format';

const figure = (value: number, unit: string, capped = false) => ({ value, unit, formula: 'f', inputs: {}, ...(capped ? { capped } : {}) });

describe('availability', () => {
  it('prints two decimals, more near 100 %, rounded down', () => {
    expect(formatPercent(99.780_1)).toBe('99.78 %');
    expect(formatPercent(99.95)).toBe('99.95 %');
    expect(formatPercent(99.93)).toBe('99.93 %');
    expect(formatPercent(99.99)).toBe('99.99 %');
    expect(formatPercent(99.999_5)).toBe('99.9995 %');
    expect(formatPercent(99.999_85)).toBe('99.9998 %');
    expect(formatPercent(99.999_9)).toBe('99.9999 %');
  });

  it('stops at the sixth nine and never reads 100 % while something can fail', () => {
    expect(formatPercent(99.999_999_988)).toBe('≥ 99.9999 %');
    expect(formatPercent(99.999_98)).toBe('≥ 99.9999 %');
    expect(formatPercent(100 - 1e-13)).toBe('≥ 99.9999 %');
    expect(formatValue(0.999_999_999_9, 'probability')).toBe('≥ 99.9999 %');
    expect(formatPercent(100)).toBe('100 %');
    expect(formatFigure(figure(99.999_999_9, '%'))).toBe('≥ 99.9999 %');
    expect(formatFigure(figure(99.999_999_9, '%', true))).toBe('≥ 99.9999 %');
  });

  it('prints nines to one decimal, never rounded up to a whole one, and no more than six', () => {
    expect(formatValue(-Math.log10(1 - 0.9989), 'nines')).toBe('2.9 nines');
    expect(formatValue(-Math.log10(1 - 0.999), 'nines')).toBe('3.0 nines');
    expect(formatValue(-Math.log10(1 - 0.9978), 'nines')).toBe('2.7 nines');
    expect(formatValue(-Math.log10(1e-10), 'nines')).toBe('≥ 6.0 nines');
  });
});

describe('budget shares', () => {
  it('reads a share within the budget as a percentage and past it as how many times over', () => {
    expect(formatBudgetShare(0.128)).toBe('12.8 % of budget');
    expect(formatBudgetShare(1)).toBe('100 % of budget');
    expect(formatBudgetShare(2.3)).toBe('over budget ×2.3');
    expect(formatBudgetShare(230.71)).toBe('over budget ×231');
    expect(formatBudgetShare(2307.1, 'the error budget')).toBe('over the error budget ×2,307');
    expect(formatBudgetShare(figure(4, 'ratio', true))).toBe('over budget ≥ ×4.0');
  });

  it("reads a hop's budget share the same way wherever the figure itself is shown (a why? popover's header)", () => {
    // The engine gives a hop's share the unit 'budget-share', so formatFigure cannot print "2,307 %".
    expect(formatFigure(figure(23.071, 'budget-share'))).toBe('over budget ×23');
    expect(formatFigure(figure(0.128, 'budget-share'))).toBe('12.8 % of budget');
  });
});

describe('numbers', () => {
  it('keeps the digits that matter in small numbers and in numbers just under 1', () => {
    expect(formatNumber(0.9978)).toBe('0.9978');
    expect(formatNumber(0.999_95)).toBe('0.99995');
    expect(formatNumber(0.0004)).toBe('0.0004');
    expect(formatNumber(0.752_3)).toBe('0.752');
    expect(formatNumber(-0.25)).toBe('-0.25');
  });

  it('prints about three significant figures and grouped thousands', () => {
    expect(formatNumber(141.93)).toBe('142');
    expect(formatNumber(15.44)).toBe('15.4');
    expect(formatNumber(12_345.6)).toBe('12,346');
    expect(formatNumber(Number.NaN)).toBe('—');
  });

  it('prints bytes in decimal units and figures by their unit', () => {
    expect(formatBytes(3_150_000_000_000)).toBe('3.15 TB');
    expect(formatValue(0.444, 'ratio')).toBe('44.4 %');
    expect(formatValue(2.25, '×')).toBe('2.25×');
    expect(formatValue(525.6, 'min')).toBe('8.76 h');
    expect(formatValue(131_490, 'min')).toBe('91.3 days');
    expect(formatValue(46_142, 'ms')).toBe('46.1 s');
    expect(formatValue(9_999, 'ms')).toBe('9,999 ms');
    expect(formatFigure(figure(1e21, '×', true))).toMatch(/^≥ /);
  });
});
