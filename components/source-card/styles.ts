/**
 * The source card's and undo toast's CSS, for the content script's shadow root. Self-contained: no
 * fonts, images or URLs, px units only (rem would follow the page's root font size), custom
 * properties defined on the root itself, and `all: initial` so nothing the page sets is inherited.
 */
export const CARD_CSS = `
:host {
  all: initial;
}

.cc-root {
  all: initial;
  --cc-bg: #ffffff;
  --cc-fg: #111418;
  --cc-muted: #3c4148;
  --cc-border: #5f6670;
  --cc-subtle: #f2f4f7;
  --cc-quote: #eef1f5;
  --cc-focus: #0b57d0;
  --cc-button: #ffffff;
  --cc-button-hover: #e6eaf0;
  --cc-accent: #0b57d0;
  --cc-accent-bg: #e8f0fe;
  --cc-conflict: #8a1c1c;
  --cc-conflict-bg: #fdecec;
  --cc-shadow: 0 8px 28px rgba(0, 0, 0, 0.28);
  color-scheme: light dark;
  box-sizing: border-box;
  display: block;
  position: fixed;
  z-index: 2147483647;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans',
    sans-serif;
  font-size: 15px;
  font-weight: 400;
  line-height: 1.45;
  letter-spacing: normal;
  text-align: left;
  white-space: normal;
  word-wrap: break-word;
  overflow-wrap: break-word;
  color: var(--cc-fg);
  background: var(--cc-bg);
  border: 1px solid var(--cc-border);
  border-radius: 10px;
  box-shadow: var(--cc-shadow);
  -webkit-font-smoothing: antialiased;
  text-size-adjust: 100%;
  -webkit-text-size-adjust: 100%;
}

.cc-root *,
.cc-root *::before,
.cc-root *::after {
  box-sizing: border-box;
}

.cc-supports {
  --cc-accent: #0a6b2e;
  --cc-accent-bg: #e3f4e8;
}
.cc-contradicts {
  --cc-accent: #b0001a;
  --cc-accent-bg: #fde7ea;
}
.cc-disputed {
  --cc-accent: #7a4a00;
  --cc-accent-bg: #fff1cc;
}

@media (prefers-color-scheme: dark) {
  .cc-root {
    --cc-bg: #17191d;
    --cc-fg: #f3f4f6;
    --cc-muted: #c9ced6;
    --cc-border: #9aa1ab;
    --cc-subtle: #22252b;
    --cc-quote: #23272e;
    --cc-focus: #8ab4f8;
    --cc-button: #23272e;
    --cc-button-hover: #30353d;
    --cc-accent: #8ab4f8;
    --cc-accent-bg: #1d2a40;
    --cc-conflict: #ffb4b4;
    --cc-conflict-bg: #3a1d1f;
    --cc-shadow: 0 8px 28px rgba(0, 0, 0, 0.6);
  }
  .cc-supports {
    --cc-accent: #7ee2a0;
    --cc-accent-bg: #173524;
  }
  .cc-contradicts {
    --cc-accent: #ff9aa6;
    --cc-accent-bg: #3d1a20;
  }
  .cc-disputed {
    --cc-accent: #ffd27a;
    --cc-accent-bg: #3a2e12;
  }
}

@media (prefers-contrast: more) {
  .cc-root {
    --cc-muted: var(--cc-fg);
    --cc-border: var(--cc-fg);
  }
  .cc-root {
    border-width: 2px;
  }
}

/* --- the card --- */

.cc-card {
  display: flex;
  flex-direction: column;
  width: 380px;
  max-width: min(380px, calc(100vw - 16px));
  max-height: 60vh;
  overflow: hidden;
  border-top: 4px solid var(--cc-accent);
}

.cc-card:focus {
  outline: none;
}
.cc-card:focus-visible {
  outline: 3px solid var(--cc-focus);
  outline-offset: 2px;
}

.cc-head {
  display: flex;
  align-items: center;
  gap: 10px;
  padding: 10px 10px 8px 14px;
  background: var(--cc-accent-bg);
  flex: none;
}

.cc-icon {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  flex: none;
  width: 26px;
  height: 26px;
  font-size: 16px;
  font-weight: 700;
  line-height: 1;
  color: var(--cc-bg);
  background: var(--cc-accent);
  border: 2px solid var(--cc-accent);
}
/* A different shape per verdict as well as a different glyph. */
.cc-supports .cc-icon {
  border-radius: 50%;
}
.cc-contradicts .cc-icon {
  border-radius: 3px;
}
/* The warning glyph is itself a triangle: drawn unboxed, in the accent colour. */
.cc-disputed .cc-icon {
  font-size: 24px;
  color: var(--cc-accent);
  background: transparent;
  border-color: transparent;
}

.cc-title {
  flex: 1 1 auto;
  margin: 0;
  padding: 0;
  font: inherit;
  font-size: 16px;
  font-weight: 700;
  color: var(--cc-accent);
}
.cc-kind {
  font-weight: 400;
  color: var(--cc-muted);
}

.cc-body {
  flex: 1 1 auto;
  min-height: 0;
  overflow: auto;
  overscroll-behavior: contain;
  padding: 10px 14px 4px;
}
.cc-body:focus {
  outline: none;
}
.cc-body:focus-visible {
  outline: 3px solid var(--cc-focus);
  outline-offset: -3px;
}

/* Zero specificity: any class rule below wins over this reset (and it wins over the UA sheet). */
:where(.cc-root) :where(p, h2, h3, ul, li, blockquote) {
  margin: 0;
  padding: 0;
}

.cc-reason {
  font-weight: 600;
  margin: 0 0 10px;
}

.cc-fact {
  margin: 0 0 12px;
  padding: 8px 10px;
  background: var(--cc-subtle);
  border-left: 3px solid var(--cc-border);
  border-radius: 4px;
}
.cc-root .cc-statement {
  margin: 0 0 4px;
}
.cc-status {
  display: inline-block;
  font-size: 13px;
  font-weight: 600;
  color: var(--cc-muted);
}
.cc-status::before {
  display: inline-block;
  margin-right: 6px;
  font-weight: 700;
}
.cc-status-consensus::before {
  content: '●';
}
.cc-status-single-source::before {
  content: '○';
}
.cc-status-disputed::before {
  content: '◐';
}

.cc-sources-title {
  font: inherit;
  font-size: 13px;
  font-weight: 700;
  text-transform: uppercase;
  letter-spacing: 0.5px;
  color: var(--cc-muted);
  margin: 0 0 6px;
}

.cc-sources {
  list-style: none;
}
.cc-source {
  list-style: none;
  margin: 0 0 12px;
}
.cc-root .cc-source-meta {
  display: flex;
  flex-wrap: wrap;
  gap: 2px 8px;
  margin: 0 0 4px;
  font-size: 13px;
  color: var(--cc-muted);
}
.cc-source-label {
  font-weight: 700;
  color: var(--cc-fg);
}
.cc-source-kind::before,
.cc-source-date::before {
  content: '·';
  margin-right: 8px;
}

.cc-quote {
  margin: 0 0 6px;
}
.cc-root .cc-stance {
  display: inline-block;
  margin: 0 0 3px;
  padding: 0 6px;
  font-size: 12px;
  font-weight: 700;
  text-transform: uppercase;
  letter-spacing: 0.5px;
  border: 1px solid var(--cc-border);
  border-radius: 3px;
}
.cc-root blockquote {
  margin: 0;
  padding: 6px 10px;
  font-style: italic;
  background: var(--cc-quote);
  border-left: 3px solid var(--cc-accent);
  border-radius: 0 4px 4px 0;
  quotes: '“' '”';
}
.cc-root blockquote::before {
  content: open-quote;
}
.cc-root blockquote::after {
  content: close-quote;
}
.cc-root .cc-conflict {
  margin: 4px 0 0;
  padding: 4px 8px;
  font-size: 13px;
  color: var(--cc-conflict);
  background: var(--cc-conflict-bg);
  border: 1px solid var(--cc-conflict);
  border-radius: 4px;
}
.cc-conflict strong {
  font-weight: 700;
}

/* --- buttons --- */

.cc-root button {
  all: initial;
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 4px;
  min-height: 32px;
  min-width: 32px;
  padding: 4px 10px;
  font: inherit;
  font-size: 14px;
  font-weight: 600;
  line-height: 1.2;
  color: var(--cc-fg);
  background: var(--cc-button);
  border: 1px solid var(--cc-border);
  border-radius: 6px;
  cursor: pointer;
}
.cc-root button:hover {
  background: var(--cc-button-hover);
}
.cc-root button:focus {
  outline: none;
}
.cc-root button:focus-visible {
  outline: 3px solid var(--cc-focus);
  outline-offset: 2px;
}
.cc-root button[aria-disabled='true'],
.cc-root button:disabled {
  cursor: not-allowed;
  opacity: 0.6;
  border-style: dashed;
}
.cc-root button[aria-disabled='true']:hover,
.cc-root button:disabled:hover {
  background: var(--cc-button);
}

.cc-root .cc-close {
  flex: none;
  padding: 0;
  font-size: 20px;
  background: transparent;
  border-color: transparent;
}
.cc-root .cc-close:hover {
  background: var(--cc-button-hover);
  border-color: var(--cc-border);
}

.cc-actions {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px;
  padding: 8px 14px 10px;
  border-top: 1px solid var(--cc-border);
  flex: none;
}

.cc-nav {
  display: flex;
  align-items: center;
  gap: 6px;
  margin-left: auto;
  font-size: 13px;
  color: var(--cc-muted);
}
.cc-position {
  font-variant-numeric: tabular-nums;
}

/* --- the undo toast --- */

.cc-toast {
  display: flex;
  align-items: center;
  gap: 10px;
  left: 50%;
  bottom: 24px;
  transform: translateX(-50%);
  max-width: calc(100vw - 16px);
  padding: 8px 8px 8px 14px;
}
.cc-toast-message {
  flex: 1 1 auto;
}
.cc-root .cc-toast-dismiss {
  padding: 0;
  font-size: 18px;
  background: transparent;
  border-color: transparent;
}

@media (prefers-reduced-motion: no-preference) {
  .cc-card,
  .cc-toast {
    animation: cc-appear 120ms ease-out;
  }
}
@keyframes cc-appear {
  from {
    opacity: 0;
  }
  to {
    opacity: 1;
  }
}

/* Windows high contrast and other forced palettes: keep every boundary and shape visible. */
@media (forced-colors: active) {
  .cc-root {
    border: 2px solid CanvasText;
  }
  .cc-icon {
    color: CanvasText;
    background: Canvas;
    border-color: CanvasText;
  }
  .cc-root button[aria-disabled='true'],
  .cc-root button:disabled {
    color: GrayText;
    border-color: GrayText;
  }
  .cc-root button:focus-visible,
  .cc-card:focus-visible {
    outline-color: Highlight;
  }
}
`;

/**
 * Adds {@link CARD_CSS} to a shadow root: a constructed stylesheet where supported (not subject to
 * the page's `style-src`), else a `<style>` element. Idempotent.
 */
export function applyCardStyles(root: ShadowRoot): void {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  if (view && 'adoptedStyleSheets' in root && typeof view.CSSStyleSheet === 'function') {
    try {
      const existing = root.adoptedStyleSheets.find((s) => SHEETS.has(s));
      if (existing) return;
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
      SHEETS.add(sheet);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    } catch {
      // Fall through to a <style> element.
    }
  }
  if (root.querySelector('style[data-crosscheck-card]')) return;
  const style = doc.createElement('style');
  style.dataset.crosscheckCard = '';
  style.textContent = CARD_CSS;
  root.append(style);
}

const SHEETS = new WeakSet<CSSStyleSheet>();
