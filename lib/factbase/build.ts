/**
 * Build the fact base: run the claim extractor over every curated quote, then compute each fact's
 * cross-source status from those values. Nothing about a value or a status is typed in by hand.
 */
import { datesCompatible, describeDate } from '../claims/dates';
import { extractClaim } from '../claims/extract';
import { COUNTRY_LABELS, misplaced } from '../claims/places';
import { comparable, compatible, describeQuantity } from '../claims/quantities';
import { drain, type Steps } from '../util/steps';
import {
  SUPPORTING_STANCES,
  type CuratedFact,
  type Dispute,
  type Fact,
  type FactBase,
  type FactSource,
  type FactStatus,
  type PlainFactConflict,
  type QuoteValues,
  type SourceMeta,
} from './types';

/** Stances that put a fact forward (as opposed to questioning or denying it). */

export function quoteValues(quote: string, reference: string | null): QuoteValues {
  const c = extractClaim(quote, { reference });
  return {
    quantities: c.quantities,
    dates: c.dates,
    places: [...c.places],
    actors: c.actors,
    negated: c.negated,
    modality: c.modality,
  };
}

function plainFactConflict(values: QuoteValues): string | null {
  const wrong = values.places.find(misplaced);
  if (!wrong) return null;
  const stated = COUNTRY_LABELS[wrong.statedCountry!] ?? wrong.statedCountry;
  const actual = COUNTRY_LABELS[wrong.country] ?? wrong.country;
  return `places ${wrong.name} in ${stated}; ${wrong.name} is in ${actual}`;
}

/** Pairs of entries from different sources, each pair once. */
function* crossSourcePairs(entries: FactSource[]): Generator<[FactSource, FactSource]> {
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      if (entries[i]!.source !== entries[j]!.source) yield [entries[i]!, entries[j]!];
    }
  }
}

interface PairConflict {
  kind: Dispute['kind'];
  a: { value: string; source: string };
  b: { value: string; source: string };
  /** `b` doubts what `a` states, rather than denying it. */
  doubt?: boolean;
}

/** Incompatible value pairs between entries of different sources. */
function pairConflicts(fact: CuratedFact, entries: FactSource[]): PairConflict[] {
  const out: PairConflict[] = [];
  for (const [a, b] of crossSourcePairs(entries)) {
    // One source denies, or openly doubts, what another puts forward: a reader told "the shift was
    // a response to North Korea" should know that one of the sources does not believe it.
    const against = (s: FactSource) => s.stance === 'denies' || s.stance === 'doubts';
    const denial =
      (against(a) && SUPPORTING_STANCES.has(b.stance)) ||
      (against(b) && SUPPORTING_STANCES.has(a.stance));
    if (denial) {
      const [pro, con] = against(a) ? [b, a] : [a, b];
      out.push({
        kind: 'polarity',
        a: { value: `"${pro.quote}"`, source: pro.source },
        b: { value: `"${con.quote}"`, source: con.source },
        ...(con.stance === 'doubts' ? { doubt: true } : {}),
      });
    }
    if (fact.slots.includes('quantity')) {
      for (const qa of a.values.quantities) {
        for (const qb of b.values.quantities) {
          if (comparable(qa, qb) && !compatible(qa, qb)) {
            out.push({
              kind: 'numeric',
              a: { value: describeQuantity(qa), source: a.source },
              b: { value: describeQuantity(qb), source: b.source },
            });
          }
        }
      }
    }
    if (fact.slots.includes('date')) {
      for (const da of a.values.dates) {
        for (const db of b.values.dates) {
          if (da.precision === db.precision && !datesCompatible(da, db)) {
            out.push({
              kind: 'date',
              a: { value: describeDate(da), source: a.source },
              b: { value: describeDate(db), source: b.source },
            });
          }
        }
      }
    }
  }
  return out;
}

/** Group pairwise conflicts into disputes with two sides: "about 8,000 (000, 001) vs more than 10,000 (002, 003, 004)". */
function findDisputes(fact: CuratedFact, entries: FactSource[]): Dispute[] {
  const groups = new Map<string, Dispute>();
  for (const c of pairConflicts(fact, entries)) {
    // Order the two values so that (x vs y) and (y vs x) fall in one group.
    const [first, second] =
      c.a.value <= c.b.value || c.kind === 'polarity' ? [c.a, c.b] : [c.b, c.a];
    const key = `${c.kind}|${first.value}|${second.value}`;
    let d = groups.get(key);
    if (!d) {
      d = {
        kind: c.kind,
        sides: [
          { value: first.value, sources: [] },
          { value: second.value, sources: [] },
        ],
        reason: '',
        ...(c.doubt ? { doubt: true } : {}),
      };
      groups.set(key, d);
    }
    if (!d.sides[0].sources.includes(first.source)) d.sides[0].sources.push(first.source);
    if (!d.sides[1].sources.includes(second.source)) d.sides[1].sources.push(second.source);
  }
  const short = (ids: string[]) =>
    ids
      .map((id) => id.slice(0, 3))
      .sort()
      .join(', ');
  return [...groups.values()].map((d) => ({
    ...d,
    reason:
      d.kind === 'polarity'
        ? `${short(d.sides[0].sources)} state${d.sides[0].sources.length === 1 ? 's' : ''} it; ${short(d.sides[1].sources)} ${d.doubt ? 'doubt' : 'say'}${d.sides[1].sources.length === 1 ? 's' : ''} ${d.doubt ? 'it' : 'otherwise'}`
        : `${d.sides[0].value} (${short(d.sides[0].sources)}) vs ${d.sides[1].value} (${short(d.sides[1].sources)})`,
  }));
}

export function buildFact(fact: CuratedFact, published: ReadonlyMap<string, string | null>): Fact {
  const sources: FactSource[] = fact.sources.map((q) => {
    const values = quoteValues(q.quote, published.get(q.source) ?? null);
    return { ...q, values, conflict: plainFactConflict(values) };
  });
  const conflicts: PlainFactConflict[] = sources
    .filter((s) => s.conflict !== null)
    .map((s) => ({ source: s.source, quote: s.quote, reason: s.conflict! }));
  // A quote that contradicts plain fact is shown, but does not make the fact "disputed".
  const counted = sources.filter((s) => s.conflict === null);
  const disputes = findDisputes(fact, counted);
  const distinct = new Set(counted.filter((s) => s.stance !== 'doubts').map((s) => s.source));
  const status: FactStatus =
    disputes.length > 0 ? 'disputed' : distinct.size >= 2 ? 'consensus' : 'single-source';
  const supporting = counted.filter((s) => SUPPORTING_STANCES.has(s.stance));
  const negatedVotes = supporting.filter((s) => s.values.negated).length;
  return {
    id: fact.id,
    statement: fact.statement,
    topic: fact.topic,
    slots: fact.slots,
    terms: fact.terms,
    ...(fact.contrary ? { contrary: fact.contrary } : {}),
    aliases: fact.aliases,
    status,
    negated: supporting.length > 0 && negatedVotes * 2 > supporting.length,
    sources,
    disputes,
    conflicts,
  };
}

/** Build fact by fact, pausing after each (a fact's quotes take a few milliseconds cold). */
export function* buildFactBaseSteps(sources: SourceMeta[], facts: CuratedFact[]): Steps<FactBase> {
  const published = new Map(sources.map((s) => [s.id, s.published]));
  const built: Fact[] = [];
  for (const f of facts) {
    built.push(buildFact(f, published));
    yield;
  }
  return { sources, facts: built };
}

export function buildFactBase(sources: SourceMeta[], facts: CuratedFact[]): FactBase {
  return drain(buildFactBaseSteps(sources, facts));
}
