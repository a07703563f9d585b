/**
 * Pure helpers for per-site access: which origin pattern a page needs, and the id under which its
 * dynamically registered content script lives. The background does the `browser.*` calls.
 */

/** Prefix of the ids of content scripts registered for "Always check this site". */
export const SITE_SCRIPT_PREFIX = 'crosscheck-site:';

/** The host permission pattern for a page's site ("https://www.example.org/*"), or null. */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

export function siteScriptId(pattern: string): string {
  return `${SITE_SCRIPT_PREFIX}${pattern}`;
}

export function patternOfScriptId(id: string): string | null {
  return id.startsWith(SITE_SCRIPT_PREFIX) ? id.slice(SITE_SCRIPT_PREFIX.length) : null;
}
