// Types for scripts/find-browser.mjs.

/** Executable names tried on PATH, in order. */
export const BROWSER_NAMES: readonly string[];

/** The first executable called `name` on PATH. */
export function findOnPath(name: string): string | undefined;

/** `CHROME_PATH`, else a Chromium-family browser on PATH or in a well-known location. */
export function findBrowser(): { path: string; source: string } | undefined;
