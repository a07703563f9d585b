/** lib/notes/url.ts: one key per story, table-driven. */
import { describe, expect, it } from 'vitest';
import { normalizeHost, normalizeUrl, siteOf } from '@/lib/notes/url';
import table from '../../cases/notes-urls.json';

interface Case {
  name: string;
  url: string;
  canonical?: string | null;
  expect: string;
}

const CASES = (table as { cases: Case[] }).cases;

describe('notes-urls.json', () => {
  it('has at least 30 cases with distinct names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(normalizeUrl(c.url, c.canonical)).toBe(c.expect);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('is idempotent: %s', (_name, c) => {
    expect(normalizeUrl(c.expect)).toBe(c.expect);
  });
});

describe('siteOf / normalizeHost', () => {
  it('finds the registrable domain', () => {
    expect(siteOf('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('edition.cnn.com')).toBe('cnn.com');
    expect(siteOf('www.pravda.com.ua')).toBe('pravda.com.ua');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
  });

  it('strips variant prefixes only from subdomains', () => {
    expect(normalizeHost('WWW.M.Reuters.com.')).toBe('reuters.com');
    expect(normalizeHost('www.co.uk')).toBe('www.co.uk');
    expect(normalizeHost('localhost')).toBe('localhost');
  });
});
