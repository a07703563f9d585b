/**
 * "Not this fact": facts the reader hid on a page, remembered in extension storage (never the
 * page's) under the page's address without query or fragment, so reloads and shared links agree.
 */
import { browser } from 'wxt/browser';

/** Where the hidden facts are kept in `storage.local`. */
export const DISMISSED_KEY = 'crosscheck:dismissed';
/** Pages remembered at most; the oldest are forgotten first, so storage never grows unbounded. */
const MAX_PAGES = 500;

type Store = Record<string, { facts: string[]; at: number }>;

export function pageKey(href: string): string {
  try {
    const u = new URL(href);
    return `${u.origin}${u.pathname}`;
  } catch {
    return href;
  }
}

/** An entry as stored, with its non-string facts dropped; null when it is not an entry at all. */
function asEntry(x: unknown): { facts: string[]; at: number } | null {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return null;
  const e = x as Record<string, unknown>;
  if (!Array.isArray(e.facts)) return null;
  const facts = e.facts.filter((f): f is string => typeof f === 'string');
  return { facts, at: typeof e.at === 'number' && Number.isFinite(e.at) ? e.at : 0 };
}

/** The stored map with malformed entries dropped; null when storage could not be read at all. */
async function read(): Promise<Store | null> {
  let got: Record<string, unknown>;
  try {
    got = (await browser.storage.local.get(DISMISSED_KEY)) as Record<string, unknown>;
  } catch {
    return null;
  }
  const raw = got[DISMISSED_KEY];
  const store: Store = {};
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [page, value] of Object.entries(raw)) {
      const entry = asEntry(value);
      if (entry) store[page] = entry;
    }
  }
  return store;
}

export async function loadDismissed(href: string): Promise<Set<string>> {
  const entry = (await read())?.[pageKey(href)];
  return new Set(entry?.facts ?? []);
}

export async function saveDismissed(href: string, facts: ReadonlySet<string>): Promise<void> {
  const store = await read();
  // Unreadable storage: writing now would replace every other page's choices with this one.
  if (!store) return;
  const key = pageKey(href);
  if (facts.size === 0) delete store[key];
  else store[key] = { facts: [...facts], at: Date.now() };
  const keys = Object.keys(store).sort((a, b) => store[a]!.at - store[b]!.at);
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) delete store[old];
  try {
    await browser.storage.local.set({ [DISMISSED_KEY]: store });
  } catch (error) {
    // A full disk: the choice still holds for this visit; nothing else is lost.
    console.debug('Crosscheck could not remember a hidden fact', error);
  }
}
