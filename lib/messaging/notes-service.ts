/**
 * The background's side of the notes messages: every note read or write goes through here, into
 * the Dexie database in the extension's own origin (a content script's IndexedDB would belong to
 * the web page). Pure apart from the database and the orphan store it is given, so it is tested
 * with fake-indexeddb.
 */
import type { NotesDatabase } from '../notes/db';
import {
  NotesStorageError,
  addNote,
  deleteNote,
  notesForUrl,
  updateNote,
} from '../notes/repository';
import type { Note } from '../notes/types';
import { normalizeUrl } from '../notes/url';
import { err, ok, type Message, type Result } from './protocol';

type NotesMessage = Extract<Message, { type: `notes/${string}` }>;

/** Where the ids of notes that could not be placed on their page are remembered. */
export interface OrphanStore {
  read(): Promise<Set<string>>;
  write(ids: ReadonlySet<string>): Promise<void>;
}

export function isNotesMessage(m: Message): m is NotesMessage {
  return m.type.startsWith('notes/');
}

export function createNotesService(db: NotesDatabase, orphans: OrphanStore) {
  async function run<T>(work: () => Promise<T>): Promise<Result<T>> {
    try {
      return ok(await work());
    } catch (error) {
      // A full disk says so plainly; nothing already saved is lost (each write is one transaction).
      if (error instanceof NotesStorageError) return err(error.message);
      return err(`notes: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return {
    handle(message: NotesMessage): Promise<Result<Note | Note[] | null>> {
      switch (message.type) {
        case 'notes/add': {
          const n = message.note;
          return run(() =>
            addNote(db, {
              text: n.text,
              pageUrl: n.pageUrl,
              canonical: n.canonical,
              title: n.title,
              published: n.published,
              factId: n.factId,
              selectors: n.selectors,
              tags: n.tags,
              target: n.target,
            }),
          );
        }
        case 'notes/for-page':
          return run(() => notesForUrl(db, normalizeUrl(message.pageUrl, message.canonical)));
        case 'notes/update':
          return run(() => updateNote(db, message.id, { text: message.text, tags: message.tags }));
        case 'notes/delete':
          return run(() => deleteNote(db, message.id));
        case 'notes/placed':
          return run(async () => {
            const ids = await orphans.read();
            for (const id of message.anchored) ids.delete(id);
            for (const id of message.orphans) ids.add(id);
            await orphans.write(ids);
            return null;
          });
      }
    },
  };
}
