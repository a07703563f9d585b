/** lib/facts-view/match-pattern.ts: which tabs the content script runs on by itself. */
import { describe, expect, it } from 'vitest';
import { matchesAny, matchesPattern } from '@/lib/facts-view/match-pattern';
import { NEWS_SITE_MATCHES } from '@/lib/sites';
import table from '../../cases/facts-view-match-patterns.json';

const CASES = (table as { cases: { url: string; pattern: string; match: boolean }[] }).cases;

describe('matchesPattern', () => {
  it.each(CASES.map((c) => [c.url, c.pattern, c.match] as const))(
    '%j ~ %j → %j',
    (url, pattern, match) => {
      expect(matchesPattern(url, pattern)).toBe(match);
    },
  );
});

describe('matchesAny', () => {
  it('covers the listed news sites and their subdomains, nothing else', () => {
    expect(matchesAny('https://www.reuters.com/world/europe/story/', NEWS_SITE_MATCHES)).toBe(true);
    expect(matchesAny('https://apnews.com/article/x', NEWS_SITE_MATCHES)).toBe(true);
    expect(matchesAny('https://www.example.org/news', NEWS_SITE_MATCHES)).toBe(false);
    expect(matchesAny('chrome://newtab/', NEWS_SITE_MATCHES)).toBe(false);
  });

  it('matches nothing with no patterns', () => {
    expect(matchesAny('https://www.reuters.com/', [])).toBe(false);
  });
});
