/**
 * Typed slot comparison between a page claim and a fact (GUIDE §2): numbers within their hedges,
 * dates as intervals, places and actors by identity, polarity. Each comparison says whether the
 * claim agrees, conflicts, or does not speak to that slot, with a one-line human reason.
 */
import { extractActors } from '../claims/actors';
import {
  dateIsComparable,
  datesCompatible,
  describeDate,
  extractDates,
  iso,
  parseIso,
} from '../claims/dates';
import { COUNTRY_LABELS, misplaced, namesCountry } from '../claims/places';
import { comparable, compatible, describeQuantity } from '../claims/quantities';
import type { Actor, Claim, DateValue, Quantity } from '../claims/types';
import type { IndexedFact, SourcedValue } from './fact-index';
import { normaliseTerm } from './tokens';
import { rememberRecent } from '../util/recent';
import { gated } from '../util/regex-gate';

/** 'other': the sentence speaks of another event (another person's reaction), which the fact neither
 * supports nor contradicts. */
export type SlotOutcome = 'agree' | 'conflict' | 'other';
export type VerdictKind = 'numeric' | 'date' | 'place' | 'actor' | 'polarity' | 'scope' | 'event';

export interface SlotComparison {
  kind: VerdictKind;
  outcome: SlotOutcome;
  reason: string;
}

/** A source's short id in a reason: "000" for "000_38147e0aa8aa1475". */
const short = (id: string) => id.slice(0, 3);

/** A phrase of the article quoted in a reason: at most 60 characters, cut at a word. */
function quoted(phrase: string): string {
  const text = phrase.replace(/\s+/g, ' ').trim();
  if (text.length <= 60) return text;
  const cut = text.slice(0, 60);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "up to 306 km (3 sources)" — each distinct value with how many sources give it. */
export function summarise<T>(values: SourcedValue<T>[], describe: (v: T) => string): string {
  const byValue = new Map<string, Set<string>>();
  for (const v of values) {
    const d = describe(v.value);
    if (!byValue.has(d)) byValue.set(d, new Set());
    byValue.get(d)!.add(v.source);
  }
  return [...byValue].map(([d, sources]) => `${d} (${plural(sources.size, 'source')})`).join('; ');
}

/** Weapons other than ATACMS that news measures against it, by name. */
const OTHER_WEAPON = gated(
  /\b(?:precision strike missiles?|prsm|taurus|storm shadows?|scalp|tomahawks?|jassm(?:-er)?|gmlrs|himars\s+rockets?|neptunes?|palianytsia|oreshnik|iskanders?|kinzhals?|kn-23|hwasong(?:-\d+)?)\b/gi,
);
/** ATACMS itself, not what replaces it ("ATACMS's successor"). */
const ATACMS = gated(/\batacms\b(?!['’]s?\s+(?:successor|replacement)\b)/i);
/**
 * An aside set off by commas that describes the word before it: "ATACMS, fired from the same
 * launchers that shoot GMLRS rockets, can reach …", "the Precision Strike Missile, meant to
 * replace ATACMS, is designed to …". A weapon it names is not the sentence's subject.
 */
const DESCRIBING_ASIDE = gated(
  /,\s*(?:which|that|fired|launched|made|built|used|carried|designed|meant|intended|developed|produced|supplied|known)\b[^,;]*,/gi,
);

/**
 * A length told of another weapon named just before it: "the Precision Strike Missile, which can
 * fly beyond 400 km", "Taurus, which at some 500km outranges ATACMS". Not the fact's weapon's
 * figure, unless the fact is about that weapon, or ATACMS comes between. Weapons named in an aside
 * before the figure (`DESCRIBING_ASIDE`) count for neither.
 */
function otherWeaponsFigure(text: string, q: Quantity, f: IndexedFact): boolean {
  if (q.dimension !== 'length') return false;
  const before = text.slice(0, q.start).replace(DESCRIBING_ASIDE, (m) => ' '.repeat(m.length));
  const named = [...before.matchAll(OTHER_WEAPON)].at(-1);
  if (!named || ATACMS.test(before.slice(named.index + named[0].length))) return false;
  const weapon = named[0].toLowerCase().replace(/s$/, '');
  return !f.groups.some((g) => g.some((t) => t.startsWith(weapon) || weapon.startsWith(t)));
}

/** The claim's quantities that may be the fact's own (see `otherWeaponsFigure`). */
function ownQuantities(claim: Claim, f: IndexedFact): Quantity[] {
  return claim.quantities.filter(
    (q) =>
      !otherWeaponsFigure(claim.text, q, f) &&
      !otherWaysGap(claim.text, q, f) &&
      !gapFromToday(claim, q),
  );
}

/**
 * A span that ends at an event dated in the same breath, as long as from the publication date to
 * that day, tells where the writer stands, not how long before it something else came: "Ten days
 * before Donald Trump is sworn in on 20 January, the host looked back at the November decision",
 * published on 10 January.
 */
function gapFromToday(claim: Claim, q: Quantity): boolean {
  if (q.dimension !== 'duration' || !claim.published || claim.dates.length === 0) return false;
  if (gapWay(claim.text.slice(q.end)) !== 'before') return false;
  const today = parseIso(claim.published);
  if (!today) return false;
  const slack = q.unit === 'day' ? 1 : q.unit === 'week' ? 3 : 0;
  if (slack === 0) return false;
  return claim.dates.some((d) => {
    if (d.precision !== 'day' || !d.from || d.start < q.end || d.start - q.end > 80) return false;
    if (/[;.]|,\s/.test(claim.text.slice(q.end, d.start).replace(/\b(?:U\.S|Mrs?|Ms|Dr)\./g, '')))
      return false;
    // A weekday read either way ("next Monday", told on a Tuesday) may be the one ahead.
    return [d.from, d.otherReading].some((iso) => {
      const day = iso ? parseIso(iso) : null;
      if (!day) return false;
      const gap = (day.getTime() - today.getTime()) / 86_400_000;
      return Math.abs(gap - q.value) <= slack;
    });
  });
}

/** Which way a span of time right before this text counts: "… before", "… after". */
function gapWay(after: string): 'before' | 'after' | null {
  const m =
    /^\s+(?:(before|ahead\s+of|prior\s+to|until|till)|(after|since|following|later))\b/i.exec(
      after,
    );
  return m ? (m[1] ? 'before' : 'after') : null;
}

/** The way a fact's own statement counts its span: "came two months before Trump's inauguration". */
const statementGapWay = rememberRecent((statement: string): 'before' | 'after' | null => {
  const m = /\b(?:days?|weeks?|months?|years?)(?=\s)/i.exec(statement);
  return m ? gapWay(statement.slice(m.index + m[0].length)) : null;
}, 128);

/**
 * A span counted the other way from another event than the fact's: "the moves came barely two
 * weeks after Trump's election victory" is no count of the two months before his inauguration.
 */
function otherWaysGap(text: string, q: Quantity, f: IndexedFact): boolean {
  if (q.dimension !== 'duration') return false;
  const theirs = statementGapWay(f.fact.statement);
  const ours = theirs && gapWay(text.slice(q.end));
  return !!ours && ours !== theirs;
}

export function compareQuantities(claim: Claim, f: IndexedFact): SlotComparison | null {
  let firstConflict: SlotComparison | null = null;
  let firstAgreement: SlotComparison | null = null;
  const own = ownQuantities(claim, f);
  for (const [i, q] of own.entries()) {
    const against = f.quantities.filter((v) => comparable(q, v.value));
    if (against.length === 0) continue;
    // The sources agree among themselves (a disputed figure is handled before this); a page figure
    // must fit every source's, so "nearly 145 km" fails "about 110 km" even though it is "over 110 km".
    const ok = against.every((v) => compatible(q, v.value));
    const c: SlotComparison = {
      kind: 'numeric',
      outcome: ok ? 'agree' : 'conflict',
      reason: `Article: ${describeQuantity(q)}. Sources: ${summarise(against, describeQuantity)}.`,
    };
    // A figure told again in another unit is the same figure: "190 miles, or about 500 km" is
    // wrong in its second half however right its first.
    const previous = own[i - 1];
    if (!ok && previous && converted(claim.text, previous, q)) return c;
    // Any figure of the sentence that fits is the one it shares with the sources (a total, a part).
    if (ok) firstAgreement ??= c;
    else firstConflict ??= c;
  }
  return firstAgreement ?? firstConflict;
}

/** Between a figure and its conversion: "(", ", or", "—". */
const CONVERSION_GAP = gated(/^\s*(?:\(|,?\s*or|,?\s*[—–]|\/)\s*$/);

/** Is `b` the same length as `a` written in another unit ("190 miles (306 km)")? */
function converted(text: string, a: Quantity, b: Quantity): boolean {
  return (
    a.dimension === 'length' &&
    b.dimension === 'length' &&
    a.unit !== null &&
    b.unit !== null &&
    a.unit !== b.unit &&
    CONVERSION_GAP.test(text.slice(a.end, b.start))
  );
}

/** Quantities of the claim comparable with the fact's, for disputed-count handling. */
export function comparableQuantities(claim: Claim, f: IndexedFact): Quantity[] {
  return ownQuantities(claim, f).filter((q) => f.quantities.some((v) => comparable(q, v.value)));
}

/** Is `e` a narrower date than `d`, inside it (a day within the week the sentence also names)? */
function within(e: DateValue, d: DateValue): boolean {
  return (
    e !== d &&
    e.from !== null &&
    e.to !== null &&
    d.from !== null &&
    d.to !== null &&
    e.otherReading === undefined &&
    e.from >= d.from &&
    e.to <= d.to &&
    (e.from > d.from || e.to < d.to)
  );
}

/** A page date the page could not resolve (no publication date) is read relative to the fact's date. */
function resolveAgainst(d: DateValue, factDate: DateValue): DateValue {
  if (d.from || !factDate.from) return d;
  return extractDates(d.text, factDate.to).find((x) => x.text === d.text) ?? d;
}

/**
 * A date used as an epithet of the event right after it: "the Nov. 5 election", "the Jan. 20
 * handover", "the October 26 parliamentary elections".
 */
export const DATE_EPITHET = gated(
  /^(?:['’]s)?\s+(?:(?:US|U\.S\.|American|presidential|parliamentary|legislative|general|local|snap|municipal|regional|runoff|run-off)\s+)*(?:(elections?|votes?|ballots?)|inauguration|handover|swearing-in)\b/i,
);
/** A date as a decision's epithet: "Sunday's shift", "last week's decision". */
const DECISION_EPITHET = gated(
  /^['’]s\s+(?:(?:policy|sudden|abrupt|long-awaited|missile|US|U\.S\.)\s+)?(?:shift|decision|move|change|reversal|announcement|green\s+light|go-ahead|u-turn|about-turn)\b/i,
);
/**
 * A date as the epithet of an event no dated fact is about: "his September debate with Kamala
 * Harris", "the November 14 rally", "Tuesday's summit". It dates that event, not the fact's.
 */
const OTHER_EVENT_EPITHET = gated(
  /^(?:['’]s)?\s+(?:(?:presidential|televised|vice-presidential|campaign|G20|G-20|NATO|EU|leaders['’]?)\s+)*(?:debates?|rally|rallies|summit|speech|interview|convention|hearing|press\s+conference|news\s+conference)\b/i,
);
/** A fact about the election, or about the inauguration, by its statement. */
const ELECTION_FACT = gated(/\belect/i);
const INAUGURATION_FACT = gated(
  /\b(?:inaugurat|sworn|swearing|take\s+office|took\s+office|handover)/i,
);

/**
 * A date that is the epithet of another event than the fact's: "the November 5 vote", for a fact
 * about the inauguration, dates the vote, not the inauguration.
 */
export function epithetOfOther(text: string, d: DateValue, statement: string): boolean {
  const after = text.slice(d.end);
  // "the timing of Sunday's shift": the day of a decision, not of the vote or the swearing-in.
  if (DECISION_EPITHET.test(after))
    return ELECTION_FACT.test(statement) || INAUGURATION_FACT.test(statement);
  if (OTHER_EVENT_EPITHET.test(after)) return true;
  const m = DATE_EPITHET.exec(after);
  if (!m) return false;
  return m[1] ? !ELECTION_FACT.test(statement) : !INAUGURATION_FACT.test(statement);
}

/**
 * A weekday's other reading (`otherReading`), as long a span as the first: a day told across the
 * date line ("at 6am on Tuesday, New Zealand time") may be the day before there, either way.
 */
function otherSpan(d: DateValue): { from: string; to: string } | null {
  const other = d.otherReading;
  if (!other) return null;
  const days =
    d.from && d.to ? (parseIso(d.to)!.getTime() - parseIso(d.from)!.getTime()) / 86_400_000 : 0;
  const to = parseIso(other)!;
  return { from: iso(new Date(to.getTime() - days * 86_400_000)), to: other };
}

export function compareDates(claim: Claim, f: IndexedFact): SlotComparison | null {
  const factDates = f.dates.filter((d) => dateIsComparable(d.value));
  if (factDates.length === 0 || claim.dates.length === 0) return null;
  // "last week, in a call on Thursday, November 14": the day tells when; the week around it adds
  // nothing, and agrees with a wrong day too.
  const dates = claim.dates.filter(
    (d) =>
      !claim.dates.some((e) => within(e, d)) && !epithetOfOther(claim.text, d, f.fact.statement),
  );
  if (dates.length === 0) return null;
  let sawComparable = false;
  for (const d of dates) {
    for (const fd of factDates) {
      const resolved = resolveAgainst(d, fd.value);
      if (!dateIsComparable(resolved)) continue;
      // A year alone ("since 2022") only speaks to facts that are dated by the year.
      if (resolved.precision === 'year' && fd.value.precision !== 'year') continue;
      sawComparable = true;
      const other = otherSpan(resolved);
      const read = datesCompatible(resolved, fd.value)
        ? resolved
        : other && datesCompatible({ ...resolved, ...other }, fd.value)
          ? { ...resolved, ...other }
          : null;
      if (read) {
        return {
          kind: 'date',
          outcome: 'agree',
          reason: `Article: ${describeDate(read)}. Sources: ${summarise(factDates, describeDate)}.`,
        };
      }
    }
  }
  // A day told of before ("that same Sunday") was only guessed: it agrees if it fits, and a guess
  // that does not fit says nothing.
  if (!sawComparable || dates.every((d) => d.anaphoric)) return null;
  const first =
    dates.map((d) => resolveAgainst(d, factDates[0]!.value)).find((d) => dateIsComparable(d)) ??
    dates[0]!;
  return {
    kind: 'date',
    outcome: 'conflict',
    reason: `Article: ${describeDate(first)}. Sources: ${summarise(factDates, describeDate)}.`,
  };
}

/**
 * A preposition of place right before a name: "in Warsaw", "aid to Kyiv" name the place. "According
 * to Kyiv" names a source.
 */
const AT_PLACE = gated(
  /(?<!\baccording\s)\b(?:in|at|to|into|near|outside|around|across|over|toward|towards|inside|against)\s+$/i,
);

/**
 * A capital that stands for its government ("no word from Moscow", "Pyongyang's troops"): the
 * sentence reads it as an actor, and no preposition of place puts anything there, nor is it a place
 * someone leaves or an area ("after leaving the Pyongyang area").
 */
export function standsForActor(claim: Claim, p: Claim['places'][number]): boolean {
  const before = claim.text.slice(Math.max(0, p.start - 16), p.start);
  return (
    claim.actors.some((a) => a.start <= p.start && a.end >= p.end) &&
    !AT_PLACE.test(before) &&
    !CAPITAL_NAMED.test(before) &&
    !LEFT_FROM.test(before) &&
    !AREA_AFTER.test(claim.text.slice(p.end, p.end + 16))
  );
}

/** "after leaving the Pyongyang area": a place someone left ("troops from Pyongyang" are its own). */
const LEFT_FROM = gated(/\b(?:leaving|departing|departed|departs)\s+(?:the\s+)?$/i);
/** "the Pyongyang area", "the Moscow region": the city named as a place. */
const AREA_AFTER = gated(/^\s+(?:area|region|province|district|suburbs|outskirts)\b/i);

/** "the North Korean capital, Pyongyang": the city named as a place, in apposition. */
const CAPITAL_NAMED = gated(/\bcapital,?\s+$/i);

/** Words before a place that make it a landmark for another: "next door to Kursk". */
const LANDMARK = gated(
  /\b(?:next door to|next to|near|nearby|bordering|adjacent to|neighbou?ring|close to|not far from|north of|south of|east of|west of)\s+(?:the\s+)?$/i,
);

const SET_ASIDE = gated(/\b(?:not|rather than|instead of|than|nor)\s+(?:in\s+|to\s+|the\s+)*$/i);

/**
 * A permission said to reach all of Russia: "covers strikes anywhere in Russia", "applies to the whole
 * of Russian territory and not only to Kursk", "no geographic limits".
 */
const WHOLE_OF_RUSSIA = gated(
  /\b(?:anywhere (?:in|on|inside|across) (?:russia\b|russian (?:soil|territory))|(?:the )?(?:whole|entirety|rest) of (?:russia\b|russian (?:soil|territory))|all (?:of )?russia\b|all (?:of )?russian (?:soil|territory)|across russia\b|no geographic(?:al)? (?:limits?|restrictions?|boundaries)|without (?:any )?geographic(?:al)? (?:limits?|restrictions?))/i,
);
/** A wish or demand right before the scope: "should be extended to", "urged Washington to allow". */
const WISHED_BEFORE = gated(
  /\b(?:should|must|ought\s+to|needs?\s+to|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+for|want(?:s|ed)?|push(?:es|ed|ing)?\s+for)\b[^.;]*$/i,
);
/**
 * All of Russia set aside right before it is named: "covered strikes to help Ukraine hold its ground
 * in Russia's Kursk region — not targets anywhere in Russia". ("Not just Kursk but all of Russia"
 * names it.)
 */
const SET_ASIDE_BEFORE = gated(
  /\b(?:not|rather\s+than|instead\s+of|nor)\s+(?!(?:only|just|merely|simply)\b)(?:(?!but\b)[\w-]+\s+){0,3}$/i,
);
/** "… and not only to Kursk", where Kursk is the place the sources limit the permission to. */
const NOT_ONLY = gated(/\bnot (?:only|just|merely) (?:to |in )?(?:the )?(.+)/i);

/**
 * Scope: a fact that a permission covers one place (the Kursk region, at first) against a sentence
 * that says it covers all of Russia. A sentence that denies the permission ("still bars Kyiv from
 * firing anywhere on Russian soil") speaks of another fact.
 */
export function compareScope(claim: Claim, f: IndexedFact): SlotComparison | null {
  if (f.fact.topic !== 'permission' || !f.fact.slots.includes('place') || claim.negated)
    return null;
  const m =
    WHOLE_OF_RUSSIA.exec(claim.text) ??
    (() => {
      const n = NOT_ONLY.exec(claim.text);
      return n && f.places.some((p) => n[1]!.startsWith(p.value.name)) ? n : null;
    })();
  if (!m) return null;
  // What someone wants it to cover is no claim of what it covers: "the permission … should be
  // extended to all of Russia, Tsahkna said".
  const before = claim.text.slice(Math.max(0, m.index - 60), m.index);
  if (WISHED_BEFORE.test(before) || SET_ASIDE_BEFORE.test(before)) return null;
  const sources = summarise(f.places, (p) => p.name);
  return {
    kind: 'scope',
    outcome: 'conflict',
    reason: `Article: all of Russia ("${m[0]}"). Sources: ${sources} only.`,
  };
}

export function comparePlaces(claim: Claim, f: IndexedFact): SlotComparison | null {
  const wrong = claim.places.find(misplaced);
  if (wrong) {
    const stated = COUNTRY_LABELS[wrong.statedCountry!] ?? wrong.statedCountry;
    const actual = COUNTRY_LABELS[wrong.country] ?? wrong.country;
    return {
      kind: 'place',
      outcome: 'conflict',
      reason: `Article puts ${wrong.name} in ${stated}; it is in ${actual}.`,
    };
  }
  if (!f.fact.slots.includes('place')) return null;
  // "in Zaporizhzhia, not in Kursk" / "Belgorod rather than Kursk": a place the sentence sets aside
  // is not one it asserts.
  // "letting Kyiv fire missiles deep inside Russia": a capital that stands for its government is
  // not where anything happened.
  const named = claim.places.filter(
    (p) =>
      p.kind !== 'country' &&
      !SET_ASIDE.test(claim.text.slice(Math.max(0, p.start - 16), p.start)) &&
      !standsForActor(claim, p),
  );
  // "in Russia's Belgorod region, next door to Kursk": a place named to say where another one is
  // is a landmark, not where it happened (unless it is the only place the sentence names).
  const landmark = (p: (typeof named)[number]) =>
    LANDMARK.test(claim.text.slice(Math.max(0, p.start - 20), p.start));
  const specific = named.some((p) => !landmark(p)) ? named.filter((p) => !landmark(p)) : named;
  if (specific.length === 0 || f.places.length === 0) return null;
  const known = new Set(f.places.map((p) => p.value.id));
  const shared = specific.find((p) => known.has(p.id));
  const sources = summarise(f.places, (p) => p.name);
  // One place right and another wrong: "shipped out of Wonsan and came ashore at Nakhodka", where
  // the sources say Wonsan and Vladivostok. A place of the same kind in the same country as one the
  // sources give, where the sentence names none of the sources' own places there, stands in for it.
  const rival = specific.find(
    (p) =>
      !known.has(p.id) &&
      f.places.some((q) => q.value.country === p.country && q.value.kind === p.kind) &&
      !specific.some((s) => known.has(s.id) && s.country === p.country && s.kind === p.kind),
  );
  if (shared && rival) {
    const theirs = summarise(
      f.places.filter((q) => q.value.country === rival.country && q.value.kind === rival.kind),
      (q) => q.name,
    );
    return {
      kind: 'place',
      outcome: 'conflict',
      reason: `Article: ${rival.name}. Sources: ${theirs}.`,
    };
  }
  if (shared)
    return {
      kind: 'place',
      outcome: 'agree',
      reason: `Article: ${shared.name}. Sources: ${sources}.`,
    };
  // A fact about where one place is says nothing of another: "it is a Russian region bordering
  // Ukraine's Sumy region" puts Sumy rightly, and is no other place for Kursk.
  if (f.fact.topic === 'geography') return null;
  return {
    kind: 'place',
    outcome: 'conflict',
    reason: `Article: ${specific.map((p) => p.name).join(', ')}. Sources: ${sources}.`,
  };
}

/** What may come before a sentence's subject: a conjunction. */
const LEAD_BEFORE = gated(/^\W*(?:(?:but|and|yet|meanwhile|still|separately)\s+)?$/i);
/** After the subject: an aside in commas, then a verb of saying, blaming or praising. */
const LEAD_VERB = gated(
  /^(?:,[^,;]{0,80},)?\s+(?:(?:has|had|also|then|later|quickly|publicly|on\s+\w+day)\s+)*(?:accused|accuses|critici[sz]ed|critici[sz]es|slammed|slams|blasted|blasts|attacked|attacks|charged|charges|said|says|warned|warns|argued|argues|claimed|claims|told|tells|called|calls|welcomed|welcomes|praised|praises)\b/i,
);

/** Speech verbs: a sentence that attributes words to someone makes the speaker the checked actor. */
export const SPEECH = gated(
  /\b(?:said|says|saying|stated|told|telling|tells|warned|wrote|argued|noted|added|praised|critici[sz]ed|called|declared|posted|promised|vowed|pledged|insisted|claimed|asserted|predicted|boasted|quipped|joked|remarked|tweeted|stressed|emphasi[sz]ed|promising|vowing|pledging|insisting|claiming|declaring|stressing)\b/i,
);

/** The words a fact's statement quotes ('complete ruins', 'Putin understands'), normalised. */
const quotedPhrases = rememberRecent((statement: string): string[] =>
  [...statement.matchAll(/(?:^|[\s(])['"‘“]([^'"’”]{3,80})['"’”](?=[\s.,;:)]|$)/g)].map((m) =>
    normaliseTerm(m[1]!).trim(),
  ),
);

/**
 * A fact's signature words: the terms of its first concept group (who) that are phrases and not a
 * name or title ("long overdue" for Turner's fact, "putin understands" for Sikorski's). Given to
 * someone else, they are the sources' words misattributed, as a quotation would be.
 */
const signatures = new WeakMap<IndexedFact, string[]>();
function signatureOf(f: IndexedFact): string[] {
  let out = signatures.get(f);
  if (out === undefined) {
    out = (f.fact.terms[0] ?? []).filter((t) => {
      if (!t.trim().includes(' ')) return false;
      return !extractActors(t).some((a) => a.start === 0 && a.end >= t.trim().length);
    });
    out = out.map((t) => normaliseTerm(t).trim());
    signatures.set(f, out);
  }
  return out;
}

/** An intelligence service, by its gazetteer name ("Ukrainian intelligence", "Japan's spy agency"). */
const INTELLIGENCE = gated(/\b(?:intelligence|spy)\b/i);
/** A body named in place of an intelligence service: another service, or a defence ministry. */
const RIVAL_BODY = gated(/\b(?:intelligence|spy|defen[cs]e ministry)\b/i);
/** A defence department or ministry, any country's. */
const DEFENCE_BODY = gated(/\bdefen[cs]e\b|\bPentagon\b/i);
/** A fact, or a sentence, about who did something first. */
export const FIRST = gated(/\bfirst\b/i);

/**
 * One intelligence service (or another country's defence ministry) named in place of the sources'
 * own: "confirmed by Japan's spy agency and the Pentagon", where the sources say South Korea's.
 * Null when the sentence also names theirs.
 */
function rivalService(claim: Claim, f: IndexedFact): SlotComparison | null {
  const services = f.fact.sources
    .flatMap((s) => s.values.actors)
    .filter((a) => a.kind === 'institution' && INTELLIGENCE.test(a.name));
  if (services.length === 0) return null;
  const theirs = new Map(services.map((a) => [a.id, a.name]));
  const named = claim.actors.filter((a) => a.kind === 'institution' && RIVAL_BODY.test(a.name));
  // Their other bodies, each in place of another of the same country: "corroborated by South
  // Korea's spy agency and the US State Department", where the sources say the defence department.
  // Or a defence body in place of theirs: "… and Britain's Ministry of Defence corroborated the
  // reports", where the sources say the US defence department.
  const others = f.fact.sources
    .flatMap((s) => s.values.actors)
    .filter((a) => a.kind === 'institution' && !INTELLIGENCE.test(a.name));
  const ids = new Set(claim.actors.map((a) => a.id));
  for (const x of claim.actors) {
    if (x.kind !== 'institution' || INTELLIGENCE.test(x.name) || others.some((o) => o.id === x.id))
      continue;
    const replaced = others.find(
      (o) =>
        ((o.country !== null && o.country === x.country) ||
          (DEFENCE_BODY.test(o.name) && DEFENCE_BODY.test(x.name))) &&
        !ids.has(o.id),
    );
    if (replaced)
      return {
        kind: 'actor',
        outcome: 'conflict',
        reason: `Article: ${x.name}. Sources: ${replaced.name}.`,
      };
  }
  if (named.length === 0 || named.some((a) => theirs.has(a.id))) return null;
  // Who did it first ("first reported … by Ukrainian intelligence"): others did it too, later; only
  // a sentence that says another service was first names the wrong one.
  if (FIRST.test(f.fact.statement) && !FIRST.test(claim.text)) return null;
  // …and the service named must be the one the "first" is told of, not one in another clause: in
  // "Our military intelligence was the first to report them, and Seoul's spy service and the
  // Pentagon confirmed it afterwards", Seoul's service confirmed.
  if (FIRST.test(f.fact.statement) && !named.some((a) => sameClauseAsFirst(claim.text, a)))
    return null;
  // Their service's country named at all ("the South Koreans … backed it up", "South Korea's
  // NIS"): another service beside it is someone else's part of the story ("Ukrainian intelligence
  // flagged it first").
  if (services.some((a) => a.country !== null && namesCountry(claim.text, a.country))) return null;
  return {
    kind: 'actor',
    outcome: 'conflict',
    reason: `Article: ${named[0]!.name}. Sources: ${[...theirs.values()].join(', ')}.`,
  };
}

/** Between two places in a sentence: a break into another clause. */
const OTHER_CLAUSE = gated(/;|,\s+(?:and|but|while|whereas)\b/i);
/** An actor told in the clause where the sentence's "first" is. */
function sameClauseAsFirst(text: string, a: { start: number; end: number }): boolean {
  const first = FIRST.exec(text);
  if (!first) return false;
  const between =
    a.start < first.index ? text.slice(a.end, first.index) : text.slice(first.index, a.start);
  return !OTHER_CLAUSE.test(between);
}

/** The chambers and US executive offices `Actor.body` names. */
const BODY_LABELS: Record<string, string> = {
  'state-duma': 'State Duma',
  'federation-council': 'Federation Council',
  'us-house': 'House of Representatives',
  'us-senate': 'Senate',
  'white-house': 'White House',
  pentagon: 'Pentagon',
  'state-department': 'State Department',
};

/**
 * One group named in place of the sources' own of the same country: "congressional Democrats
 * welcomed it as long overdue", where the sources say Republicans. Null when the sentence also
 * names theirs, or names no group.
 */
function rivalGroup(claim: Claim, f: IndexedFact): SlotComparison | null {
  const theirs = f.actorGroups.map((g) => g.value);
  const named = claim.actors.filter((a) => a.kind === 'group');
  if (theirs.length === 0 || named.length === 0) return null;
  if (named.some((a) => theirs.some((t) => t.id === a.id))) return null;
  const other = named.find((a) =>
    theirs.some((t) => t.country !== null && t.country === a.country),
  );
  if (!other) return null;
  return {
    kind: 'actor',
    outcome: 'conflict',
    reason: `Article: ${other.name}. Sources: ${theirs[0]!.name}.`,
  };
}

/**
 * Another person named by a person: "Trump's envoy", "Trump's pick for secretary of state",
 * "Trump's eldest son", "Mr Zelensky's chief of staff" (not "Trump's team" or his spokesman, who
 * speak for him).
 */
const ROLE_OF = gated(
  /^['’]s\s+(?:[\w-]+\s+){0,3}?(?:envoy|adviser|advisor|pick|choice|nominee|son|daughter|chief of staff)\b/i,
);
/**
 * "The head of Zelensky's office", "head of Vladimir Zelensky's office": the office's head, named
 * by whose office it is (the person's first name and title may come before the name found).
 */
const HEAD_OF = gated(
  /\b(?:[Hh]ead|[Cc]hief|[Dd]irector|HEAD|CHIEF)\s+of\s+(?:the\s+)?(?:[A-Z][a-z'’-]+\s+){0,2}$/,
);
const OFFICE_OF = gated(/^['’]s\s+(?:presidential\s+)?office\b/i);

/**
 * Whose ally a named subject is, in an aside: "But Vivek Ramaswamy, one of Trump's closest allies,
 * accused …" is Ramaswamy speaking, not Trump. Only after a capitalised name opening the sentence
 * ("Kyiv's allies" and "Trump's allies say" stay the speakers).
 */
const NAMED_SUBJECT_BEFORE = gated(
  /^\W*(?:(?:but|and|yet|meanwhile|still)\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2},\s+(?:one\s+of|an?|the)\s+(?:[\w'’-]+\s+){0,2}?$/,
);
const ALLY_OF_AFTER = gated(
  /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:allies|ally|aides?|advisers?|advisors?|confidants?|supporters?|loyalists?|backers?|picks?|nominees?)\b[^,;]{0,40},/,
);

/** Is the person named only as whose envoy, pick or office's head someone else is? */
export function namedAsPatron(text: string, a: Actor): boolean {
  const after = text.slice(a.end, a.end + 60);
  return (
    ROLE_OF.test(after) ||
    (a.kind === 'person' &&
      ALLY_OF_AFTER.test(after) &&
      NAMED_SUBJECT_BEFORE.test(text.slice(0, a.start))) ||
    (OFFICE_OF.test(after) && HEAD_OF.test(text.slice(Math.max(0, a.start - 30), a.start)))
  );
}

/** A fact that is someone's reaction: the words, and who said them, are the fact. */
function reactionTopic(f: IndexedFact): boolean {
  return f.fact.topic === 'reactions' || f.fact.topic === 'politics';
}

export function compareActors(claim: Claim, f: IndexedFact): SlotComparison | null {
  if (!f.fact.slots.includes('actor')) return null;
  const service = rivalService(claim, f);
  if (service) return service;
  // A fact about a group ("some congressional Republicans") is checked on the group alone; the
  // persons its sources name beside it (Biden, whom they urged) are not its speakers.
  if (f.actorGroups.length > 0) return rivalGroup(claim, f);
  if (f.persons.length === 0) return null;
  // "Andriy Yermak, head of Zelensky's office, said …": Yermak speaks, not Zelensky.
  const persons = claim.actors.filter((a) => a.kind === 'person' && !namedAsPatron(claim.text, a));
  if (persons.length === 0) return unnamedOtherExpert(claim, f);
  // The right person with the wrong affiliation: "German Foreign Minister Radoslaw Sikorski".
  for (const p of persons) {
    if (p.statedCountry && p.country && p.country !== 'NATO' && p.statedCountry !== p.country) {
      const said = COUNTRY_LABELS[p.statedCountry] ?? p.statedCountry;
      const is = COUNTRY_LABELS[p.country] ?? p.country;
      return {
        kind: 'actor',
        outcome: 'conflict',
        reason: `Article ties ${p.name} to ${said}; he speaks for ${is}.`,
      };
    }
    if (p.statedBody && p.body && p.statedBody !== p.body) {
      return {
        kind: 'actor',
        outcome: 'conflict',
        reason: `Article puts ${p.name} in the ${BODY_LABELS[p.statedBody]}, not the ${BODY_LABELS[p.body]}.`,
      };
    }
    // A wrong party, unless the sentence also gives the right one, as a correction does: "Last week
    // I called Mike Turner a Democrat; he's a Republican".
    if (
      p.statedParty &&
      p.party &&
      p.statedParty !== p.party &&
      !(p.party === 'R' ? /\bRepublican\b/ : /\bDemocrat(?:ic)?\b/).test(claim.text)
    ) {
      const party = (x: string) => (x === 'D' ? 'a Democrat' : 'a Republican');
      return {
        kind: 'actor',
        outcome: 'conflict',
        reason: `Article calls ${p.name} ${party(p.statedParty)}; he is ${party(p.party)}.`,
      };
    }
  }
  const known = new Map(f.persons.map((p) => [p.value.id, p.value]));
  const missing = [...known.values()].filter((k) => !persons.some((p) => p.id === k.id));
  const extra = persons.filter((p) => !known.has(p.id));
  const sources = summarise(f.persons, (p) => p.name);
  // The sentence uses the sources' own words: their quoted words or the fact's signature phrases.
  const words = ` ${normaliseTerm(claim.text)} `;
  const quoted = quotedPhrases(f.fact.statement);
  const ownWords =
    quoted.some((w) => words.includes(w)) || signatureOf(f).some((w) => words.includes(` ${w}`));
  // One person named in place of another from the same country: "Blinken called Umerov".
  const substitution = extra.find((x) =>
    missing.some((m) => m.country !== null && m.country === x.country),
  );
  if (substitution) {
    // Someone else's reaction is another event, not the sources' speaker misnamed, unless the
    // sentence gives it words, or the sources' own: "Volodin wrote that Ukraine could be left in
    // ruins" misattributes Klishas; "Tusk welcomed the decision" is Tusk's own reaction.
    const reaction = reactionTopic(f);
    const worded = SPEECH.test(claim.text) || ownWords;
    return {
      kind: 'actor',
      outcome: reaction && !worded ? 'other' : 'conflict',
      reason: `Article: ${substitution.name}. Sources: ${sources}.`,
    };
  }
  // Someone named inside the sources' quoted words ("in language V. Putin understands") is no
  // speaker.
  const speakers = extra.filter((p) => {
    const surname = normaliseTerm(claim.text.slice(p.start, p.end)).trim().split(' ').pop()!;
    return !(ownWords && quoted.some((w) => ` ${w} `.includes(` ${surname} `)));
  });
  // Someone the sources do not name speaks, as the sentence's subject, about someone they do: "But
  // Vivek Ramaswamy, one of Trump's closest allies, accused the Biden administration of …" is not
  // the sources' speaker, whoever the object is.
  const lead =
    missing.length > 0
      ? speakers.find((p) => LEAD_BEFORE.test(claim.text.slice(0, p.start)))
      : undefined;
  const leadVerb = lead && reactionTopic(f) ? LEAD_VERB.exec(claim.text.slice(lead.end)) : null;
  if (
    lead &&
    leadVerb &&
    persons.every((p) => !known.has(p.id) || p.start >= lead.end + leadVerb[0].length)
  )
    return {
      kind: 'actor',
      outcome: 'conflict',
      reason: `Article: ${lead.name}. Sources: ${sources}.`,
    };
  if (extra.length === persons.length) {
    // Nobody the sources name: a conflict only when the sentence gives someone the sources' own
    // quoted words, or attributes words to someone for a fact that is someone's words. (A fact
    // that is not, "the troops travelled via Vladivostok, Kirby said", may be told by anyone.)
    const worded = reactionTopic(f) && SPEECH.test(claim.text);
    if (speakers.length > 0 && (worded || ownWords)) {
      return {
        kind: 'actor',
        outcome: 'conflict',
        reason: `Article: ${speakers[0]!.name}. Sources: ${sources}.`,
      };
    }
    return null;
  }
  // The sources' own quoted words given to someone they do not name, beside someone they do:
  // "Baerbock said Biden had answered 'in a language Putin understands'" misattributes Sikorski's.
  if (speakers.length > 0 && missing.length > 0 && ownWords) {
    return {
      kind: 'actor',
      outcome: 'conflict',
      reason: `Article: ${speakers[0]!.name}. Sources: ${sources}.`,
    };
  }
  // "It was the US ambassador to NATO, Julianne Smith, who then briefed Mark Rutte": a cleft sets
  // someone else forward as the one who acted, in place of the person the sources name.
  const focus = missing.length > 0 ? cleftFocus(claim.text) : null;
  if (
    focus &&
    !persons.some((p) => known.has(p.id) && p.start >= focus.start && p.end <= focus.end)
  )
    return {
      kind: 'actor',
      outcome: 'conflict',
      reason: `Article: ${focus.name}. Sources: ${sources}.`,
    };
  const shared = persons.find((p) => known.has(p.id))!;
  // "Alex Plitsas of the Brookings Institution" where the sources say "of the Atlantic Council".
  const saidOrg =
    organisationAfter(claim.text, shared.end) ?? organisationBefore(claim.text, shared.start);
  if (saidOrg) {
    const sourceOrgs = sourceOrganisations(f, shared.id);
    if (sourceOrgs.length > 0 && !sourceOrgs.some((o) => sameOrganisation(o, saidOrg))) {
      return {
        kind: 'actor',
        outcome: 'conflict',
        reason: `Article: ${shared.name} of ${saidOrg}. Sources: ${shared.name} of ${sourceOrgs[0]}.`,
      };
    }
  }
  return {
    kind: 'actor',
    outcome: 'agree',
    reason: `Article: ${shared.name}. Sources: ${sources}.`,
  };
}

/**
 * The person a cleft sets forward, "it was <someone> who …", named by a capitalised name of two
 * words or more: "it was the US ambassador to NATO, Julianne Smith, who", "it was Waltz who" (one
 * word, a surname, is enough after "it was"). Its span covers the whole focus.
 */
const CLEFT = gated(
  /\b[Ii]t\s+was\s+((?:(?:the|a|an)\s+[^,;.]{0,60}?,\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})),?\s+who\b/,
);

function cleftFocus(text: string): { start: number; end: number; name: string } | null {
  const m = CLEFT.exec(text);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length, name: m[2]! };
}

/**
 * "X of the Atlantic Council", "X at CSIS", "X, a member of the Federation Council": the body a
 * person is tied to.
 */
const ORG_AFTER = gated(
  /^(?:,?\s+(?:of|from|at)\s+|,\s+(?:an?\s+|the\s+)?(?:senior\s+)?(?:member|fellow|head|chair|director|analyst|expert|spokesman|spokeswoman)\s+(?:of|at)\s+)(the\s+[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3}|[A-Z]{2,}[A-Za-z]*\b(?!'))/,
);

/**
 * The body after what kind of body it is: "Alex Plitsas, of the Washington think tank the Atlantic
 * Council", "of the US think tank Atlantic Council" (not "the Washington").
 */
const DESCRIBED_ORG_AFTER = gated(
  /^,?\s+(?:of|from|at)\s+(?:the|a)\s+(?:[\w.-]+\s+){0,2}?(?:think[- ]tank|research\s+(?:group|institute|cent(?:er|re))|policy\s+institute)\s*,?\s+(?:the\s+)?([A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3})/,
);

export function organisationAfter(text: string, end: number): string | null {
  const described = DESCRIBED_ORG_AFTER.exec(text.slice(end, end + 100));
  if (described) return `the ${described[1]!}`;
  const m = ORG_AFTER.exec(text.slice(end, end + 80));
  // Where the body is based is no part of its name: "of the US-based Atlantic Council".
  return m ? m[1]!.replace(/^the\s+(?:[\w.]+-based\s+)?/, 'the ') : null;
}

/**
 * "The Heritage Foundation's Alex Plitsas", "CSIS's Mark Cancian": the body a person is tied to by
 * its possessive, when it reads as a body (not "Ukraine's Zelensky").
 */
const ORG_BEFORE = gated(/\b((?:the\s+)?(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*)['’]s\s+$/);
const BODY_WORD = gated(
  /\b(?:Council|Institute|Institution|Foundation|Cent(?:er|re)|University|College|School|Endowment|Society|Forum|Corporation)\b|^(?:the\s+)?[A-Z]{2,}$/,
);

export function organisationBefore(text: string, start: number): string | null {
  const m = ORG_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  return m && BODY_WORD.test(m[1]!) ? m[1]!.replace(/^the\s+/i, 'the ') : null;
}

/** The bodies the sources tie a person to ("Alex Plitsas of the Atlantic Council"). */
function sourceOrganisations(f: IndexedFact, personId: string): string[] {
  return f.fact.sources
    .map((s) => {
      const a = s.values.actors.find((x) => x.id === personId);
      return a ? organisationAfter(s.quote, a.end) : null;
    })
    .filter((o): o is string => o !== null);
}

const sameOrganisation = (a: string, b: string) =>
  a.toLowerCase().replace(/^the\s+/, '') === b.toLowerCase().replace(/^the\s+/, '');

/**
 * An expert named only by a body: "one Heritage Foundation analyst", "a researcher at KIDA", a
 * podcast's "the guy at RAND", "one Pentagon official"; or the body alone, as the quote's speaker:
 * "as the Institute for the Study of War put it".
 */
const EXPERT = String.raw`(?:analyst|expert|researcher|fellow|scholar|specialist|official|guy|man|woman|someone|somebody)s?`;
const EXPERT_OF = gated(
  new RegExp(
    String.raw`\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[A-Z][\w&-]*\s+){1,5})(?:(?:senior|defen[cs]e|military|security|policy)\s+)?${EXPERT}\b|\b${EXPERT}\s+(?:at|of|from|with)\s+(?:the\s+)?([A-Z][\w&-]*(?:\s+(?:for\s+|of\s+|and\s+)?[A-Z][\w&-]*){0,5})|\bas\s+the\s+((?:[A-Z][\w&-]*\s+(?:for\s+(?:the\s+)?|of\s+(?:the\s+)?|and\s+)?){1,6})(?:put\s+it|said|noted|wrote|argued)\b`,
  ),
);

/**
 * The sources' quoted words given to an unnamed expert of another body: "As one Heritage Foundation
 * analyst put it, the Ukrainians could stop 'fighting with one hand tied behind their back'", where
 * the sources' speaker is of the Atlantic Council.
 */
function unnamedOtherExpert(claim: Claim, f: IndexedFact): SlotComparison | null {
  const lawmaker = UNNAMED_LAWMAKER.exec(claim.text);
  const byLawmaker = lawmaker ? unnamedLawmaker(claim, f, lawmaker[0]) : null;
  if (byLawmaker) return byLawmaker;
  const stranger = unknownSpeaker(claim, f);
  if (stranger) return stranger;
  const m = EXPERT_OF.exec(claim.text);
  if (!m) return null;
  const said = (m[1] ?? m[2] ?? m[3])!.trim();
  const quoted = quotedPhrases(f.fact.statement);
  if (quoted.length === 0) return null;
  const words = ` ${normaliseTerm(claim.text)} `;
  // The quote itself, or its signature words ("with one hand tied behind its back").
  if (
    !quoted.some((w) => words.includes(w)) &&
    !signatureOf(f).some((w) => words.includes(` ${w}`))
  )
    return null;
  for (const p of f.persons) {
    const orgs = sourceOrganisations(f, p.value.id);
    if (
      orgs.length === 0 ||
      orgs.some((o) => said.toLowerCase().includes(o.toLowerCase().replace(/^the\s+/, '')))
    )
      continue;
    return {
      kind: 'actor',
      outcome: 'conflict',
      reason: `Article: an expert of ${said}. Sources: ${p.value.name} of ${orgs[0]}.`,
    };
  }
  return null;
}

/**
 * The sources' quoted words given to a person the gazetteer does not know: "'Removing targeting
 * restrictions will allow the Ukrainians to stop fighting with one hand tied behind their back,'
 * John Herbst of the Atlantic Council had said", "…, Kurt Volker, a former U.S. special envoy for
 * Ukraine, said at the time". The name stands right after the quote, before an appositive and a
 * verb of saying, or opens the sentence.
 */
function unknownSpeaker(claim: Claim, f: IndexedFact): SlotComparison | null {
  const quoted = quotedPhrases(f.fact.statement);
  if (quoted.length === 0) return null;
  const words = ` ${normaliseTerm(claim.text)} `;
  // Words like the sources' given to someone named only by a role ("'The missiles did speak for
  // themselves,' one Ukrainian artillery officer said"): another's words, another event.
  const role = ROLE_AFTER_QUOTE.exec(claim.text);
  if (
    role &&
    (quoted.some((w) => words.includes(w)) || signatureOf(f).some((w) => words.includes(` ${w}`)))
  )
    return {
      kind: 'actor',
      outcome: 'other',
      reason: `Article: ${role[1]}. Sources: ${summarise(f.persons, (p) => p.name)}.`,
    };
  if (!quoted.some((w) => words.includes(w))) return null;
  const m =
    SPEAKER_AFTER_QUOTE.exec(claim.text) ??
    SPEAKER_WITH_APPOSITIVE.exec(claim.text) ??
    SPEAKER_OPENING.exec(claim.text);
  if (!m) return null;
  const name = m[1]!;
  if (NOT_A_NAME.test(name) || extractActors(name).length > 0) return null;
  return {
    kind: 'actor',
    outcome: 'conflict',
    reason: `Article: ${name}. Sources: ${summarise(f.persons, (p) => p.name)}.`,
  };
}
/**
 * A speaker named only by a role after the quote: "…,' one Ukrainian artillery officer said" (not
 * by a body: "one Heritage Foundation analyst", see EXPERT_OF).
 */
const ROLE_AFTER_QUOTE = gated(
  /[”"’']\s*,?\s+((?:one|a|an|another)\s+(?:(?:[a-z-]+|Ukrainian|Russian|American|British|Polish|German|French|Western)\s+){0,3}?(?:officer|soldier|commander|gunner|pilot|veteran|resident|volunteer|medic|source|diplomat|official|analyst|expert))\s+(?:said|says|told|added|noted|remarked|recalled)\b/,
);
const SPEAKER_AFTER_QUOTE = gated(
  /[”"’']\s*,?\s+(?:(?:said|says)\s+)?([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!\s+(?:Administration|Department|Council|House|Ministry|Office|Institute|Foundation)\b)/,
);
const SPEAKER_WITH_APPOSITIVE = gated(
  /\b([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+),\s+(?:a|an|the)\s+[^,]{3,80},\s+(?:said|says|told|wrote|argued|noted)\b/,
);
/**
 * A name that opens the sentence, with its body, then a verb of saying or arguing: "John Herbst of
 * the Atlantic Council made the case for the decision most vividly: …".
 */
const SPEAKER_OPENING = gated(
  /^([A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+)(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})?,?\s+(?:said|says|told|wrote|argued|noted|made\s+the\s+case|put\s+it)\b/,
);
/** Capitalised pairs that are no person's name: days, months, places of the story. */
const NOT_A_NAME = gated(
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|United|North|South|White|Kremlin|Pentagon|Ukrainian|Russian|American|British)\b/,
);

/**
 * A lawmaker named only by party or chamber: "a senior Republican on the Senate Foreign Relations
 * Committee".
 */
const UNNAMED_LAWMAKER = gated(
  /\b(?:an?|one|another)\s+(?:(?:senior|leading|top|prominent|veteran)\s+)?(?:(?:Republican|Democratic|GOP)\s+)?(?:Republican|Democrat|lawmaker|senator|congressman|congresswoman|legislator)\b/,
);

/**
 * The sources' quoted words given to an unnamed lawmaker, where the sources' speaker is an expert of
 * a body: "'… fight with one hand tied behind their back,' a senior Republican … said".
 */
function unnamedLawmaker(claim: Claim, f: IndexedFact, said: string): SlotComparison | null {
  const words = ` ${normaliseTerm(claim.text)} `;
  const quoted = quotedPhrases(f.fact.statement);
  if (
    !quoted.some((w) => words.includes(w)) &&
    !signatureOf(f).some((w) => words.includes(` ${w}`))
  )
    return null;
  for (const p of f.persons) {
    const [org] = sourceOrganisations(f, p.value.id);
    if (org === undefined) continue;
    const who = said.replace(/^(?:an?|one|another)\s+/i, 'a ');
    return {
      kind: 'actor',
      outcome: 'conflict',
      reason: `Article: ${who}. Sources: ${p.value.name} of ${org}.`,
    };
  }
  return null;
}

/** A fact that is itself an expectation: "North Korean troops were expected to enter Ukraine". */
const EXPECTATION_FACT = gated(/\b(?:expected to|could|may|might)\b/);

/**
 * A denial of the expectation itself: "do not expect them to cross", "no chance they will ever
 * cross", "will never set foot", "no indication that North Korean units will go on to fight inside
 * Ukraine", "nobody expected them to cross"; and the opposite expected ("expected them to stay in
 * Kursk and never cross", "would stay on Russian soil and never be sent"). What has not happened
 * yet ("had not seen them move into Ukraine", "no sign yet that they had been sent") does not deny
 * that it may.
 */
const DENIED_EXPECTATION = gated(
  /(?:\b(?:not|no|never)|n't)\s+(?:\w+\s+){0,2}?(?:expect|anticipat|predict|foresee|chance|likel|plan|intend|intention)\w*|\bno\s+(?:indication|sign|suggestion|evidence)s?\s+(?:yet\s+)?that\b[^.;]{0,60}?\b(?:will|would)\b|\b(?:will|would)\s+(?:not|never)\b|\b(?:will|would)\s+[^.;]{0,60}?\b(?:and|but)\s+(?:not|never)\b|\b(?:nobody|no\s+one|no-one)\s+(?:\w+\s+){0,2}?(?:expect|anticipat|predict|foresaw|foresee)\w*|\b(?:won't|wouldn't|unlikely)\b|\bexpect\w*\b[^.;,]{0,60}?\b(?:not\s+to|never)\b/gi,
);

/** The denial, unless it sits in an aside about something else (", which would not alter …"). */
function deniedExpectation(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(DENIED_EXPECTATION)) {
    if (!/,\s*which\b[^,]*$/i.test(text.slice(0, m.index))) return m as RegExpExecArray;
  }
  return null;
}

function compareExpectation(claim: Claim, f: IndexedFact, n: number): SlotComparison | null {
  if (claim.modality === 'question') return null;
  const denied = deniedExpectation(claim.text);
  if (denied) {
    return {
      kind: 'polarity',
      outcome: 'conflict',
      reason: `Article denies it was expected ("${denied[0]}"); sources (${plural(n, 'source')}) expected it.`,
    };
  }
  // "They expect the North Koreans to stay on Russian soil rather than cross into Ukraine": what
  // is expected is set aside for something else (see the judge's setAside).
  if (claim.negated && claim.negationCues.includes('rather than'))
    return {
      kind: 'polarity',
      outcome: 'conflict',
      reason: `Article expects something else instead ("rather than"); sources (${plural(n, 'source')}) expected it.`,
    };
  if (claim.negated) return null;
  return {
    kind: 'polarity',
    outcome: 'agree',
    reason: `Article and sources (${plural(n, 'source')}) agree it was expected.`,
  };
}

/** A fact that is itself an open question: "It was uncertain whether Trump would reverse it". */
export const OPEN_QUESTION_FACT = gated(
  /\b(?:uncertain|unclear|not\s+(?:yet\s+)?(?:known|clear|decided))\s+whether\b/i,
);

/**
 * A sentence's words that something is an open question: "is anyone's guess", "nobody knows yet",
 * "remains an open question", "declined to say", "I honestly don't know whether" (not "declined
 * to speculate on whether", which writers read as no answer at all). For a fact that is an open
 * question, they are the fact's value, as a date is a date fact's.
 */
export const OPEN_QUESTION = gated(
  /\b(?:unclear|uncertain|unknown|unknowable|open\s+question|anyone['’]s\s+guess|remains?\s+to\s+be\s+seen|(?:big|main|real|key)\s+(?:question|unknown)|question\s+mark|(?:nobody|no\s+one|no-one)\s+(?:(?:on|in|at|from|inside)\s+(?:[\w'’]+\s+){1,3}?|(?:here|there)\s+)?(?:yet\s+|really\s+|quite\s+)?(?:knows|knew|can\s+(?:yet\s+)?(?:say|tell)|could\s+(?:yet\s+)?(?:say|tell)|will\s+say|would\s+say)|\bquestion\s+(?:that\s+)?(?:nobody|no\s+one|no-one)\b[^.;]{0,40}?\b(?:can|could)\s+answer|(?:not|(?:is|are|was|were)n['’]t)\s+(?:yet\s+|immediately\s+)?(?:clear|known|certain)|(?:declined|refused)\s+to\s+say|(?:would|will)\s+not\s+say|(?:wouldn|won)['’]t\s+say|(?:do|does|did)\s*(?:not|n['’]t)\s+(?:yet\s+)?know\s+(?:whether|if)|(?:has|have|had)\s+(?:not|n['’]t)\s+said\s+whether|stopped\s+short\s+of\s+saying)\b/i,
);

/**
 * The question answered by the one who decides it: "Trump has made clear that he will not reverse
 * it", "his team said the permission will be revoked". Not asked ("has not said whether he will",
 * "said he would decide later if"), and not a speech denied ("has not said he will").
 */
const SETTLED = gated(
  /\b(?:said|says|made\s+(?:it\s+)?(?:clear|known)|makes?\s+(?:it\s+)?(?:clear|known)|let\s+it\s+be\s+known|vow(?:ed|s)|promis(?:ed|es)|pledg(?:ed|es)|announc(?:ed|es)|confirm(?:ed|s)|decided|insist(?:ed|s)|declared|told\s+[\w'’-]+)(?:\s+that)?(?:\s+(?!(?:whether|if|unless)\b)[\w'’-]+){0,4}?\s+(?:will|would|won['’]t|wouldn['’]t|is\s+going\s+to|intends\s+to|plans\s+to)\b(?!\s+(?:not\s+)?(?:speculate|comment|say|decide|discuss|reveal|disclose|talk|get\s+ahead|look|review|consider|weigh)\b)/i,
);

function compareOpenQuestion(claim: Claim, n: number): SlotComparison | null {
  if (claim.modality === 'question') return null;
  const m = SETTLED.exec(claim.text);
  if (!m) return null;
  const before = claim.text.slice(0, m.index);
  // Still asked ("Whether Trump, who has promised to end the war, will keep it is unclear"), said
  // in an aside about the person rather than of the decision, or a speech denied.
  if (
    /\bwhether\b/i.test(before) ||
    /,\s*(?:who|which)\b[^,]*$/i.test(before) ||
    /(?:\bnot|n['’]t|\bnever|\bno\s+one|\bnobody)\s+(?:yet\s+|publicly\s+|explicitly\s+)?$/i.test(
      before,
    )
  )
    return null;
  return {
    kind: 'polarity',
    outcome: 'conflict',
    reason: `Article says it is settled ("${quoted(m[0])}"); sources (${plural(n, 'source')}) say it was an open question.`,
  };
}

/**
 * A doubt: "officials questioned whether the strikes would change the war" — in a fact that is
 * itself a doubt ("Some US officials doubted that … would change the war's course"), or in a
 * sentence about one.
 */
export const DOUBT = gated(
  /\b(?:doubt\w*|question(?:ed|s|ing)?\s+whether|sceptic\w*|skeptic\w*|unconvinced)\b/i,
);

/**
 * The opposite belief held, not doubted: "officials were confident that the strikes would change
 * the course of the war", "were all but unanimous that …", "were convinced it would be a
 * game-changer". Not where the sentence doubts or denies it too ("confident it would not …").
 */
const CONFIDENT = gated(
  /\b(?:(?:were|was|are|is|felt|seemed)\s+(?:\w+\s+){0,2}?(?:confident|convinced|certain|sure|unanimous|optimistic|adamant)|(?:believed|expected|predicted|insisted|argued|assured|promised)|(?:had|have|has)\s+no\s+doubts?)\b(?:\s+that)?[^.;]{0,80}?\b(?:would|will|could)\s+(?:\w+\s+){0,2}?(?:change|turn|shift|alter|transform|be\s+(?:a\s+)?(?:decisive|game[-\s]changer|turning\s+point)|make\s+(?:a|the)\s+(?:\w+\s+)?difference)\b/i,
);

/**
 * The doubt itself denied: "no one in the US administration doubted that the ATACMS would change
 * the course of the war", "officials did not doubt that …".
 */
const DENIED_DOUBT = gated(
  /(?:\b(?:no\s+one|no-one|nobody|not\s+one|never)|\b(?:did|do|does|had|has|have)\s*(?:not\b|n['’]t))(?:\s+[\w'’-]+){0,6}?\s+(?:doubt(?:ed|s)?|questioned)\s+(?:that|whether)\b/i,
);

function compareDoubt(claim: Claim, n: number): SlotComparison | null {
  const denied = claim.modality === 'question' ? null : DENIED_DOUBT.exec(claim.text);
  if (denied) {
    return {
      kind: 'polarity',
      outcome: 'conflict',
      reason: `Article says they did not doubt it ("${quoted(denied[0])}"); sources (${plural(n, 'source')}) say they doubted it.`,
    };
  }
  if (claim.negated || claim.modality === 'question' || DOUBT.test(claim.text)) return null;
  const m = CONFIDENT.exec(claim.text);
  if (
    !m ||
    /\b(?:not|never|hardly|barely|scarcely)\b|n['’]t\b/i.test(m[0]) ||
    // "Not everyone is convinced it will change …", "would change little".
    /(?:\b(?:not|no|few|never)\b|n['’]t)[^.;,]{0,30}$/i.test(claim.text.slice(0, m.index)) ||
    /^\s+(?:little|nothing|much\s+of\s+anything|very\s+little)\b/i.test(
      claim.text.slice(m.index + m[0].length),
    )
  )
    return null;
  return {
    kind: 'polarity',
    outcome: 'conflict',
    reason: `Article says they were sure of it ("${quoted(m[0])}"); sources (${plural(n, 'source')}) say they doubted it.`,
  };
}

export function comparePolarity(claim: Claim, f: IndexedFact): SlotComparison | null {
  if (!f.fact.slots.includes('polarity')) return null;
  if (DOUBT.test(f.fact.statement)) {
    const doubt = compareDoubt(claim, reportingSources(f));
    if (doubt) return doubt;
  }
  if (EXPECTATION_FACT.test(f.fact.statement) && !f.fact.negated) {
    return compareExpectation(claim, f, reportingSources(f));
  }
  if (OPEN_QUESTION_FACT.test(f.fact.statement))
    return compareOpenQuestion(claim, reportingSources(f));
  // A question or a possibility ("Moscow would respond") asserts nothing about whether it
  // happened, nor does an earlier state denied ("until now the White House had held back"). An
  // earlier state asserted does: "Washington had long allowed Kyiv to hit the airfields", where
  // the sources say it never did.
  if (claim.modality === 'question' || claim.modality === 'possible') return null;
  if (claim.pastState && claim.negated) return null;
  const n = reportingSources(f);
  const factSays = f.fact.negated ? 'did not happen' : 'happened';
  if (claim.negated === f.fact.negated) {
    return {
      kind: 'polarity',
      outcome: 'agree',
      reason: `Article and sources (${plural(n, 'source')}) agree it ${factSays}.`,
    };
  }
  const cue = claim.negationCues[0];
  return {
    kind: 'polarity',
    outcome: 'conflict',
    reason: claim.negated
      ? `Article denies it${cue ? ` ("${cue}")` : ''}; sources (${plural(n, 'source')}) say it happened.`
      : `Article says it happened; sources (${plural(n, 'source')}) say it did not.`,
  };
}

function reportingSources(f: IndexedFact): number {
  return new Set(
    f.fact.sources
      .filter((s) => s.stance === 'asserts' || s.stance === 'reports')
      .map((s) => s.source),
  ).size;
}

export { short };
