/**
 * Fast candidate lookup over the fact base. Each fact is indexed under the terms of its rarest
 * concept group (its "anchor"); a sentence looks up its words' first three letters, verifies the
 * anchor term, then the fact's other groups. Cost per sentence grows with the sentence and with the
 * number of facts sharing its rare words, not with the size of the base.
 */
import type { Actor, DateValue, Place, Quantity } from '../claims/types';
import type { Fact } from '../factbase/types';
import { contentTokens, normaliseTerm, termText } from './tokens';

/** Stances whose values count as what the sources say. */
const SUPPORTING = new Set(['asserts', 'reports']);
/** Letters of a word used as the lookup key; shorter terms ("km") are keyed by themselves. */
const KEY_LENGTH = 3;
/** Shortest usable term. */
const MIN_TERM = 2;

export interface SourcedValue<T> {
  value: T;
  source: string;
}

export interface IndexedFact {
  fact: Fact;
  /** Normalised terms by concept group. */
  groups: string[][];
  /** Content-token lists of the statement, each alias and each quote. */
  views: string[][];
  quantities: SourcedValue<Quantity>[];
  dates: SourcedValue<DateValue>[];
  /** Non-country places the supporting quotes name. */
  places: SourcedValue<Place>[];
  persons: SourcedValue<Actor>[];
}

interface Posting {
  fact: number;
  term: string;
}

const keyOf = (word: string) => word.slice(0, KEY_LENGTH);

export class FactIndex {
  readonly facts: IndexedFact[];
  private readonly postings = new Map<string, Posting[]>();
  private readonly idfTable = new Map<string, number>();
  private readonly defaultIdf: number;

  constructor(facts: Fact[]) {
    this.facts = facts.map(indexFact);
    // Document frequency over facts (one document = all views of a fact).
    const df = new Map<string, number>();
    for (const f of this.facts) {
      for (const t of new Set(f.views.flat())) df.set(t, (df.get(t) ?? 0) + 1);
    }
    const n = Math.max(1, this.facts.length);
    for (const [t, d] of df) this.idfTable.set(t, Math.log(1 + n / d));
    // A word no fact uses is as informative as the rarest known word.
    this.defaultIdf = Math.log(1 + n);

    const termTexts = this.facts.map((f) =>
      termText(f.views.flat().join(' ') + ' ' + f.fact.statement),
    );
    this.facts.forEach((f, i) => {
      const anchor = chooseAnchor(f.groups, termTexts, i);
      for (const term of f.groups[anchor] ?? []) {
        const key = keyOf(term.split(' ')[0] || term);
        let list = this.postings.get(key);
        if (!list) this.postings.set(key, (list = []));
        list.push({ fact: i, term });
      }
    });
  }

  idf(token: string): number {
    return this.idfTable.get(token) ?? this.defaultIdf;
  }

  /** Facts whose every concept group the sentence touches. `text` is the sentence's `termText`. */
  candidates(text: string): IndexedFact[] {
    const anchored = new Set<number>();
    const seenKeys = new Set<string>();
    for (const word of text.split(' ')) {
      if (word.length < MIN_TERM) continue;
      for (const key of word.length > MIN_TERM ? [keyOf(word), word.slice(0, MIN_TERM)] : [word]) {
        if (seenKeys.has(key)) continue;
        seenKeys.add(key);
        for (const p of this.postings.get(key) ?? []) {
          if (!anchored.has(p.fact) && text.includes(` ${p.term}`)) anchored.add(p.fact);
        }
      }
    }
    const out: IndexedFact[] = [];
    for (const i of anchored) {
      const f = this.facts[i]!;
      if (f.groups.every((g) => g.some((term) => text.includes(` ${term}`)))) out.push(f);
    }
    return out;
  }
}

/** The group whose terms appear in the fewest facts' texts: the most selective entry point. */
function chooseAnchor(groups: string[][], termTexts: string[], self: number): number {
  let best = 0;
  let bestDf = Infinity;
  groups.forEach((g, gi) => {
    let df = 0;
    termTexts.forEach((t, ti) => {
      if (ti !== self && g.some((term) => t.includes(` ${term}`))) df++;
    });
    if (df < bestDf) {
      bestDf = df;
      best = gi;
    }
  });
  return best;
}

function indexFact(fact: Fact): IndexedFact {
  const supporting = fact.sources.filter((s) => SUPPORTING.has(s.stance) && s.conflict === null);
  const collect = <T>(pick: (s: (typeof supporting)[number]) => T[]): SourcedValue<T>[] =>
    supporting.flatMap((s) => pick(s).map((value) => ({ value, source: s.source })));
  return {
    fact,
    groups: fact.terms.map((g) => g.map(normaliseTerm).filter((t) => t.trim().length >= MIN_TERM)),
    views: [fact.statement, ...fact.aliases, ...fact.sources.map((s) => s.quote)].map(
      contentTokens,
    ),
    quantities: collect((s) => s.values.quantities),
    dates: collect((s) => s.values.dates),
    places: collect((s) => s.values.places.filter((p) => p.kind !== 'country')),
    persons: collect((s) => s.values.actors.filter((a) => a.kind === 'person')),
  };
}
