import { describe, expect, it } from 'vitest';
import newsSites from '@/lib/sites/news-sites.json';
import { NEWS_SITE_MATCHES, isValidMatchPattern } from '@/lib/sites';

/** The sites the extension must run on (each with its subdomains). */
const DOMAINS = [
  'reuters.com',
  'apnews.com',
  'bbc.com',
  'bbc.co.uk',
  'nytimes.com',
  'washingtonpost.com',
  'theguardian.com',
  'cnn.com',
  'nbcnews.com',
  'abcnews.go.com',
  'cbsnews.com',
  'npr.org',
  'politico.com',
  'politico.eu',
  'axios.com',
  'thehill.com',
  'foxnews.com',
  'wsj.com',
  'bloomberg.com',
  'ft.com',
  'economist.com',
  'aljazeera.com',
  'dw.com',
  'france24.com',
  'euronews.com',
  'kyivindependent.com',
  'kyivpost.com',
  'pravda.com.ua',
  'ukrinform.net',
  'themoscowtimes.com',
  'khaleejtimes.com',
  'theatlantic.com',
  'newsweek.com',
  'usatoday.com',
  'latimes.com',
  'telegraph.co.uk',
  'independent.co.uk',
  'news.sky.com',
  'cnbc.com',
  'forbes.com',
  'businessinsider.com',
  'time.com',
  'voanews.com',
  'rferl.org',
  'atlanticcouncil.org',
  'nato.int',
  'defense.gov',
  'state.gov',
  'whitehouse.gov',
];

describe('news-sites.json', () => {
  it('is the list the extension exports', () => {
    expect(NEWS_SITE_MATCHES).toEqual(newsSites);
  });

  it('is sorted and has no duplicates', () => {
    expect(newsSites).toEqual([...new Set(newsSites)].sort());
  });

  it.each(newsSites)('%s is a valid match pattern', (pattern) => {
    expect(isValidMatchPattern(pattern)).toBe(true);
  });

  it('covers every domain and its subdomains, and nothing else', () => {
    const expected = DOMAINS.flatMap((d) => [`*://*.${d}/*`, `*://${d}/*`]).sort();
    expect(newsSites).toEqual(expected);
  });

  it('asks for no broad host access', () => {
    expect(newsSites.filter((p) => /^[^:]+:\/\/\*\//.test(p) || p === '<all_urls>')).toEqual([]);
  });
});

describe('isValidMatchPattern', () => {
  it.each([
    '<all_urls>',
    '*://*/*',
    '*://*.example.com/*',
    '*://example.com/*',
    'https://example.com/news/*',
    'http://localhost/*',
    'http://127.0.0.1/*',
    'http://localhost:8080/*',
    'file:///home/*',
    'wss://socket.example.com/',
    '*://xn--80ak6aa92e.com/*',
  ])('accepts %s', (p) => {
    expect(isValidMatchPattern(p)).toBe(true);
  });

  it.each([
    '',
    'example.com',
    '*.example.com/*',
    '*://example.com',
    'chrome://extensions/*',
    'javascript://x/*',
    '*://exa*mple.com/*',
    '*://*example.com/*',
    '*://www.*.example.com/*',
    '*://Example.com/*',
    '*://example..com/*',
    '*://-example.com/*',
    '*://example.com:99999/*',
    '*://example.com:/*',
    '*://[::1]/*',
    'file://host/*',
    ' *://example.com/*',
    '<all_urls>/*',
  ])('rejects %j', (p) => {
    expect(isValidMatchPattern(p)).toBe(false);
  });
});
