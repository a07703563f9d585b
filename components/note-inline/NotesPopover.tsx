import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { Note } from '../../lib/notes/types';
import type { CardPosition } from '../source-card';

export interface NotesPopoverProps {
  notes: Note[];
  position: CardPosition;
  autoFocus: boolean;
  onEdit(note: Note): void;
  onDelete(note: Note): void;
  onClose(): void;
  onPointerEnter?(): void;
  onPointerLeave?(): void;
}

const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The reader's notes on a highlighted passage, shown on hover or focus. */
export function NotesPopover({
  notes,
  position,
  autoFocus,
  onEdit,
  onDelete,
  onClose,
}: NotesPopoverProps) {
  const titleId = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) root.current?.focus({ preventScroll: true });
  }, [autoFocus]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onClose();
  };
  return (
    <div
      ref={root}
      className="cc-root cc-notes-popover"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={{
        top: position.top,
        left: position.left,
        maxHeight: position.maxHeight,
        maxWidth: position.maxWidth,
      }}
      onKeyDown={onKeyDown}
    >
      <div className="cc-head">
        <span className="cc-icon" aria-hidden="true">
          ✎
        </span>
        <h2 className="cc-title" id={titleId}>
          {notes.length === 1 ? 'Your note' : `Your notes (${notes.length})`}
        </h2>
        <button type="button" className="cc-close" aria-label="Close" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <ul className="cc-body cc-note-list">
        {notes.map((n) => (
          <li key={n.id} className="cc-note">
            <p className="cc-note-text">{n.text}</p>
            <p className="cc-source-meta">
              {n.tags.length > 0 && <span>{n.tags.map((t) => `#${t}`).join(' ')}</span>}
              <span>{n.edited > n.created ? `edited ${dateOf(n.edited)}` : dateOf(n.created)}</span>
            </p>
            <div className="cc-actions">
              <button type="button" onClick={() => onEdit(n)}>
                Edit
              </button>
              <button type="button" onClick={() => onDelete(n)}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
