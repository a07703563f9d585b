/**
 * What the extension pages' stylesheets (popup, facts view, notes page) share: the system font
 * stack and the base rules every root needs. Each stylesheet keeps its own palette variables under
 * its own prefix (cp-, cf-, cn-), so the three can sit on one page (the popup's Facts tab).
 */

/** System fonts only: nothing is downloaded, and text looks like the reader's own UI. */
export const SYSTEM_FONT = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans',
    sans-serif`;

/** Box sizing, a visible focus ring, and a screen-reader-only utility class, for `.<prefix>-root`. */
export function baseRules(prefix: string): string {
  return `.${prefix}-root *,
.${prefix}-root *::before,
.${prefix}-root *::after {
  box-sizing: border-box;
}

.${prefix}-root :focus-visible {
  outline: 2px solid var(--${prefix}-focus);
  outline-offset: 2px;
}

.${prefix}-sr {
  position: absolute;
  width: 1px;
  height: 1px;
  padding: 0;
  margin: -1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
}`;
}
