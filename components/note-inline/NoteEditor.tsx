import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CardPosition } from '../source-card';

export interface NoteEditorProps {
  /** The passage the note is about, shown as a quote (null for a note on a fact or the page). */
  quote: string | null;
  /** What the note is attached to, in words ("the sentence", "this fact"…). */
  subject: string;
  position: CardPosition;
  initialText?: string;
  initialTags?: string[];
  onSave(text: string, tags: string[]): Promise<void> | void;
  onCancel(): void;
}

/** Tags as typed: comma-separated, trimmed, without empties. */
export function parseTags(raw: string): string[] {
  return raw
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

/** An in-page form to write (or edit) a note: text, optional tags, Save / Cancel. */
export function NoteEditor({
  quote,
  subject,
  position,
  initialText = '',
  initialTags = [],
  onSave,
  onCancel,
}: NoteEditorProps) {
  const [text, setText] = useState(initialText);
  const [tags, setTags] = useState(initialTags.join(', '));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const tagsId = useId();
  useEffect(() => area.current?.focus({ preventScroll: true }), []);

  const save = async () => {
    if (!text.trim() || saving) return;
    setSaving(true);
    setError(null);
    try {
      await onSave(text.trim(), parseTags(tags));
    } catch (e) {
      // The message says what went wrong (a full disk, for one); the text stays for another try.
      setError(e instanceof Error ? e.message : String(e));
      setSaving(false);
    }
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <div
      className="cc-root cc-note-editor"
      role="dialog"
      aria-labelledby={titleId}
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
          Note on {subject}
        </h2>
      </div>
      <div className="cc-body">
        {quote && <blockquote className="cc-quote">{quote}</blockquote>}
        <label className="cc-field">
          <span>Your note</span>
          <textarea
            ref={area}
            value={text}
            rows={4}
            maxLength={20_000}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <label className="cc-field" htmlFor={tagsId}>
          <span>Tags (comma-separated, optional)</span>
        </label>
        <input
          id={tagsId}
          className="cc-input"
          value={tags}
          onChange={(e) => setTags(e.target.value)}
        />
        {error && (
          <p className="cc-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="cc-actions">
        <button type="button" onClick={() => void save()} disabled={!text.trim() || saving}>
          Save note
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
