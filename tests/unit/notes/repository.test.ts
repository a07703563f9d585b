/** lib/notes/repository.ts: CRUD, listing, search and storage errors on fake IndexedDB. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeRange } from '@/lib/notes/anchor';
import {
  addNote,
  cleanTags,
  createNoteSearch,
  deleteAll,
  deleteNote,
  isQuotaError,
  listNotes,
  notesForUrl,
  NotesStorageError,
  QUOTA_MESSAGE_NOTE,
  restoreNote,
  updateNote,
} from '@/lib/notes/repository';
import { ARTICLE, freshDatabase, quotaError, sampleNotes } from './fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('addNote', () => {
  it('stores a note on text with a fresh id, timestamps, the normalised URL and target', async () => {
    const { db } = freshDatabase();
    const start = ARTICLE.indexOf('strike deep');
    const note = await addNote(
      db,
      {
        text: 'Deep strikes: which range?',
        pageUrl: 'https://www.reuters.com/world/europe/biden-2024-11-17/?utm_source=twitter#x',
        title: 'Biden lifts ban',
        published: '2024-11-17',
        factId: 'us-permits-deep-strikes',
        selectors: describeRange(ARTICLE, start, start + 'strike deep'.length),
        tags: [' #ATACMS ', 'atacms', '', 'range  question'],
      },
      1_000,
    );
    expect(note.id).toMatch(UUID);
    expect(note).toMatchObject({
      url: 'https://reuters.com/world/europe/biden-2024-11-17',
      pageUrl: 'https://www.reuters.com/world/europe/biden-2024-11-17/?utm_source=twitter#x',
      target: 'text',
      created: 1_000,
      edited: 1_000,
      tags: ['ATACMS', 'atacms', 'range question'],
    });
    expect(await db.notes.get(note.id)).toEqual(note);
  });

  it('infers fact and page targets and honours a same-site canonical', async () => {
    const { db } = freshDatabase();
    const onFact = await addNote(db, {
      text: 'x',
      pageUrl: 'https://apnews.com/a',
      factId: 'north-korean-troop-count',
    });
    const onPage = await addNote(db, {
      text: 'y',
      pageUrl: 'https://edition.cnn.com/2024/x?iid=1',
      canonical: 'https://www.cnn.com/2024/x',
    });
    expect(onFact.target).toBe('fact');
    expect(onPage).toMatchObject({ target: 'page', url: 'https://cnn.com/2024/x', title: '' });
    expect(onPage.id).not.toBe(onFact.id);
  });

  it('refuses a note on text without selectors', async () => {
    const { db } = freshDatabase();
    await expect(
      addNote(db, { text: 'x', pageUrl: 'https://a.com/', target: 'text' }),
    ).rejects.toThrow(TypeError);
    expect(await db.notes.count()).toBe(0);
  });
});

describe('updateNote, deleteNote, restoreNote, deleteAll', () => {
  it('updates and bumps edited, even within the same millisecond', async () => {
    const { db } = freshDatabase();
    const note = await addNote(db, { text: 'first', pageUrl: 'https://a.com/x' }, 5_000);
    const updated = await updateNote(db, note.id, { text: 'second', tags: ['#t'] }, 5_000);
    expect(updated).toMatchObject({ text: 'second', tags: ['t'], created: 5_000, edited: 5_001 });
    const later = await updateNote(db, note.id, { factId: 'f1' }, 9_000);
    expect(later).toMatchObject({ edited: 9_000, target: 'fact' });
    expect(await db.notes.get(note.id)).toEqual(later);
    expect(await updateNote(db, 'missing', { text: 'z' })).toBeNull();
  });

  it('deletes a note, returns it for undo, and restores it exactly', async () => {
    const { db } = freshDatabase();
    await db.notes.bulkAdd(sampleNotes());
    const [first] = sampleNotes();
    const deleted = await deleteNote(db, first!.id);
    expect(deleted).toEqual(first);
    expect(await db.notes.get(first!.id)).toBeUndefined();
    expect(await deleteNote(db, first!.id)).toBeNull();
    await restoreNote(db, deleted!);
    expect(await db.notes.get(first!.id)).toEqual(first);
  });

  it('deletes everything and says how much', async () => {
    const { db } = freshDatabase();
    await db.notes.bulkAdd(sampleNotes());
    expect(await deleteAll(db)).toBe(3);
    expect(await db.notes.count()).toBe(0);
  });
});

describe('listNotes and notesForUrl', () => {
  it('lists newest first', async () => {
    const { db } = freshDatabase();
    await db.notes.bulkAdd(sampleNotes());
    const ids = (await listNotes(db)).map((n) => n.title);
    expect(ids).toEqual([
      'Biden gives Ukraine permission to use US missiles',
      'Biden lifts ban on Ukraine using US arms to strike deep into Russia',
      'North Korean troops join Russian forces in Kursk',
    ]);
  });

  it('filters by site (with subdomains), tag and fact', async () => {
    const { db } = freshDatabase();
    const notes = sampleNotes();
    notes.push({
      ...notes[2]!,
      id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
      url: 'https://edition.cnn.com/2024/x',
      created: 1,
      edited: 1,
      tags: ['escalation'],
    });
    await db.notes.bulkAdd(notes);
    const titles = async (f: Parameters<typeof listNotes>[1]) =>
      (await listNotes(db, f)).map((n) => n.id);
    expect(await titles({ site: 'reuters.com' })).toEqual([notes[0]!.id]);
    expect(await titles({ site: 'https://www.Reuters.com/world' })).toEqual([notes[0]!.id]);
    expect(await titles({ site: 'cnn.com' })).toEqual([notes[3]!.id]);
    expect(await titles({ site: 'notreuters.com' })).toEqual([]);
    expect(await titles({ tag: 'escalation' })).toEqual([notes[0]!.id, notes[3]!.id]);
    expect(await titles({ tag: 'north korea' })).toEqual([notes[1]!.id]);
    expect(await titles({ factId: 'us-permits-deep-strikes' })).toEqual([notes[0]!.id]);
    expect(await titles({ factId: 'us-permits-deep-strikes', tag: 'north korea' })).toEqual([]);
    expect(await titles({ site: 'cnn.com', tag: 'escalation' })).toEqual([notes[3]!.id]);
  });

  it('finds the notes filed under a normalised URL', async () => {
    const { db } = freshDatabase();
    await db.notes.bulkAdd(sampleNotes());
    const got = await notesForUrl(
      db,
      'https://apnews.com/article/north-korea-troops-kursk-4b3b5d8f6a',
    );
    expect(got.map((n) => n.factId)).toEqual(['north-korean-troop-count']);
    expect(await notesForUrl(db, 'https://apnews.com/')).toEqual([]);
  });
});

describe('createNoteSearch', () => {
  const search = createNoteSearch(sampleNotes());
  const titles = (q: string) => search.search(q).map((n) => n.id);
  const [onText, onFact, onPage] = sampleNotes().map((n) => n.id);

  it('searches note text, quotes, tags and titles', () => {
    expect(titles('sources disagree')[0]).toBe(onFact);
    expect(titles('U.S.-made weapons')[0]).toBe(onText);
    expect(titles('escalation')).toEqual([onText]);
    expect(titles('permission missiles')[0]).toBe(onPage);
  });

  it('forgives a typo and matches nothing for an empty query', () => {
    expect(titles('disagre')[0]).toBe(onFact);
    expect(titles('   ')).toEqual([]);
    expect(titles('zzzzqqq')).toEqual([]);
  });
});

describe('storage errors', () => {
  it('recognises quota errors however Dexie wraps them', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quotaError() })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [quotaError()] })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failuresByPos: { 3: quotaError() } })).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('a full disk: NotesStorageError with a clear message, earlier notes intact', async () => {
    const { db } = freshDatabase();
    await db.notes.bulkAdd(sampleNotes());
    vi.spyOn(db.notes, 'add').mockRejectedValue(quotaError());
    const attempt = addNote(db, { text: 'one too many', pageUrl: 'https://a.com/x' });
    await expect(attempt).rejects.toBeInstanceOf(NotesStorageError);
    await expect(attempt).rejects.toMatchObject({ kind: 'quota', message: QUOTA_MESSAGE_NOTE });
    expect(QUOTA_MESSAGE_NOTE).toBe(
      "Your browser's storage for Crosscheck is full: the note was not saved. Nothing already saved was lost.",
    );
    vi.restoreAllMocks();
    expect(await db.notes.toArray()).toEqual(sampleNotes().sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it('a full disk during an update (wrapped by Dexie) leaves the old note', async () => {
    const { db } = freshDatabase();
    await db.notes.bulkAdd(sampleNotes());
    const [first] = sampleNotes();
    // As Dexie reports a transaction IndexedDB aborted: an AbortError with the cause inside.
    vi.spyOn(db.notes, 'put').mockRejectedValue(
      Object.assign(new Error('aborted'), { name: 'AbortError', inner: quotaError() }),
    );
    await expect(updateNote(db, first!.id, { text: 'changed' })).rejects.toMatchObject({
      name: 'NotesStorageError',
      kind: 'quota',
    });
    vi.restoreAllMocks();
    expect(await db.notes.get(first!.id)).toEqual(first);
  });

  it('other errors pass through unchanged', async () => {
    const { db } = freshDatabase();
    const boom = new Error('boom');
    vi.spyOn(db.notes, 'add').mockRejectedValue(boom);
    await expect(addNote(db, { text: 'x', pageUrl: 'https://a.com/' })).rejects.toBe(boom);
  });
});

describe('cleanTags', () => {
  it('trims, drops #, empties and repeats', () => {
    expect(cleanTags(['  a ', '#b', 'a', '', '##', 'c  d'])).toEqual(['a', 'b', 'c d']);
  });
});
