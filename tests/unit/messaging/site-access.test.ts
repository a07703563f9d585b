/** lib/messaging/site-access.ts: origin patterns for "Always check this site" and script ids. */
import { describe, expect, it } from 'vitest';
import {
  SITE_SCRIPT_PREFIX,
  originPattern,
  patternOfScriptId,
  siteScriptId,
} from '@/lib/messaging/site-access';
import originTable from '../../cases/origin-patterns.json';

const CASES = (originTable as { cases: { url: string; pattern: string | null }[] }).cases;

describe('originPattern', () => {
  it.each(CASES.map((c) => [c.url, c.pattern] as const))('%j → %j', (url, pattern) => {
    expect(originPattern(url)).toBe(pattern);
  });

  it('gives every page of a site the same pattern', () => {
    const pages = [
      'https://www.reuters.com/',
      'https://www.reuters.com/world/europe/story-2024-11-18/',
      'https://www.reuters.com/world/?page=2#latest',
    ];
    expect(new Set(pages.map(originPattern))).toEqual(new Set(['https://www.reuters.com/*']));
  });

  it('keeps subdomains and schemes apart (a grant for one is not a grant for another)', () => {
    expect(originPattern('https://reuters.com/x')).not.toBe(
      originPattern('https://www.reuters.com/x'),
    );
    expect(originPattern('http://www.reuters.com/x')).not.toBe(
      originPattern('https://www.reuters.com/x'),
    );
  });
});

describe('site script ids', () => {
  it('round-trips a pattern through its script id', () => {
    const pattern = originPattern('https://www.example.org/world/')!;
    const id = siteScriptId(pattern);
    expect(id).toBe(`${SITE_SCRIPT_PREFIX}https://www.example.org/*`);
    expect(patternOfScriptId(id)).toBe(pattern);
  });

  it.each([
    'content',
    'crosscheck-site',
    'crosscheck:https://www.example.org/*',
    'other-site:https://www.example.org/*',
    ` ${SITE_SCRIPT_PREFIX}https://www.example.org/*`,
  ])('does not read a pattern out of the foreign script id %j', (id) => {
    expect(patternOfScriptId(id)).toBeNull();
  });

  it('gives distinct ids to distinct sites', () => {
    const a = siteScriptId('https://a.example/*');
    const b = siteScriptId('https://b.example/*');
    expect(a).not.toBe(b);
  });
});
