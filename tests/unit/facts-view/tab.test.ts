/** lib/facts-view/tab.ts: paused sites, TabSummary validation, page parameters. */
import { describe, expect, it } from 'vitest';
import {
  httpHost,
  isTabSummary,
  pausedHosts,
  queryParam,
  tabIdParam,
  touchedFacts,
  withPaused,
} from '@/lib/facts-view/tab';
import type { TabSummary } from '@/lib/messaging/summary';

const summary: TabSummary = {
  url: 'https://www.reuters.com/world/x',
  title: 'US lets Ukraine strike deeper',
  status: 'checked',
  relevant: true,
  relevance: 0.87,
  reasons: ['Mentions Ukraine and Russia'],
  counts: { supports: 1, contradicts: 0, disputed: 1 },
  items: [
    { index: 0, verdict: 'supports', excerpt: 'A', reason: 'r', factId: 'atacms-range' },
    {
      index: 1,
      verdict: 'disputed',
      excerpt: 'B',
      reason: 'r',
      factId: 'north-korean-troop-count',
    },
  ],
  hidden: 0,
  checkedAt: 1,
};

describe('paused hosts', () => {
  it('reads only a list of strings, without duplicates', () => {
    expect(pausedHosts(undefined)).toEqual([]);
    expect(pausedHosts('www.reuters.com')).toEqual([]);
    expect(pausedHosts(['a.com', 3, '', 'a.com', 'b.com'])).toEqual(['a.com', 'b.com']);
  });

  it('adds and removes a host without changing the input', () => {
    const list = ['a.com'];
    expect(withPaused(list, 'b.com', true)).toEqual(['a.com', 'b.com']);
    expect(withPaused(list, 'a.com', true)).toEqual(['a.com']);
    expect(withPaused(list, 'a.com', false)).toEqual([]);
    expect(list).toEqual(['a.com']);
  });

  it('pauses web pages only', () => {
    expect(httpHost('https://WWW.Reuters.com/x')).toBe('www.reuters.com');
    expect(httpHost('http://127.0.0.1:8080/')).toBe('127.0.0.1');
    expect(httpHost('chrome://extensions/')).toBeNull();
    expect(httpHost('file:///tmp/a.html')).toBeNull();
    expect(httpHost('nonsense')).toBeNull();
    expect(httpHost(null)).toBeNull();
  });
});

describe('isTabSummary', () => {
  it('accepts a well-formed summary', () => {
    expect(isTabSummary(summary)).toBe(true);
    expect(isTabSummary(JSON.parse(JSON.stringify(summary)))).toBe(true);
  });

  it('rejects other shapes, including the older TabState', () => {
    expect(isTabSummary(null)).toBe(false);
    expect(
      isTabSummary({
        url: 'https://x.org/',
        title: 't',
        relevant: true,
        annotations: 2,
        checkedAt: 1,
      }),
    ).toBe(false);
    expect(isTabSummary({ ...summary, status: 'done' })).toBe(false);
    expect(isTabSummary({ ...summary, counts: { supports: 1 } })).toBe(false);
    expect(isTabSummary({ ...summary, relevance: Number.NaN })).toBe(false);
    expect(isTabSummary({ ...summary, items: [{ ...summary.items[0], index: -1 }] })).toBe(false);
    expect(isTabSummary({ ...summary, items: [{ ...summary.items[0], verdict: 'maybe' }] })).toBe(
      false,
    );
  });
});

describe('touchedFacts', () => {
  it('is the facts of a checked page’s items', () => {
    expect(touchedFacts(summary)).toEqual(new Set(['atacms-range', 'north-korean-troop-count']));
    expect(touchedFacts(null).size).toBe(0);
    expect(touchedFacts({ ...summary, status: 'off-topic' }).size).toBe(0);
  });
});

describe('page parameters', () => {
  it('reads ?tabId=N', () => {
    expect(tabIdParam('?tabId=12')).toBe(12);
    expect(tabIdParam('?tabId=0')).toBe(0);
    expect(tabIdParam('?tabId=-1')).toBeNull();
    expect(tabIdParam('?tabId=1.5')).toBeNull();
    expect(tabIdParam('?tabId=')).toBeNull();
    expect(tabIdParam('')).toBeNull();
  });

  it('reads ?q=', () => {
    expect(queryParam('?q=North+Korean+soldiers')).toBe('North Korean soldiers');
    expect(queryParam('?q=%3Cb%3E')).toBe('<b>');
    expect(queryParam('')).toBe('');
  });
});
