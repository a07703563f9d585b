/**
 * The notes page's decisions, without `browser.*` or the database: export file names, the address
 * that opens a note, and reading an import file (size check, parse, store, errors in words). The
 * entrypoint passes the real parse and store functions; tests pass their own.
 */
import type { Note } from '../../lib/notes/types';
import type { ImportOutcome } from './NotesView';

/** Files larger than this are refused before they are read (a real notes file is far smaller). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The fragment the content script looks for to scroll to a note's passage. */
export const NOTE_FRAGMENT = 'crosscheck-note=';

/** The local date as YYYY-MM-DD. */
export function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** `crosscheck-notes-2024-11-18.json` / `.md`. */
export function exportFileName(ext: 'json' | 'md', now: Date = new Date()): string {
  return `crosscheck-notes-${localDate(now)}.${ext}`;
}

/**
 * The address that opens a note: the page as the reader visited it, with `#crosscheck-note=<id>`
 * when the note is on a passage (the content script scrolls to it). Any fragment of the visited URL
 * is replaced rather than doubled. Null for anything but http(s), which is never opened.
 */
export function noteOpenUrl(note: Pick<Note, 'id' | 'pageUrl' | 'selectors'>): string | null {
  let url: URL;
  try {
    url = new URL(note.pageUrl);
  } catch {
    return null;
  }
  // A note on a fact was filed at the extension's facts page: open it there.
  if (url.protocol === 'chrome-extension:' || url.protocol === 'moz-extension:') return url.href;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!note.selectors) return url.href;
  url.hash = `${NOTE_FRAGMENT}${encodeURIComponent(note.id)}`;
  return url.href;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export interface ImportSteps {
  parse(text: string): { ok: true; notes: Note[] } | { ok: false; error: string };
  store(notes: Note[]): Promise<{ added: number; skipped: number }>;
  /** A storage failure's message for the reader (NotesStorageError), or null for any other error. */
  storageMessage(error: unknown): string | null;
}

/**
 * Reads, checks and imports a notes file. Never throws: every failure comes back as words for the
 * reader, and nothing is written unless the whole file is valid.
 */
export async function importFile(
  file: Pick<Blob, 'size' | 'text'>,
  steps: ImportSteps,
): Promise<ImportOutcome> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error:
        `This file is too large to be a Crosscheck notes file (${megabytes(file.size)}; ` +
        `the limit is ${megabytes(MAX_IMPORT_BYTES)}). Nothing was imported.`,
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: 'The file could not be read. Nothing was imported.' };
  }
  let parsed: ReturnType<ImportSteps['parse']>;
  try {
    parsed = steps.parse(text);
  } catch {
    return {
      ok: false,
      error: 'The file could not be read as a notes file. Nothing was imported.',
    };
  }
  if (!parsed.ok) return parsed;
  try {
    const { added, skipped } = await steps.store(parsed.notes);
    return { ok: true, added, skipped };
  } catch (error) {
    const message = steps.storageMessage(error);
    if (message !== null) return { ok: false, error: message };
    console.warn('Crosscheck: import', error);
    return { ok: false, error: 'The notes could not be saved. Nothing was imported.' };
  }
}
