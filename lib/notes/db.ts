/**
 * The notes database: Dexie (IndexedDB) in the extension's origin, opened by the background and by
 * extension pages. Pure TypeScript, no `browser.*`.
 *
 * Schema versions are never edited once released (GUIDE §5): a reader's browser may still hold a
 * database at any old version, and Dexie upgrades it step by step only if every version it has
 * passed through is still declared here. Each new version gets an `upgrade()` and a test that
 * upgrades a populated database of the version before (tests/unit/notes/db.test.ts).
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type { Note, NoteTarget } from './types';

export const NOTES_DB_NAME = 'crosscheck-notes';

/**
 * Version 1, the first released schema, exactly as released. Kept forever: Dexie needs it to
 * open (and upgrade) a database a reader created with the first release.
 */
export const NOTES_SCHEMA_V1 = { notes: 'id, url, created' } as const;

/** A note as version 1 stored it: no tags, no edit time, no target. */
export interface NoteV1 {
  id: string;
  text: string;
  url: string;
  pageUrl: string;
  title: string;
  published: string | null;
  created: number;
  factId: string | null;
  selectors: Note['selectors'];
}

/** Version 2 (current): tags, edit time and target; indexes for listing by edit time, fact, tag. */
export const NOTES_SCHEMA_V2 = { notes: 'id, url, created, edited, factId, *tags' } as const;

export const NOTES_SCHEMA_VERSION = 2;

/** What a note is attached to, from what it carries: a passage, else a fact, else the page. */
export function inferTarget(note: Pick<Note, 'selectors' | 'factId'>): NoteTarget {
  if (note.selectors) return 'text';
  if (note.factId) return 'fact';
  return 'page';
}

/** The v1 → v2 record upgrade (pure, also used by the upgrade test's expectations). */
export function upgradeNoteV1(old: NoteV1): Note {
  return {
    ...old,
    tags: [],
    edited: old.created,
    target: inferTarget(old),
  };
}

export interface NotesDatabaseOptions {
  /** An IndexedDB implementation (tests pass fake-indexeddb's). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class NotesDatabase extends Dexie {
  notes!: Table<Note, string>;

  constructor(name: string = NOTES_DB_NAME, options: NotesDatabaseOptions = {}) {
    super(name, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    // Released schemas, oldest first. Never edit one; add a version.
    this.version(1).stores(NOTES_SCHEMA_V1);
    this.version(2)
      .stores(NOTES_SCHEMA_V2)
      .upgrade((tx: Transaction) =>
        tx
          .table('notes')
          .toCollection()
          .modify((record: Partial<Note> & NoteV1) => {
            const up = upgradeNoteV1(record);
            record.tags = Array.isArray(record.tags) ? record.tags : up.tags;
            record.edited = typeof record.edited === 'number' ? record.edited : up.edited;
            record.target = record.target ?? up.target;
          }),
      );
  }
}

/**
 * The notes database, opened lazily by Dexie on first use. Tests pass fake-indexeddb's
 * `indexedDB` and `IDBKeyRange` (and a fresh name each).
 */
export function openNotesDatabase(
  name: string = NOTES_DB_NAME,
  indexedDB?: IDBFactory,
  keyRange?: typeof IDBKeyRange,
): NotesDatabase {
  return new NotesDatabase(name, {
    ...(indexedDB ? { indexedDB } : {}),
    ...(keyRange ? { IDBKeyRange: keyRange } : {}),
  });
}
