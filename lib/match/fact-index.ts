/**
 * Fast candidate lookup over the fact base. Each fact is indexed under the terms of its rarest
 * concept group (its "anchor"); a sentence looks up its words' first three letters, verifies the
 * anchor term, then the fact's other groups. Cost per sentence grows with the sentence and with the
 * number of facts sharing its rare words, not with the size of the base.
 */
import type { Actor, DateValue, Place, Quantity } from '../claims/types';
import type { Fact } from '../factbase/types';
import { contentTokens, normaliseTerm } from './tokens';

/** Stances whose values count as what the sources say. */
const SUPPORTING = new Set(['asserts', 'reports']);
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
  views: (readonly string[])[];
  /** All content tokens of the views. */
  tokens: Set<string>;
  /** Each view's distinct tokens and their summed IDF (filled in once the IDF table exists). */
  viewSets: { tokens: Set<string>; weight: number }[];
  quantities: SourcedValue<Quantity>[];
  dates: SourcedValue<DateValue>[];
  /** Non-country places the supporting quotes name. */
  places: SourcedValue<Place>[];
  persons: SourcedValue<Actor>[];
}

interface Posting {
  fact: number;
  /** The term with a leading space, as it appears in a `termText`. */
  padded: string;
}

export class FactIndex {
  readonly facts: IndexedFact[];
  /** Posting keys (first words of anchor terms) letter by letter: a word walks it until a miss. */
  private readonly trie: TrieNode = newNode();
  /** Each fact's concept groups as padded terms (" north korea"), for the all-groups check. */
  private readonly paddedGroups: string[][][];
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
    for (const f of this.facts) {
      f.viewSets = f.views.map((view) => {
        const tokens = new Set(view);
        let weight = 0;
        for (const t of tokens) weight += this.idf(t);
        return { tokens, weight };
      });
    }

    // How many facts list each term: a term many facts share makes a long posting list.
    const usage = new Map<string, number>();
    for (const f of this.facts) {
      for (const term of new Set(f.groups.flat())) usage.set(term, (usage.get(term) ?? 0) + 1);
    }
    this.facts.forEach((f, i) => {
      const anchor = chooseAnchor(f.groups, usage);
      for (const term of f.groups[anchor] ?? []) {
        const key = term.split(' ')[0] || term;
        if (key.length < MIN_TERM) continue;
        let node = this.trie;
        for (const ch of key) {
          let next = node.next.get(ch);
          if (!next) node.next.set(ch, (next = newNode()));
          node = next;
        }
        (node.postings ??= []).push({ fact: i, padded: ` ${term}` });
      }
    });
    this.paddedGroups = this.facts.map((f) => f.groups.map((g) => g.map((term) => ` ${term}`)));
  }

  idf(token: string): number {
    return this.idfTable.get(token) ?? this.defaultIdf;
  }

  /** Facts whose every concept group the sentence touches. `text` is the sentence's `termText`. */
  candidates(text: string): IndexedFact[] {
    const anchored = new Set<number>();
    const seen = new Set<TrieNode>();
    // Terms are word-start prefixes ("permi" for "permission"): walk every prefix of each word
    // through the trie, so only postings whose first word really starts the sentence word are
    // touched, and a word costs nothing past its first letter no key continues with.
    for (let start = 0; start < text.length; start++) {
      if (start > 0 && text[start - 1] !== ' ') continue;
      let node: TrieNode | undefined = this.trie;
      for (let i = start; i < text.length && text[i] !== ' '; i++) {
        node = node.next.get(text[i]!);
        if (!node) break;
        if (!node.postings || seen.has(node)) continue;
        seen.add(node);
        for (const p of node.postings) {
          if (!anchored.has(p.fact) && text.includes(p.padded)) anchored.add(p.fact);
        }
      }
    }
    const out: IndexedFact[] = [];
    for (const i of anchored) {
      if (this.paddedGroups[i]!.every((g) => g.some((term) => text.includes(term)))) {
        out.push(this.facts[i]!);
      }
    }
    return out;
  }
}

interface TrieNode {
  next: Map<string, TrieNode>;
  postings: Posting[] | null;
}

const newNode = (): TrieNode => ({ next: new Map(), postings: null });

/**
 * The group whose terms the fewest facts share: the most selective entry point, and the one that
 * keeps posting lists short. Linear in the base size (the usage counts are computed once).
 */
function chooseAnchor(groups: string[][], usage: ReadonlyMap<string, number>): number {
  let best = 0;
  let bestCost = Infinity;
  groups.forEach((g, gi) => {
    const cost = g.reduce((sum, term) => sum + (usage.get(term) ?? 0), 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = gi;
    }
  });
  return best;
}

function indexFact(fact: Fact): IndexedFact {
  const views = [fact.statement, ...fact.aliases, ...fact.sources.map((s) => s.quote)].map(
    contentTokens,
  );
  const supporting = fact.sources.filter((s) => SUPPORTING.has(s.stance) && s.conflict === null);
  const collect = <T>(pick: (s: (typeof supporting)[number]) => T[]): SourcedValue<T>[] =>
    supporting.flatMap((s) => pick(s).map((value) => ({ value, source: s.source })));
  return {
    fact,
    groups: fact.terms.map((g) => g.map(normaliseTerm).filter((t) => t.trim().length >= MIN_TERM)),
    views,
    tokens: new Set(views.flat()),
    viewSets: [],
    quantities: collect((s) => s.values.quantities),
    dates: collect((s) => s.values.dates),
    places: collect((s) => s.values.places.filter((p) => p.kind !== 'country')),
    persons: collect((s) => s.values.actors.filter((a) => a.kind === 'person')),
  };
}
