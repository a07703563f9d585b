import { BASE_ROLES, SYSTEM_FONT, baseRules, palette } from '../theme';

/** The shared colours this stylesheet uses (components/theme.ts), under its own names. */
const COLOURS = [
  ...BASE_ROLES,
  'quote',
  'input',
  ['button-hover', 'hover'],
  ['disputed', 'warn'],
  ['disputed-bg', 'warn-bg'],
  ['conflict', 'error'],
  ['conflict-bg', 'error-bg'],
  ['touched', 'accent'],
] as const;

/**
 * The facts view's CSS (extension pages only: the popup's Facts tab and the facts page). System
 * fonts, no images or URLs; light and dark follow prefers-color-scheme. Statuses, stances and
 * conflicts differ by text, glyph and border style, never by colour alone.
 */
export const FACTS_CSS = `
.cf-root {
  ${palette('cf', 'light', COLOURS)}
  --cf-consensus: #0a6b2e;
  --cf-single: #3c4148;
  --cf-touched-bg: #e8f0fe;
  color-scheme: light dark;
  box-sizing: border-box;
  color: var(--cf-fg);
  background: var(--cf-bg);
  font-family: ${SYSTEM_FONT};
  font-size: 14px;
  line-height: 1.45;
  overflow-wrap: break-word;
}

@media (prefers-color-scheme: dark) {
  .cf-root {
    ${palette('cf', 'dark', COLOURS)}
    --cf-consensus: #7ee2a0;
    --cf-single: #d5d9df;
    --cf-touched-bg: #1d2a40;
  }
}

${baseRules('cf')}



.cf-root p,
.cf-root ul,
.cf-root dl,
.cf-root dd,
.cf-root h2,
.cf-root blockquote {
  margin: 0;
}

.cf-root ul {
  padding: 0;
  list-style: none;
}

.cf-root button,
.cf-root input,
.cf-root select {
  font: inherit;
  color: inherit;
}

.cf-root button {
  min-height: 28px;
  padding: 2px 10px;
  border: 1px solid var(--cf-strong-border);
  border-radius: 6px;
  background: var(--cf-bg);
  cursor: pointer;
}

.cf-root button:hover {
  background: var(--cf-button-hover);
}

/* Controls: fixed heights, so typing or filtering never moves them. */
.cf-controls {
  display: grid;
  grid-template-columns: minmax(0, 1fr) 150px 150px;
  gap: 8px 12px;
  align-items: end;
}

.cf-compact .cf-controls {
  grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
}

.cf-compact .cf-search {
  grid-column: 1 / -1;
}

.cf-field {
  display: flex;
  flex-direction: column;
  gap: 2px;
  min-width: 0;
}

.cf-label {
  font-size: 12px;
  font-weight: 600;
  color: var(--cf-muted);
}

.cf-field input[type='search'],
.cf-field select {
  height: 32px;
  width: 100%;
  padding: 0 8px;
  border: 1px solid var(--cf-strong-border);
  border-radius: 6px;
  background: var(--cf-input);
}

.cf-check {
  grid-column: 1 / -1;
  flex-direction: row;
  align-items: center;
  gap: 6px;
  min-height: 24px;
}

.cf-countbar {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8px;
  min-height: 36px;
  margin: 6px 0;
}

.cf-count {
  font-weight: 600;
}

/* The seeds' own disagreements, always visible above the list. */
.cf-notices {
  margin: 0 0 12px;
  padding: 8px 10px;
  border: 2px dashed var(--cf-disputed);
  border-radius: 8px;
  background: var(--cf-disputed-bg);
}

.cf-notices-title {
  font-size: 14px;
  font-weight: 700;
  margin-bottom: 4px;
}

.cf-notice + .cf-notice {
  margin-top: 4px;
}

.cf-notice-kind {
  display: inline-block;
  padding: 0 5px;
  margin-right: 2px;
  border: 1px dashed currentColor;
  border-radius: 3px;
  font-size: 12px;
  font-weight: 700;
}

.cf-notice-conflict .cf-notice-kind {
  color: var(--cf-conflict);
}

.cf-notice-title {
  font-weight: 600;
}

.cf-badge,
.cf-touched,
.cf-topic {
  display: inline-flex;
  align-items: center;
  gap: 2px;
  padding: 0 6px;
  border-radius: 999px;
  font-size: 12px;
  font-weight: 600;
  white-space: nowrap;
}

.cf-badge-consensus {
  color: var(--cf-consensus);
  border: 1px solid currentColor;
}

.cf-badge-single-source {
  color: var(--cf-single);
  border: 1px dotted currentColor;
}

.cf-badge-disputed {
  color: var(--cf-disputed);
  background: var(--cf-disputed-bg);
  border: 2px dashed currentColor;
  border-radius: 3px;
}

.cf-touched {
  color: var(--cf-touched);
  background: var(--cf-touched-bg);
  border: 1px solid currentColor;
  border-radius: 3px;
}

.cf-topic {
  color: var(--cf-muted);
  font-weight: 400;
  padding: 0;
}

.cf-tags {
  display: flex;
  flex-wrap: wrap;
  gap: 4px 6px;
  margin: 4px 0;
}

.cf-statement {
  font-weight: 600;
}

.cf-wide .cf-statement {
  font-weight: 500;
}

.cf-dispute {
  color: var(--cf-disputed);
  font-size: 13px;
  margin-bottom: 4px;
}

.cf-expand {
  margin-top: 4px;
  font-size: 13px;
}

.cf-col-label {
  display: block;
  font-weight: 700;
}

.cf-col-meta,
.cf-muted {
  color: var(--cf-muted);
  font-size: 12px;
  font-weight: 400;
}

.cf-value {
  display: block;
}

.cf-value-mark {
  color: var(--cf-muted);
}

.cf-stance {
  display: block;
  font-size: 12px;
  font-style: italic;
  color: var(--cf-muted);
}

.cf-stance-denies,
.cf-stance-doubts {
  font-weight: 700;
  color: var(--cf-disputed);
}

.cf-flag {
  display: block;
  font-size: 12px;
  font-weight: 700;
  color: var(--cf-conflict);
}

.cf-cell-conflict {
  background: var(--cf-conflict-bg);
  outline: 2px solid var(--cf-conflict);
  outline-offset: -2px;
}

.cf-silent-mark {
  color: var(--cf-muted);
}

/* Wide: a matrix that scrolls sideways inside its own region. */
.cf-scroll {
  overflow-x: auto;
  border: 1px solid var(--cf-border);
  border-radius: 8px;
}

.cf-matrix {
  width: 100%;
  min-width: 900px;
  border-collapse: collapse;
  table-layout: fixed;
}

.cf-matrix th,
.cf-matrix td {
  padding: 8px;
  text-align: left;
  vertical-align: top;
  border-bottom: 1px solid var(--cf-border);
}

.cf-matrix thead th {
  position: sticky;
  top: 0;
  background: var(--cf-subtle);
  z-index: 1;
}

.cf-fact-col {
  width: 34%;
}

.cf-fact-cell {
  font-weight: 400;
}

.cf-row-touched > .cf-fact-cell,
.cf-fact.cf-row-touched {
  box-shadow: inset 4px 0 0 var(--cf-touched);
}

.cf-quotes-row > td {
  background: var(--cf-subtle);
}

/* Compact (popup): one card per fact, its sources stacked. */
.cf-list > li + li {
  margin-top: 8px;
}

.cf-fact {
  padding: 8px 10px;
  border: 1px solid var(--cf-border);
  border-radius: 8px;
}

.cf-stack {
  display: grid;
  gap: 2px;
  margin-top: 4px;
}

.cf-stack-row {
  display: grid;
  grid-template-columns: 136px minmax(0, 1fr);
  gap: 8px;
  padding: 2px 4px;
  border-radius: 4px;
}

.cf-stack-row dt .cf-col-label {
  font-size: 13px;
  overflow-wrap: anywhere;
}

.cf-stack-row dt .cf-col-meta {
  display: block;
}

.cf-silent-line {
  margin-top: 2px;
  font-size: 12px;
  color: var(--cf-muted);
}

.cf-quotes {
  display: grid;
  gap: 8px;
  margin-top: 6px;
}

.cf-quote-sources {
  display: grid;
  gap: 8px;
}

.cf-quote-label {
  font-weight: 700;
}

.cf-quote {
  margin-top: 4px;
}

.cf-quote blockquote {
  padding: 6px 10px;
  border-left: 3px solid var(--cf-strong-border);
  background: var(--cf-quote);
  border-radius: 0 6px 6px 0;
  white-space: pre-wrap;
}

.cf-empty {
  min-height: 120px;
  padding: 16px 0;
  color: var(--cf-muted);
}

@media (prefers-contrast: more) {
  .cf-root {
    --cf-muted: var(--cf-fg);
    --cf-border: var(--cf-fg);
  }
}

@media (prefers-reduced-motion: reduce) {
  .cf-root * {
    transition: none !important;
  }
}
`;

/** Adds `css` to `doc` once, under `key` (a `<style data-crosscheck="key">` in the head). */
export function applyStyles(doc: Document, key: string, css: string): void {
  if (doc.head.querySelector(`style[data-crosscheck="${key}"]`)) return;
  const style = doc.createElement('style');
  style.dataset.crosscheck = key;
  style.textContent = css;
  doc.head.append(style);
}
