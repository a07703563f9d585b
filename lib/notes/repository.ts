/**
 * Reading and writing notes. Functions take the database, so the background, extension pages and
 * tests each pass their own (tests: fake-indexeddb). Every write is one transaction: if it fails
 * (a full disk), nothing of it remains, and storage-quota failures come back as a
 * `NotesStorageError` with a message meant for the reader.
 */
import Fuse from 'fuse.js';
import type { NotesDatabase } from './db';
import { inferTarget } from './db';
import type { Note, NoteTarget } from './types';
import { normalizeHost, normalizeUrl } from './url';

// ---------------------------------------------------------------------------------------------
// Errors

export type NotesStorageErrorKind = 'quota';

export const QUOTA_MESSAGE_NOTE =
  "Your browser's storage for Crosscheck is full: the note was not saved. Nothing already saved was lost.";
export const QUOTA_MESSAGE_IMPORT =
  "Your browser's storage for Crosscheck is full: the notes were not imported. Nothing already saved was lost.";

/** A storage failure the reader should be told about in words (not a stack trace). */
export class NotesStorageError extends Error {
  readonly kind: NotesStorageErrorKind;
  override readonly cause: unknown;

  constructor(kind: NotesStorageErrorKind, message: string, cause?: unknown) {
    super(message);
    this.name = 'NotesStorageError';
    this.kind = kind;
    this.cause = cause;
  }
}

/**
 * Whether `error` is (or wraps) an IndexedDB quota failure. Dexie reports it as an AbortError or
 * a BulkError with the DOMException in `inner` / `failures`; Firefox's legacy name is
 * NS_ERROR_DOM_QUOTA_REACHED.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const e = error as {
    name?: unknown;
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
    failuresByPos?: unknown;
  };
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  if (Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1))) return true;
  if (typeof e.failuresByPos === 'object' && e.failuresByPos !== null)
    return Object.values(e.failuresByPos).some((f) => isQuotaError(f, depth + 1));
  return false;
}

/** Run a write; a quota failure becomes a `NotesStorageError` with `message`. */
export async function withStorageErrors<T>(message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new NotesStorageError('quota', message, error);
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface NewNote {
  text: string;
  /** The URL as visited; `url` (the filing key) is derived from it unless given. */
  pageUrl: string;
  /** The page's `<link rel="canonical">`, if any (see normalizeUrl). */
  canonical?: string | null;
  /** Already-normalised URL; normally left out. */
  url?: string;
  title?: string;
  published?: string | null;
  factId?: string | null;
  selectors?: Note['selectors'];
  tags?: string[];
  /** Normally inferred: 'text' with selectors, else 'fact' with a fact, else 'page'. */
  target?: NoteTarget;
}

/** Tags as stored: trimmed, inner whitespace single, a leading '#' dropped, no empties or repeats. */
export function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tags) {
    const clean = t.replace(/\s+/g, ' ').trim().replace(/^#+/, '').trim();
    if (clean && !out.includes(clean)) out.push(clean);
  }
  return out;
}

function checkTarget(note: Note): void {
  if (note.target === 'text' && !note.selectors)
    throw new TypeError('a note on text needs its selectors');
  if (note.target === 'fact' && !note.factId) throw new TypeError('a note on a fact needs factId');
}

export async function addNote(db: NotesDatabase, input: NewNote, now = Date.now()): Promise<Note> {
  const selectors = input.selectors ?? null;
  const factId = input.factId ?? null;
  const note: Note = {
    id: crypto.randomUUID(),
    text: input.text,
    tags: cleanTags(input.tags ?? []),
    target: input.target ?? inferTarget({ selectors, factId }),
    url: input.url ?? normalizeUrl(input.pageUrl, input.canonical),
    pageUrl: input.pageUrl,
    title: input.title ?? '',
    published: input.published ?? null,
    created: now,
    edited: now,
    factId,
    selectors,
  };
  checkTarget(note);
  await withStorageErrors(QUOTA_MESSAGE_NOTE, () => db.notes.add(note));
  return note;
}

export type NoteChanges = Partial<
  Pick<Note, 'text' | 'tags' | 'title' | 'published' | 'factId' | 'selectors' | 'target'>
>;

/**
 * Apply `changes` and bump `edited` (strictly later than before, even within one millisecond).
 * The updated note, or null if there is no such note.
 */
export async function updateNote(
  db: NotesDatabase,
  id: string,
  changes: NoteChanges,
  now = Date.now(),
): Promise<Note | null> {
  return withStorageErrors(QUOTA_MESSAGE_NOTE, () =>
    db.transaction('rw', db.notes, async () => {
      const old = await db.notes.get(id);
      if (!old) return null;
      const next: Note = { ...old, ...changes, id: old.id, created: old.created };
      if (changes.tags) next.tags = cleanTags(changes.tags);
      if (!changes.target && ('selectors' in changes || 'factId' in changes))
        next.target = inferTarget(next);
      next.edited = Math.max(now, old.edited + 1);
      checkTarget(next);
      await db.notes.put(next);
      return next;
    }),
  );
}

/** Delete a note; it is returned so the caller can offer undo (`restoreNote`). */
export async function deleteNote(db: NotesDatabase, id: string): Promise<Note | null> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (!note) return null;
    await db.notes.delete(id);
    return note;
  });
}

/** Put a deleted note back exactly as it was (undo). */
export async function restoreNote(db: NotesDatabase, note: Note): Promise<void> {
  await withStorageErrors(QUOTA_MESSAGE_NOTE, () => db.notes.put(note));
}

/** Delete every note; how many there were. */
export async function deleteAll(db: NotesDatabase): Promise<number> {
  return db.transaction('rw', db.notes, async () => {
    const n = await db.notes.count();
    await db.notes.clear();
    return n;
  });
}

// ---------------------------------------------------------------------------------------------
// Reading

export interface NoteFilter {
  /** A host or URL: notes on that site and its subdomains (`bbc.com` includes `news.bbc.com`). */
  site?: string;
  tag?: string;
  factId?: string;
}

/** Newest first (by creation; ties by id, so the order is stable). */
export function newestFirst(a: Note, b: Note): number {
  return b.created - a.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function siteFilterHost(site: string): string {
  const s = site.trim();
  try {
    return normalizeHost(new URL(s.includes('://') ? s : `https://${s}`).hostname);
  } catch {
    return normalizeHost(s);
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export async function listNotes(db: NotesDatabase, filter: NoteFilter = {}): Promise<Note[]> {
  let notes: Note[];
  if (filter.factId !== undefined)
    notes = await db.notes.where('factId').equals(filter.factId).toArray();
  else if (filter.tag !== undefined)
    notes = await db.notes.where('tags').equals(filter.tag).toArray();
  else notes = await db.notes.toArray();
  if (filter.tag !== undefined) notes = notes.filter((n) => n.tags.includes(filter.tag!));
  if (filter.site !== undefined) {
    const site = siteFilterHost(filter.site);
    notes = notes.filter((n) => {
      const h = hostOf(n.url);
      return h === site || h.endsWith(`.${site}`);
    });
  }
  return notes.sort(newestFirst);
}

/** The notes filed under a normalised URL, newest first. */
export async function notesForUrl(db: NotesDatabase, normalizedUrl: string): Promise<Note[]> {
  const notes = await db.notes.where('url').equals(normalizedUrl).toArray();
  return notes.sort(newestFirst);
}

// ---------------------------------------------------------------------------------------------
// Search

export interface NoteSearch {
  /** Notes matching `query`, best first; an empty query matches nothing (show everything). */
  search(query: string): Note[];
}

/** Fuse's per-word fuzziness (0 exact … 1 anything): 0.3 forgives a typo in a longer word. */
const SEARCH_THRESHOLD = 0.3;
/** Longest query searched (a pasted paragraph is cut). */
const MAX_QUERY = 200;

/**
 * Fuse.js over what a reader remembers of a note: their words weigh most, then the passage and
 * their tags, then the page title. Every word of the query must match somewhere.
 */
export function createNoteSearch(notes: readonly Note[]): NoteSearch {
  const docs = notes.map((note) => ({
    note,
    text: note.text,
    quote: note.selectors?.quote.exact ?? '',
    tags: note.tags,
    title: note.title,
  }));
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'text', weight: 2 },
      { name: 'quote', weight: 1.5 },
      { name: 'tags', weight: 1.5 },
      { name: 'title', weight: 1 },
    ],
    useTokenSearch: true,
    tokenMatch: 'all',
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: SEARCH_THRESHOLD,
  });
  return {
    search(query: string): Note[] {
      const q = query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
      if (!q) return [];
      return fuse.search(q).map((r) => r.item.note);
    },
  };
}
