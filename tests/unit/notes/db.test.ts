/** lib/notes/db.ts: the schema, and upgrading a database a reader already has. */
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  NOTES_SCHEMA_V1,
  NOTES_SCHEMA_VERSION,
  openNotesDatabase,
  type NoteV1,
} from '@/lib/notes/db';
import { freshDatabase } from './fixtures';

/** Version 1 as released, written out here so an edit to the constant in db.ts is caught. */
const RELEASED_V1 = { notes: 'id, url, created' };

const V1_RECORDS: NoteV1[] = [
  {
    id: '0b6f5a8e-3c1d-4e2f-9a7b-1c2d3e4f5a6b',
    text: 'On a passage (and a fact).',
    url: 'https://reuters.com/world/europe/biden-lifts-ban-2024-11-17',
    pageUrl: 'https://www.reuters.com/world/europe/biden-lifts-ban-2024-11-17/',
    title: 'Biden lifts ban',
    published: '2024-11-17',
    created: 1_731_873_900_123,
    factId: 'us-permits-deep-strikes',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: 'strike deep', prefix: 'to ', suffix: ' into' },
      position: { type: 'TextPositionSelector', start: 10, end: 21 },
    },
  },
  {
    id: '9d8c7b6a-5f4e-4d3c-8b2a-0f1e2d3c4b5a',
    text: 'On a fact.',
    url: 'https://apnews.com/article/north-korea-troops-kursk',
    pageUrl: 'https://apnews.com/article/north-korea-troops-kursk',
    title: 'North Korean troops',
    published: null,
    created: 1_730_799_000_000,
    factId: 'north-korean-troop-count',
    selectors: null,
  },
  {
    id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    text: 'On the page. <b>Not bold</b>',
    url: 'https://theguardian.com/world/2024/nov/17/biden-ukraine',
    pageUrl: 'https://amp.theguardian.com/world/2024/nov/17/biden-ukraine',
    title: '',
    published: null,
    created: 1_731_880_800_000,
    factId: null,
    selectors: null,
  },
];

describe('NotesDatabase schema', () => {
  it('still declares version 1 exactly as released', () => {
    expect(NOTES_SCHEMA_V1).toEqual(RELEASED_V1);
  });

  it('opens at the current version with the v2 indexes', async () => {
    const { db } = freshDatabase();
    await db.open();
    expect(db.verno).toBe(NOTES_SCHEMA_VERSION);
    const schema = db.notes.schema;
    expect(schema.primKey.name).toBe('id');
    expect(schema.indexes.map((i) => i.name).sort()).toEqual(
      ['created', 'edited', 'factId', 'tags', 'url'].sort(),
    );
    expect(schema.idxByName.tags?.multi).toBe(true);
    db.close();
  });
});

describe('upgrade from version 1', () => {
  it('keeps every v1 note and fills tags, edited and target', async () => {
    const name = `notes-upgrade-${Date.now()}`;
    // A database exactly as the first release left it.
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(1).stores(RELEASED_V1);
    await old.table('notes').bulkAdd(V1_RECORDS);
    expect(await old.table('notes').count()).toBe(3);
    old.close();

    const db = openNotesDatabase(name, indexedDB, IDBKeyRange);
    const notes = await db.notes.orderBy('created').toArray();
    expect(db.verno).toBe(2);
    expect(notes).toHaveLength(V1_RECORDS.length);
    const byId = new Map(notes.map((n) => [n.id, n]));
    for (const v1 of V1_RECORDS) {
      const n = byId.get(v1.id)!;
      // Every v1 field intact…
      expect(n).toMatchObject(v1);
      // …and the new ones filled.
      expect(n.tags).toEqual([]);
      expect(n.edited).toBe(v1.created);
    }
    expect(byId.get(V1_RECORDS[0]!.id)!.target).toBe('text');
    expect(byId.get(V1_RECORDS[1]!.id)!.target).toBe('fact');
    expect(byId.get(V1_RECORDS[2]!.id)!.target).toBe('page');

    // The new indexes work on upgraded records.
    expect(await db.notes.where('factId').equals('north-korean-troop-count').count()).toBe(1);
    expect(await db.notes.where('edited').equals(V1_RECORDS[2]!.created).count()).toBe(1);
    await db.notes.update(V1_RECORDS[2]!.id, { tags: ['later'] });
    expect(await db.notes.where('tags').equals('later').count()).toBe(1);
    db.close();
  });

  it('upgrades an empty v1 database', async () => {
    const name = `notes-upgrade-empty-${Date.now()}`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(1).stores(RELEASED_V1);
    await old.open();
    old.close();
    const db = openNotesDatabase(name, indexedDB, IDBKeyRange);
    expect(await db.notes.count()).toBe(0);
    expect(db.verno).toBe(2);
    db.close();
  });
});
