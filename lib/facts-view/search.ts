/**
 * Search over the fact base for the facts view: Fuse.js token search (typo-tolerant, every word of
 * the query must match somewhere in the fact) over statements, aliases, quotes and topics. Pure; the
 * index is built once per base.
 */
import Fuse from 'fuse.js';
import type { FactBase } from '../factbase/types';

export interface FactSearch {
  /**
   * Ids of the facts that match `query`, best first (a Set keeps insertion order). An empty query
   * matches nothing; callers show everything when there is no query.
   */
  search(query: string): Set<string>;
}

interface SearchDoc {
  id: string;
  statement: string;
  aliases: string[];
  quotes: string[];
  topic: string;
  /** Everything above, normalised, for literal matches. */
  text: string;
}

/** Fuse's per-word fuzziness (0 exact … 1 anything). 0.35 lets "atcams" find "ATACMS". */
const THRESHOLD = 0.35;
/** Results scoring at most this are always kept… */
const KEEP_SCORE = 0.5;
/** …and so are those within this of the best result, so a typo-only query still finds its fact. */
const KEEP_MARGIN = 0.2;
/** Longest query we search with (a pasted paragraph is cut). */
const MAX_QUERY = 200;

/** Lower case, no diacritics, straight apostrophes, single spaces. */
export function normaliseQuery(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’ʼ]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function createFactSearch(base: FactBase): FactSearch {
  const docs: SearchDoc[] = base.facts.map((f) => {
    const quotes = f.sources.map((s) => s.quote);
    return {
      id: f.id,
      statement: f.statement,
      aliases: f.aliases,
      quotes,
      topic: f.topic.replace(/-/g, ' '),
      text: normaliseQuery([f.statement, ...f.aliases, ...quotes, f.topic].join('\n')),
    };
  });
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'statement', weight: 2 },
      { name: 'aliases', weight: 1.5 },
      { name: 'quotes', weight: 1 },
      { name: 'topic', weight: 0.5 },
    ],
    useTokenSearch: true,
    tokenMatch: 'all',
    ignoreLocation: true,
    ignoreDiacritics: true,
    includeScore: true,
    threshold: THRESHOLD,
  });
  const cache = new Map<string, Set<string>>();

  return {
    search(query: string): Set<string> {
      const q = normaliseQuery(query).slice(0, MAX_QUERY);
      if (!q) return new Set();
      const cached = cache.get(q);
      if (cached) return new Set(cached);
      const words = q.split(' ');
      const literal = (d: SearchDoc) => words.every((w) => d.text.includes(w));
      const results = fuse.search(q);
      const best = results[0]?.score ?? 0;
      const cutoff = Math.max(KEEP_SCORE, best + KEEP_MARGIN);
      const out = new Set<string>();
      for (const r of results) {
        if ((r.score ?? 1) <= cutoff || literal(r.item)) out.add(r.item.id);
      }
      for (const d of docs) if (!out.has(d.id) && literal(d)) out.add(d.id);
      if (cache.size > 200) cache.clear();
      cache.set(q, out);
      return new Set(out);
    },
  };
}
