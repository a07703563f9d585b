import {
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { FactBase } from '../../lib/factbase/types';
import { httpHost, touchedFacts } from '../../lib/facts-view/tab';
import type { Verdict } from '../../lib/match/judge';
import type { TabSummary } from '../../lib/messaging/summary';
import { FactsView } from '../facts/FactsView';

export interface PopupProps {
  /** What the background cached about the tab; null when it knows nothing. */
  summary: TabSummary | null;
  tabUrl: string | null;
  /** The site is on the news list, or the reader chose "Always check this site". */
  siteCovered: boolean;
  paused: boolean;
  base: FactBase;
  onOpenItem(index: number): void;
  onCheckPage(): void;
  onAlwaysCheckSite(): void;
  /**
   * Where "Check this page" / "Always check this site" stands: a request under way, or why it
   * failed (shown as an alert). Absent or null when neither button was used.
   */
  checkState?: { checking: true } | { error: string } | null;
  onTogglePause(paused: boolean): void;
  onOpenFactsPage(): void;
  /** Opens the notes page (the header's "Notes" button is shown only when given). */
  onOpenNotesPage?(): void;
  /**
   * Saves a note on the tab's page ("Add a note on this page", shown only when given and the tab
   * has an http(s) URL). A returned promise that rejects keeps the form open with its message.
   */
  onAddPageNote?(text: string): void | Promise<void>;
}

/** Longest note text (the message protocol's limit). */
const MAX_NOTE_TEXT = 20_000;

type TabKey = 'page' | 'facts';
const TABS: readonly { key: TabKey; label: string }[] = [
  { key: 'page', label: 'This page' },
  { key: 'facts', label: 'Facts' },
];

/** Short verdict words, with the glyph of the in-page styles (solid ✓, wavy ✗, dashed ⚠). */
export const VERDICT_WORDS: Record<Verdict, string> = {
  supports: 'Agrees',
  contradicts: 'Contradicts',
  disputed: 'Disputed',
};
export const VERDICT_GLYPHS: Record<Verdict, string> = {
  supports: '✓',
  contradicts: '✗',
  disputed: '⚠\uFE0E',
};
const VERDICT_ORDER: readonly Verdict[] = ['supports', 'contradicts', 'disputed'];

function VerdictMark({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`cp-verdict cp-verdict-${verdict}`}>
      <span className="cp-glyph" aria-hidden="true">
        {VERDICT_GLYPHS[verdict]}
      </span>{' '}
      <span className="cp-verdict-word">{VERDICT_WORDS[verdict]}</span>
    </span>
  );
}

function Reasons({ reasons, label }: { reasons: string[]; label: string }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="cp-reasons" aria-label={label}>
      {reasons.map((r, i) => (
        <li key={i}>{r}</li>
      ))}
    </ul>
  );
}

function Checked({
  summary,
  onOpenItem,
}: {
  summary: TabSummary;
  onOpenItem(index: number): void;
}) {
  const id = useId();
  const [showReasons, setShowReasons] = useState(false);
  const reasonsId = `${id}-reasons`;
  const itemsId = `${id}-items`;
  return (
    <>
      <div className="cp-relevance">
        <p>
          Relevant: {summary.relevance.toFixed(2)}
          {!summary.relevant && <span className="cp-muted"> (checked on request)</span>}
        </p>
        {summary.reasons.length > 0 && (
          <button
            type="button"
            className="cp-link"
            aria-expanded={showReasons}
            aria-controls={reasonsId}
            onClick={() => setShowReasons((v) => !v)}
          >
            {showReasons ? 'Hide reasons' : `Why (${summary.reasons.length})`}
          </button>
        )}
      </div>
      <div id={reasonsId} hidden={!showReasons}>
        <Reasons reasons={summary.reasons} label="Why this page was checked" />
      </div>

      <ul className="cp-counts" aria-label="Sentences by verdict">
        {VERDICT_ORDER.map((v) => (
          <li key={v} className={`cp-count cp-count-${v}`}>
            <VerdictMark verdict={v} /> <span className="cp-num">{summary.counts[v]}</span>
          </li>
        ))}
      </ul>
      {summary.hidden > 0 && (
        <p className="cp-muted cp-hidden-count">{summary.hidden} hidden with “Not this fact”</p>
      )}

      <h2 className="cp-h2" id={itemsId}>
        Checked sentences
      </h2>
      {summary.items.length === 0 ? (
        <p className="cp-muted">No sentence on this page matched a fact in the fact base.</p>
      ) : (
        <ul className="cp-items" aria-labelledby={itemsId}>
          {summary.items.map((item) => (
            <li key={item.index}>
              <button
                type="button"
                className={`cp-item cp-item-${item.verdict}`}
                onClick={() => onOpenItem(item.index)}
              >
                <VerdictMark verdict={item.verdict} />
                <span className="cp-excerpt">{item.excerpt}</span>
                <span className="cp-reason">{item.reason}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Message({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  return (
    <div className="cp-message">
      {children}
      {actions && <div className="cp-actions">{actions}</div>}
    </div>
  );
}

function PagePanel({
  summary,
  siteCovered,
  paused,
  canCheck,
  onOpenItem,
  onCheckPage,
  onAlwaysCheckSite,
}: {
  summary: TabSummary | null;
  siteCovered: boolean;
  paused: boolean;
  canCheck: boolean;
  onOpenItem(index: number): void;
  onCheckPage(): void;
  onAlwaysCheckSite(): void;
}) {
  const check = (
    <button type="button" className="cp-primary" disabled={!canCheck} onClick={onCheckPage}>
      Check this page
    </button>
  );
  const cannot = !canCheck && (
    <p className="cp-muted">Crosscheck can only check web pages (http or https addresses).</p>
  );

  if (summary?.status === 'checked') return <Checked summary={summary} onOpenItem={onOpenItem} />;

  if (summary === null) {
    if (paused) {
      return (
        <Message>
          <p className="cp-lead">Paused on this site.</p>
          <p className="cp-muted">Turn the switch off to check pages here again.</p>
        </Message>
      );
    }
    if (!siteCovered) {
      return (
        <Message
          actions={
            <>
              {check}
              <button type="button" disabled={!canCheck} onClick={onAlwaysCheckSite}>
                Always check this site
              </button>
            </>
          }
        >
          <p className="cp-lead">Crosscheck does not run on this site unless you ask.</p>
          {cannot}
        </Message>
      );
    }
    return (
      <Message actions={check}>
        <p className="cp-lead">This page has not been checked yet (reload it)</p>
      </Message>
    );
  }

  switch (summary.status) {
    case 'not-article':
      return (
        <Message actions={check}>
          <p className="cp-lead">This page does not look like a news article.</p>
          <Reasons reasons={summary.reasons} label="Why" />
        </Message>
      );
    case 'off-topic':
      return (
        <Message actions={check}>
          <p className="cp-lead">
            This article is not about US or allied policy on the war in Ukraine.
          </p>
          <Reasons reasons={summary.reasons} label="Why" />
        </Message>
      );
    case 'paused':
      return (
        <Message>
          <p className="cp-lead">Paused on this site.</p>
          <p className="cp-muted">Turn the switch off to check pages here again.</p>
        </Message>
      );
    case 'error':
      return (
        <Message actions={check}>
          <p className="cp-lead">Crosscheck could not read this page.</p>
        </Message>
      );
  }
}

/** "Add a note on this page": a button that opens a small form; Save, Cancel, Escape cancels. */
function PageNote({ onAdd }: { onAdd(text: string): void | Promise<void> }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const saving = useRef(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const focusNext = useRef<'form' | 'button' | null>(null);

  useLayoutEffect(() => {
    if (focusNext.current === 'form') area.current?.focus();
    else if (focusNext.current === 'button') addButton.current?.focus();
    focusNext.current = null;
  });

  const start = () => {
    setSaved(false);
    setError(null);
    focusNext.current = 'form';
    setOpen(true);
  };

  const close = () => {
    setError(null);
    focusNext.current = 'button';
    setOpen(false);
  };

  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    const note = text.trim();
    if (!note || saving.current) return;
    saving.current = true;
    try {
      await onAdd(note);
      setText('');
      setSaved(true);
      close();
    } catch (err) {
      setError(err instanceof Error && err.message ? err.message : 'The note could not be saved.');
    } finally {
      saving.current = false;
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Escape') {
      // The popup would close on Escape; here it only closes the form.
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <div className="cp-page-note">
      {open ? (
        <form className="cp-note-form" onSubmit={save} onKeyDown={onKeyDown}>
          <label className="cp-note-label" htmlFor={`${id}-text`}>
            Note on this page
          </label>
          <textarea
            id={`${id}-text`}
            ref={area}
            rows={3}
            maxLength={MAX_NOTE_TEXT}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          {error && (
            <p className="cp-note-error" role="alert">
              {error}
            </p>
          )}
          <div className="cp-actions">
            <button type="submit" className="cp-primary" disabled={!text.trim()}>
              Save
            </button>
            <button type="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" ref={addButton} onClick={start}>
          Add a note on this page
        </button>
      )}
      <p className="cp-muted cp-note-status" role="status">
        {saved ? 'Note saved.' : ''}
      </p>
    </div>
  );
}

/**
 * The toolbar popup: what Crosscheck found on the current tab, and the fact base. Props only; the
 * entrypoint owns the extension APIs. Page and fact text is rendered as text.
 */
export function Popup({
  summary,
  tabUrl,
  siteCovered,
  paused,
  base,
  onOpenItem,
  onCheckPage,
  onAlwaysCheckSite,
  checkState = null,
  onTogglePause,
  onOpenFactsPage,
  onOpenNotesPage,
  onAddPageNote,
}: PopupProps) {
  const id = useId();
  const [tab, setTab] = useState<TabKey>('page');
  const [factsVisited, setFactsVisited] = useState(false);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const touched = useMemo(() => touchedFacts(summary), [summary]);
  const host = httpHost(tabUrl);
  const title = summary?.title.trim() || host || 'Crosscheck';
  const pauseLabelId = `${id}-pause`;
  const pauseHintId = `${id}-pause-hint`;

  const select = (key: TabKey, focus = false) => {
    setTab(key);
    if (key === 'facts') setFactsVisited(true);
    if (focus) tabRefs.current[TABS.findIndex((t) => t.key === key)]?.focus();
  };

  const onTabKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    let next: number;
    if (e.key === 'ArrowRight') next = (i + 1) % TABS.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + TABS.length) % TABS.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = TABS.length - 1;
    else return;
    e.preventDefault();
    select(TABS[next]!.key, true);
  };

  return (
    <div className="cp-root">
      <header className="cp-header">
        <p className="cp-brand">Crosscheck</p>
        {onOpenNotesPage && (
          <button
            type="button"
            className="cp-link cp-notes-link"
            aria-label="Open notes"
            onClick={onOpenNotesPage}
          >
            Notes
          </button>
        )}
        <h1 className="cp-title" title={title}>
          {title}
        </h1>
        <div className="cp-pause">
          <span id={pauseLabelId} className="cp-pause-label">
            Pause Crosscheck on this site
          </span>
          <button
            type="button"
            role="switch"
            className="cp-switch"
            aria-checked={paused}
            aria-labelledby={pauseLabelId}
            aria-describedby={host ? undefined : pauseHintId}
            disabled={!host}
            onClick={() => onTogglePause(!paused)}
          >
            <span className="cp-switch-track" aria-hidden="true">
              <span className="cp-switch-thumb" />
            </span>
            <span className="cp-switch-state" aria-hidden="true">
              {paused ? 'Paused' : 'Active'}
            </span>
          </button>
          {!host && (
            <span id={pauseHintId} className="cp-sr">
              Only web pages can be paused
            </span>
          )}
        </div>
      </header>

      <div className="cp-tabs" role="tablist" aria-label="Crosscheck views">
        {TABS.map((t, i) => (
          <button
            key={t.key}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${t.key}`}
            className="cp-tab"
            aria-selected={tab === t.key}
            aria-controls={`${id}-panel-${t.key}`}
            tabIndex={tab === t.key ? 0 : -1}
            onClick={() => select(t.key)}
            onKeyDown={(e) => onTabKeyDown(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>

      <div
        role="tabpanel"
        id={`${id}-panel-page`}
        aria-labelledby={`${id}-tab-page`}
        className="cp-panel"
        tabIndex={0}
        hidden={tab !== 'page'}
      >
        <PagePanel
          summary={summary}
          siteCovered={siteCovered}
          paused={paused}
          canCheck={host !== null}
          onOpenItem={onOpenItem}
          onCheckPage={onCheckPage}
          onAlwaysCheckSite={onAlwaysCheckSite}
        />
        {checkState && 'error' in checkState && (
          <p className="cp-note-error" role="alert">
            {checkState.error}
          </p>
        )}
        {checkState && 'checking' in checkState && (
          <p className="cp-muted" role="status">
            Checking this page…
          </p>
        )}
        {onAddPageNote && host !== null && <PageNote onAdd={onAddPageNote} />}
      </div>

      <div
        role="tabpanel"
        id={`${id}-panel-facts`}
        aria-labelledby={`${id}-tab-facts`}
        className="cp-panel"
        tabIndex={0}
        hidden={tab !== 'facts'}
      >
        <div className="cp-facts-head">
          <button type="button" className="cp-link" onClick={onOpenFactsPage}>
            Open the facts page
          </button>
        </div>
        {(factsVisited || tab === 'facts') && <FactsView base={base} compact touched={touched} />}
      </div>
    </div>
  );
}
