/**
 * "Not this fact": facts the reader hid on a page, remembered in extension storage (never the
 * page's) under the page's address without query or fragment, so reloads and shared links agree.
 */
import { browser } from 'wxt/browser';

const KEY = 'crosscheck:dismissed';
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

async function read(): Promise<Store> {
  try {
    const got = (await browser.storage.local.get(KEY)) as Record<string, unknown>;
    const store = got[KEY];
    return store && typeof store === 'object' ? (store as Store) : {};
  } catch {
    return {};
  }
}

export async function loadDismissed(href: string): Promise<Set<string>> {
  const entry = (await read())[pageKey(href)];
  return new Set(
    Array.isArray(entry?.facts) ? entry.facts.filter((f) => typeof f === 'string') : [],
  );
}

export async function saveDismissed(href: string, facts: ReadonlySet<string>): Promise<void> {
  const store = await read();
  const key = pageKey(href);
  if (facts.size === 0) delete store[key];
  else store[key] = { facts: [...facts], at: Date.now() };
  const keys = Object.keys(store).sort((a, b) => store[a]!.at - store[b]!.at);
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) delete store[old];
  try {
    await browser.storage.local.set({ [KEY]: store });
  } catch (error) {
    // A full disk: the choice still holds for this visit; nothing else is lost.
    console.debug('Crosscheck could not remember a hidden fact', error);
  }
}
