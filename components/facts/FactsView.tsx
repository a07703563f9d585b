import {
  Fragment,
  createContext,
  useContext,
  useId,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { FactBase, FactStatus, Stance } from '../../lib/factbase/types';
import {
  STATUS_FILTERS,
  baseNotices,
  countLabel,
  factRows,
  filterRows,
  shortStatement,
  sourceColumns,
  statusName,
  topicLabel,
  topics as topicsOf,
  type FactCell,
  type FactRow,
  type SourceColumn,
  type StatusFilter,
} from '../../lib/facts-view/model';
import { createFactSearch } from '../../lib/facts-view/search';

export interface FactsViewProps {
  base: FactBase;
  /** Facts the current page's annotations touched (marked, and offered as a filter). */
  touched?: ReadonlySet<string>;
  /** Popup tab (~400 px): each fact's sources as a stacked list instead of a wide table. */
  compact?: boolean;
  /** Pre-fills the search box (the facts page's `?q=`). */
  initialQuery?: string;
  /** Called as the reader types (the facts page mirrors it into `?q=`). */
  onQueryChange?(query: string): void;
  /** Save a note on a fact (offered in each expanded fact when given). Rejects with a message. */
  onAddNote?(factId: string, text: string, tags: string[]): Promise<void>;
}

/** The note-saving callback, for the expanded facts deep in the list (see `FactNoteForm`). */
const AddNoteContext = createContext<FactsViewProps['onAddNote']>(undefined);

/** "Add a note on this fact": a small form inside an expanded fact. */
function FactNoteForm({ factId }: { factId: string }) {
  const onAddNote = useContext(AddNoteContext);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [tags, setTags] = useState('');
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  const id = useId();
  if (!onAddNote) return null;
  if (!open) {
    return (
      <div className="cf-note-form">
        <button type="button" onClick={() => setOpen(true)}>
          Add a note on this fact
        </button>
        {message && <p role={message.kind}>{message.text}</p>}
      </div>
    );
  }
  const save = async () => {
    try {
      await onAddNote(
        factId,
        text.trim(),
        tags
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
      );
      setOpen(false);
      setText('');
      setTags('');
      setMessage({ kind: 'status', text: 'Note saved.' });
    } catch (e) {
      setMessage({ kind: 'alert', text: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <div className="cf-note-form">
      <label htmlFor={`${id}-text`}>Your note on this fact</label>
      <textarea id={`${id}-text`} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      <label htmlFor={`${id}-tags`}>Tags (comma-separated, optional)</label>
      <input id={`${id}-tags`} value={tags} onChange={(e) => setTags(e.target.value)} />
      <div className="cf-note-actions">
        <button type="button" disabled={!text.trim()} onClick={() => void save()}>
          Save note
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      {message && <p role={message.kind}>{message.text}</p>}
    </div>
  );
}

const EMPTY: ReadonlySet<string> = new Set();

/** A glyph per status, so the status never rests on colour alone (the badge's border differs too). */
const STATUS_GLYPHS: Record<FactStatus, string> = {
  consensus: '●',
  'single-source': '○',
  disputed: '⚠\uFE0E',
};

/** How a cell names a stance other than a plain assertion. */
const STANCE_WORDS: Record<Stance, string | null> = {
  asserts: null,
  reports: 'reported',
  doubts: 'doubts',
  denies: 'says otherwise',
};

/** "report · 22 Nov 2024"; with an outlet label, its number first ("004 · rewritten aggregate · …"). */
function sourceMeta(c: SourceColumn): string {
  const parts = [c.kind, c.date ?? 'undated'];
  if (!c.label.endsWith(c.short)) parts.unshift(c.short);
  return parts.join(' · ');
}

export function StatusBadge({ status, sources }: { status: FactStatus; sources: number }) {
  const extra =
    status === 'consensus' && sources > 0 ? ` · ${sources} source${sources === 1 ? '' : 's'}` : '';
  return (
    <span className={`cf-badge cf-badge-${status}`}>
      <span className="cf-glyph" aria-hidden="true">
        {STATUS_GLYPHS[status]}
      </span>{' '}
      {statusName(status)}
      {extra}
    </span>
  );
}

function TouchedMark() {
  return (
    <span className="cf-touched">
      <span className="cf-glyph" aria-hidden="true">
        ◆
      </span>{' '}
      Touched by this page
    </span>
  );
}

/** What one source says, in a cell or a stacked row: its value or a stance mark, and any flag. */
function CellContent({ cell }: { cell: FactCell }) {
  const stance = STANCE_WORDS[cell.stance];
  return (
    <>
      {cell.conflict && (
        <span className="cf-flag">
          <span className="cf-glyph" aria-hidden="true">
            ⚑
          </span>{' '}
          Contradicts plain fact: {cell.conflict}
        </span>
      )}
      {cell.value !== null ? (
        <span className="cf-value">{cell.value}</span>
      ) : (
        <span className="cf-value cf-value-mark">
          <span aria-hidden="true">✓</span> states it
        </span>
      )}
      {stance && <span className={`cf-stance cf-stance-${cell.stance}`}>{stance}</span>}
    </>
  );
}

function NotStated() {
  return (
    <>
      <span className="cf-silent-mark" aria-hidden="true">
        ·
      </span>
      <span className="cf-sr">not stated</span>
    </>
  );
}

/** The quotes of a fact, by source, verbatim. */
function Quotes({ row, columns }: { row: FactRow; columns: SourceColumn[] }) {
  return (
    <div className="cf-quotes">
      <ul className="cf-quote-sources" aria-label="Quotes by source">
        {row.cells.map((cell, i) => {
          const col = columns[i];
          if (!cell || !col) return null;
          return (
            <li key={col.id} className="cf-quote-source">
              <p className="cf-quote-meta">
                <span className="cf-quote-label">{col.label}</span>{' '}
                <span className="cf-muted">{sourceMeta(col)}</span>
              </p>
              {cell.entries.map((e, j) => {
                const stance = STANCE_WORDS[e.stance];
                return (
                  <div className="cf-quote" key={j}>
                    <blockquote>{e.quote}</blockquote>
                    {stance && (
                      <p className={`cf-stance cf-stance-${e.stance}`}>{`Stance: ${stance}`}</p>
                    )}
                    {e.conflict && (
                      <p className="cf-flag">
                        <span className="cf-glyph" aria-hidden="true">
                          ⚑
                        </span>{' '}
                        Contradicts plain fact: {e.conflict}
                      </p>
                    )}
                  </div>
                );
              })}
            </li>
          );
        })}
      </ul>
      <FactNoteForm factId={row.id} />
    </div>
  );
}

function ExpandButton({
  row,
  open,
  controls,
  onToggle,
}: {
  row: FactRow;
  open: boolean;
  controls: string;
  onToggle(): void;
}) {
  const n = row.cells.reduce((sum, c) => sum + (c ? c.quotes.length : 0), 0);
  return (
    <button
      type="button"
      className="cf-expand"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
    >
      <span className="cf-chevron" aria-hidden="true">
        {open ? '▾' : '▸'}
      </span>{' '}
      {open ? 'Hide quotes' : `Quotes (${n})`}
      <span className="cf-sr"> about {shortStatement(row.statement, 80)}</span>
    </button>
  );
}

function FactHead({ row, touched }: { row: FactRow; touched: boolean }) {
  return (
    <>
      <p className="cf-statement">{row.statement}</p>
      <p className="cf-tags">
        <StatusBadge status={row.status} sources={row.sourceCount} />
        {touched && <TouchedMark />}
        <span className="cf-topic">{topicLabel(row.topic)}</span>
      </p>
      {row.disputes.map((d, i) => (
        <p className="cf-dispute" key={i}>
          <span className="cf-sr">Disputed: </span>
          {d}
        </p>
      ))}
    </>
  );
}

/** What the two layouts of the facts are given: a table (facts page), a stacked list (popup tab). */
interface LayoutProps {
  rows: FactRow[];
  columns: SourceColumn[];
  touched: ReadonlySet<string>;
  expanded: ReadonlySet<string>;
  toggle(id: string): void;
  idBase: string;
}

function Matrix({ rows, columns, touched, expanded, toggle, idBase }: LayoutProps) {
  return (
    <div className="cf-scroll" role="region" aria-label="Facts by source" tabIndex={0}>
      <table className="cf-matrix">
        <caption className="cf-sr">
          Facts by source: what each source states about each fact
        </caption>
        <thead>
          <tr>
            <th scope="col" className="cf-fact-col">
              Fact
            </th>
            {columns.map((c) => (
              <th scope="col" key={c.id} className="cf-source-col">
                <span className="cf-col-label">{c.label}</span>
                <span className="cf-col-meta">{sourceMeta(c)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const open = expanded.has(row.id);
            const quotesId = `${idBase}-q-${row.id}`;
            const isTouched = touched.has(row.id);
            return (
              <Fragment key={row.id}>
                <tr
                  className={`cf-row cf-row-${row.status}${isTouched ? ' cf-row-touched' : ''}`}
                  data-fact={row.id}
                >
                  <th scope="row" className="cf-fact-cell">
                    <FactHead row={row} touched={isTouched} />
                    <ExpandButton
                      row={row}
                      open={open}
                      controls={quotesId}
                      onToggle={() => toggle(row.id)}
                    />
                  </th>
                  {row.cells.map((cell, i) => (
                    <td
                      key={columns[i]?.id ?? i}
                      className={
                        cell
                          ? `cf-cell cf-cell-${cell.stance}${cell.conflict ? ' cf-cell-conflict' : ''}`
                          : 'cf-cell cf-cell-silent'
                      }
                    >
                      {cell ? <CellContent cell={cell} /> : <NotStated />}
                    </td>
                  ))}
                </tr>
                <tr className="cf-quotes-row" id={quotesId} hidden={!open}>
                  <td colSpan={columns.length + 1}>
                    {open && <Quotes row={row} columns={columns} />}
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Stacked({ rows, columns, touched, expanded, toggle, idBase }: LayoutProps) {
  return (
    <ul className="cf-list" aria-label="Facts">
      {rows.map((row) => {
        const open = expanded.has(row.id);
        const quotesId = `${idBase}-q-${row.id}`;
        const isTouched = touched.has(row.id);
        const silent = columns.filter((_, i) => !row.cells[i]);
        return (
          <li
            key={row.id}
            className={`cf-fact cf-row-${row.status}${isTouched ? ' cf-row-touched' : ''}`}
            data-fact={row.id}
          >
            <FactHead row={row} touched={isTouched} />
            <dl className="cf-stack">
              {row.cells.map((cell, i) => {
                const col = columns[i];
                if (!cell || !col) return null;
                return (
                  <div
                    key={col.id}
                    className={`cf-stack-row cf-cell-${cell.stance}${cell.conflict ? ' cf-cell-conflict' : ''}`}
                  >
                    <dt>
                      <span className="cf-col-label">{col.label}</span>{' '}
                      <span className="cf-col-meta">{sourceMeta(col)}</span>
                    </dt>
                    <dd>
                      <CellContent cell={cell} />
                    </dd>
                  </div>
                );
              })}
            </dl>
            {silent.length > 0 && (
              <p className="cf-silent-line">
                Not stated by {silent.map((c) => c.short).join(', ')}
              </p>
            )}
            <ExpandButton
              row={row}
              open={open}
              controls={quotesId}
              onToggle={() => toggle(row.id)}
            />
            <div id={quotesId} hidden={!open}>
              {open && <Quotes row={row} columns={columns} />}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function Select({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange(v: string): void;
  children: ReactNode;
}) {
  return (
    <div className="cf-field">
      <label className="cf-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}

/**
 * The fact base at a glance: search and filters, the seeds' own disagreements, and every fact with
 * what each source says about it. Props only; fact and quote text is rendered as text.
 */
export function FactsView({
  base,
  touched = EMPTY,
  compact = false,
  initialQuery = '',
  onQueryChange,
  onAddNote,
}: FactsViewProps) {
  const id = useId();
  const rows = useMemo(() => factRows(base), [base]);
  const columns = useMemo(() => sourceColumns(base.sources), [base]);
  const topicList = useMemo(() => topicsOf(base), [base]);
  const notices = useMemo(() => baseNotices(base), [base]);
  const search = useMemo(() => createFactSearch(base), [base]);

  const [query, setQuery] = useState(initialQuery);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [topic, setTopic] = useState('all');
  const [onlyTouched, setOnlyTouched] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(EMPTY);

  const touchedCount = rows.filter((r) => touched.has(r.id)).length;
  const shown = useMemo(
    () =>
      filterRows(
        rows,
        { status, topic, query, only: onlyTouched && touchedCount > 0 ? touched : undefined },
        search,
      ),
    [rows, status, topic, query, onlyTouched, touched, touchedCount, search],
  );
  const filtered = shown.length !== rows.length || query.trim() !== '';

  const toggle = (factId: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(factId)) next.delete(factId);
      else next.add(factId);
      return next;
    });

  const changeQuery = (q: string) => {
    setQuery(q);
    onQueryChange?.(q);
  };

  const reset = () => {
    changeQuery('');
    setStatus('all');
    setTopic('all');
    setOnlyTouched(false);
  };

  const noticesId = `${id}-notices`;
  const listProps = { rows: shown, columns, touched, expanded, toggle, idBase: id };

  return (
    <AddNoteContext.Provider value={onAddNote}>
      <section className={`cf-root ${compact ? 'cf-compact' : 'cf-wide'}`} aria-label="Facts">
        <div className="cf-controls" role="search" aria-label="Filter facts">
          <div className="cf-field cf-search">
            <label className="cf-label" htmlFor={`${id}-q`}>
              Search facts
            </label>
            <input
              id={`${id}-q`}
              type="search"
              value={query}
              placeholder="e.g. North Korean troops, ATACMS range"
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => changeQuery(e.target.value)}
            />
          </div>
          <Select
            id={`${id}-status`}
            label="Status"
            value={status}
            onChange={(v) => setStatus(v as StatusFilter)}
          >
            {STATUS_FILTERS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </Select>
          <Select id={`${id}-topic`} label="Topic" value={topic} onChange={setTopic}>
            <option value="all">All</option>
            {topicList.map((t) => (
              <option key={t} value={t}>
                {topicLabel(t)}
              </option>
            ))}
          </Select>
          {touchedCount > 0 && (
            <div className="cf-field cf-check">
              <input
                id={`${id}-touched`}
                type="checkbox"
                checked={onlyTouched}
                onChange={(e) => setOnlyTouched(e.target.checked)}
              />
              <label htmlFor={`${id}-touched`}>Only facts this page touched ({touchedCount})</label>
            </div>
          )}
        </div>

        <div className="cf-countbar">
          <p className="cf-count" role="status" aria-live="polite" aria-atomic="true">
            {countLabel(shown.length, rows.length)}
          </p>
          {filtered && (
            <button type="button" className="cf-reset" onClick={reset}>
              Clear filters
            </button>
          )}
        </div>

        {notices.length > 0 && (
          <section className="cf-notices" aria-labelledby={noticesId}>
            <h2 className="cf-notices-title" id={noticesId}>
              Where the sources disagree
            </h2>
            <ul>
              {notices.map((n, i) => (
                <li key={i} className={`cf-notice cf-notice-${n.kind}`}>
                  <span className="cf-notice-kind">
                    <span className="cf-glyph" aria-hidden="true">
                      {n.kind === 'dispute' ? '⚠\uFE0E' : '⚑'}
                    </span>{' '}
                    {n.kind === 'dispute' ? 'Disputed' : 'Contradicts plain fact'}
                  </span>{' '}
                  <span className="cf-notice-title">
                    {compact ? shortStatement(n.title, 60) : n.title}
                  </span>
                  {': '}
                  <span className="cf-notice-text">{n.text}</span>
                </li>
              ))}
            </ul>
          </section>
        )}

        {shown.length === 0 ? (
          <div className="cf-empty">
            <p>No facts match{query.trim() ? ` “${query.trim()}”` : ' these filters'}.</p>
          </div>
        ) : compact ? (
          <Stacked {...listProps} />
        ) : (
          <Matrix {...listProps} />
        )}
      </section>
    </AddNoteContext.Provider>
  );
}
