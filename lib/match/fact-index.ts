/**
 * Fast candidate lookup over the fact base. Each fact is indexed under the terms of its rarest
 * concept group (its "anchor"); a sentence looks up its words' first three letters, verifies the
 * anchor term, then the fact's other groups. Cost per sentence grows with the sentence and with the
 * number of facts sharing its rare words, not with the size of the base.
 */
import { extractActors } from '../claims/actors';
import { weaponOrigins } from '../claims/origin';
import type { Actor, DateValue, Place, Quantity } from '../claims/types';
import { SUPPORTING_STANCES, type Fact } from '../factbase/types';
import { contentTokens, normaliseTerm, PLACE_MARKER, REGION_MARKER } from './tokens';
import { gated } from '../util/regex-gate';

/** Stances whose values count as what the sources say. */
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
  /** Normalised terms that say the opposite of the sources (see `CuratedFact.contrary`). */
  contrary: string[];
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
  /** Groups the supporting quotes name ("some congressional Republicans"). */
  actorGroups: SourcedValue<Actor>[];
  /** Most supporting quotes say what may or will happen, not what did. */
  prospective: boolean;
  /** Every actor (person, country, body) the supporting quotes, the statement or an alias name. */
  actors: Set<string>;
  /** Whose weapons the fact is about, where its texts say ("US-supplied", "British"). */
  origins: Set<string>;
}

/** One distinct concept-group term of the base. */
interface Term {
  /** With a leading space, as it appears in a `termText` (" north korea", " permi", " us "). */
  padded: string;
  /** Reaching its first word in the trie proves it present (a one-word prefix term). */
  sure: boolean;
  /**
   * Where its first telling word (its key in the trie) starts in `padded`: a phrase is present
   * where the key is found only if the whole phrase is written around it there.
   */
  keyAt: number;
  /**
   * One character of `padded` outside its key word, and where it is: the next word's first letter
   * where the phrase goes on, else the space after or before the key. It is compared before the
   * whole phrase, since most phrases that share a key word differ there ("first strike", "first
   * time").
   */
  probeAt: number;
  probeCode: number;
  /** Facts anchored on this term (see `chooseAnchor`). */
  anchors: number[];
}

export class FactIndex {
  readonly facts: IndexedFact[];
  /**
   * Every term's first telling word, letter by letter: a sentence word walks it until a miss. Built
   * as nodes with maps, then flattened (`flattenTrie`): a table lookup per letter, not a map's.
   */
  private readonly trie: FlatTrie;
  private readonly terms: Term[] = [];
  /** Each fact's concept groups as term ids, rarest group first. */
  private readonly groupIds: number[][][];
  /** Each fact's group of people ("troop", "soldier"), or -1 (see `candidatesInContext`). */
  private readonly peopleGroup: number[];
  /** Whether a fact's people group names them only with whose they are ("korean troops"). */
  private readonly whosePeople: boolean[];
  /** Each fact's group of places (one with a place marker, "@region"), or -1. */
  private readonly placeGroup: number[];
  /** Per term id, whether the sentence being read has it (reset after each sentence). */
  private readonly present: Uint8Array;
  private readonly idfTable = new Map<string, number>();
  private readonly defaultIdf: number;
  /** The latest texts' terms and candidates (see `lookUp`), cleared whole at RECENT_TEXTS. */
  private readonly recent = new Map<string, LookedUp>();
  /** Each fact's position in `facts` (and in `groupIds`). */
  private readonly position = new Map<IndexedFact, number>();

  /**
   * `prepared`: what `prepareFacts` computed for these same facts ahead of time (the extension
   * build ships it, so a service worker that starts cold does not tokenise every quote again).
   * It is used only if it lists exactly these facts, in order; otherwise it is computed here.
   */
  constructor(facts: readonly Fact[], prepared?: readonly PreparedFact[]) {
    const ready = prepared && preparedFor(facts, prepared) ? prepared : facts.map(prepareFact);
    this.facts = facts.map((f, i) => indexFact(f, ready[i]!));
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
    const ids = new Map<string, number>();
    const root = newNode();
    const idOf = (term: string): number => {
      let id = ids.get(term);
      if (id === undefined) {
        id = this.terms.length;
        ids.set(term, id);
        const words = term.split(' ');
        const first = words[0] || term;
        // A phrase is looked up by its first telling word ("the reports" by "reports"): a word
        // as common as "the" would send every sentence to check every phrase that starts with it.
        const keyWord = words.findIndex((w) => w.length > 0 && !KEY_SKIP.has(w));
        const key = keyWord >= 0 ? words[keyWord]! : first;
        const keyAt =
          keyWord >= 0 ? 1 + words.slice(0, keyWord).reduce((n, w) => n + w.length + 1, 0) : 1;
        const padded = ` ${term}`;
        const after = keyAt + key.length;
        const probeAt =
          after + 1 < padded.length ? after + 1 : after < padded.length ? after : keyAt - 1;
        this.terms.push({
          padded,
          sure: first === term,
          keyAt,
          probeAt,
          probeCode: padded.charCodeAt(probeAt),
          anchors: [],
        });
        let node = root;
        for (let i = 0; i < key.length; i++) {
          const code = key.charCodeAt(i);
          let next = node.next.get(code);
          if (!next) node.next.set(code, (next = newNode()));
          node = next;
        }
        (node.terms ??= []).push(id);
      }
      return id;
    };
    this.groupIds = this.facts.map((f) => f.groups.map((g) => g.map(idOf)));
    this.facts.forEach((f, i) => this.position.set(f, i));
    this.peopleGroup = this.facts.map((f) =>
      f.groups.findIndex((g) => g.some((t) => PEOPLE_TERM.test(t) || WHOSE_PEOPLE_TERM.test(t))),
    );
    this.whosePeople = this.facts.map(
      (f) => !f.groups.some((g) => g.some((t) => PEOPLE_TERM.test(t))),
    );
    this.placeGroup = this.facts.map((f) =>
      f.groups.findIndex((g) => g.some((t) => t === PLACE_MARKER || t === REGION_MARKER)),
    );
    this.trie = flattenTrie(root);
    this.facts.forEach((f, i) => {
      const anchor = chooseAnchor(f.groups, usage);
      for (const term of f.groups[anchor] ?? []) {
        // A term whose first word is shorter than MIN_TERM never anchors a fact.
        if ((term.split(' ')[0] || term).length < MIN_TERM) continue;
        this.terms[ids.get(term)!]!.anchors.push(i);
      }
    });
    this.present = new Uint8Array(this.terms.length);
  }

  idf(token: string): number {
    return this.idfTable.get(token) ?? this.defaultIdf;
  }

  /**
   * Facts whose every concept group the sentence touches. `text` is the sentence's `termText`. A
   * sentence and its clauses are looked up again as it is judged, so the latest answers are
   * remembered (shared: do not modify the array).
   */
  candidates(text: string): readonly IndexedFact[] {
    return this.lookUp(text).candidates;
  }

  /**
   * How many terms `text` (a `termText`) uses beyond one in each of the fact's concept groups
   * ("hold, lose and retreat" in a sentence about holding ground: 2). The sentence's terms are
   * found once, when its candidates are looked up, for all of them.
   */
  extraTerms(text: string, f: IndexedFact): number {
    const looked = this.lookUp(text);
    const used = (looked.usedSet ??= new Set(looked.used));
    let extra = 0;
    for (const g of this.groupIds[this.position.get(f) ?? -1] ?? []) {
      let n = 0;
      for (const id of g) if (used.has(id)) n++;
      if (n > 1) extra += n - 1;
    }
    return extra;
  }

  /** The terms `text` uses and its candidates (see `candidates`), remembered for the latest texts. */
  private lookUp(text: string): LookedUp {
    let looked = this.recent.get(text);
    if (looked === undefined) {
      if (this.recent.size >= RECENT_TEXTS) this.recent.clear();
      const used: number[] = [];
      this.mark(text, OWN, used);
      const present = this.present;
      const candidates: IndexedFact[] = [];
      for (const i of this.anchored(used)) {
        if (touchesEveryGroup(this.groupIds[i]!, present)) candidates.push(this.facts[i]!);
      }
      for (const id of used) present[id] = 0;
      looked = { used, candidates, usedSet: null };
      this.recent.set(text, looked);
    }
    return looked;
  }

  /** Facts anchored by any of the terms found. */
  private anchored(found: number[]): Set<number> {
    const anchored = new Set<number>();
    for (const id of found) for (const f of this.terms[id]!.anchors) anchored.add(f);
    return anchored;
  }

  /**
   * Facts a sentence that refers back ("Most of them have ended up in Kursk") speaks to with the
   * sentence before it (`context`, a `termText` too): the sentence itself touches every concept
   * group but one, and the sentence before touches that one — who "them" are, not what they did.
   * `counted`: the sentence counts those it refers back to ("put their number above 10,000", see
   * `countsBack`); then a fact with a figure to compare may take all its groups from the sentence
   * before. `borrows`: which group a fact may take from the sentence before (then only one may be).
   * `group`: the sentence refers back to a group of people ("their presence", "most of them"),
   * who stand for two groups at once, whose people and that they are people ("North Korean
   * troops"): a fact may take its people group and one other from the sentence before.
   * `event`: the sentence refers back to an event by a definite noun ("The strike took place on
   * Tuesday"): a fact with three groups or more may take two of them from the sentence before.
   */
  candidatesInContext(
    text: string,
    context: string,
    counted = false,
    borrows?: (f: IndexedFact, group: readonly string[]) => boolean,
    group = false,
    event = false,
    placeBack = false,
  ): IndexedFact[] {
    const found: number[] = [];
    this.mark(text, OWN, found);
    if (found.length === 0 && !counted) return [];
    this.mark(context, CONTEXT, found);
    const present = this.present;
    const out: IndexedFact[] = [];
    for (const i of this.anchored(found)) {
      const groups = this.groupIds[i]!;
      if (groups.length < 2) continue;
      let fromContext = 0;
      let borrowed = -1;
      let people = false;
      let place = false;
      let untouched = false;
      for (let gi = 0; gi < groups.length; gi++) {
        const g = groups[gi]!;
        let own = false;
        let ctx = false;
        for (let k = 0; k < g.length && !own; k++) {
          const bits = present[g[k]!]!;
          own = (bits & OWN) !== 0;
          ctx ||= (bits & CONTEXT) !== 0;
        }
        if (own) continue;
        if (ctx) {
          fromContext++;
          borrowed = gi;
          people ||= this.peopleGroup[i] === gi;
          place ||= this.placeGroup[i] === gi;
        } else untouched = true;
      }
      if (
        !untouched &&
        (!borrows ||
          (fromContext === 1 && borrows(this.facts[i]!, this.facts[i]!.groups[borrowed]!))) &&
        (fromContext === 1 ||
          (group &&
            !borrows &&
            people &&
            fromContext === 2 &&
            groups.length > 2 &&
            // "them" stands for a group that says whose troops they are only with the place the
            // sentence names by "there": "clashed with them there" (not "shot down most of them").
            (!this.whosePeople[i] || (placeBack && place))) ||
          (event && !borrows && fromContext === 2 && groups.length > 2) ||
          (counted &&
            fromContext === groups.length &&
            this.facts[i]!.fact.slots.includes('quantity')))
      )
        out.push(this.facts[i]!);
    }
    for (const id of found) present[id] = 0;
    return out;
  }

  /** Marks (with `bit`) the terms `text` uses in `present`, adding newly marked ids to `found`. */
  private mark(text: string, bit: number, found: number[]): void {
    // Terms are word-start prefixes ("permi" for "permission"): walk every prefix of each word
    // through the trie of first words, so only terms whose first word really starts a sentence
    // word are looked at, and a word costs nothing past its first letter no term continues with.
    const present = this.present;
    const { classOf, width, next, terms } = this.trie;
    const SPACE = 32;
    for (let start = 0; start < text.length; start++) {
      if (start > 0 && text.charCodeAt(start - 1) !== SPACE) continue;
      let node = 0;
      for (let i = start; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === SPACE) break;
        const letter = classOf[code]!;
        if (letter === 0) break;
        node = next[node * width + letter]!;
        if (node === 0) break;
        const ids = terms[node]!;
        if (ids === null) continue;
        for (let k = 0; k < ids.length; k++) {
          const id = ids[k]!;
          const was = present[id]!;
          if (was & bit) continue;
          const term = this.terms[id]!;
          // The phrase around the word found, not anywhere in the text: the same terms (wherever
          // a phrase is written, its key word is visited), at a phrase's length, not the text's.
          const at = start - term.keyAt;
          if (
            term.sure ||
            (text.charCodeAt(at + term.probeAt) === term.probeCode &&
              text.startsWith(term.padded, at))
          ) {
            present[id] = was | bit;
            if (was === 0) found.push(id);
          }
        }
      }
    }
  }
}

/** A concept group's term that names people themselves: "troop", "soldiers" (one word). */
export const PEOPLE_TERM = gated(/^(?:troop|soldier)s?\s*$/);

/**
 * A term that names people and whose they are at once ("korean troops"): a fact whose people group
 * says both lends both to "Ukraine says its forces have clashed with them there".
 */
const WHOSE_PEOPLE_TERM = gated(/\s(?:troop|soldier)s?\s*$/);

/** Bits of `present`: a term the sentence itself uses, or one the sentence before it uses. */
const OWN = 1;
const CONTEXT = 2;

/** How many texts' terms and candidates a fact index remembers (a page's sentences and clauses). */
const RECENT_TEXTS = 256;

/** A text's term ids (as a set once asked for) and its candidate facts. */
interface LookedUp {
  used: number[];
  usedSet: Set<number> | null;
  candidates: readonly IndexedFact[];
}

/** Does the sentence (its terms marked in `present`) touch every concept group? */
function touchesEveryGroup(groups: number[][], present: Uint8Array): boolean {
  for (const g of groups) {
    let touched = false;
    for (let k = 0; k < g.length && !touched; k++) touched = (present[g[k]!]! & OWN) !== 0;
    if (!touched) return false;
  }
  return true;
}

/** Words too common to look a phrase up by (the phrase is still checked whole). */
const KEY_SKIP = new Set([
  'a',
  'an',
  'the',
  'in',
  'of',
  'to',
  'for',
  'on',
  'at',
  'by',
  'with',
  'as',
  'so',
  'no',
  'not',
  'and',
  'or',
  'his',
  'her',
  'its',
  'their',
  'this',
  'that',
  'those',
  'these',
  'is',
  'was',
  'be',
]);

interface TrieNode {
  /** Children by UTF-16 code unit. */
  next: Map<number, TrieNode>;
  /** Ids of the terms whose first word ends here. */
  terms: number[] | null;
}

const newNode = (): TrieNode => ({ next: new Map(), terms: null });

/**
 * The trie as tables: node 0 is the root; `next[node * width + classOf[code]]` is the child for a
 * UTF-16 code unit, 0 for none (the root is nobody's child). `classOf` numbers the code units the
 * terms use from 1; any other is 0, a miss.
 */
interface FlatTrie {
  classOf: Uint8Array;
  width: number;
  next: Uint32Array;
  terms: (number[] | null)[];
}

function flattenTrie(root: TrieNode): FlatTrie {
  const nodes: TrieNode[] = [];
  const number = new Map<TrieNode, number>();
  const codes = new Set<number>();
  const visit = (node: TrieNode) => {
    number.set(node, nodes.length);
    nodes.push(node);
    for (const [code, child] of node.next) {
      codes.add(code);
      visit(child);
    }
  };
  visit(root);
  // Past 255 letters a class would not fit a byte; terms are lower-case words, far from that.
  if (codes.size > 255) throw new Error('the terms use more than 255 distinct characters');
  const classOf = new Uint8Array(0x10000);
  [...codes].forEach((code, i) => (classOf[code] = i + 1));
  const width = codes.size + 1;
  const next = new Uint32Array(nodes.length * width);
  nodes.forEach((node, n) => {
    for (const [code, child] of node.next) next[n * width + classOf[code]!] = number.get(child)!;
  });
  return { classOf, width, next, terms: nodes.map((node) => node.terms) };
}

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

/**
 * What indexing a fact computes from its texts (tokens, normalised terms, actors, weapon origins):
 * plain data, the same for the same fact, so a build can compute it once and ship it.
 */
export interface PreparedFact {
  id: string;
  groups: string[][];
  contrary: string[];
  /** Content tokens of the statement, each alias and each quote, in that order. */
  views: string[][];
  actors: string[];
  origins: string[];
}

export function prepareFacts(facts: readonly Fact[]): PreparedFact[] {
  return facts.map(prepareFact);
}

/** Whether `prepared` was made for exactly `facts` (same ids, same number of texts, in order). */
function preparedFor(facts: readonly Fact[], prepared: readonly PreparedFact[]): boolean {
  return (
    prepared.length === facts.length &&
    facts.every(
      (f, i) =>
        prepared[i]!.id === f.id &&
        prepared[i]!.views.length === 1 + f.aliases.length + f.sources.length &&
        prepared[i]!.groups.length === f.terms.length,
    )
  );
}

function supportingQuotes(fact: Fact): Fact['sources'] {
  return fact.sources.filter((s) => SUPPORTING_STANCES.has(s.stance) && s.conflict === null);
}

function prepareFact(fact: Fact): PreparedFact {
  const supporting = supportingQuotes(fact);
  return {
    id: fact.id,
    groups: fact.terms.map((g) => g.map(normaliseTerm).filter((t) => t.trim().length >= MIN_TERM)),
    contrary: (fact.contrary ?? []).map(normaliseTerm),
    views: [fact.statement, ...fact.aliases, ...fact.sources.map((s) => s.quote)].map((t) => [
      ...contentTokens(t),
    ]),
    // The statement and aliases name the event's actors too, where a quote leaves one implied.
    actors: [
      ...new Set([
        ...supporting.flatMap((s) => s.values.actors.map((a) => a.id)),
        ...[fact.statement, ...fact.aliases].flatMap((t) => extractActors(t).map((a) => a.id)),
      ]),
    ],
    origins: [
      ...weaponOrigins(
        [fact.statement, ...fact.aliases, ...supporting.map((s) => s.quote)].join(' \n '),
      ),
    ],
  };
}

function indexFact(fact: Fact, prepared: PreparedFact): IndexedFact {
  const supporting = supportingQuotes(fact);
  const collect = <T>(pick: (s: (typeof supporting)[number]) => T[]): SourcedValue<T>[] =>
    supporting.flatMap((s) => pick(s).map((value) => ({ value, source: s.source })));
  return {
    fact,
    groups: prepared.groups,
    contrary: prepared.contrary,
    views: prepared.views,
    tokens: new Set(prepared.views.flat()),
    viewSets: [],
    quantities: collect((s) => s.values.quantities),
    dates: collect((s) => s.values.dates),
    places: collect((s) => s.values.places.filter((p) => p.kind !== 'country')),
    persons: collect((s) => s.values.actors.filter((a) => a.kind === 'person')),
    actorGroups: collect((s) => s.values.actors.filter((a) => a.kind === 'group')),
    actors: new Set(prepared.actors),
    origins: new Set(prepared.origins),
    prospective:
      supporting.length > 0 &&
      supporting.filter((s) => s.values.modality === 'possible' || s.values.modality === 'planned')
        .length *
        2 >
        supporting.length,
  };
}
