import { BASE_ROLES, SYSTEM_FONT, baseRules, palette } from '../theme';

/** The shared colours this stylesheet uses (components/theme.ts), under its own names. */
const COLOURS = [
  ...BASE_ROLES,
  'quote',
  'input',
  'hover',
  'accent',
  'accent-fg',
  'warn',
  'warn-bg',
  'error',
  'error-bg',
] as const;

/**
 * The notes view's CSS (the notes page). System fonts, no images or URLs; light and dark follow
 * prefers-color-scheme. Up to ~900 px wide, one column; the controls wrap on narrow windows. An
 * orphaned note differs by its text, a glyph and a dashed border, never by colour alone.
 */
export const NOTES_CSS = `
.cn-root {
  ${palette('cn', 'light', COLOURS)}
  --cn-toast-bg: #1f2329;
  --cn-toast-fg: #f3f4f6;
  color-scheme: light dark;
  box-sizing: border-box;
  max-width: 900px;
  margin: 0 auto;
  padding: 24px 20px 96px;
  color: var(--cn-fg);
  background: var(--cn-bg);
  font-family: ${SYSTEM_FONT};
  font-size: 15px;
  line-height: 1.5;
  overflow-wrap: break-word;
}

@media (prefers-color-scheme: dark) {
  .cn-root {
    ${palette('cn', 'dark', COLOURS)}
    --cn-toast-bg: #f3f4f6;
    --cn-toast-fg: #111418;
  }
}

${baseRules('cn')}



.cn-root p,
.cn-root h1,
.cn-root h2,
.cn-root ul,
.cn-root blockquote {
  margin: 0;
}

.cn-root ul {
  padding: 0;
  list-style: none;
}

.cn-root button,
.cn-root input,
.cn-root select,
.cn-root textarea {
  font: inherit;
  color: inherit;
}

.cn-root button {
  min-height: 32px;
  padding: 4px 12px;
  border: 1px solid var(--cn-strong-border);
  border-radius: 6px;
  background: var(--cn-bg);
  cursor: pointer;
}

.cn-root button:hover {
  background: var(--cn-hover);
}

.cn-root button[aria-disabled='true'] {
  cursor: progress;
  opacity: 0.6;
}

.cn-root .cn-primary {
  background: var(--cn-accent);
  color: var(--cn-accent-fg);
  border-color: var(--cn-accent);
  font-weight: 600;
}

.cn-root .cn-primary:hover {
  background: var(--cn-accent);
  filter: brightness(1.1);
}

.cn-root .cn-link {
  min-height: 0;
  padding: 0;
  border: none;
  background: none;
  color: var(--cn-accent);
  font-weight: 700;
  text-align: left;
  text-decoration: underline;
  text-underline-offset: 3px;
}

.cn-root .cn-link:hover {
  background: none;
  text-decoration-thickness: 2px;
}

.cn-head {
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  justify-content: space-between;
  gap: 12px 16px;
  margin-bottom: 16px;
}

.cn-h1 {
  font-size: 26px;
  line-height: 1.2;
}

.cn-intro,
.cn-muted,
.cn-hint {
  color: var(--cn-muted);
}

.cn-intro {
  margin-top: 4px;
  font-size: 14px;
}

.cn-toolbar {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
}

.cn-controls {
  display: grid;
  grid-template-columns: minmax(0, 2fr) repeat(3, minmax(0, 1fr));
  gap: 8px 12px;
  align-items: end;
}

.cn-field {
  display: flex;
  flex-direction: column;
  gap: 2px;
  min-width: 0;
}

.cn-label {
  font-size: 13px;
  font-weight: 600;
  color: var(--cn-muted);
}

.cn-field input,
.cn-field select,
.cn-field textarea {
  width: 100%;
  border: 1px solid var(--cn-strong-border);
  border-radius: 6px;
  background: var(--cn-input);
}

.cn-field input,
.cn-field select {
  height: 34px;
  padding: 0 8px;
}

.cn-field textarea {
  min-height: 96px;
  padding: 6px 8px;
  resize: vertical;
  line-height: 1.45;
}

.cn-hint {
  font-size: 12px;
}

.cn-countbar {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  min-height: 40px;
  margin: 8px 0;
}

.cn-count {
  font-weight: 600;
}

.cn-list {
  display: grid;
  gap: 12px;
}

.cn-note {
  display: grid;
  gap: 6px;
  padding: 12px 14px;
  border: 1px solid var(--cn-border);
  border-radius: 8px;
}

.cn-note-orphan {
  border-style: dashed;
  border-color: var(--cn-warn);
}

.cn-note-title {
  font-size: 17px;
  line-height: 1.35;
}

.cn-meta {
  display: flex;
  flex-wrap: wrap;
  gap: 2px 0;
  font-size: 13px;
  color: var(--cn-muted);
}

.cn-meta > * + *::before {
  content: '·';
  margin: 0 8px;
}

.cn-site {
  font-weight: 600;
}

.cn-orphan {
  justify-self: start;
  padding: 0 8px;
  border: 2px dashed currentColor;
  border-radius: 4px;
  font-size: 13px;
  font-weight: 700;
  color: var(--cn-warn);
  background: var(--cn-warn-bg);
}

.cn-quote {
  padding: 6px 10px;
  border-left: 3px solid var(--cn-strong-border);
  border-radius: 0 6px 6px 0;
  background: var(--cn-quote);
  white-space: pre-wrap;
}

.cn-text {
  white-space: pre-wrap;
}

.cn-tags {
  display: flex;
  flex-wrap: wrap;
  gap: 4px 6px;
}

.cn-tag {
  padding: 0 8px;
  border: 1px solid var(--cn-strong-border);
  border-radius: 999px;
  font-size: 13px;
}

.cn-tag::before {
  content: '#';
  color: var(--cn-muted);
}

.cn-fact {
  font-size: 13px;
  color: var(--cn-muted);
}

.cn-fact-id {
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: 12px;
  color: var(--cn-fg);
}

.cn-edit {
  display: grid;
  gap: 8px;
}

.cn-error {
  padding: 4px 8px;
  border-left: 3px solid var(--cn-error);
  color: var(--cn-error);
  background: var(--cn-error-bg);
  font-weight: 600;
}

.cn-actions {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
}

.cn-empty {
  min-height: 120px;
  padding: 16px 0;
  color: var(--cn-muted);
}

.cn-empty > p:first-child {
  color: var(--cn-fg);
  font-weight: 600;
}

/* Status and errors: a stack at the bottom of the window that never takes focus by itself. */
.cn-toasts {
  position: fixed;
  left: 50%;
  bottom: 16px;
  transform: translateX(-50%);
  display: grid;
  gap: 8px;
  width: min(560px, calc(100vw - 24px));
  z-index: 10;
  pointer-events: none;
}

.cn-toast {
  display: flex;
  align-items: center;
  gap: 8px;
  padding: 8px 8px 8px 14px;
  border-radius: 8px;
  color: var(--cn-toast-fg);
  background: var(--cn-toast-bg);
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
  pointer-events: auto;
}

.cn-toast-empty {
  display: none;
}

.cn-toast-message {
  flex: 1;
}

.cn-root .cn-toast button {
  color: inherit;
  background: transparent;
  border-color: currentColor;
}

.cn-root .cn-toast button:hover {
  background: rgb(127 127 127 / 0.3);
}

.cn-root .cn-toast .cn-toast-undo {
  font-weight: 700;
}

.cn-root .cn-toast .cn-toast-dismiss {
  border-color: transparent;
  min-width: 32px;
  padding: 2px 8px;
}

.cn-toast-error {
  color: var(--cn-error);
  background: var(--cn-error-bg);
  border: 2px solid var(--cn-error);
  font-weight: 600;
}

@media (max-width: 640px) {
  .cn-root {
    padding: 16px 12px 96px;
  }
  .cn-controls {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  }
  .cn-search {
    grid-column: 1 / -1;
  }
  .cn-meta {
    flex-direction: column;
  }
  .cn-meta > * + *::before {
    content: none;
  }
}

@media (max-width: 400px) {
  .cn-controls {
    grid-template-columns: minmax(0, 1fr);
  }
}

@media (prefers-contrast: more) {
  .cn-root {
    --cn-muted: var(--cn-fg);
    --cn-border: var(--cn-fg);
  }
}

@media (forced-colors: active) {
  .cn-toast,
  .cn-orphan {
    border: 2px solid CanvasText;
  }
}
`;
