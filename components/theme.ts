/**
 * What the extension pages' stylesheets (popup, facts view, notes page) share: the system font
 * stack, the base rules every root needs, and one palette of colours by role, light and dark. Each
 * stylesheet declares the colours as variables under its own prefix (cp-, cf-, cn-), so the three
 * can sit on one page (the popup's Facts tab).
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

/** The extension pages' colours, light and dark, by role. */
const COLOURS = {
  light: {
    bg: '#ffffff',
    fg: '#111418',
    muted: '#4a515b',
    border: '#c3c8cf',
    'strong-border': '#5f6670',
    subtle: '#f2f4f7',
    quote: '#eef1f5',
    focus: '#0b57d0',
    input: '#ffffff',
    hover: '#e6eaf0',
    accent: '#0b57d0',
    'accent-fg': '#ffffff',
    warn: '#7a4a00',
    'warn-bg': '#fff1cc',
    error: '#8a1c1c',
    'error-bg': '#fdecec',
  },
  dark: {
    bg: '#17191d',
    fg: '#f3f4f6',
    muted: '#c2c8d0',
    border: '#3d434c',
    'strong-border': '#9aa1ab',
    subtle: '#22252b',
    quote: '#23272e',
    focus: '#8ab4f8',
    input: '#111317',
    hover: '#30353d',
    accent: '#8ab4f8',
    'accent-fg': '#0b1a33',
    warn: '#ffd27a',
    'warn-bg': '#3a2e12',
    error: '#ffb4b4',
    'error-bg': '#3a1d1f',
  },
} as const;

export type Role = keyof (typeof COLOURS)['light'];

/** The roles every page uses: text and background, borders, panels, the focus ring. */
export const BASE_ROLES = [
  'bg',
  'fg',
  'muted',
  'border',
  'strong-border',
  'subtle',
  'focus',
] as const;

/**
 * Custom-property declarations for a stylesheet's palette: `--<prefix>-<name>: <colour>;` per
 * entry, where an entry is a role ("muted") or a local name and the role it takes
 * (["conflict", "error"]).
 */
export function palette(
  prefix: string,
  scheme: 'light' | 'dark',
  entries: readonly (Role | readonly [string, Role])[],
): string {
  return entries
    .map((e) => {
      const [name, role] = typeof e === 'string' ? [e, e] : e;
      return `--${prefix}-${name}: ${COLOURS[scheme][role]};`;
    })
    .join('\n  ');
}

/** An extension page's <body>: no margin, the palette's background and text, light and dark. */
export function pageBodyRules(): string {
  return `body {
  margin: 0;
  background: ${COLOURS.light.bg};
  color: ${COLOURS.light.fg};
  font-family: ${SYSTEM_FONT};
}
@media (prefers-color-scheme: dark) {
  body {
    background: ${COLOURS.dark.bg};
    color: ${COLOURS.dark.fg};
  }
}`;
}
