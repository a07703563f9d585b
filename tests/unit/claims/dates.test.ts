/** lib/claims/dates.ts: calendar dates written as ISO days. */
import { describe, expect, it } from 'vitest';
import { describeDate, extractDates, iso, parseIso } from '@/lib/claims/dates';

describe('iso', () => {
  it.each([
    [Date.UTC(2024, 10, 17), '2024-11-17'],
    [Date.UTC(2025, 0, 5), '2025-01-05'],
    [Date.UTC(2022, 1, 24, 23, 59), '2022-02-24'],
    [Date.UTC(999, 11, 31), '0999-12-31'],
  ])('writes %s as %s, as toISOString would', (ms, want) => {
    expect(iso(new Date(ms))).toBe(want);
    expect(iso(new Date(ms))).toBe(new Date(ms).toISOString().slice(0, 10));
  });

  it('leaves years outside 0000-9999 to toISOString', () => {
    const far = new Date(Date.UTC(12_000, 0, 1));
    expect(iso(far)).toBe(far.toISOString().slice(0, 10));
    const bc = new Date(Date.UTC(-5, 0, 1));
    expect(iso(bc)).toBe(bc.toISOString().slice(0, 10));
  });

  it('throws on an invalid date, as toISOString does', () => {
    expect(() => iso(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('round-trips with parseIso', () => {
    for (const s of ['2024-11-19', '2024-02-29', '2025-01-20']) expect(iso(parseIso(s)!)).toBe(s);
  });
});

describe('describeDate', () => {
  const described = (text: string, reference: string) =>
    extractDates(text, reference).map(describeDate);

  it('names a season by its months and year', () => {
    expect(described('in the spring of 2024', '2024-12-05')).toEqual(['Mar–May 2024']);
    expect(described('mid-2024', '2024-12-05')).toEqual(['May–Aug 2024']);
  });

  it('names a winter by both its years', () => {
    expect(described('this winter', '2025-01-14')).toEqual(['Dec 2024 – Feb 2025']);
  });
});
