/** lib/facts-view/extension.ts against WXT's fake browser: summary, coverage, paused sites. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  fetchTabSummary,
  isPaused,
  isSiteCovered,
  readPausedHosts,
  setPaused,
} from '@/lib/facts-view/extension';
import { PAUSED_KEY } from '@/lib/facts-view/tab';
import type { TabSummary } from '@/lib/messaging/summary';

const summary: TabSummary = {
  url: 'https://www.reuters.com/world/x',
  title: 'T',
  status: 'checked',
  relevant: true,
  relevance: 0.9,
  reasons: [],
  counts: { supports: 0, contradicts: 0, disputed: 0 },
  items: [],
  hidden: 0,
  checkedAt: 5,
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('fetchTabSummary', () => {
  it('returns the background’s summary for tab/state', async () => {
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      seen.push(message);
      sendResponse({ ok: true, value: summary });
      return true;
    });
    expect(await fetchTabSummary(7)).toEqual(summary);
    expect(seen).toEqual([{ type: 'tab/state', tabId: 7 }]);
  });

  it('returns null for no tab, an error, or an answer of another shape', async () => {
    expect(await fetchTabSummary(null)).toBeNull();
    let answer: unknown = { ok: false, error: 'no' };
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      sendResponse(answer);
      return true;
    });
    expect(await fetchTabSummary(1)).toBeNull();
    answer = { ok: true, value: { url: 'https://x.org/', relevant: true, annotations: 1 } };
    expect(await fetchTabSummary(1)).toBeNull();
    answer = { ok: true, value: null };
    expect(await fetchTabSummary(1)).toBeNull();
  });
});

describe('isSiteCovered', () => {
  it('covers listed news sites, not other sites or non-web pages', async () => {
    expect(await isSiteCovered('https://www.reuters.com/world/x')).toBe(true);
    expect(await isSiteCovered('chrome://extensions/')).toBe(false);
    expect(await isSiteCovered(null)).toBe(false);
  });

  it('covers a site the reader chose to always check', async () => {
    const registered = [
      { id: 'crosscheck-site:https://www.example.org/*', matches: ['https://www.example.org/*'] },
      { id: 'someone-else', matches: ['https://other.example/*'] },
    ];
    // The API's callback overload returns void; the promise form is the one used.
    const spy = vi
      .spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts')
      .mockImplementation((() => Promise.resolve(registered)) as never);
    try {
      expect(await isSiteCovered('https://www.example.org/news/1')).toBe(true);
      expect(await isSiteCovered('https://other.example/news/1')).toBe(false);
      expect(await isSiteCovered('http://www.example.org/news/1')).toBe(false);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('paused sites', () => {
  it('writes hostnames to storage and reads them back', async () => {
    const url = 'https://www.reuters.com/world/x';
    expect(await isPaused(url)).toBe(false);
    expect(await setPaused(url, true)).toBe(true);
    expect(await isPaused(url)).toBe(true);
    expect(await isPaused('https://www.reuters.com/other')).toBe(true);
    expect(await readPausedHosts()).toEqual(['www.reuters.com']);
    expect((await fakeBrowser.storage.local.get(PAUSED_KEY))[PAUSED_KEY]).toEqual([
      'www.reuters.com',
    ]);
    expect(await setPaused(url, false)).toBe(false);
    expect(await readPausedHosts()).toEqual([]);
  });

  it('does not pause non-web pages', async () => {
    expect(await setPaused('chrome://newtab/', true)).toBe(false);
    expect(await readPausedHosts()).toEqual([]);
  });

  it('treats a malformed stored value as none', async () => {
    await fakeBrowser.storage.local.set({ [PAUSED_KEY]: 'www.reuters.com' });
    expect(await isPaused('https://www.reuters.com/')).toBe(false);
  });
});
