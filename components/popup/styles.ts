import { BASE_ROLES, SYSTEM_FONT, baseRules, palette } from '../theme';

/** The shared colours this stylesheet uses (components/theme.ts), under its own names. */
const COLOURS = [...BASE_ROLES, 'hover', 'accent', 'accent-fg'] as const;

/**
 * The popup's CSS: 400 px wide, a minimum height so it does not jump as its content arrives, system
 * fonts, light and dark via prefers-color-scheme. Verdicts carry the in-page highlight's underline
 * style (solid, wavy, dashed) and a glyph, never colour alone. Used with FACTS_CSS (Facts tab).
 */
export const POPUP_CSS = `
html,
body {
  margin: 0;
  padding: 0;
}

body {
  width: 400px;
  min-height: 520px;
}

.cp-root {
  ${palette('cp', 'light', COLOURS)}
  --cp-supports: rgb(22 140 70);
  --cp-contradicts: rgb(214 40 40);
  --cp-disputed: rgb(196 120 0);
  color-scheme: light dark;
  box-sizing: border-box;
  width: 400px;
  min-height: 520px;
  display: flex;
  flex-direction: column;
  color: var(--cp-fg);
  background: var(--cp-bg);
  font-family: ${SYSTEM_FONT};
  font-size: 14px;
  line-height: 1.45;
  overflow-wrap: break-word;
}

@media (prefers-color-scheme: dark) {
  .cp-root {
    ${palette('cp', 'dark', COLOURS)}
  }
  body {
    background: #17191d;
  }
}

${baseRules('cp')}



.cp-root p,
.cp-root h1,
.cp-root h2,
.cp-root ul {
  margin: 0;
}

.cp-root ul {
  padding: 0;
  list-style: none;
}

.cp-root button {
  font: inherit;
  color: inherit;
  min-height: 30px;
  padding: 4px 12px;
  border: 1px solid var(--cp-strong-border);
  border-radius: 6px;
  background: var(--cp-bg);
  cursor: pointer;
}

.cp-root button:hover:not(:disabled) {
  background: var(--cp-hover);
}

.cp-root button:disabled {
  cursor: not-allowed;
  opacity: 0.55;
}

.cp-root .cp-primary {
  background: var(--cp-accent);
  color: var(--cp-accent-fg);
  border-color: var(--cp-accent);
  font-weight: 600;
}

.cp-root .cp-primary:hover:not(:disabled) {
  background: var(--cp-accent);
  filter: brightness(1.1);
}

.cp-root .cp-link {
  border: none;
  background: none;
  padding: 2px 4px;
  min-height: 24px;
  color: var(--cp-accent);
  text-decoration: underline;
}

.cp-header {
  display: grid;
  grid-template-columns: minmax(0, 1fr) auto;
  grid-template-areas: 'brand notes' 'title title' 'pause pause';
  gap: 2px 8px;
  padding: 12px 14px 8px;
  border-bottom: 1px solid var(--cp-border);
}

.cp-brand {
  grid-area: brand;
  font-size: 12px;
  font-weight: 700;
  letter-spacing: 0.02em;
  color: var(--cp-muted);
}

.cp-title {
  grid-area: title;
  font-size: 15px;
  font-weight: 700;
  line-height: 1.3;
  /* Two lines at most, so a long title never pushes the tabs around. */
  display: -webkit-box;
  -webkit-line-clamp: 2;
  -webkit-box-orient: vertical;
  overflow: hidden;
  min-height: calc(1.3em * 2);
}

.cp-pause {
  grid-area: pause;
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  margin-top: 6px;
}

.cp-root .cp-switch {
  display: inline-flex;
  align-items: center;
  gap: 6px;
  padding: 2px 6px;
  border: none;
  background: none;
  min-width: 86px;
}

.cp-switch-track {
  position: relative;
  width: 36px;
  height: 20px;
  border-radius: 10px;
  border: 2px solid var(--cp-strong-border);
  background: var(--cp-subtle);
}

.cp-switch-thumb {
  position: absolute;
  top: 2px;
  left: 2px;
  width: 12px;
  height: 12px;
  border-radius: 50%;
  background: var(--cp-strong-border);
  transition: left 120ms ease;
}

.cp-switch[aria-checked='true'] .cp-switch-track {
  background: var(--cp-accent);
  border-color: var(--cp-accent);
}

.cp-switch[aria-checked='true'] .cp-switch-thumb {
  left: 18px;
  background: var(--cp-accent-fg);
}

.cp-switch-state {
  font-size: 12px;
  color: var(--cp-muted);
  min-width: 3.5em;
  text-align: left;
}

.cp-tabs {
  display: flex;
  gap: 4px;
  padding: 0 14px;
  border-bottom: 1px solid var(--cp-border);
}

.cp-root .cp-tab {
  border: none;
  border-bottom: 3px solid transparent;
  border-radius: 0;
  background: none;
  padding: 8px 10px 6px;
  font-weight: 600;
  color: var(--cp-muted);
}

.cp-root .cp-tab[aria-selected='true'] {
  color: var(--cp-fg);
  border-bottom-color: var(--cp-accent);
}

.cp-panel {
  flex: 1;
  padding: 12px 14px 16px;
}

.cp-panel[hidden] {
  display: none;
}

.cp-muted {
  color: var(--cp-muted);
}

.cp-lead {
  font-size: 15px;
  font-weight: 600;
}

.cp-message {
  display: grid;
  align-content: start;
  gap: 8px;
  min-height: 120px;
}

.cp-actions {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
  margin-top: 4px;
}

.cp-reasons {
  display: grid;
  gap: 2px;
  font-size: 13px;
  color: var(--cp-muted);
}

.cp-root .cp-reasons {
  padding-left: 18px;
  list-style: disc;
}

.cp-relevance {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  min-height: 28px;
}

.cp-counts {
  display: flex;
  flex-wrap: wrap;
  gap: 4px 8px;
  margin: 8px 0 4px;
}

.cp-count {
  font-weight: 600;
}

.cp-count + .cp-count::before {
  content: '·';
  margin-right: 8px;
  color: var(--cp-muted);
}

.cp-verdict-supports {
  --cp-v: var(--cp-supports);
}
.cp-verdict-contradicts {
  --cp-v: var(--cp-contradicts);
}
.cp-verdict-disputed {
  --cp-v: var(--cp-disputed);
}

.cp-glyph {
  color: var(--cp-v);
  font-weight: 700;
}

/* The in-page highlight's underline: solid, wavy, dashed. */
.cp-verdict-word {
  text-decoration-line: underline;
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
  text-decoration-color: var(--cp-v);
}
.cp-verdict-supports .cp-verdict-word {
  text-decoration-style: solid;
}
.cp-verdict-contradicts .cp-verdict-word {
  text-decoration-style: wavy;
}
.cp-verdict-disputed .cp-verdict-word {
  text-decoration-style: dashed;
}

.cp-hidden-count {
  font-size: 13px;
}

.cp-h2 {
  font-size: 13px;
  font-weight: 700;
  margin: 12px 0 6px;
  color: var(--cp-muted);
}

.cp-items {
  display: grid;
  gap: 6px;
}

.cp-root .cp-item {
  display: grid;
  gap: 2px;
  width: 100%;
  padding: 8px 10px;
  text-align: left;
  border: 1px solid var(--cp-border);
  border-left-width: 4px;
  border-radius: 6px;
}

.cp-item-supports {
  border-left-style: solid;
  border-left-color: var(--cp-supports) !important;
}
.cp-item-contradicts {
  border-left-style: double !important;
  border-left-color: var(--cp-contradicts) !important;
}
.cp-item-disputed {
  border-left-style: dashed !important;
  border-left-color: var(--cp-disputed) !important;
}

.cp-item .cp-verdict {
  font-size: 12px;
  font-weight: 700;
}

.cp-excerpt {
  font-size: 13px;
}

.cp-reason {
  font-size: 12px;
  color: var(--cp-muted);
}

.cp-root .cp-notes-link {
  grid-area: notes;
  align-self: center;
  font-size: 13px;
}

.cp-page-note {
  display: grid;
  gap: 6px;
  margin-top: 16px;
  padding-top: 12px;
  border-top: 1px solid var(--cp-border);
}

.cp-page-note > button {
  justify-self: start;
}

.cp-note-form {
  display: grid;
  gap: 6px;
}

.cp-note-label {
  font-size: 13px;
  font-weight: 600;
  color: var(--cp-muted);
}

.cp-note-form textarea {
  width: 100%;
  min-height: 72px;
  padding: 6px 8px;
  font: inherit;
  color: inherit;
  background: var(--cp-bg);
  border: 1px solid var(--cp-strong-border);
  border-radius: 6px;
  resize: vertical;
}

.cp-note-error {
  padding-left: 6px;
  border-left: 3px solid var(--cp-contradicts);
  font-weight: 600;
}

.cp-facts-head {
  display: flex;
  justify-content: flex-end;
  min-height: 28px;
  margin-bottom: 6px;
}

@media (prefers-contrast: more) {
  .cp-root {
    --cp-muted: var(--cp-fg);
    --cp-border: var(--cp-fg);
  }
}

@media (prefers-reduced-motion: reduce) {
  .cp-switch-thumb {
    transition: none;
  }
}
`;
