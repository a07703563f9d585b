import { describe, expect, it } from 'vitest';
import { readableCase } from '@/lib/text/case';
import table from '../../cases/readable-case.json';

describe('readableCase', () => {
  it.each(table.cases)('%s', (written, read) => {
    const out = readableCase(written!);
    expect(out).toBe(read);
    // One letter for another: every offset into the sentence stays valid.
    expect(out.length).toBe(written!.length);
  });
});
