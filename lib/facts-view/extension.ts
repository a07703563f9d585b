/**
 * The popup's and the facts page's extension calls: which tab, its cached summary, whether
 * Crosscheck runs on its site by itself, and the paused sites. The only module of lib/facts-view
 * that touches `browser.*`; everything it decides is delegated to the pure helpers.
 */
import { browser } from 'wxt/browser';
import { isResult } from '../messaging/protocol';
import { SITE_SCRIPT_PREFIX, patternOfScriptId } from '../messaging/site-access';
import type { TabSummary } from '../messaging/summary';
import { NEWS_SITE_MATCHES } from '../sites';
import { matchesAny } from './match-pattern';
import { PAUSED_KEY, httpHost, isTabSummary, pausedHosts, tabIdParam, withPaused } from './tab';

export interface TabRef {
  id: number | null;
  url: string | null;
}

/** `?tabId=N` in the page's query (tests, the facts page), else the active tab of this window. */
export async function resolveTab(search: string): Promise<TabRef> {
  const param = tabIdParam(search);
  try {
    if (param !== null) {
      const tab = await browser.tabs.get(param);
      return { id: param, url: tab.url ?? null };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return { id: tab?.id ?? null, url: tab?.url ?? null };
  } catch {
    return { id: param, url: null };
  }
}

/**
 * The background's cached summary of a tab (`tab/state`), or null when it has none, answers with
 * something else, or cannot be reached.
 */
export async function fetchTabSummary(tabId: number | null): Promise<TabSummary | null> {
  if (tabId === null) return null;
  try {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'tab/state', tabId });
    if (!isResult(answer) || !answer.ok) return null;
    return isTabSummary(answer.value) ? answer.value : null;
  } catch {
    return null;
  }
}

/** The content script's static matches as built (the demo build adds localhost). */
function staticMatches(): readonly string[] {
  try {
    const scripts = browser.runtime.getManifest().content_scripts ?? [];
    const matches = scripts.flatMap((s) => s.matches ?? []);
    return matches.length > 0 ? matches : NEWS_SITE_MATCHES;
  } catch {
    return NEWS_SITE_MATCHES;
  }
}

/** Whether Crosscheck runs on `url` by itself: a listed news site, or "Always check this site". */
export async function isSiteCovered(url: string | null): Promise<boolean> {
  if (!url || httpHost(url) === null) return false;
  if (matchesAny(url, staticMatches())) return true;
  try {
    const scripts = await browser.scripting.getRegisteredContentScripts();
    return scripts.some((s) => {
      if (!s.id.startsWith(SITE_SCRIPT_PREFIX)) return false;
      const own = patternOfScriptId(s.id);
      return matchesAny(url, s.matches?.length ? s.matches : own ? [own] : []);
    });
  } catch {
    return false;
  }
}

export async function readPausedHosts(): Promise<string[]> {
  try {
    const got = (await browser.storage.local.get(PAUSED_KEY)) as Record<string, unknown>;
    return pausedHosts(got[PAUSED_KEY]);
  } catch {
    return [];
  }
}

export async function isPaused(url: string | null): Promise<boolean> {
  const host = httpHost(url);
  return host !== null && (await readPausedHosts()).includes(host);
}

/** Pause (or resume) Crosscheck on `url`'s site; returns whether it is now paused. */
export async function setPaused(url: string | null, paused: boolean): Promise<boolean> {
  const host = httpHost(url);
  if (host === null) return false;
  const next = withPaused(await readPausedHosts(), host, paused);
  await browser.storage.local.set({ [PAUSED_KEY]: next });
  return next.includes(host);
}
