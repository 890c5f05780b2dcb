// Numbers as people type them, per unit: magnitudes, units of the same quantity converted, the rest refused
// with a message that shows how to write it.
import { describe, expect, it } from 'vitest';
import { parseNumber } from './parseNumber';

const value = (raw: string, unit: string) => {
  const read = parseNumber(raw, unit);
  return read.ok ? read.value : read.message;
};

describe('parseNumber', () => {
  it('reads plain and grouped numbers', () => {
    expect(value('42', '')).toBe(42);
    expect(value('10,000', 'req/s')).toBe(10_000);
    expect(value('1 000 000', 'users')).toBe(1_000_000);
    expect(value('.5', '×')).toBe(0.5);
    expect(value('1e3', '')).toBe(1000);
    expect(value('-3', 'px')).toBe(-3);
  });

  it('reads magnitudes: 2k, 1.5M, 3bn', () => {
    expect(value('2k', 'req/s')).toBe(2000);
    expect(value('1.5M', 'users')).toBe(1_500_000);
    expect(value('1.5m', 'users')).toBe(1_500_000);
    expect(value('3bn', '')).toBe(3e9);
    expect(value('2k req/s', 'req/s')).toBe(2000);
    expect(value('2krps', 'req/s')).toBe(2000);
    expect(value('1.2k users', 'users')).toBe(1200);
  });

  it('converts time units into the field’s own', () => {
    expect(value('250ms', 'ms')).toBe(250);
    expect(value('1s', 'ms')).toBe(1000);
    expect(value('1.5 s', 'ms')).toBe(1500);
    expect(value('250ms', 's')).toBe(0.25);
    expect(value('2min', 's')).toBe(120);
    expect(value('1h', 's')).toBe(3600);
    expect(value('2k', 'ms')).toBe(2000);
  });

  it('converts byte sizes', () => {
    expect(value('4KB', 'B')).toBe(4000);
    expect(value('1.5MB', 'B')).toBe(1_500_000);
    expect(value('2KiB', 'B')).toBe(2048);
    expect(value('2k', 'B')).toBe(2000);
  });

  it('takes a percent sign only where the field is a percentage', () => {
    expect(value('99.95%', '%')).toBe(99.95);
    expect(value('99.95 %', '%')).toBe(99.95);
    expect(value('5%', 'req/s')).toMatch(/is not a number: write it like 2000, 2k/);
  });

  it('takes 3x for a multiplier', () => {
    expect(value('3x', '×')).toBe(3);
    expect(value('3×', '×')).toBe(3);
  });

  it('refuses what is not a number, or a unit of another quantity, saying how to write it', () => {
    expect(value('fast', 'req/s')).toBe('“fast” is not a number');
    expect(value('5ms', 'B')).toBe('“5ms” is not a number: write it like 512, 4KB or 1.5MB');
    expect(value('1m', 'ms')).toBe('“1m” is not a number: write it like 250ms, 1.5s or 2min');
    expect(value('2kg', '')).toMatch(/is not a number/);
  });

  it('keeps no float noise from a conversion', () => {
    expect(value('0.1s', 'ms')).toBe(100);
    expect(value('0.3k', '')).toBe(300);
  });
});
