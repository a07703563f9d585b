/** Styles for the in-page note UI, on top of the source card's (components/source-card/styles.ts). */
export const NOTE_INLINE_CSS = `
.cc-note-editor,
.cc-notes-popover {
  width: 360px;
  overflow: auto;
}
.cc-add-note {
  padding: 2px;
  border-radius: 8px;
}
.cc-field {
  display: block;
  margin: 8px 0 4px;
  font-size: 13px;
  font-weight: 600;
}
.cc-field span {
  display: block;
  margin-bottom: 4px;
}
.cc-root textarea,
.cc-input {
  display: block;
  width: 100%;
  font: inherit;
  font-size: 14px;
  color: var(--cc-fg);
  background: var(--cc-bg);
  border: 1px solid var(--cc-border);
  border-radius: 6px;
  padding: 6px 8px;
  resize: vertical;
}
.cc-root textarea:focus-visible,
.cc-input:focus-visible {
  outline: 3px solid var(--cc-focus);
  outline-offset: 1px;
}
.cc-error {
  color: var(--cc-conflict);
  background: var(--cc-conflict-bg);
  padding: 6px 8px;
  border-radius: 6px;
}
.cc-note-list {
  list-style: none;
  margin: 0;
  padding: 0 12px 8px;
}
.cc-note {
  border-top: 1px solid var(--cc-subtle);
  padding: 8px 0;
}
.cc-note-text {
  white-space: pre-wrap;
  margin: 0 0 4px;
}
`;
