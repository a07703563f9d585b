import { describe, expect, it } from 'vitest';
import cases from '../../cases/numbers.json';
import { parseNumber } from '../../../lib/text/numbers';

describe('parseNumber', () => {
  it.each(cases as [string, number | null][])('%s → %s', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});
