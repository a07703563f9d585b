/** Shared test data for tests/unit/notes: a fresh fake IndexedDB database and sample notes. */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { openNotesDatabase, type NotesDatabase } from '@/lib/notes/db';
import type { Note } from '@/lib/notes/types';

let counter = 0;

/** A database of its own for each test (fake-indexeddb lives for the whole test file). */
export function freshDatabase(): { db: NotesDatabase; name: string } {
  const name = `notes-test-${process.pid}-${Date.now()}-${counter++}`;
  return { db: openNotesDatabase(name, indexedDB, IDBKeyRange), name };
}

export const ARTICLE =
  "WASHINGTON (Reuters) - President Joe Biden's administration has allowed Ukraine to use U.S.-made weapons to strike deep into Russia, two U.S. officials and a source familiar with the decision said on Sunday.";

/** Three notes, one of each target, as a reader's database would hold them. */
export function sampleNotes(): Note[] {
  return [
    {
      id: '0b6f5a8e-3c1d-4e2f-9a7b-1c2d3e4f5a6b',
      text: 'Compare with the AP story: it says the decision came after the North Korean deployment.',
      tags: ['atacms', 'escalation'],
      target: 'text',
      url: 'https://reuters.com/world/europe/biden-lifts-ban-2024-11-17',
      pageUrl:
        'https://www.reuters.com/world/europe/biden-lifts-ban-2024-11-17/?utm_source=twitter',
      title: 'Biden lifts ban on Ukraine using US arms to strike deep into Russia',
      published: '2024-11-17',
      created: Date.UTC(2024, 10, 17, 20, 5, 0, 123),
      edited: Date.UTC(2024, 10, 18, 8, 0, 0, 0),
      factId: 'us-permits-deep-strikes',
      selectors: {
        quote: {
          type: 'TextQuoteSelector',
          exact: 'allowed Ukraine to use U.S.-made weapons to strike deep into Russia',
          prefix: " Joe Biden's administration has ",
          suffix: ', two U.S. officials and a sourc',
        },
        position: { type: 'TextPositionSelector', start: 64, end: 131 },
      },
    },
    {
      id: '9d8c7b6a-5f4e-4d3c-8b2a-0f1e2d3c4b5a',
      text: '8,000 or more than 10,000? The sources disagree.',
      tags: ['north korea'],
      target: 'fact',
      url: 'https://apnews.com/article/north-korea-troops-kursk-4b3b5d8f6a',
      pageUrl: 'https://apnews.com/article/north-korea-troops-kursk-4b3b5d8f6a#comments',
      title: 'North Korean troops join Russian forces in Kursk',
      published: null,
      created: Date.UTC(2024, 10, 5, 9, 30),
      edited: Date.UTC(2024, 10, 5, 9, 30),
      factId: 'north-korean-troop-count',
      selectors: null,
    },
    {
      id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      text: 'Read later.',
      tags: [],
      target: 'page',
      url: 'https://theguardian.com/world/2024/nov/17/biden-ukraine',
      pageUrl: 'https://amp.theguardian.com/world/2024/nov/17/biden-ukraine?CMP=share_btn_tw',
      title: 'Biden gives Ukraine permission to use US missiles',
      published: '2024-11-17',
      created: Date.UTC(2024, 10, 17, 22, 0),
      edited: Date.UTC(2024, 10, 17, 22, 0),
      factId: null,
      selectors: null,
    },
  ];
}

export function quotaError(): Error {
  return Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
}
