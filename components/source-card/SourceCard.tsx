import { useEffect, useId, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import {
  consensusSources,
  kindLabel,
  positionLabel,
  stanceLabel,
  statusLabel,
  verdictLabel,
  type CardModel,
  type CardSource,
  type CardVerdict,
} from '../../lib/card/model';

/** Where the card goes, in viewport coordinates (see `placeCard`). */
export interface CardPosition {
  top: number;
  left: number;
  placement: 'above' | 'below';
  /** Caps from `placeCard`; the card also never exceeds ~380px × 60vh. */
  maxHeight?: number;
  maxWidth?: number;
}

export interface SourceCardProps {
  model: CardModel;
  position: CardPosition;
  /** Focus the card on mount (opened by keyboard or click), so screen readers announce it. */
  autoFocus: boolean;
  notesAvailable: boolean;
  onClose(): void;
  onNotThisFact(): void;
  onCopy(): void;
  onAddNote(): void;
  onNext(): void;
  onPrev(): void;
}

/** A shape and a glyph per verdict, so the verdict never rests on colour alone. */
const VERDICT_ICONS: Record<CardVerdict, string> = {
  supports: '✓',
  contradicts: '✗',
  disputed: '⚠\uFE0E',
};

const FOCUSABLE =
  'button:not([disabled]), a[href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Quotes grouped by source, in the order the fact lists them. */
function bySource(sources: CardSource[]): CardSource[][] {
  const groups = new Map<string, CardSource[]>();
  for (const s of sources) {
    const g = groups.get(s.source);
    if (g) g.push(s);
    else groups.set(s.source, [s]);
  }
  return [...groups.values()];
}

/**
 * The in-page source card for one highlighted sentence. Props only: the content script owns the
 * extension APIs, the clipboard and the highlights. Page and fact text are rendered as text.
 */
export function SourceCard({
  model,
  position,
  autoFocus,
  notesAvailable,
  onClose,
  onNotThisFact,
  onCopy,
  onAddNote,
  onNext,
  onPrev,
}: SourceCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  const reasonId = `${id}-reason`;
  const titleId = `${id}-title`;
  const sourcesId = `${id}-sources`;
  const verdict = verdictLabel(model.verdict);

  useEffect(() => {
    if (autoFocus) ref.current?.focus({ preventScroll: true });
  }, [autoFocus]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab') return;
    const root = ref.current;
    if (!root) return;
    const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      e.preventDefault();
      return;
    }
    // Inside a shadow root, document.activeElement is the host: ask the card's own root.
    const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
    if (e.shiftKey && (active === first || active === root || !root.contains(active))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !root.contains(active))) {
      e.preventDefault();
      first.focus();
    }
  };

  const style: CSSProperties = {
    top: position.top,
    left: position.left,
    ...(position.maxHeight !== undefined && {
      maxHeight: `min(60vh, ${Math.max(0, position.maxHeight)}px)`,
    }),
    ...(position.maxWidth !== undefined && {
      maxWidth: `min(380px, ${Math.max(0, position.maxWidth)}px)`,
    }),
  };
  const single = model.total <= 1;

  return (
    <div
      ref={ref}
      role="dialog"
      aria-label={`Crosscheck: ${verdict}`}
      aria-describedby={reasonId}
      tabIndex={-1}
      className={`cc-root cc-card cc-${model.verdict}`}
      data-placement={position.placement}
      style={style}
      onKeyDown={onKeyDown}
    >
      <div className="cc-head">
        <span className="cc-icon" aria-hidden="true">
          {VERDICT_ICONS[model.verdict]}
        </span>
        <h2 className="cc-title" id={titleId}>
          {verdict}
          <span className="cc-kind"> · {kindLabel(model.kind)}</span>
        </h2>
        <button
          type="button"
          className="cc-close"
          aria-label="Close"
          title="Close (Esc)"
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>

      <div className="cc-body" tabIndex={0} role="group" aria-labelledby={titleId}>
        <p className="cc-reason" id={reasonId}>
          {model.reason}
        </p>

        <div className="cc-fact">
          <p className="cc-statement">{model.statement}</p>
          <p className={`cc-status cc-status-${model.status}`}>
            {statusLabel(model.status, consensusSources(model))}
          </p>
        </div>

        <h3 className="cc-sources-title" id={sourcesId}>
          What the sources say
        </h3>
        <ul className="cc-sources" aria-labelledby={sourcesId}>
          {bySource(model.sources).map((group) => {
            const head = group[0]!;
            return (
              <li className="cc-source" key={head.source}>
                <p className="cc-source-meta">
                  <span className="cc-source-label">{head.label}</span>
                  <span className="cc-source-kind">{head.kind}</span>
                  <span className="cc-source-date">{head.date ?? 'date not stated'}</span>
                </p>
                {group.map((q, i) => {
                  const stance = stanceLabel(q.stance);
                  return (
                    <div className="cc-quote" key={i}>
                      {stance && <p className={`cc-stance cc-stance-${q.stance}`}>{stance}</p>}
                      <blockquote>{q.quote}</blockquote>
                      {q.conflict && (
                        <p className="cc-conflict">
                          <strong>Contradicts plain fact:</strong> {q.conflict}
                        </p>
                      )}
                    </div>
                  );
                })}
              </li>
            );
          })}
        </ul>
      </div>

      <div className="cc-actions">
        <button type="button" onClick={onCopy}>
          Copy with sources
        </button>
        <button type="button" onClick={onNotThisFact}>
          Not this fact
        </button>
        <button
          type="button"
          aria-disabled={notesAvailable ? undefined : 'true'}
          title={notesAvailable ? undefined : 'Notes are coming soon'}
          onClick={notesAvailable ? onAddNote : undefined}
        >
          Add note
        </button>
        <div className="cc-nav" role="group" aria-label="Annotations on this page">
          <button
            type="button"
            aria-label="Previous annotation"
            title="Previous annotation"
            disabled={single}
            onClick={onPrev}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <span className="cc-position">{positionLabel(model)}</span>
          <button
            type="button"
            aria-label="Next annotation"
            title="Next annotation"
            disabled={single}
            onClick={onNext}
          >
            <span aria-hidden="true">›</span>
          </button>
        </div>
      </div>
    </div>
  );
}
