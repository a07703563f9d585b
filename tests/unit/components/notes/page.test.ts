import { describe, expect, it, vi } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  exportFileName,
  importFile,
  noteOpenUrl,
  parseTags,
  type ImportSteps,
} from '../../../../components/notes';
import { NOTES } from './fixtures';

const textNote = NOTES.find((n) => n.selectors !== null)!;
const pageNote = NOTES.find((n) => n.selectors === null)!;

describe('exportFileName', () => {
  it('names the file by the local date', () => {
    const d = new Date(2024, 10, 8, 23, 59);
    expect(exportFileName('json', d)).toBe('crosscheck-notes-2024-11-08.json');
    expect(exportFileName('md', d)).toBe('crosscheck-notes-2024-11-08.md');
  });
});

describe('noteOpenUrl', () => {
  it('adds the note fragment for a note on a passage', () => {
    expect(noteOpenUrl(textNote)).toBe(`${textNote.pageUrl}#crosscheck-note=${textNote.id}`);
  });

  it('opens a page note as visited', () => {
    expect(noteOpenUrl(pageNote)).toBe(pageNote.pageUrl);
  });

  it('replaces a fragment instead of doubling it', () => {
    expect(noteOpenUrl({ ...textNote, pageUrl: 'https://apnews.com/a#comments' })).toBe(
      `https://apnews.com/a#crosscheck-note=${textNote.id}`,
    );
  });

  it('opens nothing but http(s)', () => {
    expect(noteOpenUrl({ ...pageNote, pageUrl: 'javascript:alert(1)' })).toBeNull();
    expect(noteOpenUrl({ ...pageNote, pageUrl: 'not a url' })).toBeNull();
  });
});

describe('importFile', () => {
  const steps = (over: Partial<ImportSteps> = {}): ImportSteps => ({
    parse: vi.fn(() => ({ ok: true as const, notes: NOTES })),
    store: vi.fn(async () => ({ added: 3, skipped: 1 })),
    storageMessage: () => null,
    ...over,
  });

  it('parses and stores, returning the counts', async () => {
    const s = steps();
    const result = await importFile(new Blob(['{"a":1}']), s);
    expect(s.parse).toHaveBeenCalledWith('{"a":1}');
    expect(s.store).toHaveBeenCalledWith(NOTES);
    expect(result).toEqual({ ok: true, added: 3, skipped: 1 });
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const s = steps();
    const text = vi.fn(async () => '');
    const result = await importFile({ size: MAX_IMPORT_BYTES + 1, text }, s);
    expect(result.ok).toBe(false);
    expect(text).not.toHaveBeenCalled();
    expect(s.parse).not.toHaveBeenCalled();
  });

  it('passes a parse error through verbatim and stores nothing', async () => {
    const s = steps({ parse: () => ({ ok: false, error: 'Note 3: "text" is not a string.' }) });
    expect(await importFile(new Blob(['x']), s)).toEqual({
      ok: false,
      error: 'Note 3: "text" is not a string.',
    });
    expect(s.store).not.toHaveBeenCalled();
  });

  it('maps a storage error to its message', async () => {
    const full = new Error('Storage is full: the notes were not imported.');
    const s = steps({
      store: async () => {
        throw full;
      },
      storageMessage: (e) => (e === full ? full.message : null),
    });
    expect(await importFile(new Blob(['x']), s)).toEqual({ ok: false, error: full.message });
  });

  it('words any other failure for the reader', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const s = steps({
      store: async () => {
        throw new TypeError('internal');
      },
    });
    const result = await importFile(new Blob(['x']), s);
    expect(result).toEqual({
      ok: false,
      error: 'The notes could not be saved. Nothing was imported.',
    });
    warn.mockRestore();
  });
});

describe('parseTags', () => {
  it('reads a comma-separated field as the repository stores tags', () => {
    expect(parseTags(' #atacms, range ,, atacms,  north   korea ')).toEqual([
      'atacms',
      'range',
      'north korea',
    ]);
    expect(parseTags('  ,  ')).toEqual([]);
  });
});
