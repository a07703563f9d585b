/**
 * Pure helpers for the popup and the facts page: the paused-sites list in storage, reading a
 * `TabSummary` answer without trusting it, and the pages' query parameters.
 */
import type { TabSummary } from '../messaging/summary';

/** `browser.storage.local` key: hostnames where the reader paused Crosscheck. */
export const PAUSED_KEY = 'crosscheck:paused';

/** The paused hostnames in a stored value (anything malformed counts as none). */
export function pausedHosts(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  return [...new Set(stored.filter((h): h is string => typeof h === 'string' && h.length > 0))];
}

/** The list with `host` added (paused) or removed (resumed); the input is not changed. */
export function withPaused(hosts: readonly string[], host: string, paused: boolean): string[] {
  const rest = hosts.filter((h) => h !== host);
  return paused ? [...rest, host] : rest;
}

/** The hostname of an http(s) URL, lower case; null for any other URL. */
export function httpHost(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Validation lives with the message protocol, which receives the same data. */
export { isTabSummary } from '../messaging/protocol';

/** The facts a checked page's annotations touched. */
export function touchedFacts(summary: TabSummary | null): Set<string> {
  if (!summary || summary.status !== 'checked') return new Set();
  return new Set(summary.items.map((i) => i.factId));
}

/** `?tabId=N` of a page URL's query string, or null. */
export function tabIdParam(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : null;
}

/** `?q=` of a page URL's query string ('' when absent). */
export function queryParam(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').slice(0, 200);
}
