/**
 * The notes page: every note the reader kept, newest first, live from the notes database (Dexie's
 * liveQuery also follows notes the background writes while the page is open). Search, filters,
 * edit, delete with undo, export and import; NotesView shows it all, this file owns the database,
 * downloads and `browser.*`.
 */
import { StrictMode, useCallback, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import base from 'virtual:crosscheck-factbase';
import { applyStyles } from '@/components/facts';
import {
  NOTES_CSS,
  NotesView,
  exportFileName,
  importFile,
  noteOpenUrl,
  type NoteChanges,
} from '@/components/notes';
import type { FactBase } from '@/lib/factbase/types';
import { openNotesDatabase } from '@/lib/notes/db';
import { exportJson, exportMarkdown, importNotes, parseImport } from '@/lib/notes/exchange';
import {
  NotesStorageError,
  createNoteSearch,
  deleteNote,
  listNotes,
  restoreNote,
  updateNote,
} from '@/lib/notes/repository';
import type { Note } from '@/lib/notes/types';
import { pageBodyRules } from '@/components/theme';

const TITLE = 'Crosscheck — notes';

const PAGE_CSS = `
${pageBodyRules()}
.np-message {
  max-width: 900px;
  margin: 0 auto;
  padding: 24px 20px;
  font-size: 15px;
}
`;

const db = openNotesDatabase();

/** Fact statements by id, shown beside a note's fact. */
const FACT_STATEMENTS: ReadonlyMap<string, string> = new Map(
  (base as FactBase).facts.map((f) => [f.id, f.statement]),
);

/** A storage failure in the words the repository chose for the reader. */
function storageMessage(error: unknown): string | null {
  return error instanceof NotesStorageError ? error.message : null;
}

/** A failed write as an Error whose message is for the reader (NotesView shows it). */
function readable(error: unknown, fallback: string): Error {
  const message = storageMessage(error);
  if (message !== null) return new Error(message);
  console.warn('Crosscheck: notes', error);
  return new Error(fallback);
}

function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Firefox starts the download after the click returns: keep the URL alive a little.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

type Loaded = { ok: true; notes: Note[] } | { ok: false; error: unknown };

/** `storage.local` key where the background keeps the ids of notes it could not place. */
const ORPHANS_KEY = 'crosscheck:orphans';

/** Ids of notes whose passage was not found on their page the last time it was visited. */
function useOrphans(): ReadonlySet<string> {
  const [orphans, setOrphans] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const read = (value: unknown) =>
      setOrphans(
        new Set(
          Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [],
        ),
      );
    browser.storage.local.get(ORPHANS_KEY).then(
      (got: Record<string, unknown>) => read(got[ORPHANS_KEY]),
      () => undefined,
    );
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && ORPHANS_KEY in changes) read(changes[ORPHANS_KEY]!.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return orphans;
}

function NotesPage() {
  const orphans = useOrphans();
  const loaded = useLiveQuery((): Promise<Loaded> =>
    listNotes(db).then(
      (notes) => ({ ok: true, notes }),
      (error: unknown) => ({ ok: false, error }),
    ),
  );
  const notes = useMemo(() => (loaded?.ok ? loaded.notes : []), [loaded]);
  const [lastDeleted, setLastDeleted] = useState<Note | null>(null);

  const index = useMemo(() => createNoteSearch(notes), [notes]);
  const search = useCallback(
    (query: string) => (query.trim() ? index.search(query) : null),
    [index],
  );

  const onEdit = useCallback(async (id: string, changes: NoteChanges) => {
    let updated: Note | null;
    try {
      updated = await updateNote(db, id, changes);
    } catch (error) {
      throw readable(error, 'The note could not be saved.');
    }
    if (!updated) throw new Error('This note no longer exists.');
  }, []);

  const onDelete = useCallback(async (id: string) => {
    let deleted: Note | null;
    try {
      deleted = await deleteNote(db, id);
    } catch (error) {
      throw readable(error, 'The note could not be deleted.');
    }
    // Only the last deleted note can be restored; a note already gone leaves nothing to undo.
    setLastDeleted(deleted);
  }, []);

  const onUndoDelete = useCallback(async () => {
    if (!lastDeleted) return;
    try {
      await restoreNote(db, lastDeleted);
    } catch (error) {
      throw readable(error, 'The note could not be restored.');
    }
    setLastDeleted(null);
  }, [lastDeleted]);

  const onOpen = useCallback((note: Note) => {
    const url = noteOpenUrl(note);
    if (!url) return;
    browser.tabs.create({ url }).catch((error: unknown) => console.warn('Crosscheck: open', error));
  }, []);

  const onExportJson = useCallback(
    () => download(exportJson(notes), 'application/json', exportFileName('json')),
    [notes],
  );
  const onExportMarkdown = useCallback(
    () => download(exportMarkdown(notes), 'text/markdown', exportFileName('md')),
    [notes],
  );

  const onImportFile = useCallback(
    (file: File) =>
      importFile(file, {
        parse: parseImport,
        store: (parsed) => importNotes(db, parsed),
        storageMessage,
      }),
    [],
  );

  if (loaded === undefined) return <p className="np-message">Loading notes…</p>;
  if (!loaded.ok) {
    console.warn('Crosscheck: notes database', loaded.error);
    return (
      <p className="np-message" role="alert">
        Crosscheck could not open its notes in this browser (storage may be disabled, as in some
        private windows).
      </p>
    );
  }

  return (
    <main>
      <NotesView
        notes={notes}
        onEdit={onEdit}
        onDelete={onDelete}
        onUndoDelete={onUndoDelete}
        undoAvailable={lastDeleted !== null}
        onOpen={onOpen}
        onExportJson={onExportJson}
        onExportMarkdown={onExportMarkdown}
        onImportFile={onImportFile}
        search={search}
        factStatements={FACT_STATEMENTS}
        orphans={orphans}
      />
    </main>
  );
}

function start(): void {
  document.title = TITLE;
  applyStyles(document, 'notes-page', PAGE_CSS);
  applyStyles(document, 'notes', NOTES_CSS);
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <NotesPage />
    </StrictMode>,
  );
}

start();
