/** lib/facts-view/search.ts: Fuse.js search over the bundled base, table-driven. */
import { describe, expect, it } from 'vitest';
import { bundledFactBase } from '@/lib/factbase/bundled';
import { createFactSearch, normaliseQuery } from '@/lib/facts-view/search';
import table from '../../cases/facts-view-search.json';

interface Case {
  query: string;
  top: number;
  expect: string[];
  absent?: string[];
}

const CASES = (table as { cases: Case[] }).cases;
const base = bundledFactBase();
const search = createFactSearch(base);
const ids = new Set(base.facts.map((f) => f.id));

describe('facts-view-search.json', () => {
  it('has at least 12 queries, each naming facts that exist', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(12);
    for (const c of CASES) {
      for (const id of [...c.expect, ...(c.absent ?? [])])
        expect(ids, `${c.query}: ${id}`).toContain(id);
      expect(c.top).toBeGreaterThanOrEqual(c.expect.length);
    }
  });

  it.each(CASES.map((c) => [c.query, c] as const))('%j', (_query, c) => {
    const ranked = [...search.search(c.query)];
    const top = ranked.slice(0, c.top);
    for (const id of c.expect) expect(top, `ranked: ${ranked.join(', ')}`).toContain(id);
    if (c.expect.length === 0 && c.top === 0) expect(ranked).toEqual([]);
    for (const id of c.absent ?? []) expect(ranked).not.toContain(id);
  });
});

describe('createFactSearch', () => {
  it('finds the troop count for both phrasings the brief names', () => {
    expect([...search.search('North Korean soldiers')].slice(0, 3)).toContain(
      'north-korean-troop-count',
    );
    expect([...search.search('north korea troops')].slice(0, 3)).toContain(
      'north-korean-troop-count',
    );
    expect([...search.search('ATACMS range')][0]).toBe('atacms-range');
  });

  it('matches nothing for an empty or blank query', () => {
    expect(search.search('').size).toBe(0);
    expect(search.search('   \n ').size).toBe(0);
  });

  it('ignores case, diacritics and curly apostrophes', () => {
    const plain = [...search.search("russia's kursk region")];
    expect([...search.search('RUSSIA’S KÜRSK REGION')]).toEqual(plain);
  });

  it('narrows as words are added (every word must match)', () => {
    const one = search.search('Kursk');
    const two = search.search('Kursk incursion');
    expect(two.size).toBeGreaterThan(0);
    expect(two.size).toBeLessThan(one.size);
    for (const id of two) expect(one).toContain(id);
  });

  it('answers the same query the same way, and a caller cannot change the cache', () => {
    const a = search.search('escalation');
    a.clear();
    expect(search.search('escalation').size).toBeGreaterThan(0);
  });

  it('cuts very long queries instead of choking on them', () => {
    const long = 'North Korean troops '.repeat(100);
    expect(() => search.search(long)).not.toThrow();
  });
});

describe('normaliseQuery', () => {
  it('folds case, marks, apostrophes and spaces', () => {
    expect(normaliseQuery('  Zelénskyy’s\n  WORDS ')).toBe("zelenskyy's words");
  });
});
