import { describe, expect, it } from 'vitest';
import { isEditorsNote, readableCase, unwrapped } from '@/lib/text/case';
import notes from '../../cases/editors-notes.json';
import table from '../../cases/readable-case.json';
import wrapped from '../../cases/unwrapped.json';

describe('readableCase', () => {
  it.each(table.cases)('%s', (written, read) => {
    const out = readableCase(written!);
    expect(out).toBe(read);
    // One letter for another: every offset into the sentence stays valid.
    expect(out.length).toBe(written!.length);
  });
});

describe('unwrapped', () => {
  it.each(wrapped.cases)('%s', (written, read) => {
    const out = unwrapped(written!);
    expect(out).toBe(read);
    expect(out.length).toBe(written!.length);
  });
});

describe('isEditorsNote', () => {
  it.each(notes.cases)('%s', (text, note) => {
    expect(isEditorsNote(text as string)).toBe(note);
  });
});
