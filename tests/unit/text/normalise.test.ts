import { describe, expect, it } from 'vitest';
import { foldForSearch, normalise } from '@/lib/text/normalise';
import table from '../../cases/normalise.json';

describe('normalise', () => {
  it.each(table.cases)('%s', (written, read) => {
    expect(normalise(written!)).toBe(read);
  });
});

describe('foldForSearch', () => {
  it.each(table.cases)('%s', (written, _read, folded) => {
    const out = foldForSearch(written!);
    expect(out).toBe(folded);
    // One code unit for one: offsets into the folded text are offsets into the page's.
    expect(out.length).toBe(written!.length);
  });
});
