/** The small "Add note" button shown next to a text selection in the article. */
export function AddNoteButton({
  top,
  left,
  onClick,
}: {
  top: number;
  left: number;
  onClick(): void;
}) {
  return (
    <div className="cc-root cc-add-note" style={{ top, left }}>
      <button
        type="button"
        // Keep the page's selection: a mousedown on the button would otherwise clear it.
        onMouseDown={(e) => e.preventDefault()}
        onClick={onClick}
      >
        ✎ Add note
      </button>
    </div>
  );
}
