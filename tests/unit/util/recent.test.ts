/** lib/util/recent.ts: a bounded memory of a string function's latest results. */
import { describe, expect, it, vi } from 'vitest';
import { rememberRecent } from '../../../lib/util/recent';

describe('rememberRecent', () => {
  it('calls the function once per text while the text is remembered', () => {
    const fn = vi.fn((s: string) => s.toUpperCase());
    const upper = rememberRecent(fn);
    expect(upper('kyiv')).toBe('KYIV');
    expect(upper('kyiv')).toBe('KYIV');
    expect(upper('moscow')).toBe('MOSCOW');
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('forgets everything once full, and never holds more than its bound', () => {
    const fn = vi.fn((s: string) => s.length);
    const length = rememberRecent(fn, 2);
    length('a');
    length('bb');
    length('ccc'); // full: cleared, then 'ccc' remembered
    length('a');
    expect(fn).toHaveBeenCalledTimes(4);
    length('ccc');
    expect(fn).toHaveBeenCalledTimes(4);
  });
});
