import {
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { Note } from '../../lib/notes/types';
import {
  ALL,
  NO_FILTERS,
  countLabel,
  errorMessage,
  filterOptions,
  importedLabel,
  isFiltered,
  noteSite,
  noteTitle,
  parseTags,
  visibleNotes,
  type FilterOption,
  type NoteFilters,
} from './model';

/** What "Edit" may change. */
export interface NoteChanges {
  text?: string;
  tags?: string[];
}

export type ImportOutcome =
  { ok: true; added: number; skipped: number } | { ok: false; error: string };

export interface NotesViewProps {
  notes: Note[];
  onEdit(id: string, changes: NoteChanges): Promise<void>;
  onDelete(id: string): Promise<void>;
  /** Restores the last deleted note. */
  onUndoDelete(): Promise<void>;
  /** Whether there is a deleted note to restore (the toast offers "Undo" only then). */
  undoAvailable: boolean;
  /** Opens the note's page (and its passage). */
  onOpen(note: Note): void;
  onExportJson(): void;
  onExportMarkdown(): void;
  onImportFile(file: File): Promise<ImportOutcome>;
  /** Ids of notes whose passage could not be found on their page the last time. */
  orphans?: ReadonlySet<string>;
  /** The notes matching `query`, best first; null when there is no query. */
  search(query: string): Note[] | null;
  /** Fact statements by fact id, shown beside a note's fact id when given. */
  factStatements?: ReadonlyMap<string, string>;
}

const EMPTY_SET: ReadonlySet<string> = new Set();
const EMPTY_MAP: ReadonlyMap<string, string> = new Map();

/** What the status line says: an import's progress or result, or a deletion that can be undone. */
type Notice =
  | { kind: 'importing' }
  | { kind: 'imported'; added: number; skipped: number }
  | { kind: 'deleted'; id: string }
  | { kind: 'restored' };

const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function Time({ ms, label }: { ms: number; label: string }) {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  return (
    <span className="cn-time">
      {label} <time dateTime={date.toISOString()}>{DATE_TIME.format(date)}</time>
    </span>
  );
}

function Select({
  id,
  label,
  allLabel,
  value,
  options,
  describe,
  onChange,
}: {
  id: string;
  label: string;
  allLabel: string;
  value: string;
  options: FilterOption[];
  describe?: (value: string) => string;
  onChange(v: string): void;
}) {
  return (
    <div className="cn-field">
      <label className="cn-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value={ALL}>{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {`${describe ? describe(o.value) : o.value} (${o.count})`}
          </option>
        ))}
      </select>
    </div>
  );
}

function shorten(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

interface NoteItemProps {
  note: Note;
  orphan: boolean;
  factStatement: string | null;
  onOpen(note: Note): void;
  onEdit(id: string, changes: NoteChanges): Promise<void>;
  onDelete(note: Note): void;
  openRef(el: HTMLButtonElement | null): void;
}

function NoteItem({
  note,
  orphan,
  factStatement,
  onOpen,
  onEdit,
  onDelete,
  openRef,
}: NoteItemProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const [editing, setEditing] = useState(false);
  const [draftText, setDraftText] = useState('');
  const [draftTags, setDraftTags] = useState('');
  const [error, setError] = useState<string | null>(null);
  const saving = useRef(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  /** Where focus goes after the next render: into the form, or back to "Edit". */
  const focusNext = useRef<'form' | 'edit' | null>(null);

  useLayoutEffect(() => {
    if (focusNext.current === 'form') textArea.current?.focus();
    else if (focusNext.current === 'edit') editButton.current?.focus();
    focusNext.current = null;
  });

  const site = noteSite(note);
  const title = noteTitle(note);
  const quote = note.selectors?.quote.exact ?? null;

  const startEdit = () => {
    setDraftText(note.text);
    setDraftTags(note.tags.join(', '));
    setError(null);
    focusNext.current = 'form';
    setEditing(true);
  };

  const stopEdit = () => {
    setError(null);
    focusNext.current = 'edit';
    setEditing(false);
  };

  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    if (saving.current) return;
    saving.current = true;
    try {
      await onEdit(note.id, { text: draftText.trim(), tags: parseTags(draftTags) });
      stopEdit();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      saving.current = false;
    }
  };

  const onFormKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      stopEdit();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <article
      className={`cn-note${orphan ? ' cn-note-orphan' : ''}`}
      aria-labelledby={titleId}
      data-note={note.id}
    >
      <h2 className="cn-note-title" id={titleId}>
        <button type="button" className="cn-link" ref={openRef} onClick={() => onOpen(note)}>
          <span className="cn-sr">Open </span>
          {title}
        </button>
      </h2>
      <p className="cn-meta">
        {site && <span className="cn-site">{site}</span>}
        <Time ms={note.created} label="Created" />
        {note.edited > note.created && <Time ms={note.edited} label="Edited" />}
        {note.published && <span className="cn-time">Published {note.published}</span>}
      </p>
      {orphan && (
        <p className="cn-orphan">
          <span aria-hidden="true">⚠{'\uFE0E'} </span>Orphaned: passage not found
        </p>
      )}
      {quote !== null && <blockquote className="cn-quote">{quote}</blockquote>}

      {editing ? (
        <form className="cn-edit" onSubmit={save} onKeyDown={onFormKeyDown}>
          <div className="cn-field">
            <label className="cn-label" htmlFor={`${id}-text`}>
              Note
            </label>
            <textarea
              id={`${id}-text`}
              ref={textArea}
              rows={4}
              value={draftText}
              onChange={(e) => setDraftText(e.target.value)}
            />
          </div>
          <div className="cn-field">
            <label className="cn-label" htmlFor={`${id}-tags`}>
              Tags
            </label>
            <input
              id={`${id}-tags`}
              type="text"
              value={draftTags}
              autoComplete="off"
              aria-describedby={`${id}-tags-hint`}
              onChange={(e) => setDraftTags(e.target.value)}
            />
            <span className="cn-hint" id={`${id}-tags-hint`}>
              Separate tags with commas. Escape cancels.
            </span>
          </div>
          {error && (
            <p className="cn-error" role="alert">
              {error}
            </p>
          )}
          <div className="cn-actions">
            <button type="submit" className="cn-primary">
              Save
            </button>
            <button type="button" onClick={stopEdit}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          {note.text && <p className="cn-text">{note.text}</p>}
          {note.tags.length > 0 && (
            <ul className="cn-tags" aria-label="Tags">
              {note.tags.map((t) => (
                <li key={t} className="cn-tag">
                  {t}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {note.factId && (
        <p className="cn-fact">
          Fact: <code className="cn-fact-id">{note.factId}</code>
          {factStatement && <span className="cn-fact-statement"> — {factStatement}</span>}
        </p>
      )}
      {!editing && (
        <div className="cn-actions">
          <button type="button" ref={editButton} aria-describedby={titleId} onClick={startEdit}>
            Edit
          </button>
          <button type="button" aria-describedby={titleId} onClick={() => onDelete(note)}>
            Delete
          </button>
        </div>
      )}
    </article>
  );
}

/**
 * The reader's notes, newest first: search, filters by site, tag and fact, inline edit, delete with
 * undo, and export and import. Props only (the entrypoint owns the database); note and page text is
 * rendered as text.
 */
export function NotesView({
  notes,
  onEdit,
  onDelete,
  onUndoDelete,
  undoAvailable,
  onOpen,
  onExportJson,
  onExportMarkdown,
  onImportFile,
  orphans = EMPTY_SET,
  search,
  factStatements = EMPTY_MAP,
}: NotesViewProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<NoteFilters>(NO_FILTERS);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setErrorState] = useState<{ message: string; fromImport: boolean } | null>(null);
  const [importing, setImporting] = useState(false);

  const searchInput = useRef<HTMLInputElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const toast = useRef<HTMLDivElement>(null);
  const toastDismiss = useRef<HTMLButtonElement>(null);
  const openButtons = useRef(new Map<string, HTMLButtonElement>());
  const busy = useRef(false);
  /** A restored note to focus once it is back in the list. */
  const focusRestored = useRef<string | null>(null);

  const results = useMemo(() => search(query), [search, query]);
  const shown = useMemo(() => visibleNotes(notes, results, filters), [notes, results, filters]);
  const options = useMemo(() => filterOptions(notes, filters), [notes, filters]);
  const narrowed = results !== null || isFiltered(filters);

  useLayoutEffect(() => {
    const target = focusRestored.current;
    if (target === null) return;
    const doc = toast.current?.ownerDocument ?? document;
    const active = doc.activeElement;
    const inToast = !!active && !!toast.current?.contains(active);
    // Only take focus that nobody holds (the Undo button went away) or that the toast holds.
    if (active && active !== doc.body && !inToast) {
      focusRestored.current = null;
      return;
    }
    const el = openButtons.current.get(target);
    if (el) {
      el.focus();
      focusRestored.current = null;
    } else if (!inToast) {
      toastDismiss.current?.focus();
    }
  });

  const setError = (message: string | null, fromImport = false) =>
    setErrorState(message === null ? null : { message, fromImport });

  const setFilter = (key: keyof NoteFilters, value: string) =>
    setFilters((f) => ({ ...f, [key]: value }));

  const clear = () => {
    setQuery('');
    setFilters(NO_FILTERS);
    searchInput.current?.focus();
  };

  const removeNote = async (note: Note) => {
    if (busy.current) return;
    busy.current = true;
    const i = shown.findIndex((n) => n.id === note.id);
    const neighbour = shown[i + 1] ?? shown[i - 1] ?? null;
    try {
      await onDelete(note.id);
      setError(null);
      setNotice({ kind: 'deleted', id: note.id });
      // The note's buttons are about to go: focus moves to the next note, not to the page.
      const next = neighbour ? openButtons.current.get(neighbour.id) : undefined;
      (next ?? searchInput.current)?.focus();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      busy.current = false;
    }
  };

  const undo = async () => {
    if (busy.current || notice?.kind !== 'deleted') return;
    busy.current = true;
    const restored = notice.id;
    try {
      await onUndoDelete();
      setError(null);
      focusRestored.current = restored;
      setNotice({ kind: 'restored' });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      busy.current = false;
    }
  };

  const dismissNotice = () => {
    const doc = toast.current?.ownerDocument ?? document;
    const hadFocus = !!toast.current?.contains(doc.activeElement);
    focusRestored.current = null;
    setNotice(null);
    if (hadFocus) searchInput.current?.focus();
  };

  const onToastKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape' || notice === null || notice.kind === 'importing') return;
    e.preventDefault();
    dismissNotice();
  };

  const chooseFile = () => {
    if (!importing) fileInput.current?.click();
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file || importing) return;
    setImporting(true);
    setError(null);
    setNotice({ kind: 'importing' });
    try {
      const result = await onImportFile(file);
      if (result.ok) {
        setNotice({ kind: 'imported', added: result.added, skipped: result.skipped });
      } else {
        setNotice(null);
        setError(result.error, true);
      }
    } catch (err) {
      setNotice(null);
      setError(errorMessage(err), true);
    } finally {
      setImporting(false);
      // The same file can be chosen again (after fixing it, say).
      input.value = '';
      const active = input.ownerDocument.activeElement;
      if (!active || active === input || active === input.ownerDocument.body) {
        importButton.current?.focus();
      }
    }
  };

  let status: ReactNode = null;
  if (notice?.kind === 'importing') status = <span className="cn-toast-message">Importing…</span>;
  else if (notice?.kind === 'imported')
    status = (
      <span className="cn-toast-message">{importedLabel(notice.added, notice.skipped)}</span>
    );
  else if (notice?.kind === 'deleted' || notice?.kind === 'restored')
    status = (
      <>
        <span className="cn-toast-message">
          {notice.kind === 'deleted' ? 'Note deleted.' : 'Note restored.'}
        </span>
        {notice.kind === 'deleted' && undoAvailable && (
          <button type="button" className="cn-toast-undo" onClick={undo}>
            Undo
          </button>
        )}
        <button
          type="button"
          className="cn-toast-dismiss"
          ref={toastDismiss}
          aria-label="Dismiss"
          onClick={dismissNotice}
        >
          <span aria-hidden="true">×</span>
        </button>
      </>
    );

  const factLabel = (factId: string) => {
    const s = factStatements.get(factId);
    return s ? `${factId} — ${shorten(s, 60)}` : factId;
  };

  return (
    <section className="cn-root" aria-labelledby={`${id}-heading`}>
      <header className="cn-head">
        <div>
          <h1 className="cn-h1" id={`${id}-heading`}>
            Notes
          </h1>
          <p className="cn-intro">Your notes on news articles, kept only in this browser.</p>
        </div>
        <div className="cn-toolbar">
          <button type="button" onClick={onExportJson}>
            Export JSON
          </button>
          <button type="button" onClick={onExportMarkdown}>
            Export Markdown
          </button>
          <button
            type="button"
            ref={importButton}
            aria-disabled={importing || undefined}
            aria-describedby={`${id}-import-hint`}
            onClick={chooseFile}
          >
            Import
          </button>
          <span className="cn-sr" id={`${id}-import-hint`}>
            A Crosscheck notes JSON file; notes already here are skipped.
          </span>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            aria-label="Import"
            tabIndex={-1}
            hidden
            onChange={onFile}
          />
        </div>
      </header>

      <div className="cn-controls" role="search" aria-label="Filter notes">
        <div className="cn-field cn-search">
          <label className="cn-label" htmlFor={`${id}-q`}>
            Search notes
          </label>
          <input
            id={`${id}-q`}
            ref={searchInput}
            type="search"
            value={query}
            placeholder="Words from a note, passage, title or tag"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <Select
          id={`${id}-site`}
          label="Site"
          allLabel="All sites"
          value={filters.site}
          options={options.sites}
          onChange={(v) => setFilter('site', v)}
        />
        <Select
          id={`${id}-tag`}
          label="Tag"
          allLabel="All tags"
          value={filters.tag}
          options={options.tags}
          onChange={(v) => setFilter('tag', v)}
        />
        <Select
          id={`${id}-fact`}
          label="Fact"
          allLabel="All facts"
          value={filters.fact}
          options={options.facts}
          describe={factLabel}
          onChange={(v) => setFilter('fact', v)}
        />
      </div>

      <div className="cn-countbar">
        <p className="cn-count" aria-live="polite" aria-atomic="true">
          {countLabel(shown.length, notes.length)}
        </p>
        {narrowed && (
          <button type="button" onClick={clear}>
            Clear filters
          </button>
        )}
      </div>

      {notes.length === 0 ? (
        <div className="cn-empty">
          <p>No notes yet.</p>
          <p className="cn-muted">
            Notes you add on news articles, or on a page from the Crosscheck popup, appear here. You
            can also import a notes file exported from Crosscheck.
          </p>
        </div>
      ) : shown.length === 0 ? (
        <div className="cn-empty">
          <p>No notes match{query.trim() ? ` “${query.trim()}”` : ' these filters'}.</p>
        </div>
      ) : (
        <ul className="cn-list" aria-label="Notes">
          {shown.map((note) => (
            <li key={note.id}>
              <NoteItem
                note={note}
                orphan={orphans.has(note.id)}
                factStatement={note.factId ? (factStatements.get(note.factId) ?? null) : null}
                onOpen={onOpen}
                onEdit={onEdit}
                onDelete={removeNote}
                openRef={(el) => {
                  if (el) openButtons.current.set(note.id, el);
                  else openButtons.current.delete(note.id);
                }}
              />
            </li>
          ))}
        </ul>
      )}

      <div className="cn-toasts">
        {error !== null && (
          <div className="cn-toast cn-toast-error">
            <p className="cn-toast-message" role="alert">
              {error.message}
            </p>
            <button
              type="button"
              className="cn-toast-dismiss"
              aria-label="Dismiss error"
              onClick={() => {
                (error.fromImport ? importButton : searchInput).current?.focus();
                setError(null);
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        )}
        <div
          ref={toast}
          className={status ? 'cn-toast' : 'cn-toast cn-toast-empty'}
          role="status"
          onKeyDown={onToastKeyDown}
        >
          {status}
        </div>
      </div>
    </section>
  );
}
