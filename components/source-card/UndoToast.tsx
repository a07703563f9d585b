import { useEffect, useRef, type KeyboardEvent } from 'react';

export interface UndoToastProps {
  message: string;
  /** Offer "Undo" (hiding a fact); a plain notice ("Copied") has none. */
  onUndo?: () => void;
  onDismiss(): void;
  /** Dismiss on its own after this many milliseconds; never when omitted. */
  timeoutMs?: number;
}

/** "Hidden this highlight. [Undo]" — announced politely, never steals focus. */
export function UndoToast({ message, onUndo, onDismiss, timeoutMs }: UndoToastProps) {
  // The latest callback, so a re-render does not restart the timer.
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  }, [onDismiss]);
  useEffect(() => {
    if (timeoutMs === undefined) return;
    const t = setTimeout(() => dismiss.current(), timeoutMs);
    return () => clearTimeout(t);
  }, [timeoutMs]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onDismiss();
  };

  return (
    <div className="cc-root cc-toast" role="status" onKeyDown={onKeyDown}>
      <span className="cc-toast-message">{message}</span>
      {onUndo && (
        <button type="button" className="cc-toast-undo" onClick={onUndo}>
          Undo
        </button>
      )}
      <button type="button" className="cc-toast-dismiss" aria-label="Dismiss" onClick={onDismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
