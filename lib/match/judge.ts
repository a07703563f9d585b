/**
 * From a claim and its candidate facts to at most one verdict: first decide which fact (if any)
 * describes the same event, then compare typed slots (GUIDE §2). Scores are sums of named weights.
 */
import Fuse from 'fuse.js';
import { countriesByWord, extractActors } from '../claims/actors';
import { parseIso } from '../claims/dates';
import { parseNumber } from '../text/numbers';
import { withoutTitleStops } from '../text/segment';
import { SPEAKER_TAG_PATTERN } from '../text/speaker';
import { groupCountry, misplaced } from '../claims/places';
import { russianMissiles, weaponOrigins, withoutComparisons } from '../claims/origin';
import {
  answeredRequest,
  ASSENT_OPENING,
  mainClause,
  polarity,
  QUESTION_OF_WHETHER,
  REPORTER_QUESTION,
  refutedClaim,
  setsOffContrast,
  statesNeed,
  takenGroundSpans,
  withoutPurpose,
  withoutTakenGround,
} from '../claims/polarity';
import { compatible, describeQuantity } from '../claims/quantities';
import type { Actor, Claim, DateValue, Quantity } from '../claims/types';
import { SUPPORTING_STANCES, type Fact, type SlotKind } from '../factbase/types';
import {
  comparableQuantities,
  compareActors,
  compareDates,
  comparePlaces,
  comparePolarity,
  compareQuantities,
  DATE_EPITHET,
  DOUBT,
  epithetOfOther,
  plural,
  short,
  compareScope,
  FIRST,
  namedAsPatron,
  OPEN_QUESTION,
  OPEN_QUESTION_FACT,
  SPEECH,
  standsForActor,
  type SlotComparison,
  type VerdictKind,
} from './compare';
import type { FactIndex, IndexedFact } from './fact-index';
import { refersBack } from '../text/refers-back';
import { rememberRecent } from '../util/recent';
import { contentTokens, termText, withPlaceMarkers } from './tokens';
import { gated } from '../util/regex-gate';

export type Verdict = 'supports' | 'contradicts' | 'disputed';

export interface Judgement {
  verdict: Verdict;
  kind: VerdictKind;
  reason: string;
  fact: Fact;
  /** Same-event score (see SAME_EVENT). */
  score: number;
}

/** Weights of the same-event score. */
export const SAME_EVENT = {
  /** Per concept group of the fact the sentence touches (all must be touched to be a candidate):
   * each group is an independent curated facet of the event (who, what, the decision word). */
  PER_GROUP: 0.08,
  /** Cap on the group contribution, so that facts with many groups are not favoured beyond it. */
  GROUPS_MAX: 0.32,
  /** IDF-weighted share of the best-matching view's words (statement, alias or quote) that the sentence uses. */
  VIEW_RECALL: 0.5,
  /** IDF-weighted Dice overlap with the best view: penalises sentences that are mostly about something else. */
  VIEW_DICE: 0.5,
  /** The sentence states a value of a kind the fact is about (a number, a date): it speaks to the fact's slot. */
  SLOT_PRESENT: 0.1,
  /** Persons or places the sentence shares with the sources: strong evidence of the same event. */
  SHARED_ENTITY: 0.1,
  /** The sentence names a specific place the fact never mentions: likely a look-alike event. */
  FOREIGN_PLACE: -0.15,
  /** Fuse.js token search (BM25-style over statements, aliases and quotes) ranks this candidate first. */
  FUSE_TOP: 0.05,
  /** Per concept-group term the sentence uses beyond one a group ("clawed back … shrinking … under
   * Kyiv's control"): several words of the fact's own vocabulary are more than a passing touch. */
  PER_EXTRA_TERM: 0.03,
  /** Cap on the extra-term contribution. */
  EXTRA_TERMS_MAX: 0.09,
  /** Minimum score to annotate at all: below it a false highlight is likelier than a right one. */
  THRESHOLD: 0.4,
} as const;

/** Days before the fact base's earliest date that still count as "the same news cycle". */
const EPOCH_LEAD_DAYS = 60;
/** Days after the sources' latest publication that a page date may still describe the same events. */
const LATER_SLACK_DAYS = 10;
/**
 * The same for a date to the day ("on Thursday"): a report a week later that names the day of an
 * attack, a barrage or a meeting names a new one (Russia's barrages recur; so do strikes).
 */
const LATER_SLACK_DAY_DATES = 3;

/** Weighted overlap between the sentence tokens (of summed IDF `sentenceWeight`) and one view. */
function overlap(
  index: FactIndex,
  sentence: Set<string>,
  sentenceWeight: number,
  view: { tokens: Set<string>; weight: number },
): { recall: number; dice: number } {
  let shared = 0;
  // Walk the smaller set: shared words are the same either way.
  if (sentence.size < view.tokens.size) {
    for (const t of sentence) if (view.tokens.has(t)) shared += index.idf(t);
  } else {
    for (const t of view.tokens) if (sentence.has(t)) shared += index.idf(t);
  }
  if (view.weight === 0 || sentenceWeight === 0) return { recall: 0, dice: 0 };
  return { recall: shared / view.weight, dice: (2 * shared) / (view.weight + sentenceWeight) };
}

export function sameEventScore(
  index: FactIndex,
  claim: Claim,
  tokens: Set<string>,
  f: IndexedFact,
): number {
  let recall = 0;
  let dice = 0;
  let sentenceWeight = 0;
  for (const t of tokens) sentenceWeight += index.idf(t);
  for (const view of f.viewSets) {
    const o = overlap(index, tokens, sentenceWeight, view);
    recall = Math.max(recall, o.recall);
    dice = Math.max(dice, o.dice);
  }
  let score =
    Math.min(SAME_EVENT.GROUPS_MAX, SAME_EVENT.PER_GROUP * f.groups.length) +
    Math.min(
      SAME_EVENT.EXTRA_TERMS_MAX,
      SAME_EVENT.PER_EXTRA_TERM * extraTerms(index, claim.text, f),
    ) +
    SAME_EVENT.VIEW_RECALL * recall +
    SAME_EVENT.VIEW_DICE * dice;
  const slotPresent =
    (f.fact.slots.includes('quantity') && comparableQuantities(claim, f).length > 0) ||
    (f.fact.slots.includes('date') && claim.dates.length > 0 && f.dates.length > 0) ||
    // A denial is the value of a fact about something that did not happen ("Moscow had not reacted").
    (f.fact.slots.includes('polarity') &&
      f.fact.negated &&
      claim.negated &&
      claim.modality === 'asserted') ||
    // Uncertainty is the value of a fact that is an open question ("… is anyone's guess").
    (OPEN_QUESTION.test(claim.text) && OPEN_QUESTION_FACT.test(f.fact.statement)) ||
    // A limit to a place is the value of a fact about where something is limited to: "may fire the
    // missiles only at targets in Russia's Bryansk region".
    (f.fact.slots.includes('place') &&
      claim.places.length > 0 &&
      !claim.pastState &&
      LIMITED_TO_PLACE.test(claim.text) &&
      f.groups.some((g) => g.includes('only')));
  if (slotPresent) score += SAME_EVENT.SLOT_PRESENT;
  const persons = new Set(f.persons.map((p) => p.value.id));
  const places = new Set(f.places.map((p) => p.value.id));
  if (claim.actors.some((a) => persons.has(a.id)) || claim.places.some((p) => places.has(p.id))) {
    score += SAME_EVENT.SHARED_ENTITY;
  }
  // Washington is where the fact base's decisions are made ("what tipped the balance in
  // Washington"), not the scene of a look-alike event.
  const foreign = claim.places.some(
    (p) =>
      p.kind !== 'country' &&
      p.country !== 'US' &&
      !places.has(p.id) &&
      !p.statedCountry &&
      !standsForActor(claim, p),
  );
  if (foreign && !f.fact.slots.includes('place')) score += SAME_EVENT.FOREIGN_PLACE;
  return score;
}

/** Distinct concept-group terms the sentence uses, beyond one per group. */
export function extraTerms(index: FactIndex, text: string, f: IndexedFact): number {
  return index.extraTerms(termText(text), f);
}

/** Where a place is holds at any date: a date in the sentence says nothing against that fact. */
const timeless = (f: IndexedFact) => f.fact.topic === 'geography';

/**
 * Does the claim date itself to before the news cycle the fact base covers ("in May", "in 2023")?
 * A date the fact's own quotes also mention ("since August") is background, not another event.
 */
function earlierEvent(claim: Claim, epoch: Epoch | null, f: IndexedFact): boolean {
  if (claim.dates.length === 0 || !epoch || timeless(f) || priorState(f)) return false;
  if (f.fact.slots.includes('date')) return farFromFactDates(claim, epoch, f);
  const factMonths = new Set(f.dates.map((d) => d.value.month).filter((m) => m !== undefined));
  return claim.dates.some((d) => {
    if (d.month !== undefined && factMonths.has(d.month)) return false;
    // A season that holds one of them: "seized last summer", of a fact "since August".
    if (d.precision === 'part-of-year' && monthsOf(d).some((m) => factMonths.has(m))) return false;
    if (d.to !== null) return d.to < epoch.start;
    // Unresolved (no publication date): a month outside the news cycle's months.
    return d.month !== undefined && !epoch.months.has(d.month);
  });
}

/**
 * A weapon's range told as the sources tell it: "the 306-kilometer maximum range of the ATACMS
 * variant that the United States began delivering in spring 2024", "The longer-range variant, able
 * to reach roughly 300 kilometres, arrived only this spring". How far a weapon reaches holds at any
 * date; an earlier date with another figure tells an older version ("Ukraine first received ATACMS
 * in October 2023, but those early versions could fly only about 165 km").
 */
function rangeTold(claim: Claim, f: IndexedFact): boolean {
  return RANGE_FACT.test(f.fact.statement) && compareQuantities(claim, f)?.outcome === 'agree';
}
const RANGE_FACT = gated(/\bha(?:s|ve)\s+a\s+range\s+of\b/i);

/** The months (0–11) a resolved span of dates runs through. */
function monthsOf(d: DateValue): number[] {
  const from = parseIso(d.from ?? '');
  const to = parseIso(d.to ?? '');
  if (!from || !to) return [];
  const out: number[] = [];
  for (let y = from.getUTCFullYear(), m = from.getUTCMonth(); ; m++) {
    if (m === 12) [y, m] = [y + 1, 0];
    if (y > to.getUTCFullYear() || (y === to.getUTCFullYear() && m > to.getUTCMonth())) break;
    out.push(m);
    if (out.length >= 12) break;
  }
  return out;
}

/**
 * A fact about the time before the news ("Before the decision, the administration had kept …",
 * "had lobbied for months"): an earlier date ("a carve-out announced in May") is inside it.
 */
function priorState(f: IndexedFact): boolean {
  return PRIOR_STATE.test(f.fact.statement);
}
const PRIOR_STATE = gated(/^Before\b|\bfor months\b/i);

/**
 * Days between a date the sentence gives and every date the sources give a date fact, beyond which
 * the sentence speaks of another event: a report that misdates an event gets it wrong by days or
 * weeks ("on Monday", "in September"), not by most of a year.
 */
const OTHER_EVENT_DAYS = 180;

/**
 * Every resolved date of the claim lies more than OTHER_EVENT_DAYS from all the fact's dates. A
 * source date without a year ("in October", in an undated quote) is the latest such month up to the
 * sources' own date.
 */
function farFromFactDates(claim: Claim, epoch: Epoch, f: IndexedFact): boolean {
  const asOf = epoch.asOf ? parseIso(epoch.asOf) : null;
  const spans = f.dates
    .map(({ value: d }) => {
      const from = parseIso(d.from ?? '');
      const to = parseIso(d.to ?? '');
      if (from && to) return { from, to };
      if (d.month === undefined || !asOf) return null;
      const y = asOf.getUTCFullYear() - (d.month > asOf.getUTCMonth() ? 1 : 0);
      return { from: new Date(Date.UTC(y, d.month, 1)), to: new Date(Date.UTC(y, d.month + 1, 0)) };
    })
    .filter((x): x is { from: Date; to: Date } => x !== null);
  if (spans.length === 0) return false;
  const limit = OTHER_EVENT_DAYS * 86_400_000;
  // "its fastest pace since 2014", where the sources say since 2022: the same record, misdated.
  const sinceFact = recordSince(f);
  return claim.dates.every((d) => {
    if (
      sinceFact &&
      /\bsince\s+(?:the\s+)?$/i.test(claim.text.slice(Math.max(0, d.start - 12), d.start))
    )
      return false;
    let from = parseIso(d.from ?? '');
    let to = parseIso(d.to ?? '');
    if (!from || !to) return false;
    // A season stands for its middle: "received longer-range ones this spring" is far from November.
    if (d.precision === 'part-of-year') from = to = new Date((from.getTime() + to.getTime()) / 2);
    return spans.every(
      (s) => from.getTime() - s.to.getTime() > limit || s.from.getTime() - to.getTime() > limit,
    );
  });
}

/**
 * Days after the sources' date of a first event beyond which a sentence that does not call its
 * event the first tells a later one: "Ukraine fired six Atacms at a military airfield in Taganrog
 * on 11 December". A misdated first strike is off by a day or two.
 */
const LATER_THAN_FIRST_DAYS = 7;

/**
 * The same for a first event the sources date only by a month (`LATER_THAN_FIRST_MONTH_DAYS` after
 * its end): "Kyiv said last week it had captured two North Korean soldiers there", in January, is no
 * misdated first report of October.
 */
const LATER_THAN_FIRST_MONTH_DAYS = 45;

/**
 * Every resolved date of the claim lies more than LATER_THAN_FIRST_DAYS after the fact's dates. A
 * fact's month told without a year is the last such month up to the claim's date.
 */
function wellAfterFactDates(claim: Claim, f: IndexedFact): boolean {
  if (f.dates.length === 0 || claim.dates.length === 0) return false;
  return claim.dates.every((d) => {
    const from = parseIso(d.from ?? '');
    if (from === null) return false;
    return f.dates.every(({ value: v }) => {
      let end = parseIso(v.to ?? '');
      if (end === null && v.month !== undefined && v.from === null) {
        const year = from.getUTCFullYear() - (v.month > from.getUTCMonth() ? 1 : 0);
        end = new Date(Date.UTC(year, v.month + 1, 0));
      }
      if (end === null) return false;
      const days = v.precision === 'day' ? LATER_THAN_FIRST_DAYS : LATER_THAN_FIRST_MONTH_DAYS;
      return from.getTime() - end.getTime() > days * 86_400_000;
    });
  });
}

/**
 * Does every date the sentence gives end before any of the fact's dates begins? A fact's month told
 * without a year ("in early October") is taken in the sentence's date's year, and only a few months
 * ahead counts: January 2025 is not before an August told without its year (2024).
 */
function beforeFactDates(claim: Claim, f: IndexedFact): boolean {
  if (f.dates.length === 0 || claim.dates.length === 0) return false;
  return claim.dates.every((d) => {
    const to = parseIso(d.to ?? '');
    if (to === null) return false;
    return f.dates.every(({ value: v }) => {
      const dated = parseIso(v.from ?? '');
      if (dated) return to.getTime() < dated.getTime();
      if (v.month === undefined || v.month === null) return false;
      const start = Date.UTC(to.getUTCFullYear(), v.month, 1);
      return to.getTime() < start && start - to.getTime() < UNDATED_MONTH_AHEAD_DAYS * 86_400_000;
    });
  });
}

/** How far ahead a fact's month without a year may lie and still be read in the same year. */
const UNDATED_MONTH_AHEAD_DAYS = 120;

/** A fact that is itself a record since a date ("its fastest pace since 2022"). */
function recordSince(f: IndexedFact): boolean {
  return /\bsince\b/i.test(f.fact.statement);
}
/** "since 2022", "since the opening months of the invasion in 2022": the date a record runs from. */
const SINCE_JUST_BEFORE = gated(/\bsince\b[^,;.]{0,60}$/i);

/**
 * Does the claim date itself after the sources were written ("at a meeting next month"), and only
 * then? For a fact the sources report as done, that is another, later event; a fact about what may
 * come (the sources say it could or will happen) is not dated by it.
 */
function laterEvent(claim: Claim, epoch: Epoch | null, f: IndexedFact): boolean {
  if (claim.dates.length === 0 || !epoch?.asOf || f.fact.slots.includes('date') || timeless(f))
    return false;
  if (f.prospective || lastingState(f)) return false;
  const limit = laterLimit(epoch.asOf, LATER_SLACK_DAYS);
  const dayLimit = laterLimit(epoch.asOf, LATER_SLACK_DAY_DATES);
  const factLatest = f.dates
    .map((d) => d.value.to)
    .filter((x): x is string => x !== null)
    .sort()
    .pop();
  // The inauguration's own date, for a fact timed by the inauguration: "came three months before
  // Donald Trump is due to be sworn in, on 20 January".
  const reference = INAUGURATION_TIMED.test(f.fact.statement);
  const later = claim.dates.some(
    (d) =>
      !d.anaphoric &&
      !(
        reference && INAUGURATION_BEFORE.test(claim.text.slice(Math.max(0, d.start - 70), d.start))
      ) &&
      d.from !== null &&
      d.to !== null &&
      d.from > epoch.asOf! &&
      d.to > (d.precision === 'day' ? dayLimit : limit) &&
      (!factLatest || d.from > factLatest),
  );
  // A later date beside one within the sources' time dates something else: "he said in an
  // interview last week" (in January) of "the one President Biden made in November".
  return later && !claim.dates.some((d) => d.from !== null && d.from <= epoch.asOf!);
}

/** A fact timed by the inauguration: "two months before Trump's inauguration". */
const INAUGURATION_TIMED = gated(
  /\b(?:before|after|until|ahead\s+of)\s+(?:[\w'’.-]+\s+){0,3}?inaugurat/i,
);
/**
 * The inauguration, told just before a date: "is due to be sworn in, on", "takes office on", "the
 * inauguration of President Donald J. Trump on", "handing over the keys on", "moves into the White
 * House on".
 */
const INAUGURATION_BEFORE = gated(
  /\b(?:sworn\s+in|inaugurat\w*(?:\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?|(?:takes?|taking)\s+office|handover|oath(?:\s+of\s+office)?|hand(?:s|ing)?\s+over\s+(?:the\s+)?(?:keys|power|the\s+presidency)|hand(?:s|ing)?\s+(?:the\s+)?(?:keys|power)\s+(?:over|to\s+\w+)|(?:moves?|moving|returns?|returning)\s+(?:back\s+)?(?:into|to)\s+the\s+White\s+House)\W+(?:(?:on|in|come|next)\s+)?$/i,
);

/**
 * A fact told as a state that lasts ("North Korean troops have been deployed to … Kursk", "Ukraine
 * still holds the ground"): a later date finds it still so ("on Monday, Seoul said 300 of them had
 * been killed fighting in Kursk"), not another event.
 */
function lastingState(f: IndexedFact): boolean {
  return LASTING_STATE.test(f.fact.statement);
}
const LASTING_STATE = gated(/^[^,;]*?\b(?:are|is|remains?|still|has|have)\b/i);

const laterLimits = new Map<string, string>();
/** The last day a page may date the sources' events to: their latest publication plus `slack` days. */
function laterLimit(asOf: string, slack: number): string {
  const key = `${asOf}+${slack}`;
  let limit = laterLimits.get(key);
  if (limit === undefined) {
    limit = new Date(parseIso(asOf)!.getTime() + slack * 86_400_000).toISOString().slice(0, 10);
    laterLimits.set(key, limit);
  }
  return limit;
}

/**
 * Words before a date that make it a bound of the event, not its time; also what may come after it
 * ("leave Kyiv in a position of strength for whatever comes after January"), and the handover
 * itself ("before the administration hands over on Jan. 20").
 */
const BOUND_BEFORE = gated(
  /\b(?:before|by|until|till|ahead of|prior to|no later than|(?:whatever|what)\s+(?:(?:would|will|might|could|may)\s+)?(?:comes?|happens?|follows?)\s+after|(?:inauguration|swearing-in)\b[^.;]{0,40}?\b(?:set|scheduled|due|slated)\s+for|chang(?:e|es|ed|ing)\s+hands|transfer\s+of\s+power|change\s+of\s+(?:power|administration|government)|changeover|hand-?over|transition|(?:returns?|returning)\s+to\s+the\s+White\s+House|hand(?:s|ing|ed)?\s+(?:over\s+)?(?:power|the\s+White\s+House|the\s+(?:keys|reins)(?:\s+to\s+the\s+White\s+House)?)(?:\s+over)?|hand(?:s|ing|ed)?\s+over|takes office|take office|taking office|took office|leaves office|leave office|leaving office|(?:takes?|taking|took)\s+the\s+oath(?:\s+of\s+office)?|sworn in(?:\s+as\s+(?:[\w.]+\s+){0,3}?president)?|inauguration|inaugurated|swearing-in)\s+(?:(?:the|early|mid|late|end of|start of|beginning of)\s+)*(?:on\s+|in\s+)?$/i,
);

/**
 * "the most significant loosening … since Russia's full-scale invasion in": where the span a record
 * is measured over began. (Not a state's start: "has been allowed since May" dates the permission.)
 */
const SINCE_BEFORE = gated(
  /\b(?:most|biggest|largest|greatest|fastest|worst|highest|lowest|deadliest|heaviest|strongest|sharpest|first)\b[^,;:]{0,100}\bsince\s+(?:[\w'’-]+\s+){0,4}?(?:in\s+)?$/i,
);

/**
 * A worry, warning or line kept up since a date ("European allies have worried since 2022 that …",
 * "one of the few red lines it had held since the full-scale invasion"): the date is where it
 * began, and it goes on into the news the facts tell.
 */
const WORRIED_SINCE = gated(
  /\b(?:has|have|had)\s+(?:long\s+|also\s+|all\s+|always\s+|repeatedly\s+)?(?:worried|feared|fretted|warned|cautioned|held|kept|maintained|enforced|resisted|withheld|been\s+(?:worried|afraid|concerned|wary|nervous|anxious|warning|cautioning|in\s+place|in\s+force))\s+since\s+(?:[\w'’-]+\s+){0,2}?(?:in\s+)?$/i,
);

/**
 * The fact is the event a span began with, not the sentence's own: "its largest attack on Russian
 * territory since Washington allowed it in November to fire US-supplied missiles" tells the
 * permission in the clause after "since", with words the clause before it lacks; so its date dates
 * the permission. (Not "the most significant loosening … on Russia since Russia's full-scale
 * invasion in February 2022", whose words after "since" are all in the clause before.)
 */
function factSince(text: string, d: DateValue, f: IndexedFact): boolean {
  const at = text.slice(0, d.start).toLowerCase().lastIndexOf('since ');
  if (at < 0) return false;
  const before = ` ${text.slice(0, at).toLowerCase()}`;
  const since = ` ${text.slice(at + 6, d.start).toLowerCase()}`;
  return f.groups.some(
    (g) => g.some((t) => since.includes(` ${t}`)) && !g.some((t) => before.includes(` ${t}`)),
  );
}

/**
 * A date told of someone in a relative clause ("Richard Grenell, who served as acting intelligence
 * chief in 2020, …"), of the ground a side took ("sees the territory Ukraine seized in Kursk last
 * August as a bargaining chip") or of a state the sentence says ended ("ending a ban that had stood
 * since 2022"): background, not the time of what the sentence says.
 */
const ASIDE_BEFORE = gated(
  /(?:\bwho\b[^,;()]{0,120}|,\s*(?:(?:from|in|at|through|during|after)\s+)?(?:which|where)\b(?![^,;()]*\bsince\b)[^,;()]{0,120}|,\s*(?:the|a)\s+(?:[\w'’-]+\s+){0,4}?(?:region|province|oblast|area|city|town|territory)\s+(?:where|in\s+which)\b(?![^,;()]*\bsince\b)[^,;()]{0,120}|\b(?:territory|ground|land|area|salient|pocket|foothold|bridgehead)\s+(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){1,3}?(?:seized|captured|took|taken|grabbed|won|occupied|overran|gained)\b[^,;()]{0,60}|\b(?:that|which)\s+had\s+(?:stood|been in (?:place|force|effect)|lasted|held)\s+since\s+(?:[\w'’-]+\s+){0,3}?|,\s*(?:a|an)\s+(?:[\w'’-]+\s+){1,4}?(?:once|first|originally|previously|long|later)\s+(?:[\w'’-]+\s+){1,4}?(?:the\s+)?|(?:^\W*|,\s*)(?:(?:first|originally|usually|often)\s+)?(?:launched|fired|built|made|developed|supplied|delivered|shipped|designed|produced|manufactured|used|introduced|deployed|sent|provided)\s+(?:from|by|to|in|for|with|on|off|against)\b[^,;()]{0,120}?\b(?:has|have|had)\s+[^,;()]{0,60})$/i,
);

/** What leads into a bound: "before he takes office", "ahead of the transfer of power". */
const BOUND_LEAD = gated(
  /\b(?:before|until|till|ahead of|prior to|by the time)\s+(?:[\w'’.-]+\s+){0,4}$/i,
);

/**
 * Where the fact's event is named as a bound ("before he takes office"): the offset of the
 * "before", or null. Dates before it date something else.
 */
function eventAsBound(text: string, f: IndexedFact): number | null {
  const lower = text.toLowerCase();
  for (const g of f.groups) {
    // Every mention of the event in these words must be a bound: in "With Trump due to take the
    // oath on January 21, will you … before he's sworn in?" the first one is dated.
    let at: number | null = null;
    let free = false;
    for (const t of g)
      for (let i = lower.indexOf(t); i >= 0 && !free; i = lower.indexOf(t, i + 1)) {
        const m = BOUND_LEAD.exec(text.slice(Math.max(0, i - 60), i));
        if (m) at ??= Math.max(0, i - 60) + m.index;
        else free = true;
      }
    if (at !== null && !free) return at;
  }
  return null;
}

/**
 * The fact's event named and dated in the phrase a sentence opens with: "Since the election of 6
 * November, Biden's aides have been racing …" dates the election, whoever the main clause names, as
 * does an inverted "Only after the November 6 election did the Biden administration give in".
 */
function datedInOpening(text: string, f: IndexedFact): boolean {
  const m =
    /^\W*(?:only\s+)?(?:since|after|before|following|until|by|on|in)\s+[^,;:]{3,80}?(?:,|\s(?=(?:did|does|do|was|were|is|are|had|has|have|could|would)\s))/i.exec(
      text,
    );
  return m !== null && namesEveryGroup(m[0].toLowerCase(), f);
}

/** Lower-cased text that holds a term of every concept group of the fact. */
function namesEveryGroup(lower: string, f: IndexedFact): boolean {
  return f.groups.every((g) => g.some((t) => lower.includes(t)));
}

/** How many of a unit a gap counts: "two", "a few", "10". */
const GAP_COUNT = String.raw`(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several)`;

/** A count in words past ten: "forty-eight", "twenty-four" (figures are in `GAP_COUNT`). */
const LONG_COUNT = String.raw`(?:eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)`;

/**
 * The start of a gap told as an aside, up to its "after": ", barely two days", ", 48 hours", ", just
 * days".
 */
const OFFSET_ASIDE = gated(
  new RegExp(
    String.raw`,\s*(?:(?:barely|just|only|some|about|roughly|nearly|almost|less than|more than|mere)\s+)?(?:(?:${GAP_COUNT}|${LONG_COUNT})\s+)?(?:hours?|days?|weeks?|months?)\s+$`,
  ),
);

/** An aside that opens with a day before its "after": ", on the Tuesday", ", the day", ", ". */
const DAY_ASIDE = gated(
  /,\s*(?:(?:(?:on|just|barely|only)\s+)?(?:the|a|that)\s+(?:very\s+)?(?:day|week|morning|evening|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?$/i,
);

/**
 * The fact's event told only as what came before the sentence's own dated event: "Crude futures
 * jumped on Monday after US officials confirmed that …". The offset of the "after", or null. Dates
 * before it date the other event; the fact's may be any time before them.
 */
function eventAfterDated(text: string, f: IndexedFact): number | null {
  for (const m of text.matchAll(/\b(?:after|following|in the wake of)\s+/gi)) {
    const before = text.slice(0, m.index).toLowerCase();
    // "After officials confirmed it on Sunday, …" opens the sentence: its dates are the event's.
    if (!/\S/.test(before)) continue;
    const rest = text.slice(m.index).toLowerCase();
    // A gap told as an aside ("On Wednesday, barely two days after the story broke, six ATACMS
    // were fired …") ends at its comma: the main clause goes on after it.
    // So does one set off by commas ("Two weeks ago today, on the Tuesday after the news broke,
    // its forces fired …", "…, after the news broke, its forces …").
    const aside = OFFSET_ASIDE.test(before) || DAY_ASIDE.test(before);
    const stop = rest.search(aside ? /[,;.]\s/ : /[;.]\s/);
    const clause = stop >= 0 ? rest.slice(0, stop) : rest;
    if (namesEveryGroup(clause, f) && !namesEveryGroup(before, f)) return m.index;
  }
  return null;
}

/**
 * A date that modifies the handover it bounds: "Trump's Jan. 20 inauguration", or with its year
 * set off by commas, "the scheduled January 20, 2025, inauguration".
 */
const BOUND_AFTER = gated(
  /^(?:,(?=\s*(?:inauguration|swearing[- ]in)\b))?\s*(?:inauguration|swearing[- ]in|handover|hand-over|transfer of power|transition)\b/i,
);

/**
 * The words that make `d` a bound ("before", "takes office in", or after it "inauguration"),
 * lower-case with a space before.
 */
function boundWords(text: string, d: { start: number; end: number }): string | null {
  if (agentBy(text, d)) return null;
  const m =
    BOUND_BEFORE.exec(text.slice(Math.max(0, d.start - 60), d.start)) ??
    BOUND_AFTER.exec(text.slice(d.end, d.end + 30));
  return m ? ` ${m[0].trim().toLowerCase()}` : null;
}

/**
 * A day by which something had been done: "by Tuesday the 19th they had fired ATACMS", "By early
 * Tuesday, Ukraine had fired …".
 */
function doneBy(text: string, d: { start: number; end: number }): boolean {
  return (
    DONE_BY_BEFORE.test(text.slice(Math.max(0, d.start - 24), d.start)) &&
    DONE_BY_AFTER.test(text.slice(d.end, d.end + 60))
  );
}
const DONE_BY_BEFORE = gated(/\bby\s+(?:(?:early|mid|late|the\s+end\s+of)\s+)?$/i);
const DONE_BY_AFTER = gated(
  /^[^.;:]{0,40}?\b(?:had|have|has)\s+(?:already\s+)?(?:been\s+)?[a-z]+(?:ed|en|t)\b/i,
);

/** A deadline right before a date: "before Jan. 20", "by 20 January". */
const BEFORE_DEADLINE = gated(/\b(?:before|by|until|ahead\s+of|prior\s+to|no\s+later\s+than)\s+$/i);

/** "Prompted by Tuesday's strike": "by" before a day's event names what did it, not a deadline. */
function agentBy(text: string, d: { start: number; end: number }): boolean {
  return /['’]s\b/.test(text.slice(d.end, d.end + 2)) && /\bby\s+$/i.test(text.slice(0, d.start));
}

/**
 * Is `d` a bound ("before January", "since August", "… takes office in January", "… before Trump's
 * inauguration on 20 January") or when the ground the sentence speaks of was taken?
 */
function isBound(text: string, d: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, d.start - 80), d.start);
  return (
    (BOUND_BEFORE.test(before.slice(-60)) && !agentBy(text, d)) ||
    BOUND_AFTER.test(text.slice(d.end, d.end + 30)) ||
    TAKEN_WHEN_BEFORE.test(before)
  );
}

/**
 * When the ground a sentence speaks of was taken, told in a clause about that ground: "the land
 * Ukraine seized in Kursk in August", "the territory captured in August", "the border region they
 * entered in August". Background, like a bound: not when what the sentence says happened ("regards
 * … as a bargaining chip", "is still holding"). A main clause with its object ("Ukraine seized
 * land in Kursk in August") does not match.
 */
const TAKEN_WHEN_BEFORE = gated(
  /(?:\b(?:it|they|we|Ukraine|Kyiv|Kiev|(?:its|his|their|Ukraine['’]s|Kyiv['’]s)\s+(?:forces|troops|units|army)|Ukrainian\s+(?:forces|troops|units))\s+(?:had\s+|has\s+|have\s+)?|\b(?:land|ground|territory|area|villages|towns|slice|foothold|chunk|pocket|swathe?|salient)\s+)(?:seized|captured|took|taken|grabbed|occupied|won|gained|entered)(?:\s+(?:there|back|in\s+(?:the\s+)?Kursk(?:\s+(?:region|oblast|Oblast|Region))?))?(?:\s+by\s+(?:Ukrainian|Ukraine['’]s|Kyiv['’]s|its|their)\s+(?:forces|troops|units|army))?\s+in\s+(?:(?:early|late|mid)[\s-]+)?$/,
);

/**
 * A date that names when something was said or published, not when the event it reports happened:
 * "wrote in his Nov. 20 newsletter that Ukraine's first strike …", "said at a Nov. 22 candidate
 * forum", "Monday's briefing", a caption's "in this 2022 file image".
 */
const REPORT_AFTER = gated(
  /^\s*(?:['’]s\s+)?(?:[a-z-]+\s+)?(?:newsletter|interview|statement|post|tweet|speech|briefing|forum|panel|press conference|news conference|op-ed|column|letter|editorial|broadcast|podcast|memo|video|image|photo|photograph|picture|footage)s?\b/i,
);

/**
 * A day told as the saying's own: "the agency said on Dec. 2", "told reporters on Monday", "the
 * spy agency said Monday", "first reported last Sunday", "confirmed to reporters Sunday", a
 * caption's "in this image released by the SBU on Jan. 12", "the story broke on a Sunday". (Not
 * "said last month that …": a span is often the reported event's.)
 */
const REPORT_BEFORE = gated(
  /\b(?:(?:story|news|word)\s+(?:first\s+)?broke|said|says|told\s+(?:reporters|journalists|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)|reported|announced|stated|estimated|wrote|added|confirmed(?:\s+to\s+(?:reporters|journalists|the\s+press))?|(?:released|provided|distributed|published|posted)(?:\s+by\s+[^,;.]{1,50}?)?)\s+(?:(?:late\s+|early\s+|last\s+|this\s+)?on\s+(?:a\s+)?|last\s+|this\s+)?$/,
);

/**
 * A day told as a piece's own, right after it: "A news analysis on Wednesday about …", "an
 * editorial published on Monday".
 */
const PIECE_BEFORE = gated(
  /\b(?:[Aa]n?|[Tt]he|[Oo]ur|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}?(?:article|story|analysis|editorial|column|op-ed|obituary|headline|caption|newsletter|dispatch|podcast|explainer)s?(?:\s+(?:published|posted|aired|that\s+ran|which\s+ran))?\s+(?:on\s+)?$/,
);

function isReportDate(text: string, d: { text: string; start: number; end: number }): boolean {
  return (
    REPORT_AFTER.test(text.slice(d.end, d.end + 40)) ||
    (/^[A-Z]/.test(d.text) && REPORT_BEFORE.test(text.slice(Math.max(0, d.start - 80), d.start))) ||
    (/^(?:on\s+)?[A-Z]/.test(d.text) &&
      PIECE_BEFORE.test(text.slice(Math.max(0, d.start - 60), d.start + d.text.search(/[A-Z]/))))
  );
}

/**
 * Facts whose date may be that of a statement (a confirmation, a call, a reaction): a report's date
 * can be theirs. For the others (strikes, the battlefield), it never is.
 */
const SPOKEN_TOPICS: ReadonlySet<string> = new Set([
  'permission',
  'politics',
  'diplomacy',
  'reactions',
]);

export interface Epoch {
  /** The latest publication date of the sources: when the news cycle was reported. */
  asOf: string | null;
  /** Earliest ISO date of the news cycle. */
  start: string;
  /** Months (0–11) the news cycle spans. */
  months: Set<number>;
}

/**
 * Of several figures, the one the fact's concepts follow most closely: "about 50,000 troops …,
 * including an estimated 8,000 North Korean soldiers" counts the North Koreans with its second
 * figure (its next words name two of the fact's groups, the first's one). The first on a tie, and
 * unless another names two groups or more.
 */
/** The second end of a range, right after its first: "-12,000", " to 12,000". */
const RANGE_END = gated(/^\s*(?:[-–—]|to|and)\s*\d[\d,.]*/);

function namedFigure(text: string, qs: readonly Quantity[], f: IndexedFact): Quantity {
  if (qs.length < 2) return qs[0]!;
  let best = qs[0]!;
  let most = -1;
  for (const q of qs) {
    // A range's first end counts what its second does ("11,000-12,000 North Korean soldiers").
    const after = text.slice(q.end).replace(RANGE_END, '');
    const next = ` ${/^(?:\s+[\w'’-]+){1,4}/.exec(after)?.[0].toLowerCase() ?? ''} `;
    const named = f.groups.filter((g) => g.some((t) => next.includes(t))).length;
    if (named > most) {
      most = named;
      best = q;
    }
  }
  // A figure followed by one concept ("to more than 10,000 troops") is no better named than the
  // first: a range's two ends each fit a side.
  return most >= 2 ? best : qs[0]!;
}

function disputedVerdict(claim: Claim, f: IndexedFact, score: number): Judgement | null {
  const fact = f.fact;
  const numeric = fact.disputes.find((d) => d.kind === 'numeric');
  if (numeric) {
    const qs = comparableQuantities(claim, f);
    if (qs.length === 0) return null;
    const q = namedFigure(claim.text, qs, f);
    // A side is the value it gives ("about 8,000 troops"), not every number its sources mention.
    const sides = numeric.sides.map((side) => ({
      side,
      ok: f.quantities.some(
        (v) =>
          side.sources.includes(v.source) &&
          describeQuantity(v.value) === side.value &&
          compatible(q, v.value),
      ),
    }));
    const taken = sides.filter((s) => s.ok);
    const disputeText = `${numeric.sides[0].value} (${numeric.sides[0].sources.map(short).join(', ')}) vs ${numeric.sides[1].value} (${numeric.sides[1].sources.map(short).join(', ')})`;
    if (taken.length === 0) {
      return {
        verdict: 'contradicts',
        kind: 'numeric',
        reason: `Article: ${q.text}. Sources give ${disputeText}; the article's figure fits neither.`,
        fact,
        score,
      };
    }
    const side = taken.length === 1 ? `sides with ${taken[0]!.side.value}` : 'fits both figures';
    return {
      verdict: 'disputed',
      kind: 'numeric',
      reason: `Sources disagree: ${disputeText}. Article (${q.text}) ${side}.`,
      fact,
      score,
    };
  }
  const polar = fact.disputes.filter((d) => d.kind === 'polarity');
  if (polar.length > 0) {
    // One dispute per pair of quotes: the sides are every source on each.
    const side = (i: 0 | 1) => [...new Set(polar.flatMap((d) => d.sides[i].sources))].sort();
    const [pro, con] = [side(0), side(1)];
    const verb = (ids: string[], one: string, many: string) =>
      `${ids.map(short).join(', ')} ${ids.length === 1 ? one : many}`;
    const doubt = polar.every((d) => d.doubt === true);
    // "If the permission were withdrawn, Kyiv would lose its main tool …" supposes; it takes no
    // side on whether Ukraine still holds the ground. (A doubt may well be put as a condition.)
    if (!doubt && (conditional(claim.text) || INVERTED_CONDITION.test(claim.text))) return null;
    return {
      verdict: 'disputed',
      kind: 'polarity',
      reason: `Sources disagree: ${verb(pro, 'says yes', 'say yes')}, ${doubt ? verb(con, 'doubts it', 'doubt it') : verb(con, 'says no', 'say no')}.`,
      fact,
      score,
    };
  }
  return null;
}

/** A "whether" or "if" clause still open where a word stands (in a term text: no punctuation). */
/**
 * A question reported as the sentence's whole: "Brennan asked whether …" (not "Asked whether …, he
 * called it …", which gives the answer).
 */
/** A person named with an age, as a newspaper names a member of the public: "Oksana, 41, a …". */
const VOX_POP = gated(/\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?,\s+(?:aged\s+)?\d{1,2},\s/);
/** A fact that is someone's view or words: "argued the decision came too late", "welcomed". */
const VIEW_FACT = gated(
  /\b(?:argued|argues|welcomed|welcomes|criticised|criticized|called|calls|praised|condemned|warned|warns|said|says|believes|described|urged)\b/,
);

const REPORTED_QUESTION = gated(
  /^[^,;:]{1,60}?\s(?:asked|asks)\s+(?:[\w'’]+\s+){0,3}?whether\b(?![^.;]*(?:,|\b(?:but|and|yet)\s))/i,
);

const OPEN_WHETHER = gated(/\b(?:whether|if)\b(?!.*\b(?:but|and|yet|so)\s)/);

/**
 * An aside on what someone had done before: "Even Lukashenko, who had scoffed at the first reports
 * of Koreans in Russia, had conceded that their involvement would be an escalation".
 */
const EARLIER_STANCE_ASIDE = gated(/,\s*who\s+(?:had|has|have)\s+(?:\w+\s+)?\w+ed\b[^,;]*,/gi);

/** A fact about the state before the change: "Before the decision, the administration had …". */
const EARLIER_STATE_FACT = gated(/^(?:before|until)\b/i);

/** "Now", not "until now", "by now" or "for now". */
const NOW = gated(/(?<!\b(?:until|till|up\s+to|by|for)\s+)\bnow\b/i);

/** "Without", "few" or "little" up to four words before a word (in a term text). */
const LEFT_OUT_BEFORE = gated(/\b(?:without|few|little)\s+(?:\S+\s+){0,4}$/);

/** The sentence's word that says the opposite of the fact (one of its `contrary` terms), or null. */
function contraryWord(text: string, f: IndexedFact): string | null {
  if (f.contrary.length === 0) return null;
  const t = termText(text);
  for (const term of f.contrary) {
    const at = t.indexOf(` ${term}`);
    if (at < 0) continue;
    // "too early to know whether the strikes slowed Russia's advance": asked, not said.
    if (OPEN_WHETHER.test(t.slice(0, at))) continue;
    // "without laying out a detailed plan", "with few details": the words are what was left out.
    if (LEFT_OUT_BEFORE.test(t.slice(0, at + 1))) continue;
    const end = t.indexOf(' ', at + 1 + term.trimEnd().length);
    return t.slice(at + 1, end < 0 ? undefined : end);
  }
  return null;
}

/**
 * What "but" goes on to undo, named only as "it" or "the idea": "considered sending Ukraine
 * anti-personnel mines but ultimately decided against it" is one clause, its "but" the denial.
 */
const UNDONE_AFTER = String.raw`\s+(?:(?:ultimately|eventually|finally|in\s+the\s+end|then|later)\s+)?(?:(?:decided|chose|opted)\s+against\s+(?:it|that|the\s+idea|doing\s+so)|(?:rejected|dropped|shelved|scrapped|abandoned)\s+(?:it|the\s+idea)|ruled\s+it\s+out)\b`;

/**
 * Clause boundaries: a sentence often joins two assertions ("…did not comment, but it was evident…").
 * Not the "but" of "not through an announcement but through leaks", which sets one way against
 * another within a clause. ", so I don't think …" opens the writer's own conclusion. A dash between
 * spaces sets off a clause too ("Biden did not hide it either — he announced it himself"). Not the
 * comma after an opening "Sure" or "Yes": "Sure, though contractors still aren't allowed …" is one
 * clause, the speaker's own.
 * "…, when it came to sending …" names what the clause before is about; it is no clause of its own.
 * Every alternative starts with a fixed character or whitespace, so the regex engine can skip ahead
 * between candidates (a leading `\s*` made it try every position: 50× slower on long sentences).
 */
const CLAUSE_SPLIT = gated(
  new RegExp(
    String.raw`[;:]\s+|,(?<!${ASSENT_OPENING},)\s+(?:(?=(?:but(?!${UNDONE_AFTER})|while|although|though(?!\s*,)|whereas|yet|and|it|which|as(?!\s+(?:far\s+as|of)\b)|with|where|when(?!\s+it\s+(?:came|comes|come)\s+to\b)|who|after|since|because|so\s+(?:I|we|you)|most|including|noting|pointing out|citing|even (?:after|as|though|if|when|before|while)|(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several|just|only|barely|mere)\s+)?(?:hours|days?|weeks?|months?)\s+(?:after|before))\b)|(?<=^(?:although|though|while|despite|as|when|once|after|before|until|since)\b[^,]*,\s+))|\s+(?:(?<!\bnot\s+(?:through|by|via|from|in|with|at|on|as)\s+[^,;.]{1,60})but(?!${UNDONE_AFTER})|whereas)\s+|\s+[—–]\s+`,
    'gi',
  ),
);

/** A dash between spaces: what follows is a clause of its own, often another event. */
const DASH_AFTER = gated(/\s[—–]\s/);

/** A clause that opens with an offset from the sentence's date: "two days after …". */
const OFFSET_CLAUSE = gated(
  new RegExp(String.raw`^${GAP_COUNT}\s+(?:days?|weeks?|months?)\s+(?:after|before)\b`, 'i'),
);

/**
 * A clause that is only a gap from the sentence's date ("…, two days after US officials confirmed
 * the new policy"), not one the gap only opens before its act ("three days after the decision
 * leaked, Ukraine fired its first ATACMS").
 */
function gapOnly(clause: string): boolean {
  return OFFSET_CLAUSE.test(clause) && !/^[^,]+,\s+\S/.test(clause);
}

/**
 * A gap of days or weeks told against the fact's event: "six days before Donald Trump returns to
 * the White House", "exactly a week after Mr Trump's election victory". The event reads on through
 * the dots of "U.S." and "Mr.": "two days after U.S. officials confirmed …".
 */
const EVENT_OFFSET = gated(
  /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(before|after)\s+((?:[^,;.]|(?<=\b[A-Z]|\bM(?:rs?|s)|\bDr|\bSen|\bRep|\bGen)\.){1,80})/gi,
);
const shiftIso = (iso: string | null, days: number): string | null => {
  const d = iso ? parseIso(iso) : null;
  return d ? new Date(d.getTime() + days * 86_400_000).toISOString().slice(0, 10) : iso;
};

/**
 * The dates a sentence gives its own event, moved to the fact's event where the sentence tells the
 * gap between them in the fact's words: "on Tuesday, six days before Trump returns to the White
 * House" dates the return to the Monday after. Null when the sentence tells no such gap.
 */
function offsetEventDates(text: string, f: IndexedFact, dates: DateValue[]): DateValue[] | null {
  for (const m of text.matchAll(EVENT_OFFSET)) {
    const anchor = ` ${m[4]!.toLowerCase()}`;
    if (!namesEveryGroup(anchor, f)) continue;
    const n = parseNumber(m[1]!);
    if (n === null) continue;
    const days = n * (m[2]!.toLowerCase().startsWith('week') ? 7 : 1);
    const shift = m[3]!.toLowerCase() === 'before' ? days : -days;
    const start = m.index;
    const end = start + m[0].length;
    // The sentence's own event is told before the gap ("on November 12, a week after …"), or
    // after it when the gap opens the sentence ("Six days before …, senators on Tuesday asked").
    // A date after a gap told later is the fact's event's own ("a day after Ukraine fired …, on
    // Tuesday"): nothing to move.
    const opens = /^\W*$/.test(text.slice(0, start));
    if (!opens && dates.some((d) => d.start >= end)) return null;
    // The fact's event dated where the gap names it ("Ten days before Donald Trump is sworn in on
    // 20 January, …") is dated there: nothing to move.
    const anchored = dates.filter(
      (d) => d.start >= start + m[0].length - m[4]!.length && d.end <= end,
    );
    if (anchored.length > 0) return anchored;
    const own = dates.filter((d) => (opens ? d.start >= end : d.end <= start));
    if (own.length === 0 || own.some((d) => d.from === null)) return null;
    return own.map((d) => {
      const from = shiftIso(d.from, shift);
      const to = shiftIso(d.to, shift);
      const oneMonth = from !== null && from.slice(0, 7) === to?.slice(0, 7);
      return {
        ...d,
        from,
        to,
        month: oneMonth ? Number(from.slice(5, 7)) - 1 : undefined,
        day: undefined,
        weekday: undefined,
        otherReading: d.otherReading ? (shiftIso(d.otherReading, shift) ?? undefined) : undefined,
      };
    });
  }
  return null;
}

/** The text between clause boundaries, without the whitespace before a boundary. */
function splitClauses(text: string): string[] {
  const out: string[] = [];
  let last = 0;
  CLAUSE_SPLIT.lastIndex = 0;
  for (let m = CLAUSE_SPLIT.exec(text); m; m = CLAUSE_SPLIT.exec(text)) {
    out.push(text.slice(last, m.index).trimEnd());
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

/** A sentence's clauses with their content tokens, computed once per sentence. */
export interface Clauses {
  parts: {
    text: string;
    start: number;
    end: number;
    tokens: Set<string>;
    /** The countries whose weapons the clause names, once asked (see `clauseOrigins`). */
    origins?: Set<string>;
  }[];
}

/** The countries whose weapons a clause names, computed once per clause. */
function clauseOrigins(clause: Clauses['parts'][number]): Set<string> {
  return (clause.origins ??= weaponOrigins(clause.text));
}

/**
 * Where a relative clause set inside the sentence ends and the main clause goes on: "The airfields
 * …, which Kyiv has been asking to hit, | still appear to be off the table"; "had asked without
 * success to use ATACMS, which can hit targets up to 306 kilometers away, | against the Russian
 * airfields".
 */
const RELATIVE_THEN_PREDICATE = gated(
  /^((?:which|who|where)\b[^,]*),\s+(?=(?:against|into|inside|at|[a-z]+n['’]t|still|also|now|has|have|had|is|are|was|were|will|would|could|can|may|might|did|does|do|never|remain\w*|appear\w*|seem\w*|bec[oa]me\w*|[a-z]+ed|said|told|made|gave|kept|held|sent|went|came)\b)/i,
);

export function clausesOf(text: string): Clauses {
  const pieces = splitClauses(text).filter((c) => c.trim().length > 0);
  let from = 0;
  const parts = pieces.map((piece) => {
    const start = Math.max(0, text.indexOf(piece, from));
    from = start + piece.length;
    return { text: piece, start, end: start + piece.length, tokens: new Set(contentTokens(piece)) };
  });
  // The subject before such a relative clause is one clause with the predicate after it.
  for (let i = 1; i < parts.length; i++) {
    const m = RELATIVE_THEN_PREDICATE.exec(parts[i]!.text);
    if (!m) continue;
    const head = parts[i - 1]!;
    const relative = parts[i]!;
    const rest = relative.text.slice(m[0].length);
    const main = `${head.text} ${rest}`;
    parts[i - 1] = {
      text: main,
      start: head.start,
      end: relative.end,
      tokens: new Set(contentTokens(main)),
    };
    parts[i] = {
      text: m[1]!,
      start: relative.start,
      end: relative.start + m[1]!.length,
      tokens: new Set(contentTokens(m[1]!)),
    };
  }
  return {
    parts:
      parts.length > 0
        ? parts
        : [{ text, start: 0, end: text.length, tokens: new Set(contentTokens(text)) }],
  };
}

/** A label of one to three words: a roundup's "KREMLIN", a transcript's "MR. KIRBY". */
const LABEL = gated(/^\W*(?:[\w.'’-]+\s+){0,2}[\w.'’-]+$/);

/** How much more a clause that names a negative fact's subject weighs in `focusClause`. */
const SUBJECT_CLAUSE_WEIGHT = 2;

/**
 * A clause that opens with a subject pronoun, or a relative one that stands for the name just
 * before it ("the first word from the Kremlin itself, which had offered no immediate reaction").
 */
const SUBJECT_PRONOUN = gated(/^\W*(?:(?:and|but|yet|so)\s+)?(?:it|he|she|they|which|who)\b/i);

/** Does the claim name, inside the clause, an actor other than this one? */
function namesOtherActor(
  claim: Claim,
  id: string,
  clause: { start: number; end: number },
): boolean {
  return claim.actors.some((a) => a.id !== id && a.start >= clause.start && a.end <= clause.end);
}

/** Does the claim name the actor inside the clause? */
function namesActorIn(claim: Claim, id: string, clause: { start: number; end: number }): boolean {
  return claim.actors.some((a) => a.id === id && a.start >= clause.start && a.end <= clause.end);
}

/** The clause of the sentence that speaks to the fact, with its offsets in the sentence. */
export function focusClause(
  index: FactIndex,
  claim: Claim,
  f: IndexedFact,
  clauses: Clauses = clausesOf(claim.text),
): { text: string; start: number; end: number } {
  if (clauses.parts.length <= 1) return { text: claim.text, start: 0, end: claim.text.length };
  // "KREMLIN: There was no immediate reaction from Moscow": a label before a colon says nothing.
  const first = clauses.parts[0]!;
  const labelled = LABEL.test(first.text) && claim.text[first.end] === ':';
  let best = labelled ? clauses.parts[1]! : first;
  let bestWeight = -1;
  // "Washington has approved sending anti-tank mines, though it has held back from supplying
  // anti-personnel mines": where only some clauses name every concept of the fact (here, the
  // mines it is about), one of those speaks to it, whatever words the others share with it. (Not
  // for a fact that something did not happen: its denial often names its subject by a pronoun,
  // "we wrote that the White House had announced it; it has in fact issued no confirmation".)
  const whole = f.fact.negated
    ? []
    : clauses.parts.map((c) => index.candidates(termText(c.text)).includes(f));
  // "The White House confirmed the change, while the State Department declined to comment": for a
  // fact that its subject did not do something, the clause that names that subject speaks to it.
  const subject = f.fact.negated ? statementSubject(f.fact.statement) : null;
  let named = false;
  // "Ukraine fired British Storm Shadows on Wednesday, a day after it launched American ATACMS":
  // a clause about another country's weapons does not speak to a fact about these, where another
  // clause may.
  const foreign = clauses.parts.map((c) => {
    if (f.origins.size === 0) return false;
    const o = clauseOrigins(c);
    return o.size > 0 && ![...o].some((x) => f.origins.has(x));
  });
  const someForeign = foreign.some(Boolean) && !foreign.every(Boolean);
  if (someForeign) whole.forEach((w, i) => (whole[i] = w && !foreign[i]));
  const someWhole = whole.some(Boolean) && !whole.every(Boolean);
  // A clause that names the subject by a pronoun after one that names it ("we wrote that the
  // White House had announced the change; it has in fact issued no confirmation") names it too.
  const namesSubject = clauses.parts.map((clause) => {
    const n =
      subject !== null &&
      (namesActorIn(claim, subject, clause) || (named && SUBJECT_PRONOUN.test(clause.text)));
    named = n;
    return n;
  });
  // "The White House acknowledged the shift, although the State Department declined to comment":
  // where one clause names the subject, another that names only someone else is that one's act.
  const someNamed = namesSubject.some(Boolean);
  for (const [ci, clause] of clauses.parts.entries()) {
    if (someWhole && !whole[ci]) continue;
    if (someForeign && foreign[ci]) continue;
    if (ci === 0 && labelled) continue;
    if (someNamed && !namesSubject[ci] && namesOtherActor(claim, subject!, clause)) continue;
    let w = 0;
    for (const tok of clause.tokens) if (f.tokens.has(tok)) w += index.idf(tok);
    if (namesSubject[ci]) w *= SUBJECT_CLAUSE_WEIGHT;
    if (w > bestWeight) {
      bestWeight = w;
      best = clause;
    }
  }
  return best;
}

/**
 * A clause that points at a thing it names after its colon: "what they wanted most:", "What the
 * administration still hasn't done:", "One step Biden never took:", "Still off the table:", or a
 * request the colon spells out: "held off on another of Kyiv's requests:".
 */
const POINTED_AT_BEFORE_COLON = gated(
  /\boff[- ](?:the\s+)?(?:table|limits)\s*:\s*$|\b(?:requests?|demands?|pleas?|appeals?|asks|wish\s+list|wishlist)\s*:\s*$|\bwhat\s+(?:[\w'’.-]+\s+){1,4}?(?:has|have|had|did|does|do|is|was)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:done|do|allowed|approved|cleared|granted|given)\b[^:;.]{0,40}:\s*$|\b(?:what|the\s+(?:one\s+)?(?:thing|weapon|permission|request|step)|the\s+one)\s+(?:[\w'’]+\s+){1,3}?(?:had\s+)?(?:wanted|asked\s+for|sought|needed|requested|hoped\s+for|lobbied\s+for|pressed\s+for|craved|begged\s+for)\b[^:;.]{0,40}:\s*$|\b(?:one|another|the\s+(?:one|only))\s+(?:step|thing|move|line|weapon|item|decision|concession)\s+(?:that\s+|which\s+)?(?:[\w'’.-]+\s+){1,3}?(?:never|did\s+not|didn['’]t|has\s+not|hasn['’]t|would\s+not|wouldn['’]t|refused\s+to|declined\s+to)\s+(?:took|take|taken|make|made|cross|crossed|send|sent|approve|approved|allow|allowed|grant|granted|do|did|done)\b[^:;.]{0,40}:\s*$/i,
);

/** A clause joined by "and" that denies what the one before names: ", and London never allowed them". */
const AND_DENIED_AGAIN = gated(
  /^,?\s+(?:and|but)\s+(?:[\w'’-]+\s+){0,3}?(never|not|did\s+not|didn['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t|would\s+not|wouldn['’]t)\s+(?:[\w'’-]+\s+){0,2}?(?:them|it)\b/i,
);

/**
 * A clause joined by "and" or "but" that refuses a request to do to them what the one before names:
 * "Top of Kyiv's list were the Russian airbases …, but its requests to hit them with ATACMS were
 * turned down".
 */
const AND_REFUSED_AGAIN = gated(
  /^,?\s+(?:and|but)\s+(?:[\w'’-]+\s+){0,3}?(?:requests?|pleas?|appeals?|calls?)\s+(?:to|for)\b[^,;.]{0,80}?\b(?:them|it)\b[^,;.]{0,60}?\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:repeatedly\s+|flatly\s+|always\s+)?(turned\s+down|rejected|refused|denied|rebuffed)\b/i,
);

/**
 * Polarity of the clause that speaks to the fact: the clause sharing most (IDF-weighted) words with
 * the fact's views. "Although the White House did not comment, it was evident…" is, for the fact
 * "the White House did not comment", a negative statement, whatever its main clause says.
 */
export function focusedClaim(
  index: FactIndex,
  claim: Claim,
  f: IndexedFact,
  clause = focusClause(index, claim, f),
): Claim {
  if (clause.text === claim.text) return claim;
  // "Ukrainian officials never got what they wanted most: permission to hit the Russian airbases":
  // a clause after a colon that names what the clause before only pointed at is read with it.
  if (POINTED_AT_BEFORE_COLON.test(claim.text.slice(0, clause.start))) return claim;
  let pol = polarity(clause.text);
  // "Britain kept its Storm Shadow missiles on a short leash, and London never allowed them to be
  // fired into Russia": a clause joined by "and" that denies the same act of what this one names
  // ("them") denies this one's too.
  if (!pol.negated) {
    const after = claim.text.slice(clause.end);
    const denial = AND_DENIED_AGAIN.exec(after) ?? AND_REFUSED_AGAIN.exec(after);
    if (denial) pol = { ...pol, negated: true, cues: [denial[1]!] };
  }
  // A request in this clause answered in another ("Kyiv had asked for months to hit the airfields
  // …, and this time Washington said yes"): the answer is what the sentence asserts.
  if (pol.modality === 'possible' && claim.modality === 'asserted' && answeredRequest(claim.text))
    return claim;
  return {
    ...claim,
    negated: pol.negated,
    negationCues: pol.cues,
    modality: claim.modality === 'question' ? 'question' : pol.modality,
    pastState: claim.pastState || pol.pastState,
  };
}

/**
 * A warning, or a vow it comes with: what it says "would" happen is its content, not the writer's
 * hypothesis ("Putin warned that allowing Kyiv to fire … would mean NATO was at war", "Moscow has
 * said that any loosening … would amount to a serious escalation, and has vowed to respond") — for
 * a fact about a warning.
 */
const WARNING = gated(
  /\b(?:warn(?:s|ed|ing)?|caution(?:s|ed)?|threaten(?:s|ed)?|vow(?:s|ed)?|pledg(?:e|es|ed)|ma(?:de|kes?|king)\s+(?:it\s+)?clear)\b/i,
);

/**
 * Said what would happen, of a warning: "Moscow has said repeatedly that loosening the curbs would
 * be treated as a grave escalation" warns in a verb of saying — for a fact about a warning.
 */
const SAID_WOULD = gated(
  /\b(?:said|says|saying|told|stated|declared|insist(?:s|ed)|repeated(?:ly)?)\b[^.;]*\bwould\b/i,
);

/**
 * An aim: "making sure that Ukraine would be in a position of strength", "wanted to leave Ukraine
 * …, to fight or to negotiate". What it would bring about is the aim, for a fact about an aim.
 */
const AIM = gated(
  /\b(?:aim(?:s|ed|ing)?|goal|intend(?:s|ed)?|intention|(?:make|makes|making|made)\s+sure|ensur(?:e|es|ed|ing)|want(?:s|ed)?|sought|seek(?:s|ing)?|point\s+(?:is|was))\b/i,
);

/**
 * Framings whose "would" or "whether" clause is what the fact reports (a warning, a doubt, an aim).
 */
const CONTENT_FRAMES = [WARNING, DOUBT, AIM];

/** Whether the claim is framed as what the fact reports: its "would" is the frame's. */
function framedAsContent(fact: string, claim: string): boolean {
  return CONTENT_FRAMES.some(
    (frame) =>
      frame.test(fact) && (frame.test(claim) || (frame === WARNING && SAID_WOULD.test(claim))),
  );
}

/**
 * Conditional or hypothetical framing, or advice ("member states should let Ukraine use the
 * weapons", "recommends that Washington allow Ukraine to strike"): the sentence does not assert
 * that the event happened. A "whether … or …" of two courses ("a position of strength, whether to
 * keep fighting or to negotiate") is no condition on the event; "whether … or not" is. Nor does a
 * guess at what comes next ("Storm Shadow missiles could be the next weapon Kyiv turns on Russia").
 * Nor is "as if" a condition: "The White House declined to comment, as if embarrassed …".
 */
const HYPOTHETICAL = gated(
  /\b(?:(?<!\bas\s)if|unless|whether(?![^,;.]*?\bor\s+(?!not\b)\w)|any (?:(?:further|new|such)\s+)?(?:decision|move|attempt|step|escalation)|would (?:mark|be|amount|constitute|mean|represent|cross)|should (?:let|allow|permit|be (?:free|allowed|permitted))|recommend(?:s|ed|ing)? that|(?:could|might|may)\s+(?:well\s+|soon\s+)?be\s+(?:the\s+)?next)\b/i,
);

/** HYPOTHETICAL without its "would be …": for a "would" that reports a plan. */
const WOULD_BE = 'would (?:mark|be|amount|constitute|mean|represent|cross)|';
const HYPOTHETICAL_BUT_WOULD = gated(new RegExp(HYPOTHETICAL.source.replace(WOULD_BE, ''), 'i'));

/**
 * A condition: "if …", "unless …" (not a manner: "declined to comment, as if embarrassed"; nor a
 * concession, which grants the main clause whatever follows: "still holds a slice of Kursk, even
 * if it's smaller than it was in the fall").
 */
const CONDITION = gated(/\b(?:(?<!\b(?:as|even)\s)if|unless)\b/i);

/**
 * A concessive "if" before a lone judgement ("was welcome, if overdue", "a real, if belated,
 * change"): it grants the point it qualifies, it sets no condition.
 */
const CONCESSIVE_IF = gated(
  /\bif\s+(?:(?:somewhat|rather|a little|a bit|long|very|too|much|only)\s+)?(?:overdue|belated|late|tardy|modest|limited|small|symbolic|cautious|grudging|reluctant|partial|incomplete|imperfect|narrow|halting|risky|controversial|welcome|belatedly|grudgingly|reluctantly|cautiously|partially|partly|narrowly|quietly|tentatively)(?=\s*(?:[,.;:—–)]|$))/gi,
);

/**
 * An "if" that addresses the audience: "If you're just joining us, the big story is that …", "if
 * you missed it", an advisory's "if you are travelling for such work, read our guidance". It sets
 * no condition on what the sentence tells.
 */
const AUDIENCE_IF = gated(
  /\bif\s+you(?:['’]re|\s+are|['’]ve|\s+have)?\s+(?:just\s+)?(?:joining|tuning\s+in|listening|watching|reading|catching\s+up|travell?ing|planning|thinking\s+of|considering|heading|visiting|living|staying|based)\b[^,;—–]*|\bif\s+you\s+(?:missed\s+it|(?:have\s+not|haven['’]t)\s+heard|didn['’]t\s+catch\s+it)\b/gi,
);

/** The text without concessive "if"s (see CONCESSIVE_IF) and the audience's (see AUDIENCE_IF). */
const withoutConcessions = (text: string) =>
  text.replace(CONCESSIVE_IF, ' ').replace(AUDIENCE_IF, ' ');

/**
 * The sentence's assertion is under a condition: "if …" or "unless …", but not one inside an
 * appositive's relative clause after a comma ("Kyiv still holds the ground it seized, an asset that
 * matters if talks ever start": the holding is asserted, the mattering supposed).
 */
function conditional(sentence: string): boolean {
  const text = withoutConcessions(sentence);
  if (!CONDITION.test(text)) return false;
  return text.split(/,\s+/).some((part, i) => {
    const at = part.search(CONDITION);
    return at >= 0 && (i === 0 || !/\b(?:that|which|who)\b/i.test(part.slice(0, at)));
  });
}

/**
 * A condition by inversion, opening the sentence: "Were the incoming administration to lift the
 * remaining limits, …", "Had Washington acted sooner, …", "Should Trump reverse it, …".
 */
const INVERTED_CONDITION = gated(
  /^\W*(?:(?:but|and|yet)\s+)?(?:were|had|should)\s+(?!not\b|been\b)[\w'’-]+/i,
);

/**
 * A condition opening the sentence: "If Trump scraps the permission after 20 January, Kyiv would
 * …" supposes what a fact says may come, and asserts only what would follow from it (see
 * `onlySupposed`). A live page's time stamp may come first: "11:20 ET — If Trump rescinds …".
 */
const OPENING_CONDITION = gated(
  /^\W*(?:\d{1,2}[:.]\d{2}\s*(?:[AP]\.?M\.?\s*)?(?:[A-Z]{2,4}\s*)?[—–-]\s*)?(?:(?:but|and|yet|so|even)\s+)?(?:if|unless)\b/i,
);

/**
 * The sentence names people, and none of those the fact's sources name: "Belousov visited
 * Pyongyang last week and held talks with Kim" is no misdated Austin–Umerov call.
 */
function otherPeople(claim: Claim, f: IndexedFact): boolean {
  const people = claim.actors.filter((a) => a.kind === 'person');
  return (
    f.persons.length > 0 &&
    people.length > 0 &&
    !people.some((a) => f.actors.has(a.id)) &&
    // "He will take the oath on Jan. 25, closing Biden's window": who "he" is, the sentence
    // before says.
    !refersBack(claim.text)
  );
}

/**
 * Who asks, right before the asking: "Warsaw had for months been urging its American allies to
 * loosen the rules". For a fact about someone's requests, another asker tells another's request.
 */
const ASKS_AFTER = gated(
  /^\s+(?:(?:had|has|have|was|were|is|are|been|for\s+months|for\s+weeks|long|repeatedly|also|quietly|privately|publicly|itself|themselves)\s+){0,5}(?:urg|lobb|press|push|ask|plead|begg?|campaign|sought|seek)\w*/i,
);
function askedByOther(claim: Claim, f: IndexedFact): boolean {
  if (!REQUEST_FACT.test(f.fact.statement)) return false;
  const asker = claim.actors.find((a) => ASKS_AFTER.test(claim.text.slice(a.end)));
  return asker !== undefined && !f.actors.has(asker.id);
}
/** A fact about Ukraine's own requests. */
const REQUEST_FACT = gated(/^Ukraine\b[^.]*\b(?:lobbied|requested|asked|pleaded)\b/);

/** Words before an actor, at most, for it to be read as the sentence's subject. */
const SUBJECT_WORDS = 3;

/** Does `actor` open the sentence (a dateline aside, at most `SUBJECT_WORDS` words before it)? */
function opensSentence(text: string, actor: Actor): boolean {
  const before = text.slice(0, actor.start).replace(STAMP, '').trim();
  return before === '' || before.split(/\s+/).length <= SUBJECT_WORDS;
}

/**
 * The sentence opens with who acted ("North Korea fired …"), and neither they nor any other actor
 * it names is anyone the fact's sources name. An actor named further on ("… inheriting the Ukraine
 * question") is not taken for the subject.
 */
function actsElsewhere(claim: Claim, f: IndexedFact): boolean {
  const first = claim.actors[0];
  if (!first || claim.actors.some((a) => f.actors.has(a.id))) return false;
  // "Russia's missile strike damaged …" of "A Russian missile attack damaged …": the fact names the
  // same country by its adjective.
  if (
    first.kind === 'country' &&
    first.country &&
    countriesByWord(f.fact.statement).has(first.country)
  )
    return false;
  return opensSentence(claim.text, first);
}

/**
 * A sentence whose subject is another event than a decision: "The meeting comes 11 days before
 * President-elect Donald J. Trump is sworn in" times the meeting; so does "The Florida Republican's
 * confirmation hearing before the Senate Foreign Relations Committee came five days before …".
 */
const OTHER_EVENT_SUBJECT = gated(
  new RegExp(
    String.raw`^\W*(?:${SPEAKER_TAG_PATTERN})?(?:the|this|that|today['’]s|tomorrow['’]s|\w+day['’]s|(?:the\s+)?(?:[\w.-]+\s+){0,2}?[\w.-]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:meeting|visit|summit|call|trip|talks|conference|session|hearing|briefing|speech|address|ceremony|gathering|exercise|drill|election|vote)(?:\s+(?:before|with|of|in|at|on|between)(?:\s+[\w.'’-]+){1,6}?)?\s+(?:comes?|came|is|was|will|takes?|took|falls?|fell|opens?|opened|starts?|started|begins?|began)\b`,
    'i',
  ),
);

/**
 * The fact's person is named only inside another person's name: "Donald Trump Jr. also criticises
 * the reported decision" is not Trump's criticism.
 */
function namedOnlyInOthers(claim: Claim, f: IndexedFact): boolean {
  if (f.persons.length === 0) return false;
  const others = claim.actors.filter((a) => a.kind === 'person' && !f.actors.has(a.id));
  if (others.length === 0) return false;
  const { all, left } = othersBlanked(claim.text, others);
  const own = new Set(f.persons.map((p) => p.value.id));
  return f.groups.some(
    (g) =>
      g.some((t) => all.includes(t) && termPersons(t).some((id) => own.has(id))) &&
      !g.some((t) => left.includes(t)),
  );
}
/** The sentence's term text, and the same with other people's names blanked (the last one kept). */
let blanked: { key: string; all: string; left: string } | null = null;
function othersBlanked(text: string, others: readonly Actor[]): { all: string; left: string } {
  const key = `${others.map((a) => `${a.start}:${a.end}`).join(',')}|${text}`;
  if (blanked?.key !== key) {
    let rest = text;
    for (const a of others)
      rest = rest.slice(0, a.start) + ' '.repeat(a.end - a.start) + rest.slice(a.end);
    blanked = { key, all: termText(text), left: termText(rest) };
  }
  return blanked;
}
const personsOfTerm = new Map<string, string[]>();
/** The people a concept term names ("trump" names Donald Trump), remembered by term. */
function termPersons(term: string): string[] {
  let ids = personsOfTerm.get(term);
  if (!ids) {
    ids = extractActors(term)
      .filter((a) => a.kind === 'person')
      .map((a) => a.id);
    personsOfTerm.set(term, ids);
  }
  return ids;
}

/**
 * A country the fact's sources never name denies a deed of its own: "Tehran denies sending any
 * missiles to Russia for use in Ukraine" is Iran's denial, not one of the sources' event.
 */
function anotherCountryDenies(claim: Claim, f: IndexedFact): boolean {
  if (!claim.negated) return false;
  const first = openingCountry(claim);
  if (!first || f.actors.has(first.id)) return false;
  return OWN_DEED_DENIED.test(claim.text.slice(first.end));
}

/** The country a sentence opens with, as the subject of its verb ("Tehran denies …"), if any. */
function openingCountry(claim: Claim): Actor | null {
  const first = claim.actors[0];
  return first && first.kind === 'country' && opensSentence(claim.text, first) ? first : null;
}
const OWN_DEED_DENIED = gated(
  /^(?:['’]s\s+(?:government|foreign\s+ministry|leadership|officials?))?\s+(?:has\s+|have\s+|had\s+|again\s+|flatly\s+|strongly\s+|firmly\s+)*(?:den(?:ies|ied|y|ying)|rejects?|rejected)\s+(?:ever\s+|having\s+)?(?:sending|supplying|providing|shipping|delivering|giving|selling|transferring|sent|supplied|provided|shipped|delivered|any\s+role|involvement|taking\s+part)\b/i,
);

/**
 * Another country signals something of its own: "South Korea, rattled by Pyongyang's ties with
 * Moscow, has signaled it may reconsider …" is Seoul's hint, not the signal Washington's decision
 * sent. For a fact about the decision's signal, when the verb's subject (the first actor, opening
 * the sentence, an aside allowed before the verb) speaks for a country other than the US.
 */
function anotherSignals(claim: Claim, f: IndexedFact): boolean {
  if (!/^The decision\b/.test(f.fact.statement) || !f.groups.some((g) => g.includes('signaled')))
    return false;
  const verb = SIGNAL_VERB.exec(claim.text);
  const first = claim.actors[0];
  if (!verb || !first || first.end > verb.index) return false;
  if (first.country === null || first.country === 'US') return false;
  if (!opensSentence(claim.text, first)) return false;
  return SIGNAL_SUBJECT_GAP.test(claim.text.slice(first.end, verb.index));
}
const SIGNAL_VERB = gated(
  /\bsignal(?:l)?(?:ed|ing)\b|\bsignals\s+(?:that|it|its|a|an|readiness|willingness)\b/,
);
/** Between a subject and its verb: an aside in commas, and auxiliaries or adverbs. */
const SIGNAL_SUBJECT_GAP = gated(
  /^(?:,[^,;]{0,120},)?\s+(?:(?:has|have|had|also|now|already|quietly|publicly|repeatedly|recently|since|again)\s+)*$/i,
);

/**
 * Another country's own policy, for a fact about the policy change: "South Korea has said it may
 * reconsider its policy against supplying lethal weapons to Ukraine in response to the deployment"
 * is Seoul's answer to the troops, not Washington's. When the sentence opens with a country other
 * than the US and names "its policy" (or stance, position, rules).
 */
function anotherCountrysPolicy(claim: Claim, f: IndexedFact): boolean {
  if (!/^The policy change\b/.test(f.fact.statement)) return false;
  const first = openingCountry(claim);
  if (!first || first.country === null || first.country === 'US') return false;
  return OWN_POLICY.test(claim.text.slice(first.end));
}
const OWN_POLICY = gated(/\b(?:its|their)\s+(?:own\s+)?(?:policy|stance|position|rules|ban)\b/i);

/** A fact that reports what someone said ("US officials described …", "The Kremlin had warned …"). */
const REPORTED_SPEECH = gated(
  /\b(?:described|called|said|warned|cautioned|welcomed|condemned|criticized|denounced|comment|confirm)\b/i,
);

/**
 * Words for saying something or nothing on the record: "declined to comment", "never acknowledged",
 * "neither confirmed nor denied": said by another side, they are that side's silence.
 */
const ON_RECORD = gated(/\b(?:comment\w*|confirm\w*|acknowledg\w*|den(?:y|ied|ies))\b/i);

/** Words that give a view to a speaker, beyond `SPEECH`: "described it as", "branded it". */
const DESCRIBED = gated(
  /\b(?:describ(?:ed|es|ing)|branded|labell?ed|termed|characteri[sz]ed|welcom(?:ed|es|ing)|hail(?:ed|s|ing)|prais(?:ed|es|ing)|applaud(?:ed|s|ing)|condemn(?:ed|s|ing))\b/i,
);

/**
 * The side a fact's own statement gives the words to: the country of the actor it opens with,
 * when the statement reports speech and leaves the speaker out of its checkable slots.
 */
const speakerSide = rememberRecent((statement: string): string | null => {
  if (!REPORTED_SPEECH.test(statement)) return null;
  const first = extractActors(statement)[0];
  if (!first?.country) return null;
  const before = statement.slice(0, first.start).trim();
  return before.split(/\s+/).filter(Boolean).length <= SUBJECT_WORDS ? first.country : null;
}, 128);

/** A fact about commenting or responding on the record ("did not officially comment"). */
const COMMENT_FACT = gated(/\b(?:comment|respond)/i);
/**
 * An open question of how far, which asserts nothing: "meant to make them think twice about how far
 * they let Kyiv go with Western-made missiles", "the debate over how far to let Ukraine strike".
 */
const HOW_FAR = gated(
  /\b(?:think(?:s|ing)?\s+(?:twice|hard|carefully|again)\s+about|debate\s+(?:over|about|on)|question\s+of|decide|decides|deciding|weigh|weighs|weighing|consider|considering|ask|asks|asking|wonder|wonders|wondering)\s+how\s+(?:far|much|deep|deeply|freely)\b[^,;.]*/gi,
);

/**
 * Talks to end the war, which someone may open or announce, are not a pledge to end it quickly:
 * "Trump said negotiations to end the war would begin" (after his call with Putin in February).
 */
const TALKS_TO_END = gated(
  /\b(?:negotiations|talks|peace\s+talks|a\s+deal|an?\s+agreement)\s+(?:aimed\s+at\s+ending|to\s+end)\s+the\s+war\b/gi,
);

/**
 * A response vowed or threatened, which is retaliation to come, not a comment: "Kremlin vows
 * response after Ukraine's first ATACMS strike on Russia", "threatened a harsh response".
 */
const VOWED_RESPONSE = gated(
  /\b(?:vow|promis|pledg|threaten|warn)\w*\s+(?:(?:an?|to|of)\s+)?(?:(?:swift|harsh|tough|firm|strong|appropriate|proportionate|military|retaliatory|decisive|severe)\s+)?(?:respon\w*|retaliat\w*|react\w*)/gi,
);

/**
 * A comment on what someone else said: "The White House did not respond to a request for comment
 * on Pruitt's remarks".
 */
const COMMENT_ON_REMARKS = gated(
  /\b(?:[Cc]omment|[Rr]espond)\w*\s+(?:directly\s+)?(?:on|to)\s+(?:[A-Z][\w.'’-]+\s+){0,2}[A-Z][\w'-]*['’]s?\s+(?:[a-z-]+\s+)?(?:remarks|comments|speech|statement|letter|claims?|allegations?|criticism|op-ed|post|tweet|testimony)\b/,
);
/**
 * A comment on something else than the decision: "The Kremlin declined to comment on what kind of
 * missile had been used", "declined to comment on the weapon", "declined to comment on the mines"
 * (another decision), "does not comment on the personal statements of politicians" (on people's
 * words); an announcement of something else
 * ("The State Department announced a new $275 million aid package"); a press release's "issued the
 * following statement", whose statement follows and is someone's own.
 */
const COMMENT_ON_OTHER = gated(
  /\b(?:issued|released|made|gave)\s+the\s+following\s+statement\b|\bannounc\w*\s+(?:(?:a|an|the|its|their|another)\s+)?(?:(?:new|further|fresh|additional|latest|separate)\s+)?(?:(?:\$|US\$|€|£)\s?[\d.,]+\s*(?:million|billion|bn|m)?\s+)?(?:(?:military|security|humanitarian|economic|weapons|energy)\s+)?(?:aid|assistance|package|tranche|sanctions?|funding|loan|drawdown)\b|\b(?:comment|respond)\w*\s+(?:directly\s+)?on\s+(?:what|which)\s+(?:kind|type|sort)\s+of\b|\b(?:comment|respond)\w*\s+(?:directly\s+)?on\s+the\s+(?:weapon|missile|type\s+of)\b|\b(?:comment|respond)\w*\s+(?:directly\s+)?on\s+(?:the\s+)?(?:(?:anti-personnel|antipersonnel|land)\s+)?(?:mines|landmines)\b|\b(?:comment|respond)\w*\s+(?:directly\s+)?(?:on|to)\s+(?:the\s+)?(?:(?:personal|private|individual|every|such)\s+)?(?:statements|remarks|comments|opinions|views|words)\s+(?:of|by|from)\b/i,
);

/**
 * Why a source is not named: "…, who spoke on the condition of anonymity because he was not
 * authorized to comment publicly" is the source's own standing, no comment or silence of anyone's.
 */
const UNAUTHORISED = gated(
  /\b(?:because|as|since)\s+(?:he|she|they|the\s+[\w-]+)\s+(?:was|were|is|are)\s+not\s+(?:authori[sz]ed|allowed|permitted|cleared)\s+to\s+(?:comment|speak|discuss|talk|brief)\w*(?:\s+(?:publicly|on\s+the\s+record|about\s+[\w\s-]{1,40}?))?(?=[\s,.;]|$)/gi,
);

/** The actor a fact's statement opens with, as its subject ("Trump has criticised …"), or null. */
const statementSubject = rememberRecent((statement: string): string | null => {
  const first = extractActors(statement)[0];
  return first && first.start <= 4 ? first.id : null;
}, 128);

/**
 * The sentence names the fact's person only as whose envoy or pick someone else is: "Trump's envoy
 * for Ukraine, Keith Kellogg, has said he hopes to present a plan to end the war within 100 days"
 * is Kellogg's word, not Trump's pledge. (Where the person is a slot of the fact, `compareActors`
 * tells a misattribution.)
 */
function namedOnlyAsPatron(claim: Claim, f: IndexedFact): boolean {
  if (f.fact.slots.includes('actor')) return false;
  const subject = statementSubject(f.fact.statement);
  if (!subject) return false;
  const mentions = claim.actors.filter((a) => a.id === subject);
  return mentions.length > 0 && mentions.every((a) => namedAsPatron(claim.text, a));
}

/**
 * A sentence about the mine-ban treaty, with no one who could have decided to send mines: "Article
 * 1 of the Convention obliges each party never to use, acquire or transfer anti-personnel mines",
 * "Lithuania has not ruled out quitting the Ottawa treaty on anti-personnel mines". The fact is
 * Washington's decision; the treaty's words and other states' membership say nothing of it. (A
 * pronoun before the treaty is named may stand for Washington: "It has, however, ruled out sending
 * anti-personnel landmines, which are banned under the Ottawa Treaty".)
 */
function onlyTheTreaty(claim: Claim, f: IndexedFact): boolean {
  if (f.fact.topic !== 'mines') return false;
  const treaty = MINE_TREATY.exec(claim.text);
  return (
    treaty !== null &&
    !claim.actors.some((a) => a.country === 'US') &&
    !US_UNNAMED.test(claim.text) &&
    // (A pronoun after the treaty is the treaty's: "…, and it draws no distinction".)
    !/\b(?:it|they|he|she|we)\b/i.test(claim.text.slice(0, treaty.index)) &&
    // Nor mines told as approved or sent before the treaty comes up: "Then came the anti-personnel
    // mines, approved to slow the Russian advance, which will make for some awkward conversations
    // among signatories of the Ottawa treaty".
    !MINES_GIVEN.test(claim.text.slice(0, treaty.index))
  );
}
/** Mines told as given: "approved", "cleared", "supplied", "shipped". */
const MINES_GIVEN = gated(
  /\b(?:approved|authori[sz]ed|cleared|green-?lit|supplied|shipped|delivered)\b/i,
);
const MINE_TREATY = gated(/\b(?:convention|treaty|state part(?:y|ies))\b/i);
/** Washington named by no actor of its own: "the administration", "the Americans". */
const US_UNNAMED = gated(/\b(?:administration|Americans?)\b/i);

/**
 * The mines, or their treaty, named with no missile or strike: "Rights groups condemned the mines
 * decision, noting that more than 160 countries have joined a treaty banning the weapons" is no
 * word on the missile permission, whatever "decision", "banning" and "weapons" share with it.
 */
const MINES_NAMED = gated(
  /\b(?:land)?mines\b|\banti-?personnel\s+(?:land)?mine\b|\blandmine\b|\bottawa\s+(?:treaty|convention)\b|\bmine[- ]ban\b/i,
);
const MISSILES_NAMED = gated(
  /\b(?:missiles?|atacms|rockets?|long[- ]range|storm\s+shadows?|himars|strik(?:e|es|ing)|struck|deep|fir(?:e|es|ed|ing))\b/i,
);
/**
 * Ukraine's own drones striking, its weapon where the allies' missiles were barred: "Ukraine's own
 * drones have been hitting refineries and airfields hundreds of kilometers inside Russia all year".
 * (Not drones named only to compare: "a distance that Ukraine's home-made drones cover".)
 */
/**
 * Drones and missiles Ukraine makes itself: "its own", "home-built", "Ukrainian-made" (long-range)
 * drones; "our own Neptunes", "Ukraine's Neptune missiles".
 */
const OWN_MAKE_DRONES = String.raw`(?:(?:(?:its|their|our|Ukraine['’]s|Kyiv['’]s|Kiev['’]s)\s+own|home-?(?:made|built|grown)|domestically[- ](?:made|produced|built)|Ukrainian[- ](?:made|built|produced))\s+(?:(?:long-range|attack|kamikaze|strike)\s+)*(?:drones?|(?:rocket|missile)[- ]drones?|Neptune\s+(?:cruise\s+)?missiles?|Neptunes?|Palianytsias?)|(?:(?:its|their|our|Ukraine['’]s|Kyiv['’]s|Kiev['’]s)\s+)?(?:Neptunes|Neptune\s+(?:cruise\s+)?missiles|Palianytsias))\b`;
const OWN_DRONES = gated(
  new RegExp(
    String.raw`\b${OWN_MAKE_DRONES}\s+(?:and\s+(?:[\w-]+\s+){0,2}?drones\s+)?(?:(?:have|has|had|were|was|are|is|kept|keep|keeps)\s+)?(?:(?:been|also|already|repeatedly|regularly|on)\s+)*(?:hit|hitting|hits|struck|striking|strike|strikes|pound\w*|target\w*|attack\w*|reach\w*)\b`,
    'i',
  ),
);
/** Every span that names Ukraine's own drones or missiles (`OWN_MAKE_DRONES`). */
const OWN_MAKE = gated(new RegExp(String.raw`\b${OWN_MAKE_DRONES}`, 'gi'));
/**
 * Strikes made with Ukraine's own drones: "hitting oil refineries and airfields far inside Russia
 * with long-range drones of its own making", "with home-built long-range drones", "with drones it
 * builds itself", "has for months used drones it builds itself to hit … airfields".
 */
const WITH_OWN_DRONES = gated(
  new RegExp(
    String.raw`\bwith\s+${OWN_MAKE_DRONES}|\bdrones?\s+of\s+(?:its|their)\s+own\s+(?:making|design|manufacture)\b|\b(?:with|used|uses|using)\s+(?:[\w-]+\s+){0,2}?drones?\s+(?:that\s+)?(?:it|they|Ukraine|Kyiv)\s+(?:builds?|built|makes?|made|produces?|produced|designs?|designed)\s+(?:itself|themselves|at\s+home)\b`,
    'i',
  ),
);
/** The weapons the permission and the strikes were about. */
const ALLIED_MISSILES = gated(
  /\b(?:missiles?|atacms|rockets?|storm\s+shadows?|scalps?|himars|taurus|(?:western|american|u\.?s\.?|british|french)[- ](?:made|supplied|provided)?\s*weapons)\b/i,
);
/** The facts about the missiles: who may fire them where, and what they hit. */
const MISSILE_TOPICS = new Set(['permission', 'strikes']);

/**
 * The narrower permissions before the deep-strike one: at Russian forces in occupied Ukrainian
 * territory and Crimea, or just across the border around Kharkiv. "Biden had already allowed
 * Ukraine to use ATACMS against Russian targets in occupied Crimea" and "For much of this year,
 * Ukraine was permitted to fire American rockets across the border only around Kharkiv" tell
 * those, not the fact that Ukraine may strike deep inside Russia (unless they say deep too).
 */
const NARROWER_PLACE = gated(
  /\b(?:occupied\s+(?:Ukrainian\s+)?(?:territor\w*|Crimea|areas?|regions?|parts?)|Crimea|(?:near|around|toward|towards|from|of|in\s+defen[cs]e\s+of|to\s+defend|defending)\s+(?:the\s+(?:north-?eastern\s+|Ukrainian\s+)?city\s+of\s+)?Kharkiv)\b/i,
);
/**
 * What a weapon is built for, said as what it is: "Storm Shadow and ATACMS are both guided weapons
 * designed to destroy fixed targets such as depots" tells of no strike. (Not a description in
 * passing: "ATACMS, designed to hit targets 300 km away, struck a depot on Tuesday".)
 */
const WEAPON_DESIGN = gated(
  /\b(?:is|are|was|were)\s+(?:both\s+|each\s+|all\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:weapons?|missiles?|rockets?|munitions?|systems?)\s+(?:designed|built|engineered|meant|made|intended|developed)\s+(?:to|for)\b/i,
);

/**
 * What a weapon is like, said in the present: "Storm Shadow, by comparison, is launched from
 * aircraft and has a range of about 250km" (not in a clause about it: "Storm Shadow, which has a
 * range of 250 km, was fired at Kursk"). For a strike fact without a figure.
 */
const WEAPON_TRAITS = gated(
  /(?<!\b(?:which|that)\s+)\b(?:is|are)\s+(?:launched|fired|carried)\s+from\s+(?:aircraft|jets|planes|warplanes|fighter\s+jets|the\s+air|ground\s+launchers|launchers|trucks)\b|(?<!\b(?:which|that|with)\s+)\bha(?:s|ve)\s+a\s+(?:[\w-]+\s+){0,3}?range\s+of\b/i,
);

/**
 * "Sumy has been hit by Russian missiles and drones almost nightly this winter": attacks told as a
 * habit, not one dated strike.
 */
const HABITUAL = gated(
  /\b(?:(?:almost|nearly|virtually)\s+)?(?:nightly|daily|every\s+(?:night|day|week)|night\s+after\s+night|day\s+after\s+day|routinely|regularly|repeatedly|constantly|time\s+and\s+again|(?:dozens|scores|hundreds)\s+of\s+times)\b/i,
);

/** The Russian missiles a fact's statement and quotes name (remembered by fact). */
const factMissiles = new WeakMap<IndexedFact, Set<string>>();
/**
 * "Russia had also fired a Kinzhal hypersonic missile and seven Kh-101 cruise missiles": a sentence
 * that names Russian missiles, none of them the kind a fact is about, tells of other missiles.
 */
function otherRussianMissiles(namedBy: () => Set<string>, f: IndexedFact): boolean {
  let own = factMissiles.get(f);
  if (own === undefined) {
    own = russianMissiles([f.fact.statement, ...f.fact.sources.map((q) => q.quote)].join(' '));
    factMissiles.set(f, own);
  }
  if (own.size === 0) return false;
  const named = namedBy();
  return named.size > 0 && ![...named].some((k) => own.has(k));
}

const DEEP_INTO_RUSSIA = gated(
  /\bdeep(?:er)?\b|\b(?:inside|into|within)\s+Russia\b|\bRussian\s+(?:territory|soil|airfields?|air\s+bases?)\b/i,
);
/** A fact about striking deep inside Russia (remembered by fact). */
const deepFacts = new WeakMap<IndexedFact, boolean>();
function deepStrikeFact(f: IndexedFact): boolean {
  let deep = deepFacts.get(f);
  if (deep === undefined) {
    deep = /\bdeep\s+inside\s+Russia\b/i.test(f.fact.statement);
    deepFacts.set(f, deep);
  }
  return deep;
}
function earlierPermission(text: string, f: IndexedFact): boolean {
  if (deepStrikeFact(f)) return NARROWER_PLACE.test(text) && !DEEP_INTO_RUSSIA.test(text);
  // For the new permission's first scope, only a grant told as already made before it: "Last
  // spring, Washington had already let Ukraine fire U.S. weapons across the border to defend
  // Kharkiv" (not "the new permission covers only targets across the border from Kharkiv").
  return (
    /\bnew permission\b/i.test(f.fact.statement) &&
    EARLIER_GRANT.test(text) &&
    NARROWER_PLACE.test(text)
  );
}
/** A grant told in the past before the past: "had already let", "had earlier allowed". */
const EARLIER_GRANT = gated(
  /\bhad\s+(?:already|earlier|previously)\s+(?:let|allowed|permitted|authori[sz]ed|cleared|approved)\b/i,
);

/**
 * Strikes on the airbases, which Ukraine asked for separately: "Biden also cleared Kyiv to hit the
 * Russian airbases from which its cities are bombed" speaks to that request, not to the deep
 * strikes in general; so do airfields that "stay off-limits" and "strikes on the airfields".
 */
const AIRBASE_TARGET = gated(
  /\b(?:hit|hitting|strike|striking|target|targeting|attack|attacking|against|(?:strikes|attacks)\s+on)\s+(?:[\w'’-]+\s+){0,4}?(?:air\s?bases?|airfields?)\b|\b(?:air\s?bases?|airfields?)\b[^.;]{0,80}?\b(?:stay(?:s|ed)?|remain(?:s|ed)?|are|were|is|was)\s+(?:still\s+)?(?:off[- ]limits|out\s+of\s+bounds|forbidden|barred|banned|excluded|prohibited)\b/i,
);

/**
 * An exchange of prisoners, not of ground: "Zelensky … offered to exchange them for Ukrainians held
 * in Russia", "proposes prisoner exchange with Pyongyang". A fact that an exchange, swap or trade
 * reaches (the Kursk ground as a bargaining chip) is not reached by one of captives, unless the
 * sentence bargains or names the ground too.
 */
const PRISONER_SWAP = gated(
  /\b(?:prisoners?|pows?|captives?|captured)\s+(?:[\w'’-]+\s+){0,2}?(?:exchanges?|swaps?|trades?)\b|\b(?:exchang|swap|trad)\w*\s+(?:of\s+)?(?:them|him|the\s+(?:two\s+)?(?:soldiers|prisoners|captives|men)|(?:two\s+)?(?:prisoners|pows|captives))\s+for\b|\b(?:their|his)\s+(?:exchange|swap|trade)\s+for\b|\b(?:exchang|swap|trad)\w*\s+(?:them|him|the\s+(?:\w+\s+){0,2}?(?:soldiers|prisoners|captives|men))\b|\bin\s+(?:an?\s+)?(?:exchange|swap|return)\s+for\s+(?:(?:the\s+)?(?:release|return)\s+of\s+)?(?:(?:the|its|their|\d+|[a-z]+)\s+){0,2}?(?:ukrainians|prisoners|pows|captives|soldiers|servicemen|troops|fighters)\b/i,
);
const SWAP_TERM = gated(/^(?:exchange|swap|trade)/);

/**
 * A country named only as whose ally another is, in an aside: "In Belarus, Moscow's closest ally,
 * the official reaction was muted" is Minsk's reaction, not the Kremlin's. (Not "Kyiv's backers
 * have limited …": there the allies are who acted.)
 */
const ALLY_OF = gated(
  /,\s+(?:(?:moscow|russia|the\s+kremlin|kyiv|kiev|ukraine|washington|america|pyongyang|beijing|china)['’]s\s+(?:(?:closest|close|key|main|chief|staunchest|staunch|firmest|oldest|only|last|major|most\s+loyal|loyal)\s+)?(?:ally|partner|neighbou?r|backer)|(?:an?|the|its|his)\s+(?:(?:closest|close|key|main|staunch|loyal)\s+)?ally\s+of\s+(?:moscow|russia|the\s+kremlin|kyiv|ukraine|washington|pyongyang|vladimir\s+putin|putin))\s*,/gi,
);

/**
 * A capital named only as where another body sits: "The Ukrainian Embassy in Washington did not
 * respond to a request for comment" is the embassy's silence, not the White House's.
 */
const SEATED_IN = gated(
  /\b(?:embassy|embassies|mission|consulate|bureau|delegation|correspondent|office)\s+in\s+(?:washington|moscow|kyiv|kiev|london|brussels|paris|berlin|seoul|pyongyang)\b/gi,
);

/**
 * A capital named only as who escalates: "Washington called it a major escalation by Moscow" is
 * Washington's word on Moscow, not a warning from the Kremlin.
 */
const ESCALATION_BY = gated(
  /\b(?=by|from|on)(?<=\bescalation\s+)(?:by|from|on\s+the\s+part\s+of)\s+(?:(?:pyongyang|north\s+korea)\s+and\s+)?(?:moscow|russia|the\s+kremlin|(?:vladimir\s+)?putin)\b/gi,
);

/**
 * A president named only as whose allies or critics others are: "Several of Mr Trump's allies have
 * questioned the billions …" is their view, not his. (Not his team or aides, who speak for him.)
 */
const FOLLOWERS_OF = gated(
  /\b(?:(?:mr\.?|president(?:-elect)?|donald|joe)\s+)?(?:trump|biden)['’]s\s+(?:(?:republican|democratic|closest|close|key|some|many|most|fiercest|loudest|own)\s+)?(?:allies|supporters|backers|critics|voters|base|loyalists|rivals|opponents|detractors)\b/gi,
);

/**
 * Russia named only as North Korea's partner: "depending on how far military cooperation between
 * Pyongyang and Moscow goes" is no word from the Kremlin. (North Korea stays named.)
 */
const PARTNER_OF_PYONGYANG = gated(
  /\b(?=moscow|russia|the)(?:(?<=\bbetween\s+(?:pyongyang|north\s+korea)\s+and\s+)(?:moscow|russia|the\s+kremlin)\b|(?<=\bbetween\s+)(?:moscow|russia|the\s+kremlin)(?=\s+and\s+(?:pyongyang|north\s+korea)\b))/gi,
);

/**
 * Russia's own offensive, for a fact about Ukraine's: "Russia's own cross-border offensive into
 * Ukraine's Kharkiv region began in May 2024" does not misdate the Kursk incursion.
 */
const RUSSIAN_OFFENSIVE = gated(
  /\b(?:russia|moscow|the\s+kremlin)['’]s\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:offensive|incursion|push|invasion|operation|thrust|assault)\b/gi,
);
const UKRAINIAN_OPERATION = gated(
  /^Ukraine['’]s\s+(?:[\w-]+\s+){0,2}?(?:incursion|offensive|operation)\b/,
);

/** Names that stand only for whose ally or where another is: a fact they alone reach is not said. */
const NAMING_ASIDES: { re: RegExp; why: string; spares?: (f: IndexedFact) => boolean }[] = [
  { re: ALLY_OF, why: 'only whose ally another is' },
  { re: SEATED_IN, why: 'only where another body sits' },
  { re: FOLLOWERS_OF, why: 'only whose allies or critics others are' },
  { re: PARTNER_OF_PYONGYANG, why: "only North Korea's partner" },
  {
    re: RUSSIAN_OFFENSIVE,
    why: "only Russia's own offensive",
    spares: (f: IndexedFact) => !UKRAINIAN_OPERATION.test(f.fact.statement),
  },
  // (Not for a fact that is that very description: "an escalation by Moscow" is its term.)
  {
    re: ESCALATION_BY,
    why: 'only who escalates',
    spares: (f: IndexedFact) => f.groups.some((g) => g.some((t) => t.startsWith('escalation by'))),
  },
];

/** A fact that someone rejected reports: "… denied the first reports of North Korean involvement". */
const REJECTS_REPORTS = gated(
  /\b(?:denied|dismissed|rejected)\s+(?:the\s+)?(?:first\s+|initial\s+)?(?:reports?|claims?)\b/i,
);

/** Whom a sentence cites, closing it: ", according to Ukrainian military sources." */
const CITED_TAIL = gated(/,\s+according\s+to\s+[^,;.]+[.!]?\s*$/i);

/**
 * A fact the sentence reaches with the sentence before's help, whose own words here are only whom
 * it cites: "The attack was carried out on Monday, according to Ukrainian military sources" dates
 * the attack, not the officials' confirmation of the decision the sentence before named.
 */
function onlyAttributionOf(
  ctx: MatchContext,
  text: string,
  cited: RegExpExecArray,
  f: IndexedFact,
): boolean {
  if (ctx.index.candidates(termText(text)).includes(f)) return false;
  const own = termText(text.slice(0, cited.index));
  const tail = termText(cited[0]);
  const touched = (g: readonly string[], t: string) => g.some((x) => t.includes(` ${x}`));
  return (
    f.groups.every((g) => !touched(g, own)) && f.groups.filter((g) => touched(g, tail)).length > 1
  );
}
function onlyPrisonerSwap(text: string, f: IndexedFact): boolean {
  if (!PRISONER_SWAP.test(text)) return false;
  const t = termText(text);
  return f.groups.some(
    (g) =>
      g.some((x) => SWAP_TERM.test(x)) && g.every((x) => SWAP_TERM.test(x) || !t.includes(` ${x}`)),
  );
}

/**
 * Another vote than the American one: "Icelanders go to the polls on November 30 in a snap
 * election" names no US election, whatever "polls" and "November" share with the fact, nor does "won
 * re-election in a run-off on 3 November", nor "the first round of the presidential election" (the
 * American vote has neither). (Unless the sentence names the American one too: "Trump's victory
 * came weeks before Germany's snap election".)
 */
const ANOTHER_ELECTION = gated(
  /\b(?:(?:snap|early|parliamentary|legislative|local|municipal|regional|provincial|run-?off)\s+elections?|by-?elections?|(?:general|parliamentary|legislative|local)\s+(?:vote|polls)|run-?offs?|(?:first|second)\s+round\s+of\s+(?:the\s+|its\s+|their\s+)?(?:presidential\s+)?(?:elections?|vote|voting|ballot))\b/i,
);
/**
 * A later step of the vote than the voting: "Congress met to count the electoral votes and make
 * Trump's win official", "the electors cast their ballots on Monday". Its date is the step's, not
 * the election's (unless the sentence names November, the vote's own month).
 */
const ELECTION_STEP = gated(
  /\b(?:certif(?:y|ied|ies|ying|ication)\b|count(?:s|ed|ing)?\s+(?:the\s+)?electoral(?:\s+college)?\s+votes|electoral\s+college\s+(?:vote[sd]?|met|meets|ballots)|electors\s+(?:met|meet|vote[sd]?|cast))/i,
);
const VOTE_MONTH = gated(/\bnov(?:ember|\.|\b)/i);
/**
 * The loser's concession, a step after the vote on a day of its own: "Kamala Harris, who conceded
 * the race on Nov. 6" dates no election. (Not a concession that the election did something:
 * "some Biden aides privately concede the election added urgency".)
 */
const CONCEDED = gated(
  /\bconced(?:e|ed|es|ing)\s+(?:the\s+)?(?:race|election|defeat|contest|presidency)(?=\s*(?:[,.;)]|$|(?:on|to|in|after|before|that|last|early|late)\b))/i,
);
/** Words that name the American vote (see ANOTHER_ELECTION). */
const US_ELECTION = gated(
  /\b(?:trump|harris|white\s+house|u\.?s\.?|american|america['’]s|republicans?|democrats?)\b/i,
);

/**
 * A ministry's official speaking: "a senior Foreign Ministry official said", "the defence
 * ministry's spokesman told …".
 */
const MINISTRY_SPEAKER = gated(
  /\b(?:foreign|defen[cs]e|interior)\s+ministry(?:['’]s)?\s+(?:(?:senior|top|chief)\s+)?(?:official|spokes(?:man|woman|person)|source)s?\s+(?:(?:later|also|then)\s+)?(?:said|says|told|added|noted|warned|stated)\b/i,
);

/**
 * The sentence gives the words to another side than the fact's speaker: "NATO Secretary-General
 * Mark Rutte has called North Korea's involvement a 'significant escalation'" is NATO's reaction,
 * not the US officials' of the sources. Only for facts whose speaker is no slot of theirs (where
 * it is, `compareActors` tells a misattribution).
 */
function speaksElsewhere(claim: Claim, f: IndexedFact): boolean {
  // A group's fact compares groups only; another country's group still speaks elsewhere.
  if (f.fact.slots.includes('actor') && f.actorGroups.length === 0) return false;
  if (!SPEECH.test(claim.text) && !DESCRIBED.test(claim.text) && !ON_RECORD.test(claim.text))
    return false;
  const side = speakerSide(f.fact.statement);
  if (!side) return false;
  // "…, a senior Foreign Ministry official said": Washington has no ministries; its officials
  // speak for a department.
  if (side === 'US' && MINISTRY_SPEAKER.test(claim.text)) return true;
  // "Ukrainian lawmakers welcomed the news": a group named by its country.
  const groupSide = groupCountry(claim.text.replace(STAMP, ''));
  if (groupSide) return groupSide !== side;
  const first = claim.actors[0];
  if (!first?.country || first.country === side || f.actors.has(first.id)) return false;
  return opensSentence(claim.text, first);
}

/**
 * "Dmitry Medvedev … has repeatedly threatened Western capitals with nuclear retaliation": a
 * threat by the side a fear is of is not the fear. For a fact that someone feared something, a
 * sentence whose subject is on another side than the fact's and that threatens, or says what
 * would follow ("Dmitry Medvedev … has repeatedly said Western long-range missiles fired into
 * Russia could draw a nuclear response").
 */
function threatenedBy(claim: Claim, f: IndexedFact): boolean {
  if (
    !FEAR_FACT.test(f.fact.statement) ||
    !(THREATENS.test(claim.text) || (SPEECH.test(claim.text) && !FEAR_TOLD.test(claim.text)))
  )
    return false;
  const first = claim.actors[0];
  if (first?.country !== 'RU') return false;
  const before = claim.text.slice(0, first.start).trim();
  return before === '' || before.split(/\s+/).length <= SUBJECT_WORDS;
}
const FEAR_FACT = gated(/\bfear(?:ed|s)?\b/i);
const THREATENS = gated(/\bthreat(?:en|ens|ened|ening)\b/i);
/** A fear told in so many words, whoever tells it ("Peskov noted that … there had long been fears"). */
const FEAR_TOLD = gated(/\b(?:fear\w*|afraid|worr\w*|concern\w*|alarm\w*|anxi\w*)/i);

/** A live blog's stamp before the sentence proper: "UPDATE, 1:15 p.m. ET:", "13:30 GMT —". */
const STAMP = gated(
  /^\s*(?:(?:update[ds]?|updated at|correction|breaking)\b[,\s]*)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?)?\s*[:—–-]\s*/i,
);

/** Order of preference when several slots conflict: the most checkable first. */
const CONFLICT_PRIORITY: VerdictKind[] = ['numeric', 'date', 'place', 'scope', 'actor', 'polarity'];

/** Slots that are a fact's whole point when they are all it has: a date, a figure. */
const VALUE_SLOTS = new Set(['date', 'quantity']);

/** Who was first, said as such: "the first reports came from …", "first flagged by …". */
const FIRST_BY = gated(
  /\bfirst\s+(?:reports?|sightings?|word|warnings?|accounts?)\b[^,;]{0,60}?\b(?:came|emerged|surfaced)\s+(?:[\w-]+\s+){0,4}?from\b|\bfirst\s+(?:reported|flagged|spotted|detected|raised)\b[^,;]{0,40}?\bby\b/i,
);

/**
 * A fact that is only a date or a figure ("Trump takes office on January 20") is checked only
 * against sentences that state a date or a figure; a passing mention ("before his father takes
 * office") asserts nothing checkable about it.
 */
function statesValue(claim: Claim, f: IndexedFact): boolean {
  // Who did it first is told beside the value ("first reported in early October, by Ukrainian
  // intelligence"), not instead of it; unless the sentence says who was first ("The first reports
  // came from South Korea's spy agency").
  const slots =
    /\bfirst\b/i.test(f.fact.statement) && !FIRST_BY.test(claim.text)
      ? f.fact.slots.filter((s) => s !== 'actor')
      : f.fact.slots;
  if (slots.length === 0 || !slots.every((s) => VALUE_SLOTS.has(s))) return true;
  // A figure that is told of an event the sentence names as the first: "Ukraine hits arms depot
  // inside Russia with US-made ATACMS for first time" tells the first strike's target, whatever
  // the distance. (Not a date: "its first strike" without a day tells nothing of Tuesday. Nor a
  // sentence with a day or a figure of its own: those are checked on the facts about them.)
  if (
    slots.every((s) => s === 'quantity') &&
    claim.dates.length === 0 &&
    claim.quantities.length === 0 &&
    FIRST.test(f.fact.statement) &&
    FIRST.test(claim.text) &&
    f.groups.every((g) => g.some((t) => termText(claim.text).includes(` ${t}`)))
  )
    return true;
  return (
    (slots.includes('date') &&
      claim.dates.some((d) => !epithetOfOther(claim.text, d, f.fact.statement))) ||
    (slots.includes('quantity') && comparableQuantities(claim, f).length > 0) ||
    (slots.includes('date') && claim.quantities.some((q) => q.dimension === 'duration'))
  );
}

/**
 * Is every negation of the sentence one of the fact's own terms? "Strikes are not announced, he
 * said": "not announced" is what Zelensky said, not a denial of it.
 */
/** Every open-question wording in a sentence (OPEN_QUESTION). */
const OPEN_QUESTIONS = gated(new RegExp(OPEN_QUESTION.source, 'gi'));

function negationIsContent(claim: Claim, f: IndexedFact): boolean {
  // "Several of Kyiv's allies still restrict how their weapons may be used": the restriction the
  // fact itself states ("… and limited the use of their weapons"), not a denial of it.
  if (
    claim.negationCues.length > 0 &&
    claim.negationCues.every((c) => RESTRICTION_CUE.test(c)) &&
    STATES_RESTRICTION.test(f.fact.statement)
  )
    return true;
  // "Washington kept refusing …", for a fact that Washington held Kyiv back: a fact with no
  // polarity to compare, whose own terms are the sentence's denials ("refus", "forbade"), told in
  // the past (not "Biden has flatly refused", a denial of what is reported now).
  if (
    !f.fact.slots.includes('polarity') &&
    claim.negationCues.length > 0 &&
    claim.negationCues.every((c) => ownTermIn(c, f) && !toldAsPresent(claim.text, c))
  )
    return true;
  // "He would not say, leaving it unclear whether Trump will reverse the decision": for a fact
  // that something is an open question, the words that leave it open are its value, not a denial.
  if (
    OPEN_QUESTION_FACT.test(f.fact.statement) &&
    OPEN_QUESTION.test(claim.text) &&
    !polarity(claim.text.replace(OPEN_QUESTIONS, ' ')).negated
  )
    return true;
  const own = negativeTermsIn(claim.text, f);
  if (own.length === 0) return false;
  const terms = termText(claim.text);
  let rest = terms;
  for (const t of own) rest = rest.replaceAll(` ${t} `, ' ');
  return !polarity(rest).negated;
}

/**
 * A silence given as a rule, the reason for another: "…, saying it does not discuss operational
 * matters".
 */
const SILENCE_AS_POLICY = gated(
  /\b(?:does|do|did|would|will)\s*(?:not|n['’]t)\s+(?:discuss|comment\s+on|talk\s+about|go\s+into)\s+(?:operational|intelligence|military|security)\s+(?:matters|details|issues|specifics|questions)\b/gi,
);

const SILENCE_AS_POLICY_ONE = gated(new RegExp(SILENCE_AS_POLICY.source, 'i'));

/**
 * A silence about something: "declined to comment on", "had said nothing … about", "did not
 * respond to", "no immediate reaction to", "no word yet from London on whether", "haven't said
 * publicly whether", "declines to say whether", "isn't saying whether", "Neither London nor Paris
 * has said publicly whether". Up to the word that introduces what it was about.
 */
const SILENCE_ABOUT = gated(
  /\b(?:(?:declin\w*|refus\w*)\s+to\s+(?:comment|respond|react|say\s+(?:anything|more))|(?:did|does|do|has|have|had)\s*(?:not|n['’]t)\s+(?:(?:yet|immediately|publicly|officially)\s+)*(?:comment(?:ed)?|respond(?:ed)?|react(?:ed)?|repl(?:y|ied)|said\s+anything|say\s+anything)|(?:said|says|say)\s+nothing|(?:no|without)\s+(?:(?:immediate|official|public)\s+)?(?:comment|response|reaction|word))\b[^.;]{0,40}?\b(?:on|about|to|regarding)\b|\b(?:did|does|do|has|have|had)\s*(?:not|n['’]t)\s+(?:(?:yet|publicly|officially)\s+)*(?:said|say)\s+(?:(?:publicly|yet|officially)\s+)*whether\b|\b(?:(?:declin\w*|refus\w*)\s+to\s+say|(?:is|are|was|were)\s*(?:not|n['’]t)\s+saying)\s+(?:(?:publicly|yet|officially)\s+)*whether\b|\bneither\b[^.;]{1,60}?\bnor\b[^.;]{1,60}?\b(?:has|have|had)\s+(?:(?:yet|publicly|officially)\s+)*said\s+(?:(?:publicly|yet|officially)\s+)*whether\b/gi,
);

/**
 * What was not announced, as its object: "announced last month's decision" (not "was never
 * announced by the White House", nor "a step it never announced").
 */
const ANNOUNCED_WHAT = String.raw`(?=\s+(?:the|its|his|their|last|this|that|a|an|any)\b)`;

/**
 * A refusal to confirm, with what it is about following: "declined to confirm reports that …",
 * "has not publicly confirmed whether …", "never formally announced last month's decision to let
 * Kyiv fire …". What was not confirmed or announced is not thereby denied.
 */
const UNCONFIRMED = gated(
  new RegExp(
    String.raw`\b(?:(?:declin\w*|refus\w*)\s+to\s+(?:(?:publicly|officially)\s+)?confirm(?:\s+or\s+deny)?|(?:(?:am|is|are|was|were)\s+not\s+going\s+to|(?:will|would)\s+not|won['’]t|wouldn['’]t|(?:I['’]m|we['’]re|he['’]s|she['’]s)\s+not\s+going\s+to)\s+(?:(?:publicly|officially)\s+)?(?:confirm|comment\s+on|discuss|get\s+into)|(?:did|does|do|has|have|had)\s*(?:not|n['’]t|\s+never)\s+(?:(?:yet|publicly|officially|formally)\s+)*(?:confirm(?:ed)?(?:\s+or\s+den(?:y|ied))?|announced?${ANNOUNCED_WHAT})|\bnever\s+(?:(?:publicly|officially|formally)\s+)*(?:confirmed|announced${ANNOUNCED_WHAT}))\b`,
    'gi',
  ),
);

/**
 * The same told in the passive, with what was not confirmed before it: "The US decision … has never
 * been formally announced", "was not officially confirmed".
 */
const UNCONFIRMED_PASSIVE = gated(
  /\b(?:(?:has|have|had)(?:\s+never|\s*n['’]t|\s+not)\s+(?:yet\s+)?been|(?:was|were|is|are)(?:\s+never|\s*n['’]t|\s+not))\s+(?:(?:yet|publicly|officially|formally)\s+)*(?:confirmed|announced)\b/gi,
);

/** The words any refusal to confirm has, looked for before UNCONFIRMED itself. */
const ON_RECORD_WORD = gated(/confirm|comment|discuss|get\s+into|announc/i);

/** A refusal to confirm and what it is about, to the end of its clause. */
const UNCONFIRMED_AND_WHAT = gated(
  new RegExp(
    String.raw`(?:${UNCONFIRMED.source})[^.;,]*(?:,\s*(?:and\s+)?(?:that|this)\s+(?:includes?|covers?|goes\s+for)\b[^.;,]*|,\s*including\b[^.;,]*)?`,
    'gi',
  ),
);

/** A fact about what someone said or did not say (a comment, a warning, a welcome, a denial). */
const SPEECH_FACT = gated(
  /\b(?:comment|confirm|respon|react|said|say|warn|call|describ|point|note|argu|criticis|welcom|deni|brief|told)\w*/i,
);

/**
 * An event reached only in what someone would not confirm: "Downing Street refused to confirm the
 * Storm Shadow launches, saying it would not comment on operational matters" neither tells the
 * launches nor denies them. (A fact about speech is the refusal's own: see silentOnly. A sentence
 * that tells the event elsewhere still does: "Ukraine fired Storm Shadows on Wednesday, though
 * London declined to confirm it".)
 */
function onlyUnconfirmed(ctx: MatchContext, text: string, f: IndexedFact): boolean {
  if (f.fact.topic === 'reactions' || SPEECH_FACT.test(f.fact.statement)) return false;
  if (!ON_RECORD_WORD.test(text) || text.search(UNCONFIRMED) < 0) return false;
  const rest = text.replace(UNCONFIRMED_AND_WHAT, ' ');
  return !touches(ctx, rest, text, f);
}

/**
 * What someone did not spell out, as an open question: "Turner's office did not specify which
 * restrictions he had in mind". The words of the question are not what was said.
 */
const NOT_SPECIFIED = gated(
  /\b(?:did|does|do|has|have|had)\s*(?:not|n['’]t)\s+(?:(?:yet|immediately|publicly)\s+)?(?:specify|specified|say|said|detail|detailed|spell\s+out|spelled\s+out|elaborate\s+on|explain|explained|identify|identified|name|named)\s+(?:which|what|how|when|where|whom?)\s+[^.;,]+/i,
);

/**
 * Is every negation of the sentence a silence about something (see SILENCE_ABOUT)? Not for a fact
 * judged on its date alone: a date the question takes for granted ("isn't saying whether he'd
 * reverse it after he's sworn in on January 20th") is still the date.
 */
function silentOnly(text: string, f: IndexedFact): boolean {
  if (f.fact.topic === 'reactions' || SPEECH_FACT.test(f.fact.statement)) return false;
  if (f.fact.slots.length === 1 && f.fact.slots[0] === 'date') return false;
  const rest = text
    .replace(SILENCE_ABOUT, ' ')
    .replace(UNCONFIRMED, ' ')
    .replace(UNCONFIRMED_PASSIVE, ' ')
    .replace(SILENCE_AS_POLICY, ' ');
  return rest !== text && !polarity(rest).negated;
}

/** Is the cue told in the present or present perfect ("has flatly refused", "is refusing")? */
function toldAsPresent(text: string, cue: string): boolean {
  const at = text.toLowerCase().indexOf(cue.toLowerCase());
  return at >= 0 && PRESENT_BEFORE.test(text.slice(Math.max(0, at - 30), at));
}
const PRESENT_BEFORE = gated(/\b(?:has|have|is|are|will|does|do)\b[^,;.]{0,20}$/i);

/** Is the text (a negation cue) one of the fact's own concept terms, or starts with one? */
function ownTermIn(text: string, f: IndexedFact): boolean {
  const t = termText(text);
  return f.groups.some((g) => g.some((term) => t.startsWith(` ${term}`)));
}

/** What follows "rather than" or "instead of", up to the clause's end: the alternative set aside. */
const SET_ASIDE = gated(/\b(?:rather than|instead of)\b[^,;:.()—–]*/gi);

/** Words to the press or to lawmakers: "told reporters", "briefed senators". */
const TO_THE_PRESS = gated(
  /\b(?:told|tells|telling|briefed|briefs|briefing)\s+(?:reporters|journalists|the (?:press|media)|an? (?:news|press) conference|lawmakers|senators|congress|the (?:senate|house))\b/gi,
);

/**
 * A concept group of the fact that the sentence names only inside `spans` (a global regexp). Not
 * `touches` (the sentence without a part, looked up again): that misses a fact the sentence reaches
 * through the sentences before, whose groups it never names itself; tried for the press, it dropped
 * such facts in blind-10 and blind-38.
 */
/**
 * A limit a country puts on its own aid: "South Korea has limited its support for Kyiv to
 * humanitarian and other non-lethal aid" limits no permission to strike.
 */
const AID_LIMITED = gated(
  /\b(?:limit|restrict|confin)\w*\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:support|aid|assistance|help|contribution)\b/i,
);
/** A fact about a permission's scope. */
const PERMISSION_FACT = gated(/\bpermission\b/i);

function groupOnlyWithin(text: string, f: IndexedFact, spans: RegExp): boolean {
  const within = termText([...text.matchAll(spans)].map((m) => m[0]).join(' . '));
  const outside = termText(text.replace(spans, ' . '));
  return f.groups.some(
    (g) =>
      g.some((term) => within.includes(` ${term}`)) &&
      !g.some((term) => outside.includes(` ${term}`)),
  );
}

/**
 * A fear the writer urges, not one anyone is said to have: "What Pyongyang is getting in return …
 * should worry every one of our allies in the Pacific".
 */
const FEAR_URGED = gated(
  /\b(?:should|ought\s+to|must|needs?\s+to)\s+(?:(?:also|really|deeply|seriously|surely)\s+)?(?:worry|alarm|concern|frighten|scare|trouble)\b[^,;]*/gi,
);

/**
 * Arms shipped, not troops moved: "Pyongyang had been shipping artillery shells to Russia by the
 * million long before it sent a single soldier", "had been sending Moscow artillery shells".
 */
const ARMS_SHIPPED = gated(
  /\b(?:ship(?:s|ped|ping|ments?)?|transport(?:s|ed|ing)?|deliver(?:s|ed|ing|ies)?|sen(?:d|ds|t|ding)|suppl(?:y|ies|ied|ying))\s+(?:(?:of|in)\s+)?(?:(?:Russia|Moscow|the\s+Kremlin|Russian\s+forces)\s+)?(?:(?:millions?\s+of|huge|large|vast|more|its|their|the)\s+)*(?:artillery\s+)?(?:shells|ammunition|munitions|missiles|rockets|weapons|arms)\b[^,;]*/gi,
);

/**
 * Leave named only as what a strike used: "Ukraine on Wednesday carried out its first strike deep
 * inside Russia …, using the permission granted by outgoing US President Joe Biden" tells the
 * strike, not the permission.
 */
/** Where `LEAVE_USED` can start. */
const LEAVE_USED_LEAD = gated(/,\s*(?:using|under|exercising|making\s+use|thanks\s+to)\s/i);
const LEAVE_USED = gated(
  /,\s*(?:using|under|exercising|making\s+use\s+of|thanks\s+to)\s+(?:the\s+|its\s+)?(?:new\s+|fresh\s+|newly\s+granted\s+)?(?:permission|authori[sz]ation|approval|green\s+light|go-ahead|leave)\s+(?:(?:granted|given|issued)\s+(?:by|from)|from)\b[^,;.]*/gi,
);

/**
 * An open question the writer bids the reader watch, or will watch: "— watch for whether Kursk ends
 * up on the table as a bargaining chip", "Keep an eye on whether …", "Next week I'll be watching
 * whether Russia starts pulling aircraft back from airfields within 300 km of the border".
 */
const WATCH_WHETHER = gated(
  /\b(?:watch(?:ing)?(?:\s+(?:out\s+)?for)?|keep\s+(?:an\s+eye|(?:a\s+)?watch)\s+(?:on|out\s+for)|look\s+out\s+for)\s+whether\b[^.;]*/gi,
);

/**
 * An opening "When …" clause that tells an event of its own (a subject and a verb), up to its
 * comma: "When the change finally came in mid-November,".
 */
const OPENING_WHEN = gated(
  /^\W*when\s+(?:[\w'’.-]+\s+){0,6}?(?:came|come|comes|was|were|is|are|had|has|took|made|fired|struck|announced|reported|confirmed|arrived|began|started|happened|emerged|broke|\w+ed)\b[^,;:]*,/i,
);

/**
 * The opening "When …" clause of a sentence whose main clause has a subject of its own (not "When
 * the news broke on Sunday, it came from …", where "it" is the news), or ''.
 */
function openingWhenOf(text: string): string {
  const when = OPENING_WHEN.exec(text)?.[0] ?? '';
  return when && !/^\s*(?:it|this|that|they|these|those)\b/i.test(text.slice(when.length))
    ? when
    : '';
}

/**
 * The first of another kind of event: "Ukrainian forces captured two North Korean soldiers alive
 * last week, the first such case since the deployment began" is not when the troops were first
 * reported.
 */
const FIRST_OF_OTHER = gated(
  /\bfirst\s+such\s+(?:cases?|captures?|instances?|incidents?|episodes?|examples?|occurrences?|events?|clash(?:es)?|encounters?|losses|deaths?|casualt(?:y|ies))\b/gi,
);

/**
 * An event named only to date another: "On the day of the first ATACMS strike, Vladimir Putin
 * approved a revised nuclear doctrine" is about the doctrine.
 */
const DAY_OF = gated(
  /^\W*(?:on|by)\s+the\s+(?:(?:very|same)\s+)?(?:day|morning|evening|night|eve)\s+(?:of\s+(?:the|its|his|her|their)|that|when)\s+[^,;\d]{3,80},/gi,
);

/**
 * Leave to strike: "permission to fire Storm Shadow missiles into Russia", "letting Kyiv use French
 * SCALP missiles", "follow suit and allow its Storm Shadow missiles to be fired at targets".
 */
const LEAVE_TO_FIRE = gated(
  /\b(?:permission|leave|green\s+light|go-ahead|approval|authori[sz]ation|right|freedom)\s+(?:for\s+(?:Kyiv|Ukraine|the\s+Ukrainians)\s+)?to\s+(?:fire|strike|hit|use|launch|target)\b[^,;.]*|\b(?:permission|leave|green\s+light|go-ahead|approval|authori[sz]ation)\s+for\s+(?:[\w-]+\s+){0,3}?(?:strikes|attacks|launches|use)\b[^,;.]*|\b(?:let(?:s|ting)?|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?)\s+(?:Kyiv|Ukraine|the\s+Ukrainians|it|them)\s+(?:to\s+)?(?:fire|strike|hit|use|launch|target)\b[^,;.]*|\b(?:follow(?:s|ed|ing)?\s+suit\s+and\s+)?allow(?:s|ed|ing)?\s+(?:its|their|the|British|French)\s+(?:[\w-]+\s+){0,3}?(?:missiles|weapons)\s+to\s+be\s+(?:fired|used|launched)\b[^,;.]*/gi,
);

/**
 * Washington as the one that lets Ukraine strike: its own weapons, whatever others the sentence
 * names ("Germany holds firm on Taurus as US lets Ukraine strike deep into Russia").
 */
const US_LETS = gated(
  /\b(?:US|U\.S\.|Washington|Biden|the\s+White\s+House|the\s+United\s+States|America)\s+(?:(?:finally|now|has|had)\s+)?(?:lets|let|allows|allowed|permits|permitted|authori[sz]es|authori[sz]ed|clears|cleared|approves|approved|green-?lights|green-?lit)\s+(?:Kyiv|Kiev|Ukraine)\b/,
);

/** Europe's long-range missiles. */
const EUROPEAN_MISSILE = gated(/\b(?:Storm\s+Shadows?|SCALPs?|Taurus)\b/i);
/** The American missiles. */
const AMERICAN_MISSILE = gated(
  /\b(?:ATACMS|Atacms|American|US-made|U\.S\.-made|US-supplied|U\.S\.-supplied|US\s+missiles?)/g,
);
/** What a strike came after: "hard on the heels of its debut strike with American ATACMS". */
const FOLLOWED = gated(
  /\b(?:(?:hard\s+)?on\s+the\s+heels\s+of|after|following|(?:a\s+day|days|hours|a\s+week)\s+after)\b[^.;]*/gi,
);

/** The spans of `text` that tell what a strike followed. */
function followedSpans(text: string): [number, number][] {
  return [...text.matchAll(FOLLOWED)].map((m) => [m.index, m.index + m[0].length]);
}

/** Are the American missiles named, if at all, only as what the strike followed (`spans`)? */
function onlyAsWhatItFollowed(text: string, spans: [number, number][]): boolean {
  return [...text.matchAll(AMERICAN_MISSILE)].every((m) =>
    spans.some(([s, e]) => m.index >= s && m.index < e),
  );
}

/** What a clip, a post or a photo only claims to show: "claiming to show a Storm Shadow hitting …". */
const CLAIMED_TO_SHOW = gated(
  /\b(?:claim(?:ing|s|ed)?|purport(?:ing|s|ed)?|alleg(?:ing|es|ed)(?:ly)?|supposed(?:ly)?)\s+to\s+show\b[^,;.]*/gi,
);

/** What a weapon can do: "…, which can hit targets roughly 155 miles away", "capable of striking". */
const CAPABLE_OF = gated(
  /\b(?:which|that)\s+(?:can|could)\s+(?:hit|strike|reach|fly|travel)\b[^,;.]*|\b(?:capable\s+of|able\s+to)\s+(?:hitting|striking|reaching|hit|strike|reach)\b[^,;.]*/gi,
);

/**
 * The places where things happen in a sentence, not those that own or speak: "London's Storm
 * Shadows" names whose missiles.
 */
function placesOfEvents(claim: Claim): Claim['places'] {
  return claim.places.filter(
    (p) => !/^['’]s\b/.test(claim.text.slice(p.end)) && !standsForActor(claim, p),
  );
}

/** Does the sentence set its events only in occupied Ukraine ("in occupied Crimea")? */
function onlyInOccupiedUkraine(claim: Claim): boolean {
  const places = placesOfEvents(claim);
  return (
    places.length > 0 &&
    places.every(
      (p) =>
        p.country === 'UA' &&
        (OCCUPIED_PLACE_IDS.has(p.id) ||
          /\b(?:occupied|annexed)\s+(?:[\w'’-]+\s+){0,2}$/i.test(claim.text.slice(0, p.start))),
    )
  );
}

/** Places Russia has held since before the full-scale invasion: a strike there is not on Russia. */
const OCCUPIED_PLACE_IDS = new Set(['crimea', 'sevastopol']);

/**
 * A sentence whose subject is another missile than ATACMS: "The Army's Precision Strike Missile
 * …", "Britain's Storm Shadow has a range of about 250 km", "Tomahawks fly 1,600 km". (Not where
 * ATACMS comes in before the first comma: "It wasn't the Tomahawk but the ATACMS, …"; nor one
 * the sentence sets ATACMS against: "Unlike the Taurus, the ATACMS can hit …".)
 */
const OTHER_MISSILE_SUBJECT = gated(
  /^\W*(?!(?:unlike|like|compared|as\s+with|besides|beyond|apart\s+from|instead\s+of|rather\s+than)\b)(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:Precision\s+Strike\s+Missiles?|PrSMs?|GMLRS|Tomahawks?|JASSMs?(?:-ER)?|ERAMs?|Storm\s+Shadows?|SCALPs?|Taurus)\b/i,
);

/** A fact about the ground Ukraine holds in Russia. */
const HOLDS_GROUND = gated(/\bholds\s+the\s+ground\b/i);
/**
 * "Not some corner of occupied Ukraine", "occupied parts of Ukraine": land Russia holds in Ukraine,
 * whose "occupied" says nothing of the ground Ukraine holds in Kursk.
 */
const OCCUPIED_UKRAINE = gated(
  /\b(?:russian-)?occupied\s+(?:(?:parts?|areas?|regions?|territor(?:y|ies)|swathes?|east|south)\s+(?:of\s+)?)?(?:ukraine|ukrainian\s+[a-z]+)\b/gi,
);

/**
 * "Though it holds a certain resonance for historians", "Kursk holds a special place in Russian
 * memory": what is held is no ground.
 */
const FIGURATIVE_HOLD = gated(
  /\b(?:hold|holds|held|holding|keeps?|kept|keeping|retains?|retained)\s+(?:(?:a|an|the|its|their|some|much|great|real|certain|special|particular|deep|symbolic|enormous|outsized)\s+){0,3}(?:resonance|significance|place|meaning|memories|appeal|promise|symbolism|importance|value|grip\s+on\s+(?:the\s+)?(?:imagination|memory)|fascination|interest|lessons?|echoes)\b/gi,
);

/** A fact that something was not done at once: "The Kremlin did not immediately respond …". */
const NOT_AT_ONCE_FACT = gated(/\bdid\s+not\s+immediately\b/i);
/** Promptness told: "within hours", "swiftly condemned", "quick to respond", "the same day". */
const AT_ONCE = gated(
  /\b(?:immediate(?:ly)?|swift(?:ly)?|quick(?:ly)?|prompt(?:ly)?|rapid(?:ly)?|at\s+once|right\s+away|within\s+(?:(?:an?|the|a\s+few|a\s+couple\s+of|\d+|one|two|three|several)\s+)?(?:minutes?|hours?|hour|day)|as\s+early\s+as|Sunday\s+(?:night|evening)|(?:minutes|hours)\s+(?:after|later|of)|(?:the\s+|that\s+)?same\s+(?:[A-Z][a-z]+day\s+)?(?:day|evening|night|morning|afternoon)|straight\s+(?:out|away|back)|fired\s+back|hit\s+back|wasted\s+no\s+time|lost\s+no\s+time|in\s+no\s+time)\b/i,
);

/**
 * Russia's own denial: "Moscow denies targeting civilians and says its strikes hit military …"
 * refuses nobody leave to strike, and denies nothing a fact's refusal or report is about.
 */
const RUSSIA_DENIES = gated(
  /\b(?:Moscow|Russia|the\s+Kremlin|Russian\s+(?:officials|authorities|forces|troops))\s+(?:(?:has|have|had|again|repeatedly|flatly|routinely|also)\s+)*(?:denies|denied|deny|denying)\b/gi,
);

/**
 * Moscow itself as the target: "A claim that Ukraine can now strike Moscow with American missiles has
 * spread widely", "the green light to hit Moscow". No source tells of leave to strike the capital,
 * so the city named as what is hit is no leave to strike inside Russia.
 */
const MOSCOW_TARGET = gated(
  /\b(?:strike|strikes|striking|struck|hit|hits|hitting|target|targets|targeting|attack|attacks|attacking|bomb|bombs|bombing|reach|reaching)\s+(?:at\s+|on\s+|central\s+)?Moscow\b(?!['’])/gi,
);
/** A fact about leave to strike inside Russia, by its statement. */
const DEEP_STRIKE_LEAVE = gated(/\bstrikes\s+deep\s+inside\s+Russia\b/i);

/**
 * The outlet that asked for comment: "did not respond to a request for comment from the Washington
 * Examiner" names no Washington that kept silent.
 */
const COMMENT_ASKED_BY = gated(
  /\b(?=[A-Zt])(?<=\brequests?\s+for\s+comment\s+from\s+)(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,4}/g,
);

/**
 * A fact that is not itself an open question: "Investors are also watching whether he will unwind
 * Joe Biden's November decision" tells the question the sources say was open.
 */
const NOT_AN_OPEN_QUESTION = gated(/^(?!.*\b(?:uncertain|unclear)\s+whether\b)/);

/**
 * Other allies' own weapons: "reports that Britain and France might soon let Kyiv use their own
 * long-range missiles in the same way" tells their leave, not Washington's.
 */
const OTHERS_OWN_MISSILES = gated(
  /\b(?:Britain|the\s+UK|the\s+United\s+Kingdom|France|Germany|London|Paris|Berlin)\b[^.;:]{0,80}?\b(?:their|its)\s+own\s+(?:(?:long-range|cruise)\s+)*(?:missiles|weapons|arms)\b/g,
);
/**
 * A barrage's effect on a place: "…, its largest attack in months, leaving parts of Sumy region
 * without power" is no strike on Sumy.
 */
const LEFT_WITHOUT = gated(
  /,\s*leaving\s+(?:[\w'’-]+\s+){0,6}?without\s+(?:power|electricity|heat|heating|water|light)\b[^,;.]*/gi,
);

/**
 * Spans that carry a fact's words without telling the fact, each with why (for the trace) and,
 * for some, the facts it applies to: a candidate whose words of one concept group all sit inside
 * such a span is passed over. Each pattern is searched once per sentence; only those found are
 * tried against each candidate.
 */
const NOT_TOLD: readonly { re: RegExp; reason: string; fact?: RegExp }[] = [
  { re: OCCUPIED_UKRAINE, reason: "Russia's hold in Ukraine", fact: HOLDS_GROUND },
  { re: FEAR_URGED, reason: 'a fear urged, not told', fact: FEAR_FACT },
  { re: WATCH_WHETHER, reason: 'an open question the writer sets', fact: NOT_AN_OPEN_QUESTION },
  { re: DAY_OF, reason: 'only the day of something else' },
  { re: FIRST_OF_OTHER, reason: 'the first of something else' },
  { re: FIGURATIVE_HOLD, reason: 'a hold on no ground', fact: HOLDS_GROUND },
  { re: HOW_FAR, reason: 'an open question of how far' },
  { re: TALKS_TO_END, reason: 'talks to end the war, not a pledge' },
  { re: VOWED_RESPONSE, reason: 'a response vowed, not a comment', fact: COMMENT_FACT },
  { re: RUSSIA_DENIES, reason: "Russia's own denial" },
  { re: OTHERS_OWN_MISSILES, reason: "other allies' own weapons", fact: DEEP_STRIKE_LEAVE },
  { re: LEFT_WITHOUT, reason: "a barrage's effect on a place" },
  { re: COMMENT_ASKED_BY, reason: 'the outlet that asked for comment' },
  { re: MOSCOW_TARGET, reason: 'Moscow itself as the target', fact: DEEP_STRIKE_LEAVE },
];

/**
 * "Expected the North Koreans to stay on Russian soil rather than cross into Ukraine itself": a
 * concept group of the fact named only in the alternative the sentence sets aside, which denies it.
 */
function setAside(text: string, f: IndexedFact): boolean {
  return (
    /\b(?:rather than|instead of)\b/i.test(text) &&
    !ASKED_WHETHER.test(text) &&
    groupOnlyWithin(text, f, SET_ASIDE)
  );
}
/**
 * The alternative only asked about: "Some analysts question whether it was really the troops,
 * rather than Trump's victory, that pushed Biden" leans towards the victory.
 */
const ASKED_WHETHER = gated(
  /\b(?:question(?:s|ed|ing)?|doubt(?:s|ed|ing)?|wonder(?:s|ed|ing)?|ask(?:s|ed|ing)?)\s+whether\b/i,
);

/** A fact about something done inside Ukraine, and the sentence that puts it outside. */
const INSIDE_FACT = gated(/\binside\s+Ukraine\b/i);
const OUTSIDE = gated(
  /\b(?:outside|beyond)\s+(?:of\s+)?(?:Ukraine(?!['’])|the\s+country|Ukrainian\s+(?:territory|soil|borders))\b/i,
);

/** A fact about how news reached the public: "The decision became known through US officials …". */
const BECAME_KNOWN = gated(/\bbecame\s+(?:known|public)\b/i);

/**
 * "Austin told reporters on Wednesday that the mines would be non-persistent": words to the press
 * are no conversation with the fact's other party, when the fact's word for it ("told") is only
 * there.
 */
function toldThePress(text: string, f: IndexedFact): boolean {
  return (
    /\b(?:told|tells|telling|briefed|briefs|briefing)\s/i.test(text) &&
    // (Not for a fact about how news became known, which words to the press are.)
    !BECAME_KNOWN.test(f.fact.statement) &&
    groupOnlyWithin(text, f, TO_THE_PRESS)
  );
}

/**
 * A fact about when something began ("the incursion began in August"): a later event of the kind
 * ("launched fresh attacks there earlier this month") is no misdated start, as for a first.
 */
const BEGAN = gated(/\b(?:began|begun|started|launched)\b/i);
/**
 * Another act of the kind, after the start: "fresh attacks", "a new push", "renewed" (not "second",
 * as in "the Second World War").
 */
const LATER_START = gated(
  /\b(?:fresh|renewed|another|latest)\b|\bnew\s+(?:push|offensive|attacks?|assaults?|incursion|operation|thrust|strikes?|counter-?attacks?|counter-?offensives?)\b/i,
);

/** A later event of the kind: "strikes have continued since", "another volley", "again". */
const LATER_EVENT = gated(
  /\b(?:since|(?:have|has|had)\s+continued|continu(?:e|es|ed|ing)\s+(?:to|at|apace)|again|another|latest|fresh|renewed|second|third|further|more (?:strikes|attacks|launches|volleys|times))\b/i,
);

/** Later events of the kind as the sentence's subject: "Follow-on ATACMS launches, …". */
const LATER_SUBJECT = gated(
  /^\W*(?:follow-on|follow-up|subsequent|later|further)\s+(?:[\w-]+\s+){0,2}?(?:launches|strikes|attacks|volleys|salvos|barrages)\b/i,
);

/** A repeat: "spoke … again on Wednesday", "met once more on Friday". */
const REPEATED = gated(/\b(?:again|once more|anew)\b/gi);
/** Where a clause of its own begins: ", where Ukraine launched …", "; then". */
const OWN_CLAUSE = gated(
  /[,;:—–]\s*(?:where|which|when|who|whom|while|whereas|after|before|but|and)\b|;/i,
);

/**
 * The sentence tells a repeat in the clause one of its dates is in: "spoke … again on Wednesday",
 * not "Fighting has flared again in Russia's Kursk region, where Ukraine launched an incursion in
 * September" (the incursion is not the repeat).
 */
function repeatedAtDate(claim: Claim): boolean {
  for (const m of claim.text.matchAll(REPEATED)) {
    // (A sentence with no date of its own tells its repeat at whatever date it is judged by.)
    if (claim.dates.length === 0) return true;
    const at = m.index;
    for (const d of claim.dates) {
      const between = at < d.start ? claim.text.slice(at, d.start) : claim.text.slice(d.end, at);
      if (!OWN_CLAUSE.test(between)) return true;
    }
  }
  return false;
}

/** The fact's own negative terms ("not announced", "no formal announcement") the sentence uses. */
function negativeTermsIn(text: string, f: IndexedFact): string[] {
  const terms = termText(text);
  const found: string[] = [];
  for (const g of f.groups)
    for (const t of g) if (NEGATIVE_TERM.test(t) && terms.includes(` ${t} `)) found.push(t);
  return found;
}

const NEGATIVE_TERM = gated(/^(?:not|no|never)\b|n't\b/);

/**
 * Silence: "stayed silent", "remained tight-lipped", "kept mum"; not silence that ended ("broke its
 * silence", "silent at first", "after days of silence", "The White House, which stayed silent over
 * the weekend, officially confirmed the change on Monday").
 */
const SILENCE = gated(/\b(?:silent|silence|tight-lipped|mum)\b/i);
const BROKE_SILENCE = gated(
  /\b(?:br(?:oke|eaks?|eaking|oken)|end(?:ed|s|ing)?)\s+(?:(?:its|his|her|their)\s+)?silence\b|\bsilent\s+(?:at first|initially|until)\b|\b(?:initially|at first|previously|earlier)\s+silent\b|\bafter\s+(?:[\w-]+\s+){0,3}silence\b|\b(?:which|who)\s+(?:had\s+)?(?:stayed|remained|kept|been)\s+(?:silent|mum|tight-lipped)\b[^,;]*,\s+(?:[\w-]+\s+){0,2}?(?:confirmed|announced|commented|acknowledged|said|spoke|issued)\b/i,
);

/** Does the sentence tell, by one of the fact's own terms, that someone kept silent? */
function keptSilent(text: string, f: IndexedFact): boolean {
  if (!SILENCE.test(text) || BROKE_SILENCE.test(text)) return false;
  return f.groups.some((g) => g.some((t) => SILENCE.test(t)));
}

/** A negation cue that is a restriction kept in place: "still restrict", "remains limited". */
const RESTRICTION_CUE = gated(
  /^(?:(?:still|continues? to|continued to|remains?|remained|stays?|is still|are still)\s+)?(?:restrict|limit)/i,
);
/** A fact whose statement is itself that someone restricted something. */
const STATES_RESTRICTION = gated(/\b(?:limited|restricted)\s+(?:the\s+)?use\b/i);

/** Do the supporting quotes state the fact both affirmatively and with a negation? */
function saidBothWays(f: IndexedFact): boolean {
  const supporting = f.fact.sources.filter((s) => SUPPORTING_STANCES.has(s.stance));
  return supporting.some((s) => s.values.negated) && supporting.some((s) => !s.values.negated);
}

/**
 * A negation in the same stretch of clause, right before a word: "has not taken military action".
 */
const DENIAL_BEFORE = gated(
  /(?:\b(?:not|never|no|nor|yet\s+to|refrained\s+from)\b|n['’]t\b)[^,;:]{0,40}$/i,
);

/**
 * Is the word (the first time the sentence says it) denied right before it, in its stretch? Null
 * where the sentence's own spelling of it cannot be found (a term text drops punctuation).
 */
function deniedRightBefore(text: string, word: string): boolean | null {
  const at = text.toLowerCase().indexOf(word.toLowerCase());
  return at < 0 ? null : DENIAL_BEFORE.test(text.slice(0, at));
}

/**
 * Is the word denied where it stands, or is the sentence's denial in a clause that speaks to the
 * fact too ("… had dismissed the decision within hours; it did not respond immediately")? Not a
 * denial in an aside about something else: "…, a remark the book does not interrogate".
 */
function deniedAt(text: string, word: string, f: IndexedFact): boolean {
  if (deniedRightBefore(text, word) !== false) return true;
  for (const m of text.matchAll(DENIAL_CUE)) {
    const from = Math.max(...[',', ';', ':'].map((d) => text.lastIndexOf(d, m.index)));
    const ends = [',', ';', ':'].map((d) => text.indexOf(d, m.index)).filter((i) => i >= 0);
    const stretch = text.slice(from + 1, ends.length > 0 ? Math.min(...ends) : undefined);
    if (contentTokens(stretch).some((t) => f.tokens.has(t))) return true;
  }
  return false;
}

/** A negation cue (for `deniedAt`). */
const DENIAL_CUE = gated(/\b(?:not|never|no|nor)\b|n['’]t\b/gi);

/**
 * A guess refused or not yet given: "declined to say whether Storm Shadow missiles would now be
 * fired", "London and Paris have yet to say publicly whether Kyiv may fire Storm Shadow".
 */
const NOT_GUESSED = gated(
  /\b(?:(?:declin\w*\s+to|refus\w*\s+to|would\s+not|wouldn['’]t|did\s+not|didn['’]t|could\s+not|couldn['’]t|cannot|can['’]t|(?:has|have|had)\s+yet\s+to)\s+(?:say|predict|speculate|comment\s+on))\s+(?:\w+ly\s+)?whether\b[^.;,]*?\b(?:might|could|would|may|can)\b/i,
);

/**
 * A date told only in a clause of when something else is to happen: "Trump has already said he will
 * scrap the policy once he is sworn in on Jan. 20" dates the swearing-in; what he said is the news.
 */
const WHEN_IT_COMES = gated(
  /\b(?:once|when|after|as\s+soon\s+as)\s+(?:he|she|they|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+(?:is|are|gets?|has\s+been|have\s+been)\s+(?:sworn\s+in|inaugurated|in\s+office)\s+(?:on|in)\s+$/,
);

/** A date told of a win: "Donald Trump's victory on 5 November" dates the election, as an epithet. */
const WIN_ON = gated(/\b(?:victory|win|triumph|re-?election)\s+(?:on|of)\s+$/i);

/** The turn to a contrast: ", but", "; but", "— but". */
const BUT_TURN = gated(/[,;—–]\s*but\s*$/i);

/**
 * A sentence opening with its speaker's own forecast: "My guess is", "My bet:", "My hunch is", "I'd
 * expect the Russians to test the new rules with more strikes …", "I predict …".
 */
const OWN_FORECAST = gated(
  /^\W*(?:[A-Z][A-Z.'’ -]{1,30}:\s+)?(?:(?:my|our)\s+(?:best\s+|own\s+)?(?:guess|bet|hunch|prediction|forecast)\s*(?:is\b|:)|I(?:['’]d|\s+would)?\s+(?:fully\s+|certainly\s+|also\s+)?(?:expect|predict|bet|wager)\b)/i,
);
/** A debate's motion: "Motion: This House would allow Ukraine to fire …". */
const MOTION = gated(
  /^\W*(?:(?:the\s+)?motion\s*:\s*)?['‘"“]?this\s+house\s+(?:would|believes|supports|regrets|welcomes|opposes)\b/i,
);

/**
 * An event only guessed at: "speculating about which airfields might be targeted first". (Not a
 * guessing that the sentence ends: "The White House confirmed the shift, ending months of
 * speculation over whether Mr Biden would relent" asserts the shift.)
 */
const SPECULATED = gated(
  /(?<!\b(?:end(?:s|ed|ing)?|settl(?:e|es|ed|ing)|quash(?:es|ed|ing)?|dispel(?:s|led|ling)?)\s+(?:(?:the|months|weeks|days|years|of|much|intense|feverish|fevered)\s+)*)\b(?:speculat\w*|wonder\w*|guess\w*|debat\w*)\s+(?:about\s+|over\s+|on\s+)?(?:which|whether|what|where|when|how|if)\b[^.;]*?\b(?:might|could|would|may)\b/i,
);

/** Advice on what someone should do with a decision. */
const ADVICE = gated(
  /\b(?:should|ought\s+to|must)\s+(?:(?:also|still|simply|just|now)\s+)?(?:keep|reverse|scrap|undo|rescind|maintain|widen|expand|extend|lift|tear|leave|let|stick|honou?r|preserve|build\s+on|not)\b/i,
);
/**
 * Wording of doubt beside the advice. (Not "may" in what the advice is about: "lifting the
 * remaining limits on what Ukraine may target".)
 */
const UNCERTAIN_WORDING = gated(
  /\b(?:unclear|uncertain|unknown|whether|open\s+question|remains\s+to\s+be\s+seen|anyone['’]s\s+guess|(?:might|may)(?<!\b(?:what|where|which|who|whom)\s+(?:[\w'’]+\s+){1,2}(?:might|may)))\b/i,
);

/**
 * The outlet asking for comment: "Newsweek has contacted the White House and the Russian Foreign
 * Ministry for comment via email", "CNN has reached out to the Pentagon for comment on the
 * decision". The request is the outlet's own act; it says nothing of the event, nor that anyone
 * commented. (Unless the sentence gives the answer: "Asked for comment, Peskov said …".)
 */
const REQUESTS_COMMENT = gated(
  /\b(?:contacted|reached out to|asked|approached|emailed|e-mailed|messaged|sought comment from|requested comment from)\b[^.;:]{0,120}?\bfor (?:(?:a|further|additional|written) )?(?:comment|response|reaction|statement)s?\b|\b(?:sought|requested|has asked for|asked for) (?:comment|a response)\b/i,
);

/**
 * A reaction awaited, not given: "Israeli defense officials are watching Moscow's reaction just as
 * closely", "Kyiv is waiting for Washington's response". Looking out for a reaction says nothing of
 * whether one came, so it neither tells nor denies that someone did not respond.
 */
const AWAITS_REACTION = gated(
  /\b(?:watch(?:es|ed|ing)?|await(?:s|ed|ing)?|wait(?:s|ed|ing)?\s+(?:for|on)|monitor(?:s|ed|ing)?|gaug(?:e|es|ed|ing)|brac(?:e|es|ed|ing)\s+for)\s+(?:[\w'’-]+\s+){0,4}?(?:reaction|response|reply|answer)s?\b/i,
);
const REACTION_FACT = gated(/\b(?:respond\w*|response|react\w*|comment\w*|reply|replied)\b/i);

const ANSWERED = gated(
  /\b(?:said|says|told|tells|replied|replies|responded|responds|answered|warned|called|added|wrote|declined|refused)\b/i,
);

export function judge(claim: Claim, f: IndexedFact, score: number): Judgement | null {
  if (!claim.negated && REQUESTS_COMMENT.test(claim.text) && !ANSWERED.test(claim.text))
    return null;
  if (toldThePress(claim.text, f)) return null;
  if (!claim.negated && AWAITS_REACTION.test(claim.text) && REACTION_FACT.test(f.fact.statement))
    return null;
  // "The attack came on the 1,000th day of Russia's full-scale invasion": a milestone the day is
  // remembered for, told of an event named only by reference, marks the day; it does not date
  // the event the sentence before told. (Naming the event, it does: "Kyiv's first use of the
  // missiles came on the war's 1,000th day".) Nor does the day the milestone fell on: "The attack
  // came as the war marked its 1,000th day on Tuesday".
  if (claim.dates.some((d) => d.milestone) && refersBack(claim.text)) {
    const ends = claim.dates.filter((d) => d.milestone).map((d) => d.end);
    const onMilestone = (d: DateValue) =>
      ends.some((e) => e <= d.start && /^\s*(?:on\s+)?$/i.test(claim.text.slice(e, d.start)));
    claim = { ...claim, dates: claim.dates.filter((d) => !d.milestone && !onMilestone(d)) };
  }
  // A guess at what may come ("Military bloggers spent Monday speculating about which airfields
  // might be targeted first") states nothing of what happened, nor dates it: only a fact about
  // what may come can be its subject. Nor does a refusal to guess ("declined to say whether Storm
  // Shadow missiles would now be fired into Russia"), except of a fact that someone kept silent.
  if (!f.prospective && SPECULATED.test(claim.text)) return null;
  if (!f.prospective && !f.fact.negated && NOT_GUESSED.test(claim.text)) return null;
  // So does a question reported as the whole sentence: "Brennan asked whether Ukraine could hold on
  // to the territory", "Sen. Park asked whether Kyiv could still use the ground … as leverage".
  // (Not for a fact that something is uncertain: the question is what it says.)
  if (!OPEN_QUESTION_FACT.test(f.fact.statement) && REPORTED_QUESTION.test(claim.text)) return null;
  // Advice ("Mr Trump should keep the permission, and widen it", "Trump should keep the policy")
  // tells what someone ought to do, not that it is uncertain what they will.
  if (
    OPEN_QUESTION_FACT.test(f.fact.statement) &&
    ADVICE.test(claim.text) &&
    !UNCERTAIN_WORDING.test(claim.text)
  )
    return null;
  // "'… when it was almost too late,' said Oksana, 41, a pharmacist": a member of the public, named
  // with an age, voices their own view; it does not report what a fact's officials, analysts or
  // lawmakers said. (What such a witness saw may still be an event's report.)
  if (VIEW_FACT.test(f.fact.statement) && VOX_POP.test(claim.text)) return null;
  // A claim the sentence reports only to reject it ("The Pentagon denied reports that mines were
  // cleared") is, for a fact about whether it happened, the sentence denying it; to any other fact
  // it says nothing of its own.
  // (Not for a fact that is itself such a rejection: "Lukashenko denied the first reports … but said
  // it would be an escalation".)
  if (claim.refuted && !REJECTS_REPORTS.test(f.fact.statement)) {
    const rejected = refutedClaim(claim.text);
    if (rejected === null) return null;
    // A figure fact keeps the figures told outside the rejected claim: "claims that 100,000 of
    // them are fighting there are not supported by any official estimate, with figures ranging
    // from about 8,000 to more than 10,000" gives the estimates' range.
    // A disputed cause rejected still takes a side on the dispute: "Myth 4: North Korea's
    // deployment was the only reason Washington changed course".
    if (
      f.fact.status === 'disputed' &&
      f.fact.slots.length === 0 &&
      f.fact.disputes.every((x) => x.kind !== 'numeric')
    )
      claim = { ...claim, refuted: false };
    else if (!f.fact.slots.includes('polarity')) {
      const at = claim.text.indexOf(rejected);
      const own = claim.quantities.filter((q) => q.end <= at || q.start >= at + rejected.length);
      if (!f.fact.slots.includes('quantity') || at < 0 || own.length === 0) return null;
      claim = { ...claim, quantities: own, refuted: false };
    } else if (
      // "Myth 3: November was the first time Washington let Kyiv fire …" rejects that it was the
      // first, not that it happened.
      f.fact.status !== 'disputed' &&
      /\bthe\s+(?:first\s+time|only)\b/i.test(rejected) &&
      !/\b(?:first|only)\b/i.test(f.fact.statement)
    )
      return null;
    else
      claim = {
        ...claim,
        negated: !polarity(rejected).negated,
        negationCues: ['rejects the reports'],
        modality: 'asserted',
        refuted: false,
      };
  }
  // A fact about the state before the change speaks only to a sentence told of that time: "The
  // administration now places no limits on ATACMS strikes" tells the state after it, and only
  // "until then, the administration had placed no limits on …" denies it.
  const laterState = EARLIER_STATE_FACT.test(f.fact.statement) && !claim.pastState;
  if (laterState && NOW.test(claim.text)) return null;
  // "Sikorski criticised the move" where the sources say he welcomed it. (Not an earlier stance
  // told in an aside: "Lukashenko, who had scoffed at the first reports, had conceded that …".)
  const against = laterState
    ? null
    : contraryWord(claim.text.replace(EARLIER_STANCE_ASIDE, ','), f);
  // "Russia has not taken military action against any country other than Ukraine": the opposite
  // denied is the fact itself, for a fact its sources tell both ways ("limited its actions to
  // Ukraine", "not acted against other countries"); it is judged as any other sentence.
  // The denial must be the contrary's own, not one in an aside about something else ("…, a remark
  // the book does not interrogate"). Denied right before them, the contrary words are denied even
  // where the clause read for the fact is not negated, and the sentence then says the fact again:
  // "…has promised to end the war quickly, but he has never set out a detailed plan".
  const deniedHere =
    against !== null &&
    ((claim.negated && deniedAt(claim.text, against, f)) ||
      deniedRightBefore(claim.text, against) === true);
  const deniedOpposite = deniedHere && (saidBothWays(f) || !claim.negated);
  // "Did not criticise" is no criticism; but a contrary term that is itself a denial ("would not
  // amount to an escalation", "dismissed the idea") is what the sentence's negation says.
  const ownDenial =
    against !== null &&
    (NEGATIVE_TERM.test(against) ||
      (claim.negated && claim.negationCues.every((c) => against.includes(c.toLowerCase()))));
  // "Kyiv never won permission to hit the air bases": the opposite of a fact that something did
  // not happen, denied, is that fact; it is judged as any other sentence.
  const deniedOfNegated = deniedHere && !ownDenial && f.fact.negated && claim.negated;
  if (against !== null && !deniedOpposite && !deniedOfNegated) {
    if ((deniedHere && !ownDenial) || claim.modality === 'question') return null;
    const n = new Set(
      f.fact.sources.filter((s) => SUPPORTING_STANCES.has(s.stance)).map((s) => s.source),
    ).size;
    return {
      verdict: 'contradicts',
      kind: 'polarity',
      reason: `Article: "${against}"; sources (${plural(n, 'source')}) report the opposite.`,
      fact: f.fact,
      score,
    };
  }
  // A fact's own negative term is a value of it too: "there was no formal announcement" states
  // how the decision became known, as a date would state when.
  if (!statesValue(claim, f) && negativeTermsIn(claim.text, f).length === 0) return null;
  // A fact about where a place is speaks only to sentences that say where it is: "Ukraine's Kursk
  // gamble" names Kursk, and says nothing of its country.
  if (f.fact.topic === 'geography' && !claim.places.some((p) => p.statedCountry !== null))
    return null;
  if (f.fact.status === 'disputed') {
    // "So was it really North Korea that changed the president's mind?" asks the disputed question;
    // it takes no side. (A statement before it, "… put it at 11,000; does that still hold?", does.)
    if (claim.modality === 'question' && !claim.text.includes(';')) return null;
    const d = disputedVerdict(claim, f, score);
    if (d) return d;
    if (f.fact.disputes.some((x) => x.kind === 'numeric')) return null;
  }
  // "North Korean state media had said nothing about Washington's decision to let Ukraine fire
  // …": a silence about the event neither denies it nor says it, for a fact that is not itself
  // about what anyone said. (It was read as a denial.)
  // (The silence may be told twice, so that its negations cancel: "declined to comment on reports
  // that Kyiv used the British-made missiles, saying it does not discuss operational matters".)
  // (A figure the sentence gives is still compared: "That decision, reported three months
  // before Trump took office, was never formally announced".)
  if (
    (claim.negated || SILENCE_AS_POLICY_ONE.test(claim.text)) &&
    !f.fact.negated &&
    silentOnly(claim.text, f)
  ) {
    if (!f.fact.slots.includes('quantity') || !claim.negated) return null;
    claim = { ...claim, negated: false, negationCues: [] };
  }
  // A negation that is the fact's own content ("these strikes wouldn't change much", for a fact
  // about doubts that they would) is no denial of it.
  if (claim.negated && !f.fact.negated && negationIsContent(claim, f))
    claim = { ...claim, negated: false, negationCues: [] };
  // "The White House stayed silent": silence, for a fact that someone did not comment, is the
  // denial the fact states (not "broke its silence").
  else if (!claim.negated && f.fact.negated && keptSilent(claim.text, f))
    claim = { ...claim, negated: true };
  else if (!claim.negated && setAside(claim.text, f))
    claim = { ...claim, negated: true, negationCues: ['rather than'] };
  // "… performed by U.S. defense contractors at facilities outside of Ukraine": outside the
  // country, for a fact about working inside it, is the denial.
  else if (!claim.negated && INSIDE_FACT.test(f.fact.statement) && OUTSIDE.test(claim.text))
    claim = { ...claim, negated: true, negationCues: [OUTSIDE.exec(claim.text)![0]] };
  const comparisons = [
    compareQuantities(claim, f),
    compareDates(claim, f),
    comparePlaces(claim, f),
    compareScope(claim, f),
    compareActors(claim, f),
    comparePolarity(claim, f),
  ].filter((c): c is SlotComparison => c !== null);
  // Another event (someone else's reaction): the fact has nothing to say about it.
  if (comparisons.some((c) => c.outcome === 'other')) return null;
  const conflicts = comparisons
    .filter((c) => c.outcome === 'conflict')
    .sort((a, b) => CONFLICT_PRIORITY.indexOf(a.kind) - CONFLICT_PRIORITY.indexOf(b.kind));
  if (conflicts.length > 0) {
    const c = conflicts[0]!;
    // "Does the permission cover the whole of Russia, or only Kursk?" asks which it is: a yes-no
    // question states no figure, date, scope or person of its own. (A place it takes for granted
    // still does: "Do you expect them to push beyond the Kursk area of northeastern Ukraine?")
    if (
      claim.modality === 'question' &&
      (c.kind === 'place' ? WHERE_QUESTION : YES_NO_QUESTION).test(claim.text)
    )
      return null;
    // "Defence Secretary John Healey hosted Rustem Umerov in London on 21 January": other people on
    // another day or in another place is another event, not one misreported twice over. (So the
    // place must be read right: "in Brussels, US Defense Secretary …" puts Brussels in no country.)
    if (
      conflicts.some((x) => x.kind === 'actor') &&
      conflicts.some((x) => x.kind === 'date' || x.kind === 'place')
    )
      return null;
    // Another date is only a wrong date for the same event if it is the same actors' event: "North
    // Korea fired its first ICBM on Oct. 31" is not a misdated first Ukrainian strike.
    if (
      c.kind === 'date' &&
      (actsElsewhere(claim, f) || otherPeople(claim, f)) &&
      !datedInOpening(claim.text, f)
    )
      return null;
    // Nor is a later one of the kind a misdated first: "Strikes have continued since, and on
    // Tuesday Russia said it had shot down six ATACMS", or one weeks later ("on 11 December"); nor
    // later ones that are the sentence's subject, whatever first one they follow ("Follow-on ATACMS
    // launches, … on 23 NOV …, show the first strike was no one-off").
    if (
      c.kind === 'date' &&
      ((FIRST.test(f.fact.statement) &&
        ((!FIRST.test(claim.text) &&
          (LATER_EVENT.test(claim.text) || wellAfterFactDates(claim, f))) ||
          LATER_SUBJECT.test(claim.text))) ||
        (BEGAN.test(f.fact.statement) && LATER_START.test(claim.text))) &&
      // (A date before the first is no later event: "had spotted them as early as September, and
      // Seoul's spy agency had since confirmed it".)
      !beforeFactDates(claim, f)
    )
      return null;
    // An event told as a repeat on its own day is another occurrence, not the sources' one
    // misdated: "Umerov spoke with US Defense Secretary Lloyd Austin again on Wednesday".
    if (c.kind === 'date' && repeatedAtDate(claim)) return null;
    return { verdict: 'contradicts', kind: c.kind, reason: c.reason, fact: f.fact, score };
  }
  const agreed = comparisons.find((c) => c.outcome === 'agree');
  // "Britain has still not allowed … and none have been launched": a sentence that denies what the
  // sources report does not support it, even where the fact has no polarity to compare. (A
  // sentence about an earlier state, "until now the White House had held back", may deny it.)
  // (A fact its sources say both ways, "limited its actions to Ukraine" and "had not acted against
  // other countries", is not denied by the negative way.)
  if (
    !agreed &&
    claim.negated &&
    !f.fact.negated &&
    !claim.pastState &&
    !saidBothWays(f) &&
    !negationIsContent(claim, f)
  )
    return null;
  // "Until now, the administration had barred Ukraine from firing ATACMS deep into Russia" tells
  // the state before the change: it is the earlier restriction's fact, not support for the change.
  if (claim.pastState && claim.negated && !f.fact.negated && f.fact.slots.includes('polarity'))
    return null;
  // An inverted condition ("Should the North's soldiers be sent into Ukraine proper, …") supposes
  // even what a fact says may come.
  if (f.prospective && INVERTED_CONDITION.test(claim.text)) return null;
  // "Any decision to let Kyiv fire … would be an escalation": a hypothetical supports nothing —
  // unless the fact is itself about what may come ("it is unclear whether Trump will reverse it").
  if (
    !f.prospective &&
    (!agreed || agreed.kind === 'polarity') &&
    // The main clause's: in "The Kremlin, which had warned that loosening the restrictions would be
    // a grave escalation, offered no immediate reply", the "would" is the warning's.
    // A need ("cannot be fired without Western satellite data") tells what it would take.
    // A "would" reported after a verb of saying is the plan told, not a hypothetical (its claim
    // is `planned`: "Officials said contractors would be allowed to work in Ukraine"); a
    // condition or "any decision" still is. Nor is a reporter's question answered after it
    // ("Asked whether Moscow might retaliate beyond Ukraine, Kirby said …") a condition.
    ((claim.modality === 'planned' ? HYPOTHETICAL_BUT_WOULD : HYPOTHETICAL).test(
      withoutConcessions(mainClause(claim.text))
        .replace(QUESTION_OF_WHETHER, ' ')
        .replace(REPORTER_QUESTION, ' '),
    ) ||
      statesNeed(mainClause(claim.text)) ||
      INVERTED_CONDITION.test(claim.text)) &&
    !framedAsContent(f.fact.statement, claim.text)
  )
    return null;
  // "Could North Korean soldiers soon be fighting inside Ukraine itself?" asks; it states nothing.
  if (claim.modality === 'question') return null;
  const n = new Set(
    f.fact.sources.filter((s) => s.stance !== 'doubts' && !s.conflict).map((s) => s.source),
  ).size;
  return {
    verdict: 'supports',
    kind: agreed?.kind ?? 'event',
    reason: agreed?.reason ?? `Same event as ${n} source${n === 1 ? '' : 's'} report.`,
    fact: f.fact,
    score,
  };
}

/** A sentence's closing stop: a sentence without one is a headline. */
const CLOSING_STOP = gated(/[.!?…]["'’”)\]]*\s*$/);
/** A headline that asks or explains ("What Trump inherits …", "… and what it means"), no news. */
const WH_WORD = gated(/\b(?:what|how|why|when|where|who|whether)\b/i);
/**
 * A present perfect: "Donald Trump has taken the oath of office", news as of the day told. Its
 * participle and the words after it (group 1), which must open one of the fact's terms.
 */
const PRESENT_PERFECT = gated(
  /\b(?:has|have)\s+(?:just\s+|now\s+|finally\s+|officially\s+)?(?:been\s+)?((?:[a-z]+ed|taken|sworn|struck|hit|begun|become|shot|sent)\b(?:\s+[\w'’-]+){0,3})/i,
);

/** Does the sentence tell the fact's event in a present perfect ("Ukraine has fired …")? */
function presentPerfectOf(text: string, f: IndexedFact): boolean {
  const m = PRESENT_PERFECT.exec(text);
  if (!m) return false;
  const told = termText(m[1]!);
  return f.groups.some((g) => g.some((t) => told.startsWith(` ${t}`)));
}

/**
 * The publication day as the date of an undated headline or present perfect, told as that day's
 * news, where the fact fell on that very day (see `matchClaim`); null otherwise. Not a question, a
 * denial or an earlier state.
 */
function todaysNews(claim: Claim, f: IndexedFact): DateValue | null {
  const day = claim.published;
  if (!day || claim.negated || claim.modality === 'question' || claim.pastState) return null;
  if (!f.dates.some((d) => d.value.precision === 'day' && d.value.from === day)) return null;
  const headline = !CLOSING_STOP.test(claim.text) && !WH_WORD.test(claim.text);
  if (!headline && !presentPerfectOf(claim.text, f)) return null;
  const at = claim.text.length;
  return {
    text: '',
    start: at,
    end: at,
    from: day,
    to: day,
    precision: 'day',
    relative: true,
    anaphoric: true,
  };
}

/** Russia's and North Korea's troops together as the foe held off (see `matchClaim`). */
const JOINT_FOE = gated(
  /\b(?:against|(?:fend|fight)(?:ing|s)?\s+off|repel(?:s|led|ling)?|hold(?:ing)?\s+off)\s+(?:a\s+|the\s+)?(?:combined\s+|joint\s+)?(?:russian|ru)(?:\s*-\s*|\s+and\s+)(?:north\s+korean|nk)\s+(?:troops|forces|units|push|assault|offensive|counteroffensive|attacks?|soldiers|force)\b/gi,
);

/** Any speakers' tags before a question: "Q16 Mr Hollis: ", "Q1: ". */
const QUESTION_TAGS = String.raw`^(?:[^:?]{1,60}:\s+)*`;
/**
 * A question that opens with its verb, after any speaker's tag ("Q16 Mr Hollis: Does …?", "Q: Was
 * it …?"): it asks whether, and takes nothing it names for granted but its setting.
 */
const YES_NO_QUESTION = gated(
  new RegExp(
    String.raw`${QUESTION_TAGS}(?:so|and|but|then|well|now|okay|ok)?,?\s*(?:does|do|did|is|was|are|were|has|have|had|can|could|will|would|should|shall|may|might|must)\b`,
    'i',
  ),
);

/**
 * A yes-no question that asks where a place is ("Q1: Is Kursk in Ukraine?", "Is the Kursk region
 * part of Russia?"): the place's country is what it asks, not what it takes for granted.
 */
const WHERE_QUESTION = gated(
  new RegExp(
    String.raw`${QUESTION_TAGS}(?:(?:[Ss]o|[Aa]nd|[Bb]ut|[Ss]till|[Nn]ow),?\s+)?(?:[Ii]s|[Ww]as|[Aa]re|[Ww]ere)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:(?:region|oblast|province|city|area)\s+)?(?:(?:really|actually|still)\s+)?(?:in|inside|part\s+of|located\s+in)\s+[^?]{1,40}\?\s*$`,
  ),
);

/** Same-event scores closer than this are a near tie, which Fuse.js ranking settles. */
const FUSE_TIE_MARGIN = 0.15;
/** Words of the sentence Fuse.js ranks on (the highest-IDF ones). */
const FUSE_QUERY_WORDS = 8;
const fuseCache = new Map<string, Fuse<IndexedFact>>();
const FUSE_CACHE_LIMIT = 500;

/** Fuse ranking of candidates, cached by candidate set (the same few sets recur across a page). */
function fuseFor(cands: IndexedFact[]): Fuse<IndexedFact> {
  const key = cands.map((c) => c.fact.id).join('|');
  let fuse = fuseCache.get(key);
  if (!fuse) {
    if (fuseCache.size >= FUSE_CACHE_LIMIT) fuseCache.clear();
    fuse = new Fuse(cands, {
      keys: [
        { name: 'fact.statement', weight: 1 },
        { name: 'fact.aliases', weight: 1 },
      ],
      useTokenSearch: true,
      includeScore: true,
      ignoreLocation: true,
      // Our query words are stems ("atacm", "permiss"): each one found as it is is a match, and
      // Bitap's fuzzy error levels would cost four times as much for no change in the ranking.
      threshold: 0,
    });
    fuseCache.set(key, fuse);
  }
  return fuse;
}

export interface MatchContext {
  index: FactIndex;
  /** The news cycle the fact base covers, for look-alike detection. */
  epoch: Epoch | null;
}

/** From the lead-in before the earliest dated event of the base to its latest one. */
export function epochOf(facts: Fact[]): Epoch | null {
  const dates = facts
    .flatMap((f) =>
      f.sources.flatMap((s) =>
        s.values.dates.filter((d) => d.precision === 'day' && d.from).map((d) => d.from!),
      ),
    )
    .sort();
  if (dates.length === 0) return null;
  const start = new Date(parseIso(dates[0]!)!.getTime() - EPOCH_LEAD_DAYS * 86_400_000);
  const end = parseIso(dates[dates.length - 1]!)!;
  const months = new Set<number>();
  for (
    let d = new Date(start);
    d <= end;
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))
  ) {
    months.add(d.getUTCMonth());
  }
  return { asOf: null, start: start.toISOString().slice(0, 10), months };
}

/**
 * Every date the fact's clause gives lies where it names ground by how it was taken: "Ukraine has
 * lost around half of the Kursk territory it seized in its surprise August offensive" dates the
 * incursion only as background to what it says of the ground, even when another word of the
 * sentence ("launched a fresh push") still touches the incursion.
 */
function onlyTakenGroundDates(claim: Claim, clause: { start: number; end: number }): boolean {
  const dates = claim.dates.filter((d) => d.start >= clause.start && d.end <= clause.end);
  if (dates.length === 0) return false;
  const spans = takenGroundSpans(claim.text);
  return dates.every((d) => spans.some(([s, e]) => d.start >= s && d.end <= e));
}

/**
 * Does the sentence speak to the fact only in words taken out of it (`rest` is what is left: its
 * requests, or one branch of a choice), where the fact does not own those words (`owns`)? The
 * cheap tests come first: most sentences lose nothing, and most facts own nothing.
 */
function onlyInWhatWasTaken(
  ctx: MatchContext,
  rest: string,
  text: string,
  f: IndexedFact,
  owns: (text: string, f: IndexedFact) => boolean,
): boolean {
  return rest !== text && !owns(text, f) && !touches(ctx, rest, text, f);
}

/** Does the sentence without some of its clauses (`rest`) still touch the fact? */
function touches(ctx: MatchContext, rest: string, text: string, f: IndexedFact): boolean {
  if (rest === text) return true;
  // With the places it names, as a sentence is looked up: "an experimental missile fired at
  // Zaporizhzhia" is still where the missile struck.
  return ctx.index.candidates(withPlaceMarkers(rest)).includes(f);
}

/**
 * A request for leave and what it asks for, to the end of its clause: "Britain had for weeks sought
 * US agreement to let Ukraine fire its Storm Shadow missiles into Russia", "had been pressing
 * Washington for months to allow their use inside Russia", "had been waiting on Washington before
 * relaxing its own rules", "hoping to obtain Joe Biden's blessing for British Storm Shadow
 * strikes", "hoping to talk Joe Biden into letting Ukraine fire …", "came to the White House to
 * press Biden on letting Kyiv fire Storm Shadow missiles into Russia" (a bare "press" after "to"
 * only: not "confirmed to the press that"), "has called on allies to let Kyiv use …", "under
 * pressure to follow suit and let Ukraine fire …", "Pressure is now mounting on Britain and France
 * to let Ukraine fire …". What is asked for is not said to have happened. A request told in a
 * relative clause ends where the main clause's verb of saying begins: "Republicans who had pushed
 * Biden to relax the rules called the move long overdue". (Leave asked for, not "sought to leave
 * Ukraine in a position of strength": an aim; nor what "could leave Ukraine in ruins", in "asked
 * about Medvedev's warning that such strikes could leave …". Nor what another clause says was done:
 * "urged restraint from all sides after Washington cleared Ukraine to fire …"; nor a decision
 * pressed over: "pressed a senior Pentagon official over the administration's decision to let …".)
 */
const REQUEST_SPAN = gated(
  /\b(sought|seek(?:s|ing)?|call(?:ed|s|ing)?\s+(?:on|upon)|appeal(?:ed|s|ing)?\s+to|under\s+(?:(?:growing|mounting|increasing|heavy|new|fresh)\s+)?pressure|pressure\s+(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:now\s+|also\s+)?(?:mount|grow|build|increas)\w*\s+on|press(?:ed|es|ing)|push(?:ed|es|ing)|lobb(?:ied|ies|ying)|urg(?:e|ed|es|ing)|ask(?:ed|s|ing)|plead(?:ed|s|ing)|(?:press|push|lobby|ask|plead)(?<=\bto\s+\w+)|begg(?:ed|ing)|campaign(?:ed|ing)|wait(?:ed|s|ing)?\s+(?:on|for)|hop(?:ed|es|ing)\s+to\s+(?:obtain|get|win|secure|gain|talk|persuade|convince|coax))\b(?!\s+(?:in vain|unsuccessfully|without success|fruitlessly)\b)(?=(?:(?!\b(?:after|when|because|since|while|once|until|whereas|over\s+(?:the|its|his|their)\s+(?:[\w'’-]+\s+)?(?:decision|move|policy|shift|reversal))\b)[^.;,])*?\b(?:to\s+(?:let|allow|permit|approve|authori[sz]e|use|fire|lift|ease|relax)|and\s+(?:let|allow|permit)\s|(?:into|on|about|for|before)\s+(?:letting|allowing|permitting)\s|permission|agreement|approval|green light|go-ahead|consent|blessing|(?<!\b(?:to|could|would|will|may|might|can|must|should)\s+)leave|freedom|relax\w*|eas(?:e|ing))\b)[^.;,]*?(?=\s+(?:called|calls|said|says|described|describes|hailed|hails|welcomed|welcomes|praised|praises|branded|brands|termed|critici[sz]ed|condemned)\b|[.;,]|$)/gi,
);

/**
 * Fighting and negotiating set side by side as a choice: "whether it keeps fighting or sits down for
 * talks", "whether on the battlefield or at the negotiating table". The talks are one branch of the
 * choice, not what the sentence says the decision helps.
 */
const FIGHT_OR_TALK = gated(
  /\b(?:fight\w*|battlefield)\b[^.;]{0,40}?\bor\b[^.;]{0,40}?\b(?:negotiat\w*|talks|bargain\w*|table)\b/gi,
);

/** Where the last `n` words of `text` begin (what follows them included). */
function lastWordsStart(text: string, n: number): number {
  let i = text.length;
  for (let w = 0; w < n; w++) {
    let j = i;
    while (j > 0 && /\s/.test(text[j - 1]!)) j--;
    const end = j;
    while (j > 0 && !/\s/.test(text[j - 1]!)) j--;
    if (j === end) break;
    i = j;
  }
  return i;
}

/**
 * A fact whose own words are the choice (see FIGHT_OR_TALK): "keep fighting or", "fight or …"
 * (a term may end at its "or": "fights on or", and begin before the fighting: "keeps fighting or").
 */
function ownsChoice(text: string, f: IndexedFact): boolean {
  for (const m of text.matchAll(FIGHT_OR_TALK)) {
    // With the two words before it: "keeps fighting or" is a term too.
    const choice = termText(text.slice(lastWordsStart(text.slice(0, m.index), 2), m.index) + m[0]);
    const owned = (t: string) => (t.includes(' or ') || t.endsWith(' or')) && choice.includes(t);
    if (f.groups.some((g) => g.some(owned))) return true;
  }
  return false;
}

/** The sentence without its requests (see REQUEST_SPAN). */
const withoutRequests = (text: string) => text.replace(REQUEST_SPAN, ' ');

/** A fact about the asking itself ("Ukraine had lobbied for months"): one of its terms asks. */
function aboutAsking(text: string, f: IndexedFact): boolean {
  for (const m of text.matchAll(REQUEST_SPAN)) {
    const verb = m[1]!.toLowerCase();
    const stem = verb.replace(/(?:ied|ies|ying|ed|es|ing|s)$/, '');
    if (f.groups.some((g) => g.some((t) => verb.startsWith(t.trim()) || t.startsWith(stem))))
      return true;
  }
  return false;
}

/**
 * Whose decision the sentence speaks of, named only as the owner of what a preposition governs:
 * "declined to comment on the US decision", "reacted cautiously to Washington's move". The owner
 * is not the sentence's subject ("Biden's permission was confined to …" is).
 */
const DECISION_OWNER = gated(
  /\b(?=(?:washington|america|biden|the)\b)(?<=\b(?:on|about|to|over|against|regarding|with)\s+)(?:washington's|america's|biden's|the\s+(?:u\.\s?s\.|us|american|biden administration's|white house's))\s+(?:[a-z-]+\s+){0,2}?(decision|move|policy|shift|permission|u-turn|reversal)\b/gi,
);

/**
 * A fact touched only by the owner of a decision the sentence is about: "Israeli officials declined
 * to comment on Washington's decision" says nothing of the White House's silence. Not for a fact
 * about the decision itself (its terms name it): "Tokyo welcomed the US decision".
 */
function onlyOwner(ctx: MatchContext, text: string, f: IndexedFact): boolean {
  let about = false;
  const rest = text.replace(DECISION_OWNER, (_, noun: string) => {
    const head = noun.toLowerCase();
    about ||= f.groups.some((g) => g.some((t) => head.startsWith(t.trim())));
    return ` ${noun}`;
  });
  return rest !== text && !about && !touches(ctx, rest, text, f);
}

/**
 * A response told as done, a noun answering something: "Putin called the strike a response to the
 * use of American and British weapons", "the missile had been fired in retaliation for …", "was a
 * reply to the ATACMS and Storm Shadow strikes". Not a response vowed ("vowed retaliation for").
 */
const DONE_RESPONSE = gated(
  /\b(?:in|as|a|was|were|is)\s+(?:[a-z-]+\s+)?(response|retaliation|reply|payback|answer|revenge)\s+(?:to|for)\b/i,
);
/** What a response answered, to the end of its clause (see DONE_RESPONSE). */
const ANSWERED_SPAN = gated(
  /\b(response|retaliation|reply|payback|answer|revenge)\s+(?:to|for)\b[^.;,]*/gi,
);
/** Words of a warning or a pledge: what is threatened, not done. */
const WARNING_CUE = gated(/\b(?:warn|pledg|vow|threat|caution|promis|would|will|could|might)/i);

/** A fact about a response itself ("a response to North Korea's troops"): a term names one. */
const RESPONSE_TERM = gated(/^(?:respon|retali|repl|answer|reaction|payback|revenge)/);
const aboutResponding = (f: IndexedFact) =>
  f.groups.some((g) => g.some((t) => RESPONSE_TERM.test(t.trim())));

/**
 * What a done response (DONE_RESPONSE, tested by the caller) answered is its cause, not news the
 * sentence tells: "Putin said the weapon was a reply to the ATACMS and Storm Shadow strikes" does
 * not report the Storm Shadow strikes.
 * A fact about the response itself (its terms name one) still reads the whole sentence.
 */
function onlyAnswered(ctx: MatchContext, text: string, f: IndexedFact): boolean {
  if (aboutResponding(f)) return false;
  return !touches(ctx, text.replace(ANSWERED_SPAN, '$1'), text, f);
}

/**
 * A strike threatened, to the end of its clause: "has since threatened to aim a new
 * intermediate-range missile, the Oreshnik, at 'decision-making centers' in Kyiv", "threatened to
 * turn that new missile on …". (Not a strike told after it: "…, and on Thursday fired one at
 * Dnipro".)
 */
const THREATENED_STRIKE = gated(
  /\bthreat(?:en|ens|ened|ening)\s+to\s+(?:aim|use|fire|strike|hit|turn|target|launch|point|send)\b[^.;]*?(?=,\s+(?:and|but)\b|[.;]|$)/gi,
);

/** A strike fact that the sentence touches only in a strike it threatens: no strike was made. */
function onlyThreatened(ctx: MatchContext, text: string, f: IndexedFact): boolean {
  if (!/\bthreat/i.test(text)) return false;
  const rest = text.replace(THREATENED_STRIKE, ' ');
  return rest !== text && !touches(ctx, rest, text, f);
}

/**
 * A fact that every source tells as a warning or a pledge ("the Kremlin had warned …", "pledged a
 * firm response"): a response told as done (DONE_RESPONSE, tested by the caller), with no warning
 * in the sentence, is the threatened act itself, not the warning ("Putin called the strike a
 * response to the use of Western weapons").
 */
function doneNotWarned(text: string, f: IndexedFact): boolean {
  if (WARNING_CUE.test(text)) return false;
  const told = f.fact.sources.filter((s) => s.stance === 'asserts');
  return told.length > 0 && told.every((s) => WARNING_CUE.test(s.quote));
}

/**
 * A fact about what may come, named only in the condition that opens the sentence: "If Trump
 * scraps the permission after 20 January, Kyiv would once again have to rely on its own drones"
 * says what would follow, not that he may. The fact told in the main clause still counts: "If talks
 * do come, the missiles may matter most for what they add to Ukraine's hand at the table".
 */
function onlySupposed(ctx: MatchContext, text: string, f: IndexedFact): boolean {
  const opening = OPENING_CONDITION.exec(text);
  if (!opening) return false;
  const comma = text.indexOf(', ', opening[0].length);
  if (comma < 0) return false;
  return (
    touches(ctx, text.slice(0, comma), text, f) && !touches(ctx, text.slice(comma + 2), text, f)
  );
}

/**
 * A concession after the main clause: "Ukraine has given back a good share of that ground, though
 * Zelensky still treats what it holds as a bargaining chip" is about the ground given back.
 */
const CONCESSIVE_CLAUSE = gated(/^(?:though|although|even\s+though)\b/i);
/** A clause that opens with a relative pronoun: background to the clause it hangs on. */
const RELATIVE_CLAUSE = gated(/^(?:which|who|whom|whose|where)\b/i);
/** How much less a fact told only in such a clause weighs when choosing among candidates. */
const BACKGROUND_PENALTY = 0.3;
/**
 * A clause giving the evidence for the main clause ("…, noting that the first reports came in …",
 * "…, since the first reports surfaced in October"). Not "since then": that is a time.
 */
const EVIDENCE_CLAUSE = gated(/^(?:noting|pointing out|citing|given that|since(?!\s+then\b))\b/i);
/**
 * Evidence is more plainly background than a relative clause: "Some analysts question that
 * explanation, noting that North Korean troops were first reported in October" is about the doubt.
 */
const EVIDENCE_PENALTY = 0.5;

/**
 * A span's start told as an event after the act: "… since Washington lifted its restrictions"; or
 * the strike the act came after: "U.S. clears anti-personnel mines for Ukraine after Kyiv's first
 * ATACMS strike inside Russia" is about the mines.
 */
const SINCE_EVENT_AFTER = gated(
  new RegExp(
    String.raw`(?:(?<=\S\s)since|(?<=\S,\s)(?:(?:${GAP_COUNT}|just|only|barely|mere)\s+)?(?:hours|days?|weeks?)\s+after)\s+(?:(?:the\s+)?[\w.'’-]+\s+){1,5}?(?:had\s+|has\s+|first\s+|finally\s+)?(?:\w+ed|gave|took|made|let|lifted)\b[^,;.]*|(?<=\S\s)after\s+(?:the|its|their|[A-Z][\w.'’-]*['’]s)\s+(?:[\w.'’-]+\s+){0,3}?(?:strikes?|attacks?|salvos?|barrages?)\b[^,;.]*`,
    'i',
  ),
);

/**
 * A reason given after the act, as a participle: "…, fearing escalation", "…, for fear of …", "…, for
 * fear that …"; "for fear of" also without the comma ("barred from firing them deep into Russia for
 * fear of escalation") or after a dash.
 */
const REASON_AFTER = gated(
  /,\s*(?:fearing|for\s+fear\s+(?:of|that)|out\s+of\s+(?:fear|concern)|(?:amid|over)\s+(?:fears|concerns?))\b[^;]*|(?:\s+[—–]\s*|\s+)(?:for\s+fear\s+(?:of|that)|out\s+of\s+(?:fear|concern))\b[^;]*/i,
);

/**
 * A figure and its unit joined by a hyphen ("190-mile", "306-km"): in English only an epithet
 * before a noun ("190-mile-range rockets", "the 190-mile missiles"), never the predicate.
 */
const EPITHET = gated(/\d-(?:miles?|km|kilomet(?:er|re)s?)$/i);

/** How much less a figure's fact weighs when the figure is only an epithet: as evidence does. */
const EPITHET_PENALTY = 0.5;
/** How far a disputed count told only as "thousands" gives way to another fact (see `matchClaim`). */
const VAGUE_FIGURE_PENALTY = 0.5;
/** A place's description that ends the sentence: ", the Russian border region where …". */
const PLACE_ASIDE = gated(
  /,\s+(?:the|a)\s+(?:[\w'’-]+\s+){0,4}?(?:region|province|oblast|area|city|town|territory)\s+(?:where|in\s+which)\b[^;]*$/i,
);
/** How much less an agreement told only in such a description weighs. */
const PLACE_ASIDE_PENALTY = 0.5;

/** Every length the sentence gives is an epithet of a weapon (see EPITHET). */
function onlyEpithets(claim: Claim): boolean {
  const lengths = claim.quantities.filter((q) => q.dimension === 'length');
  return lengths.length > 0 && lengths.every((q) => EPITHET.test(claim.text.slice(q.start, q.end)));
}

/** How much less a fact weighs when only a background clause (`clause`, not the first) agrees. */
function backgroundPenalty(clause: { text: string; start: number }): number {
  if (clause.start === 0) return 0;
  if (EVIDENCE_CLAUSE.test(clause.text)) return EVIDENCE_PENALTY;
  return (RELATIVE_CLAUSE.test(clause.text) && !SAID_RELATIVE.test(clause.text)) ||
    CONCESSIVE_CLAUSE.test(clause.text)
    ? BACKGROUND_PENALTY
    : 0;
}

/**
 * A relative clause that gives someone's words: "He leaned heavily on Alex Plitsas of the Atlantic
 * Council, who has said the decision came too late, …" tells what Plitsas said, not background.
 */
const SAID_RELATIVE = gated(
  /^who\s+(?:has\s+|had\s+|have\s+)?(?:(?:long|repeatedly|publicly|since|also)\s+)?(?:said|argued|warned|written|wrote|claimed|insisted|contended|maintained|called\s+(?:it|the)|described)\b/i,
);

/**
 * Extra weight by verdict when choosing among candidates: a sentence that takes a side on a
 * disputed fact, or states a value that conflicts, says more than one that merely agrees ("Trump,
 * who will be sworn in on Jan. 25, has said he wants a deal quickly": the wrong date is the news).
 */
const VERDICT_PREFERENCE: Record<Verdict, number> = {
  disputed: 0.25,
  contradicts: 0.1,
  supports: 0,
};

/**
 * Verdict kinds that compare a value the sentence gives (not the event or its polarity), with the
 * slot a fact must check for such a contradiction to count.
 */
const VALUE_KINDS = new Map<string, SlotKind>([
  ['date', 'date'],
  ['numeric', 'quantity'],
  ['place', 'place'],
  ['actor', 'actor'],
]);

/** Extra weight for a geography fact when the sentence misplaces a place. */
const GEOGRAPHY_PREFERENCE = 1;

/**
 * A sentence that opens by doubting and then gives its grounds: "The timing suggests otherwise: …",
 * "We are not persuaded: Ukrainian intelligence first reported North Korean soldiers in early
 * October, six weeks before the policy moved". It argues a side of the disputed point; the facts
 * its grounds state (the October reports) are only the evidence.
 */
const DOUBT_OPENER = gated(
  /^[^:;—–]*\b(?:(?:hard|difficult|impossible)\s+to\s+prove|suggests?\s+otherwise|says?\s+otherwise|(?:are|is|am|remain)\s+(?:not|un)\s*(?:persuaded|convinced)|not\s+(?:everyone|everybody|all)\b[^:;—–]{0,40}?\b(?:is|are|was|were)\s+(?:so\s+)?(?:persuaded|convinced|sold)|(?:does|did|do)\s+not\s+(?:bear\s+(?:that|this|it)\s+out|add\s+up|fit|square|support)|doesn['’]t\s+(?:add\s+up|fit|square)|(?:tells|told)\s+(?:a\s+)?(?:different|another)\s+story)\b[^:;—–]*[:;—–]/i,
);

/**
 * A sentence that doubts an account wherever it says so: "Some analysts question that explanation,
 * noting that …", "Sceptics point out that …", "…, and the timing sits awkwardly with that
 * explanation", "the timeline fits that account only loosely", "the timing doesn't really fit",
 * "does not line up neatly", "doesn't fully square with the timeline", "the timing is a little
 * puzzling", "raises eyebrows". Like DOUBT_OPENER, it argues a side of the
 * disputed point. So does one that weighs one cause against another: "the timing had less to do
 * with Pyongyang than with the election", "the election, rather than the troops", "Trump's victory
 * weighed more heavily".
 */
const DOUBTS_ACCOUNT = gated(
  /\b(?:sceptic(?:s|al)|skeptic(?:s|al)|(?:question(?:s|ed|ing)?|(?<!\bno\s)doubt(?:s|ed|ing)?|dispute[sd]?|challeng(?:e|es|ed|ing))\s+(?:that|this|the|whether|[\w'’-]+(?=\s+(?:explanation|rationale|account|narrative|reasoning|logic)\b))\b(?:\s+(?:official\s+)?(?:explanation|rationale|account|narrative|premise|reading|story|version|logic|claim|framing))?|(?:less|not(?:\s+so)?)\s+sure|(?:not|\w+n['’]t)\s+(?:fully\s+|entirely\s+|quite\s+|(?:everyone|everybody|all)\s+(?:is|was|are|were)\s+)?(?:convinced|persuaded|sold)|not\s+(?:everyone|everybody|all)\s+(?:is\s+)?(?:buys|bought|buying|agrees|agreed|accepts|accepted|accepting)|not\s+(?:everyone|everybody|all)\s+(?:finds?|found)\s+(?:that|this|it|the\s+\w+)\s+(?:convincing|persuasive|credible)|never\s+(?:bought|buys|accepted|believed)\s+(?:that|this|the|it)\b|never\s+(?:quite\s+)?(?:fit|fitted|squared|added\s+up)|point(?:s|ed)?\s+elsewhere|(?:sits?|fits?)\s+(?:[\w'’]+\s+){0,3}?(?:awkwardly|uneasily|poorly|badly)|(?:does|did|do)\s*(?:not|n['’]t)\s+(?:quite\s+|neatly\s+|really\s+|fully\s+|entirely\s+|exactly\s+)?(?:sit|fit|square|match|add\s+up|bear|line\s+up)|(?:timing|timeline)\s+(?:is|was|seems|seemed|looks|looked)\s+(?:(?:a\s+little|a\s+bit|somewhat|rather|more\s+than\s+a\s+little|frankly|decidedly)\s+)?(?:puzzling|odd|curious|strange|suspicious|convenient)|fits?\s+(?:(?:that|this|the)\s+(?:account|story|explanation|narrative)\s+)?(?:only\s+)?(?:loosely|poorly|badly)|(?:hardly|barely|scarcely)\s+fits?|rais(?:es|ed|ing)\s+(?:some\s+|a\s+few\s+)?eyebrows|too\s+tidy|harder\s+to\s+credit|undercut\w*|more\s+pretext\s+than|(?:more|less)\s+to\s+do\s+with\b[^.;]*?\bthan|weigh(?:ed|s)?\s+more\s+heavily|rather\s+than)\b/i,
);

/**
 * A sentence that doubts touches a disputed fact at a lower same-event score: the doubt itself
 * says the sentence argues a point, and a fact the sources argue over is the likeliest one. So
 * does a sentence that names a cause (CAUSE_FRAME), a fact about a cause (CAUSAL_FACT).
 */
const ARGUED_THRESHOLD = 0.3;

/**
 * An account named only by a reference back ("Not everyone buys that explanation", "Some
 * commentators questioned that reading"): a sentence that doubts it argues the disputed point of
 * the sentences before in few words of its own, so it needs even less of a score.
 */
const ACCOUNT_BACK = gated(
  /\b(?:that|this|the|such an?|their|its|washington['’]s|the administration['’]s)\s+(?:official\s+|administration['’]s\s+)?(?:explanation|rationale|account|narrative|reading|argument|story|version|line|logic|framing|justification|premise)\b/i,
);
const ACCOUNT_BACK_THRESHOLD = 0.15;

/**
 * A sentence that names a cause: "It was Kim's troops that finally forced Joe Biden's hand",
 * "tipped Washington's hand", "presented the decision as a direct answer to Pyongyang's dispatch
 * of troops", "justified the step first and foremost by …", "the timing owes much to …". For a
 * fact that is itself about a cause (CAUSAL_FACT) the frame is the fact's own relation, however the
 * rest is worded.
 */
const CLEFT = String.raw`it\s+(?:was|is)\b(?:[^.;]|(?<=\b[A-Z])\.){1,80}?\bthat\s+(?:finally\s+|ultimately\s+)?(?:forced|tipped|changed|persuaded|convinced|moved|pushed|prompted|triggered|drove|led)|(?:is|was)\s+what\s+(?:finally\s+|ultimately\s+)?(?:forced|tipped|changed|persuaded|convinced|moved|pushed|prompted|triggered|drove|flipped)`;
const CAUSE_FRAME = gated(
  new RegExp(
    String.raw`\b(?:${CLEFT}|(?:forced|tipped)\s+(?:[\w.'’]+\s+){0,3}?hand|tipped\s+the\s+(?:balance|scales)|(?:an?|as|direct)\s+(?:answer|response|reaction|reply)\s+to|justif\w+\b[^.;]{0,60}?\bby|(?:prompted|triggered|driven|spurred|sparked|provoked|motivated|caused|influenced|shaped|dictated)\s+by|owe[sd]?\s+(?:(?:much|more|most|a\s+lot|a\s+great\s+deal|everything|something|little|less|nothing)\s+)?to|the\s+(?:main|real|big|biggest|key|chief|principal)\s+(?:reason|factor|driver|trigger|motive)|(?:because|as\s+a\s+result)\s+of|pinn(?:ed|ing)\b[^.;]{0,60}?\bon|catalyst|last\s+(?:straw|drop))\b`,
    'i',
  ),
);
/**
 * A cause told as what someone praised an act as, or called it: "hailed the move as a fitting
 * answer to", "called the move a response to", "called Biden's decision an answer to".
 */
const PRAISED_AS = gated(
  /\b(?:(?:hail|welcom|prais|cheer|applau|greet|salut|commend|endors)\w*\b[^.;]{0,80}?\bas|call(?:ed|s|ing)?\s+(?:it|the\s+(?:[\w-]+\s+)?(?:move|decision|step))|call(?:ed|s|ing)?\s+[\w.'’]+['’]s\s+(?:move|decision|step))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:answer|response|reply|reaction)\b/i,
);
/** A cleft that makes the cause the sentence's point: "it was … that forced", "was what drove". */
const CLEFT_CAUSE = gated(new RegExp(String.raw`\b(?:${CLEFT})\b`, 'i'));
/** Extra weight for a fact about a cause when the sentence names one (CAUSE_FRAME). */
const CAUSE_PREFERENCE = 0.25;
/** How much less a fact weighs when only the lower threshold admitted it. */
const LOWER_THRESHOLD_PENALTY = 1;

/** How much more a fact weighs whose own person the sentence names (see `matchClaim`). */
const NAMED_ACTOR_PREFERENCE = 0.06;

/** A sentence that opens with a date, then who confirmed or announced what: "On Nov. 19, … confirmed that". */
const DATED_REPORT = gated(
  /^\W*(?:(?:late|early)\s+)?on\s+[^,;]{3,30},\s+[^,;]{0,60}?\b(?:confirmed|announced|disclosed|revealed|reported)\s+that\b/i,
);
/** A fact about a confirmation, report or announcement. */
const REPORT_FACT = gated(/\b(?:confirm|report|announc|disclos|reveal)/i);
/** Extra weight for a date verdict on such a fact in such a sentence. */
const DATED_REPORT_PREFERENCE = 0.25;

/** How much less a contradiction of a value its fact is not about weighs (see `matchClaim`). */
const SLOTLESS_VALUE_PENALTY = 0.5;
/** A fact whose statement is a cause: "was mainly a response to …", "was influenced by …". */
const CAUSAL_FACT = gated(
  /\b(?:response to|because|triggered by|due to|driven by|influenced by|shaped by|prompted by)\b/i,
);

/** Extra weight for a disputed verdict when the sentence doubts (DOUBT_OPENER, DOUBTS_ACCOUNT). */
const DOUBT_PREFERENCE = 1;

export interface Considered {
  fact: string;
  score: number;
  judgement: Judgement | null;
  skipped: string | null;
}

/**
 * Best judgement for one sentence's claim among the candidate facts, or null. Every candidate gets
 * its same-event score; Fuse.js then ranks those above the threshold, and its first choice gets a
 * small bonus. `trace` collects every candidate's score and outcome, for `npm run explain`.
 */
/**
 * A sentence that opens with a noun naming the sentence before's act and says what it came with:
 * "The warning came as …", "The announcement came amid …". (Not "The first strike came on Monday":
 * that is when the act itself happened.)
 */
const CAME_WITH = gated(
  /^\W*(?:the|that|this|these|those|his|her|their|its)\s+(?:[a-z-]+\s+)?(?:warnings?|threats?|statements?|remarks?|comments?|announcements?|decision|move|shift|reports?|news)\s+(?:came|come|comes|followed|follows)\s+(?=as\b|amid\b|while\b)/i,
);

/** A limit said of a place: "only at targets in Russia's Bryansk region", "limited to Kursk". */
const LIMITED_TO_PLACE = gated(
  /\b(?:only|solely|exclusively|chiefly|limited\s+to|restricted\s+to|confined\s+to)\s+(?:(?:to\s+)?(?:hit|strike|fire\s+at|target)\s+)?(?:(?:at|on)\s+)?(?:(?:military\s+)?(?:targets?|sites?|strikes?)\s+)?(?:in|inside|within|on|at|near|around)\s+(?:(?:Russia['’]s|the)\s+)?[A-Z]/,
);

/** A permission's scope said as a limit: "only", "limited to", "confined to". */
const LIMITED_TO = gated(
  /\b(?:only|solely|exclusively|limited\s+to|restricted\s+to|confined\s+to)\b/i,
);

/** The facts `text` reaches without the span `m` matched in it. */
/**
 * A page that tells what it holds, not what happened: "This article lists, in chronological order,
 * events connected with …", "Timeline of United States policy on …", "We get into the Kursk
 * question, the North Korean deployment, …" (a podcast's notes), "In this episode, …", a debate's
 * motion ("Debate report: 'This House believes Biden's missile decision came too late'"), a review's
 * "Her chapter on the Kursk incursion reads …", a translator's note ("[Translated from Ukrainian; the
 * author … runs a Telegram channel on the southern front and Kursk …]").
 */
const ABOUT_ITSELF = gated(
  /^\W*(?:(?:this|the\s+following)\s+(?:article|page|story|piece|timeline|list|explainer|episode|report|post|newsletter|thread|guide|briefing)\s+(?:lists|sets\s+out|lays\s+out|traces|summari[sz]es|collects|gathers|chronicles|rounds\s+up|walks\s+(?:you\s+)?through|looks\s+at|covers|tracks|explains)\b|(?:a\s+)?timeline\s+of\b|(?:in|on)\s+(?:this|today['’]s|this\s+week['’]s)\s+(?:episode|edition|show|newsletter)\b|we\s+(?:get\s+into|dig\s+into|talk\s+(?:about|through)|unpack|break\s+down|walk\s+through|look\s+at)\b|(?:debate\s+(?:report|summary|motion)\s*:\s*)?['‘"“]?this\s+house\s+(?:believes|would|regrets|supports|opposes)\b|(?:her|his|their|its|the\s+(?:book|author)['’]s)\s+(?:[\w-]+\s+)?chapters?\s+(?:on|about|(?:is|are)\s+(?:about|on)|covers|deals\s+with)\b|(?:translated|adapted|excerpted)\s+from\s+(?:the\s+)?\w+|translator['’]s\s+note\b)/i,
);

/**
 * A pointer to other coverage, not a claim: "Read more: What are ATACMS missiles …", "See also:
 * Storm Shadow", "Further listening: our Nov. 20 episode on the first ATACMS strikes".
 */
const CROSS_REFERENCE = gated(
  /^\W*(?:further\s+(?:listening|reading|viewing|watching)|(?:read|listen|watch)\s+(?:more|also|next|again)|related(?:\s+(?:coverage|reading|stories|story|episodes?|content|articles?|videos?))?|see\s+also|more\s+on\s+(?:this|that)(?:\s+story)?|listen\s+back|also\s+(?:read|see|listen)|recommended(?:\s+reading)?)\s*:/i,
);

function candidatesWithout(
  ctx: MatchContext,
  text: string,
  m: RegExpExecArray,
): readonly IndexedFact[] {
  return ctx.index.candidates(termText(text.slice(0, m.index) + text.slice(m.index + m[0].length)));
}

export function matchClaim(
  ctx: MatchContext,
  claim: Claim,
  cands: readonly IndexedFact[],
  trace?: Considered[],
): Judgement | null {
  if (cands.length === 0 || CROSS_REFERENCE.test(claim.text)) return null;
  // A forecast the speaker owns as such ("My guess is that Trump keeps the permission in place, if
  // only because reversing it would look like a gift to Putin", "DEV: My prediction: by spring
  // …") tells what someone expects, which no source can confirm or refute; a debate's motion
  // puts up for argument what the house would do. Neither speaks to any fact.
  if (OWN_FORECAST.test(claim.text) || MOTION.test(claim.text)) return null;
  // A page that tells what it holds asserts only the values it gives on the way ("… ahead of
  // President-elect Trump's inauguration on Monday").
  if (
    ABOUT_ITSELF.test(claim.text) &&
    claim.quantities.length === 0 &&
    claim.dates.every((d) => d.precision === 'year')
  )
    return null;
  const tokens = new Set(contentTokens(claim.text));
  const clauses = clausesOf(claim.text);
  // What the sentence says that only some facts ask about is read when a fact first asks (each
  // `??=` below), not for every sentence.
  let origins: Set<string> | undefined;
  let missiles: Set<string> | undefined;
  let habitual: boolean | undefined;
  let otherWeapon: boolean | undefined;
  /** A place's description ending the sentence (`PLACE_ASIDE`), once looked for (null: none). */
  let placeAside: RegExpExecArray | null | undefined;
  /** Whether the sentence opens with a date, then a confirmation (`DATED_REPORT`), once tested. */
  let datedReport: boolean | undefined;
  // What a weapon is built for or like, said as what it is.
  let weaponDesign: boolean | undefined;
  let weaponTraits: boolean | undefined;
  let uncompared: string | undefined;
  const reportDates = claim.dates.filter((d) => isReportDate(claim.text, d));
  const givesCause = CAUSE_FRAME.test(claim.text);
  // "Trump's victory, not Pyongyang, explains the timing": a cause set against another, as with
  // "rather than".
  let doubts: boolean | undefined;
  const doubtsNow = () =>
    (doubts ??=
      DOUBT_OPENER.test(claim.text) ||
      setsOffContrast(claim.text) ||
      DOUBTS_ACCOUNT.test(claim.text));
  let doubtsAccountBack: boolean | undefined;
  // Asides and phrases read once per sentence, not once per candidate fact.
  const notSpecified = NOT_SPECIFIED.test(claim.text);
  // (Tested once per sentence, not once per candidate fact.)
  const leaveUsed = LEAVE_USED_LEAD.test(claim.text);
  const notToldHere = NOT_TOLD.filter((n) => claim.text.search(n.re) >= 0);
  let openingWhen: string | undefined;
  const asides = NAMING_ASIDES.filter(({ re }) => claim.text.search(re) >= 0).map((a) => ({
    ...a,
    rest: claim.text.replace(a.re, ' '),
  }));
  const citedTail = CITED_TAIL.exec(claim.text);
  let prisonerSwap: boolean | undefined;
  let takenSpans: [number, number][] | undefined;
  // A doubt said outright, not only one cause weighed against another ("… rather than …").
  let doubtsOutright: boolean | undefined;
  let namesTheCause: boolean | undefined;
  let praisedAs: boolean | undefined;
  let onlyOrderOf: boolean | undefined;
  let limitsAid: boolean | undefined;
  let doneResponse: boolean | undefined;
  // "It was the troops' arrival that pushed Washington to allow …" names a cause, not a request.
  const asked = givesCause ? claim.text : withoutRequests(claim.text);
  const fightOrTalk = claim.text.replace(FIGHT_OR_TALK, ' ');
  let anotherElection: boolean | undefined;
  let electionStep: boolean | undefined;
  // The facts the sentence reaches without its reason phrase ("…, fearing escalation with a
  // nuclear power"), where it has one.
  const reason = REASON_AFTER.exec(claim.text);
  let withoutReason: readonly IndexedFact[] | undefined;
  // And the facts the reason phrase reaches by itself: only those are background for being there,
  // unless the act before it is theirs too ("Ukraine's allies have long capped how their weapons
  // may be used, fearing retaliation" is the allies' fear and their limits both).
  let inReason: readonly IndexedFact[] | undefined;
  // Likewise the event a span runs from, told after the act: "Ukraine on Wednesday carried out its
  // first strike on Russian soil since Washington lifted its restrictions" is about the strike.
  const since = /\s(?:since|after)\s/i.test(claim.text) ? SINCE_EVENT_AFTER.exec(claim.text) : null;
  let withoutSince: readonly IndexedFact[] | undefined;
  let beforeReason: string | undefined;
  // "The warning came as Putin on Tuesday signed an updated nuclear doctrine …": what the opening
  // noun names is the sentence before's; the sentence tells what came with it. A fact it reaches
  // only with that noun is not what it says.
  const came = CAME_WITH.exec(claim.text);
  const withoutCame = came
    ? ctx.index.candidates(termText(claim.text.slice(came[0].length)))
    : null;
  const viable: {
    f: IndexedFact;
    score: number;
    clause: { text: string; start: number; end: number };
    /** The claim as this fact reads it: without dates that are only a report's (see REPORT_AFTER). */
    claim: Claim;
  }[] = [];
  /** Records in the trace why a fact was passed over before it was scored. */
  const skip = (f: IndexedFact, reason: string) =>
    trace?.push({ fact: f.fact.id, score: 0, judgement: null, skipped: reason });
  for (const f of cands) {
    // Dates in other clauses ("…in Kursk, where Ukraine mounted an incursion in August") are
    // background to this fact, not its time.
    const clause = focusClause(ctx.index, claim, f, clauses);
    const eventDates =
      reportDates.length > 0 && !SPOKEN_TOPICS.has(f.fact.topic)
        ? claim.dates.filter((d) => !reportDates.includes(d))
        : claim.dates;
    let inClause = eventDates.filter((d) => d.start >= clause.start && d.end <= clause.end);
    // A clause without a date of its own takes the one its sentence opened with: "In May, Biden
    // allowed …, but only to defend Kharkiv" dates the Kharkiv clause too.
    // Not a clause that dates itself against the sentence's date: in "fired its first ATACMS on
    // Nov. 19, two days after US officials confirmed the new policy", the confirmation came earlier.
    // (Unless the gap only opens the clause, and its act follows: "On Wednesday, three days after
    // the decision leaked, Ukraine fired its first ATACMS" dates the firing.)
    if (inClause.length === 0 && !gapOnly(clause.text))
      inClause = eventDates.filter((d) => d.end <= clause.start);
    // An opening "When …" clause with an event of its own dates that event, not a fact it does not
    // name: "When the change finally came in mid-November, few diplomats doubted that Donald
    // Trump's election victory had hurried it along" dates the change, not the election.
    const when = (openingWhen ??= openingWhenOf(claim.text));
    const otherWhen = when && !namesEveryGroup(termText(when), f) ? when.length : -1;
    if (otherWhen > 0) inClause = inClause.filter((d) => d.end > otherWhen);
    // A bound is not the event's date: "before the White House changes hands in January" does
    // not date the event to January, nor "since August" to August.
    // For a fact about a date, only a bound told in the fact's own words stays, before the date or
    // right after it: "first sworn in on Jan. 20, 2017" is another inauguration, and "before 21
    // January, when Trump takes office" dates it; "Biden, who leaves office in January" does not
    // date the first strike.
    const notOwnBound = (d: DateValue) => {
      const bound = boundWords(claim.text, d);
      if (bound === null) return false;
      // ("…until Jan. 6, when Mr. Trump takes the oath": a title's full stop ends nothing.)
      const when =
        /^,?\s*(?:when|the day)\b[^,.;]{0,40}/i.exec(
          withoutTitleStops(claim.text.slice(d.end)),
        )?.[0] ?? '';
      const near = `${bound} ${when.toLowerCase()}`;
      return !f.groups.some((g) => g.some((t) => near.includes(` ${t}`)));
    };
    // Where a span began is background too: "the most significant loosening … since Russia's
    // full-scale invasion in February 2022" does not date the loosening. (Not for a fact that is
    // itself a record since a date, "its fastest pace since 2022"; and for a fact about a date only
    // when it is far from the fact's own: "held the ground since August" still dates the incursion.)
    const sinceFact = recordSince(f);
    // So is an aside's date before the news cycle: "who served as acting intelligence chief in 2020",
    // "…, a class of weapon once banned under the 1987 INF treaty", "…, from which Russia launched
    // its offensive on Kharkiv in May", "…, launched from the same Himars platforms Ukraine has used
    // since 2022, …", and so opening the sentence ("Launched from the same Himars systems Ukraine
    // has used since 2022, the missiles …") (a clause inside the participle's aside: "…, delivered
    // in 2023, …" dates what it describes).
    const aside = (d: DateValue) =>
      ctx.epoch !== null &&
      d.to !== null &&
      d.to < ctx.epoch.start &&
      ASIDE_BEFORE.test(claim.text.slice(Math.max(0, d.start - 160), d.start));
    // And, for a fact without a date, the date of how ground was taken: "Zelenskyy regards that
    // land, seized in a surprise incursion in August, as a bargaining chip" does not date the chip.
    // (Not since when it has been held: "losing ground there since its August incursion".)
    const takenGround = (d: DateValue) =>
      !f.fact.slots.includes('date') &&
      (takenSpans ??= takenGroundSpans(claim.text).filter(
        ([s]) => !/^(?:ever\s+)?since\b/i.test(claim.text.slice(s)),
      )).some(([s, e]) => d.start >= s && d.end <= e);
    const background = (d: DateValue) =>
      takenGround(d) ||
      (!sinceFact &&
        ((SINCE_BEFORE.test(claim.text.slice(Math.max(0, d.start - 160), d.start)) &&
          !factSince(claim.text, d, f)) ||
          WORRIED_SINCE.test(claim.text.slice(Math.max(0, d.start - 80), d.start)) ||
          aside(d)) &&
        (!f.fact.slots.includes('date') ||
          (ctx.epoch !== null && farFromFactDates({ ...claim, dates: [d] }, ctx.epoch, f))));
    const clauseDates = {
      ...claim,
      dates: f.fact.slots.includes('date')
        ? inClause.filter((d) => !notOwnBound(d) && !background(d))
        : inClause.filter((d) => !isBound(claim.text, d) && !background(d)),
    };
    if (earlierEvent(clauseDates, ctx.epoch, f) && !rangeTold(claim, f)) {
      skip(f, 'dated before the news cycle');
      continue;
    }
    // "Ukraine could fire French long-range missiles into Russia": another country's weapons,
    // another decision.
    if (
      f.origins.size > 0 &&
      (origins ??= weaponOrigins(claim.text)).size > 0 &&
      ![...origins].some((o) => f.origins.has(o)) &&
      !(f.origins.has('US') && US_LETS.test(claim.text))
    ) {
      skip(f, "another country's weapons");
      continue;
    }
    if (otherRussianMissiles(() => (missiles ??= russianMissiles(claim.text)), f)) {
      skip(f, 'other missiles');
      continue;
    }
    // (A habit's span of time dates the habit, not a strike: "almost nightly this winter"; a day
    // may date one strike in it.)
    if (
      claim.dates.every((d) => d.precision !== 'day') &&
      f.fact.topic === 'strikes' &&
      f.fact.slots.includes('date') &&
      (habitual ??= HABITUAL.test(claim.text))
    ) {
      skip(f, 'attacks told as a habit');
      continue;
    }
    if (PERMISSION_FACT.test(f.fact.statement) && (limitsAid ??= AID_LIMITED.test(claim.text))) {
      skip(f, 'a limit on aid');
      continue;
    }
    if (namedOnlyInOthers(claim, f)) {
      skip(f, "another person's name");
      continue;
    }
    if (/^The decision\b/.test(f.fact.statement) && OTHER_EVENT_SUBJECT.test(claim.text)) {
      skip(f, 'another event told');
      continue;
    }
    if (anotherCountryDenies(claim, f)) {
      skip(f, "another country's denial");
      continue;
    }
    if (anotherSignals(claim, f)) {
      skip(f, "another country's signal");
      continue;
    }
    if (anotherCountrysPolicy(claim, f)) {
      skip(f, "another country's policy");
      continue;
    }
    if (askedByOther(claim, f)) {
      skip(f, "another's request");
      continue;
    }
    // "The German-Swedish missile can hit targets 500 km away, well beyond the reach of the
    // ATACMS": the weapon the fact measures is only what the sentence's figure is measured against.
    if (
      f.fact.slots.includes('quantity') &&
      (uncompared ??= withoutComparisons(claim.text)) !== claim.text &&
      ctx.index.candidates(termText(claim.text)).includes(f) &&
      !touches(ctx, uncompared, claim.text, f)
    ) {
      skip(f, 'only compared with');
      continue;
    }
    if (onlyInWhatWasTaken(ctx, asked, claim.text, f, aboutAsking)) {
      skip(f, 'only asked for');
      continue;
    }
    if (threatenedBy(claim, f)) {
      skip(f, "the other side's threat");
      continue;
    }
    if (withoutCame !== null && !withoutCame.includes(f)) {
      skip(f, 'only what it came with');
      continue;
    }
    if (f.prospective && onlySupposed(ctx, claim.text, f)) {
      skip(f, 'only supposed');
      continue;
    }
    if (onlyInWhatWasTaken(ctx, fightOrTalk, claim.text, f, ownsChoice)) {
      skip(f, 'only one branch of a choice');
      continue;
    }
    if (onlyOwner(ctx, claim.text, f)) {
      skip(f, "only the decision's owner");
      continue;
    }
    if ((doneResponse ??= DONE_RESPONSE.test(claim.text)) && onlyAnswered(ctx, claim.text, f)) {
      skip(f, 'only what was answered');
      continue;
    }
    if (doneResponse && doneNotWarned(claim.text, f)) {
      skip(f, 'done, not warned');
      continue;
    }
    if (onlyUnconfirmed(ctx, claim.text, f)) {
      skip(f, 'only what was not confirmed');
      continue;
    }
    if (f.fact.topic === 'strikes' && onlyThreatened(ctx, claim.text, f)) {
      skip(f, 'only a threatened strike');
      continue;
    }
    if (
      notSpecified &&
      // (A fact borrowed from the sentence before is not in the sentence's own words at all.)
      ctx.index.candidates(termText(claim.text)).includes(f) &&
      !touches(ctx, claim.text.replace(NOT_SPECIFIED, ' '), claim.text, f)
    ) {
      skip(f, 'only what was not specified');
      continue;
    }
    if (earlierPermission(claim.text, f)) {
      skip(f, 'an earlier, narrower permission');
      continue;
    }
    if (deepStrikeFact(f) && !priorState(f) && AIRBASE_TARGET.test(claim.text)) {
      skip(f, 'the airbases, a narrower request');
      continue;
    }
    if (
      f.fact.topic === 'strikes' &&
      ((weaponDesign ??= WEAPON_DESIGN.test(claim.text)) ||
        (!f.fact.slots.includes('quantity') && (weaponTraits ??= WEAPON_TRAITS.test(claim.text))))
    ) {
      skip(f, 'what a weapon is built for');
      continue;
    }
    const named = asides.find((a) => !a.spares?.(f) && !touches(ctx, a.rest, claim.text, f));
    if (named) {
      skip(f, named.why);
      continue;
    }
    if (citedTail && onlyAttributionOf(ctx, claim.text, citedTail, f)) {
      skip(f, 'only whom the sentence cites');
      continue;
    }
    if (onlyPrisonerSwap(claim.text, f)) {
      skip(f, 'an exchange of prisoners');
      continue;
    }
    // "… ready to hand the two men over … if the North could arrange their exchange for Ukrainians
    // held captive": a count in a swap of prisoners counts captives, not the force.
    if (
      f.fact.slots.includes('quantity') &&
      claim.quantities.length > 0 &&
      (prisonerSwap ??=
        claim.quantities.every((q) => q.dimension === 'count' && q.value < 1000) &&
        PRISONER_SWAP.test(claim.text))
    ) {
      skip(f, 'a count of prisoners');
      continue;
    }
    if (
      f.groups.some((g) => g.includes('election')) &&
      ((anotherElection ??= ANOTHER_ELECTION.test(claim.text) && !US_ELECTION.test(claim.text)) ||
        (electionStep ??=
          (ELECTION_STEP.test(claim.text) && !VOTE_MONTH.test(claim.text)) ||
          CONCEDED.test(claim.text)))
    ) {
      skip(f, anotherElection ? 'another election' : 'a later step of the vote');
      continue;
    }
    // "Storm Shadows … have been hitting Russian ships and bases in occupied Crimea for more than a
    // year": strikes in occupied Ukraine are not strikes on Russia, nor the first under the new
    // policy ("UA has fired them at occupied Crimea … since October 2023").
    if (
      f.fact.topic === 'strikes' &&
      (/\bRussia\b/.test(f.fact.statement) || FIRST.test(f.fact.statement)) &&
      !/\bRussia\b/.test(claim.text) &&
      onlyInOccupiedUkraine(claim)
    ) {
      skip(f, 'strikes in occupied Ukraine');
      continue;
    }
    // "Starmer meets Biden to press for permission to fire Storm Shadow missiles into Russia": a
    // strike named only as what leave is sought for is no strike told. (Leave refused still denies
    // the strikes: "Britain has still not given Kyiv the green light to fire its Storm Shadows".)
    if (
      f.fact.topic === 'strikes' &&
      !f.prospective &&
      claim.modality === 'possible' &&
      groupOnlyWithin(claim.text, f, LEAVE_TO_FIRE)
    ) {
      skip(f, 'only leave to strike');
      continue;
    }
    // "A similar clip claiming to show a Storm Shadow missile hitting the Kremlin bears the hallmarks
    // of AI generation": what a clip or a post claims to show is not shown to have happened.
    if (f.fact.topic === 'strikes' && groupOnlyWithin(claim.text, f, CLAIMED_TO_SHOW)) {
      skip(f, 'only what a clip claims to show');
      continue;
    }
    // "Kyiv already has British Storm Shadow and French SCALP cruise missiles, which can hit targets
    // roughly 155 miles away": what a weapon can do is no strike told.
    if (
      f.fact.topic === 'strikes' &&
      !f.prospective &&
      groupOnlyWithin(claim.text, f, CAPABLE_OF)
    ) {
      skip(f, 'only what the weapon can do');
      continue;
    }
    // "The Army's Precision Strike Missile, the designated successor to ATACMS, is built to fly
    // beyond 400 kilometers": the figure is the other missile's, the sentence's subject.
    if (
      f.fact.slots.includes('quantity') &&
      /\bATACMS\b/.test(f.fact.statement) &&
      OTHER_MISSILE_SUBJECT.test(claim.text) &&
      !/^[^,;]*\bATACMS\b/.test(claim.text)
    ) {
      skip(f, 'another missile');
      continue;
    }
    if (
      MISSILE_TOPICS.has(f.fact.topic) &&
      (otherWeapon ??=
        (MINES_NAMED.test(claim.text) && !MISSILES_NAMED.test(claim.text)) ||
        ((OWN_DRONES.test(claim.text) || WITH_OWN_DRONES.test(claim.text)) &&
          // "Our own Neptune missiles …": their "missiles" are no allied ones.
          !ALLIED_MISSILES.test(claim.text.replace(OWN_MAKE, ' '))))
    ) {
      skip(f, 'another weapon');
      continue;
    }
    if (onlyTheTreaty(claim, f)) {
      skip(f, 'only the treaty');
      continue;
    }
    if (
      f.fact.slots.includes('place') &&
      f.fact.topic === 'north-korea' &&
      groupOnlyWithin(claim.text, f, ARMS_SHIPPED)
    ) {
      skip(f, 'arms shipped, not troops');
      continue;
    }
    // Spans that carry the fact's words without telling it (see NOT_TOLD).
    const notTold = notToldHere.find(
      (n) => (!n.fact || n.fact.test(f.fact.statement)) && groupOnlyWithin(claim.text, f, n.re),
    );
    if (notTold) {
      skip(f, notTold.reason);
      continue;
    }
    if (leaveUsed && groupOnlyWithin(claim.text, f, LEAVE_USED)) {
      skip(f, 'only the leave a strike used');
      continue;
    }
    if (speaksElsewhere(claim, f)) {
      skip(f, "another side's words");
      continue;
    }
    if (namedOnlyAsPatron(claim, f)) {
      skip(f, "another person's words");
      continue;
    }
    if (
      COMMENT_FACT.test(f.fact.statement) &&
      (COMMENT_ON_OTHER.test(claim.text) ||
        COMMENT_ON_REMARKS.test(claim.text) ||
        groupOnlyWithin(claim.text, f, UNAUTHORISED))
    ) {
      skip(f, 'a comment on something else');
      continue;
    }
    if (laterEvent(clauseDates, ctx.epoch, f)) {
      skip(f, 'dated after the sources');
      continue;
    }
    let score = sameEventScore(ctx.index, claim, tokens, f);
    // A fact that is only a date, told in a clause of its own that dates it: "When Donald Trump is
    // sworn in on Monday, he will inherit a war …" is as much about the swearing-in as a sentence
    // that says nothing else; the rest of the sentence does not dilute it, nor do the places it
    // names ("Since Trump was sworn in on Jan. 21, we've had … a meeting in Riyadh").
    if (
      score < SAME_EVENT.THRESHOLD &&
      f.fact.slots.length > 0 &&
      f.fact.slots.every((s) => s === 'date') &&
      clause.text.length < claim.text.length &&
      clauseDates.dates.length > 0
    ) {
      const within = (x: { start: number; end: number }) =>
        x.start >= clause.start && x.end <= clause.end;
      const own = {
        ...claim,
        text: clause.text,
        dates: clauseDates.dates,
        places: claim.places.filter(within),
        actors: claim.actors.filter(within),
      };
      score = Math.max(
        score,
        sameEventScore(ctx.index, own, new Set(contentTokens(clause.text)), f),
      );
    }
    if (
      score <
      ((f.fact.status === 'disputed' &&
        (doubtsAccountBack ??= doubtsNow() && ACCOUNT_BACK.test(claim.text))) ||
      (givesCause &&
        CAUSAL_FACT.test(f.fact.statement) &&
        (namesTheCause ??= CLEFT_CAUSE.test(claim.text)))
        ? ACCOUNT_BACK_THRESHOLD
        : (f.fact.status === 'disputed' && doubtsNow()) ||
            (givesCause && CAUSAL_FACT.test(f.fact.statement))
          ? ARGUED_THRESHOLD
          : SAME_EVENT.THRESHOLD)
    ) {
      trace?.push({ fact: f.fact.id, score, judgement: null, skipped: 'below threshold' });
      continue;
    }
    // A record since a date is dated only by what follows "since": "The offensive, launched on 24
    // February 2022, has plunged Europe into its worst crisis since 1945" dates the invasion.
    if (
      recordSince(f) &&
      f.fact.slots.includes('date') &&
      eventDates.length > 0 &&
      !eventDates.some((d) => SINCE_JUST_BEFORE.test(claim.text.slice(0, d.start)))
    ) {
      skip(f, "another event's date");
      continue;
    }
    // The dates this fact reads: not a report's, nor a bound in other words than its own.
    // (For a fact without a date of its own, a deadline ahead is no date of it either: "has every
    // reason to act before Jan. 20" does not date the election that set the clock.)
    // (A day by which the fact's act had been done, "by Tuesday the 19th they had fired ATACMS",
    // may agree with the fact's day, and is wrong only when the act came after it: "By Monday,
    // Ukraine had already fired …" of a Tuesday strike.)
    const doneSince = (d: DateValue): DateValue =>
      d.to !== null && f.dates.some((x) => x.value.from !== null && x.value.from > d.to!)
        ? d
        : { ...d, anaphoric: true };
    let dates = f.fact.slots.includes('date')
      ? eventDates.flatMap((d) =>
          background(d) ? [] : !notOwnBound(d) ? [d] : doneBy(claim.text, d) ? [doneSince(d)] : [],
        )
      : eventDates.filter(
          (d) => !(BEFORE_DEADLINE.test(claim.text.slice(0, d.start)) && notOwnBound(d)),
        );
    if (otherWhen > 0) dates = dates.filter((d) => d.end > otherWhen);
    // The fact's event only as the bound of another, undated: "Since Trump's win on 5 November,
    // Kyiv has been racing … before the transfer of power" does not date the handover.
    const bound = f.fact.slots.includes('date') ? eventAsBound(claim.text, f) : null;
    if (bound !== null) dates = dates.filter((d) => d.start > bound);
    const after = f.fact.slots.includes('date') ? eventAfterDated(claim.text, f) : null;
    // The day just before "after" is the later event's ("Markets turned cautious on Tuesday after
    // Ukraine launched its first strike"): the fact's event fell on it or before, so it may agree
    // with the fact's day but never contradicts it.
    if (after !== null)
      dates = dates.flatMap((d) =>
        d.start > after
          ? [d]
          : /^[\s,]*$/.test(claim.text.slice(d.end, after))
            ? [{ ...d, anaphoric: true as const }]
            : [],
      );
    // A fact told as the other end of a gap from the sentence's date ("on Tuesday, six days before
    // Trump returns to the White House") reads that date moved by the gap; otherwise, a fact told
    // in a clause that dates itself against the sentence's date ("…, two days after officials
    // confirmed it") reads only that clause's own dates.
    const shifted = f.fact.slots.includes('date')
      ? offsetEventDates(claim.text, f, claim.dates)
      : null;
    if (shifted) dates = shifted;
    else if (f.fact.slots.includes('date') && gapOnly(clause.text))
      dates = dates.filter((d) => d.start >= clause.start && d.end <= clause.end);
    else if (f.fact.slots.includes('date')) {
      // A clause that dates the fact reads its own date, not one another clause gives another
      // event: in "Trump will be sworn in on Tuesday, and Biden gave his farewell address this
      // week", the week does not excuse the wrong day. A clause that shares a word with the fact
      // still speaks of it, as a correction's does ("…said Monday; Ukraine in fact fired them on
      // Tuesday").
      const inOwn = (d: DateValue) => d.start >= clause.start && d.end <= clause.end;
      if (dates.some(inOwn))
        dates = dates.filter((d) => {
          if (inOwn(d)) return true;
          const c = clauses.parts.find((p) => d.start >= p.start && d.end <= p.end);
          return c === undefined || [...c.tokens].some((t) => f.tokens.has(t));
        });
      else if (DASH_AFTER.test(claim.text))
        // A clause set off by a dash after the fact's, naming none of the fact's concepts, dates
        // another event: "Trump is about to take over a war … — a line Biden agreed to cross only
        // in November". (One before it may be the fact's own: "That argument ended on Sunday — not
        // with a speech but with word passed along by U.S. officials".)
        dates = dates.filter((d) => {
          const c = clauses.parts.find((p) => d.start >= p.start && d.end <= p.end);
          if (c === undefined || c.start < clause.end) return true;
          // A clause that is only a date ("Jan. 20, 2025 — Trump sworn in") dates what follows.
          let rest = c.text;
          for (const x of dates)
            if (x.start >= c.start && x.end <= c.end)
              rest = rest.replace(claim.text.slice(x.start, x.end), ' ');
          if (contentTokens(rest).length <= 1) return true;
          const terms = termText(c.text);
          return f.groups.some((g) => g.some((t) => terms.includes(` ${t}`)));
        });
    }
    // Today's news, told without a day: a headline or a present perfect published on the fact's
    // own day ("Kyiv fires US long-range missiles into Russia for first time", on 19 November)
    // tells the day it came out. Only a guess, made only where it fits: it may agree, never
    // contradict.
    if (dates.length === 0 && claim.dates.length === 0 && f.fact.slots.includes('date')) {
      const today = todaysNews(claim, f);
      if (today) dates = [today];
    }
    // "Ukraine fired British Storm Shadow cruise missiles at targets inside Russia for the first time
    // yesterday, …, hard on the heels of its debut strike with American ATACMS rockets": the first
    // and its day are the other missile's; the American one is told only as what it followed, and
    // only that clause's dates are its own.
    if (
      dates.length > 0 &&
      f.fact.topic === 'strikes' &&
      FIRST.test(f.fact.statement) &&
      !EUROPEAN_MISSILE.test(f.fact.statement) &&
      EUROPEAN_MISSILE.test(claim.text)
    ) {
      const followed = followedSpans(claim.text);
      if (onlyAsWhatItFollowed(claim.text, followed))
        dates = dates.filter((d) => followed.some(([s, e]) => d.start >= s && d.end <= e));
    }
    // A date told in another clause than the fact's, before the news cycle and far from the fact's
    // own, is another event's: "It was not our first ATACMS strike: in October 2023 we hit
    // helicopters … inside occupied Ukraine".
    if (
      dates.length > 0 &&
      ctx.epoch !== null &&
      f.fact.slots.includes('date') &&
      dates.every((d) => d.to !== null && d.to < ctx.epoch!.start) &&
      earlierEvent({ ...claim, dates }, ctx.epoch, f)
    ) {
      skip(f, 'dated before the news cycle');
      continue;
    }
    viable.push({
      f,
      score,
      clause,
      claim:
        !shifted &&
        dates.length === claim.dates.length &&
        dates.every((d, i) => d === claim.dates[i])
          ? claim
          : { ...claim, dates },
    });
  }
  const sorted = viable.map((v) => v.score).sort((a, b) => b - a);
  const judged: {
    j: Judgement;
    preference: number;
    clause: { text: string; start: number; end: number };
  }[] = [];
  for (const { f, score, clause, claim: factClaim } of viable) {
    let j = judge(focusedClaim(ctx.index, factClaim, f, clause), f, score);
    // "Moscow's response.", "How Moscow and Europe are reacting": a response told at no time says
    // nothing against a Kremlin that did not respond at once ("reacted within hours" does).
    if (
      j?.verdict === 'contradicts' &&
      j.kind === 'polarity' &&
      NOT_AT_ONCE_FACT.test(f.fact.statement) &&
      !AT_ONCE.test(claim.text)
    )
      j = null;
    // A disputed state named only as the purpose of another act ("a counteroffensive to retake the
    // land Ukraine seized") is not claimed: without that clause the sentence must still touch it.
    if (
      j?.verdict === 'disputed' &&
      j.kind === 'polarity' &&
      !touches(ctx, withoutPurpose(claim.text), claim.text, f)
    )
      j = null;
    // "the ground it seized in its August incursion" dates the incursion only as background to
    // what the sentence says of that ground. (A wrong date there is still news: "the foothold
    // Ukraine seized in a cross-border raid last September".)
    if (
      j &&
      !(j.verdict === 'contradicts' && j.kind === 'date') &&
      f.fact.slots.includes('date') &&
      (!touches(ctx, withoutTakenGround(claim.text), claim.text, f) ||
        onlyTakenGroundDates(factClaim, clause))
    )
      j = null;
    // "…to help Ukrainian troops hold their positions in Kursk against Russian and North Korean
    // troops": North Korea's soldiers named only as the foe Ukraine's troops hold off are not
    // what the sentence says of them.
    if (
      j &&
      f.fact.topic === 'north-korea' &&
      j.verdict === 'supports' &&
      !touches(ctx, claim.text.replace(JOINT_FOE, ' '), claim.text, f)
    )
      j = null;
    trace?.push({ fact: f.fact.id, score, judgement: j, skipped: j ? null : 'no verdict' });
    if (!j) continue;
    let preference = score + VERDICT_PREFERENCE[j.verdict];
    // A sentence that names a cause speaks first to a fact about a cause: "the turnaround was
    // first of all a response to the Kremlin's decision to bring soldiers of the DPRK into the war"
    // is not about whether the Kremlin responded.
    // Unless the cause is what someone praised the act as: "Duda hailed the move as an answer to
    // North Korea's entry into the war" tells his welcome, and the cause is his word for it.
    if (
      givesCause &&
      CAUSAL_FACT.test(f.fact.statement) &&
      !(praisedAs ??= PRAISED_AS.test(claim.text))
    )
      preference += CAUSE_PREFERENCE;
    if (f.fact.topic === 'reactions' && givesCause && (praisedAs ??= PRAISED_AS.test(claim.text)))
      preference += CAUSE_PREFERENCE;
    // A fact reached only at the lower threshold of a doubt or a cause is the choice of last
    // resort: "Sikorski hailed the move as an answer to Pyongyang's troops" is his welcome.
    // Not when the sentence is built to name the cause ("officials have said it was what drove
    // Mr Biden to let Ukraine strike deeper"): the cause is its point. Nor when the sentence doubts
    // outright and the fact is the disputed one ("The chronology does not bear that out: Ukrainian
    // intelligence first spotted Kim Jong Un's soldiers in early October"): the doubt is its point,
    // and the fact its grounds state only the evidence.
    if (
      score < SAME_EVENT.THRESHOLD &&
      !(
        givesCause &&
        CAUSAL_FACT.test(f.fact.statement) &&
        (namesTheCause ??= CLEFT_CAUSE.test(claim.text))
      ) &&
      !(
        f.fact.status === 'disputed' &&
        (doubtsOutright ??=
          doubtsNow() &&
          (DOUBT_OPENER.test(claim.text) ||
            DOUBTS_ACCOUNT.test(claim.text.replace(/\brather\s+than\b/gi, ' '))))
      )
    )
      preference -= LOWER_THRESHOLD_PENALTY;
    // A fact a relative clause only agrees with is background to what the main clause says:
    // "Ukrainian forces still control part of Kursk, which they seized in August" is about holding
    // the ground. (A wrong value there is still news: "…, which began in mid-September, …".)
    if (j.verdict === 'supports') preference -= backgroundPenalty(clause);
    // A fact reached only through the reason the sentence gives for its act is background too:
    // "Washington barred Kyiv from firing ATACMS deep into Russia, fearing escalation with a
    // nuclear power" is about the bar.
    if (
      j.verdict === 'supports' &&
      reason !== null &&
      !(withoutReason ??= candidatesWithout(ctx, claim.text, reason)).includes(f) &&
      (inReason ??= ctx.index.candidates(termText(reason[0]))).includes(f) &&
      !f.groups[0]!.some((t) =>
        (beforeReason ??= termText(claim.text.slice(0, reason.index))).includes(t),
      )
    )
      preference -= EVIDENCE_PENALTY;
    if (
      j.verdict === 'supports' &&
      since !== null &&
      !(withoutSince ??= candidatesWithout(ctx, claim.text, since)).includes(f)
    )
      preference -= EVIDENCE_PENALTY;
    // A figure told only as an epithet ("its 190-mile-range rockets") names the weapon; what the
    // sentence says is what was done with it ("cleared to hit the Russian airfields").
    if (
      j.verdict === 'supports' &&
      j.kind === 'numeric' &&
      f.fact.slots.includes('quantity') &&
      onlyEpithets(claim)
    )
      preference -= EPITHET_PENALTY;
    // "… had massed in Kursk, the Russian border region where Ukraine launched its incursion in
    // August": a fact told only in a place's description is background to what happened there.
    if (j.verdict === 'supports' && (placeAside ??= PLACE_ASIDE.exec(claim.text))) {
      const outside = termText(claim.text.slice(0, placeAside.index));
      if (!f.groups.every((g) => g.some((t) => outside.includes(t))))
        preference -= PLACE_ASIDE_PENALTY;
    }
    // A place put in the wrong country is a claim about geography: the fact about where it is. A
    // place put in its right country ("in Russia's Kursk region") is only the setting of whatever
    // else the sentence says, which any other fact it touches says better.
    if (f.fact.topic === 'geography') {
      preference += claim.places.some(misplaced) ? GEOGRAPHY_PREFERENCE : -GEOGRAPHY_PREFERENCE;
    }
    // A value the fact is not about, wrong only against a quote's aside ("the decision gained
    // urgency after Mr. Trump's victory in the Nov. 6 election" misdates the election, not the
    // urgency): a fact about that value is the one to show.
    if (
      j.verdict === 'contradicts' &&
      VALUE_KINDS.has(j.kind) &&
      !f.fact.slots.includes(VALUE_KINDS.get(j.kind)!)
    )
      preference -= SLOTLESS_VALUE_PENALTY;
    // "On Nov. 19, U.S. officials confirmed that Biden had cleared …": the date opening the
    // sentence dates the confirming, and misdates it; that is what the reader needs to see. (On the
    // right day, the agreement on what was confirmed stands.)
    if (
      j.verdict === 'contradicts' &&
      j.kind === 'date' &&
      REPORT_FACT.test(f.fact.statement) &&
      (datedReport ??= DATED_REPORT.test(claim.text))
    )
      preference += DATED_REPORT_PREFERENCE;
    // "thousands of its soldiers" fits both estimates and takes no side: the disputed count is the
    // fact to show only when the sentence speaks to nothing else ("the tipping point was North
    // Korea's decision to send thousands of its soldiers" is about the tipping point).
    if (
      j.verdict === 'disputed' &&
      j.kind === 'numeric' &&
      (onlyOrderOf ??= claim.quantities.every((q) => q.hedge === 'order-of'))
    )
      preference -= VAGUE_FIGURE_PENALTY;
    judged.push({ j, preference, clause });
  }
  if (judged.length === 0) return null;
  // Among agreements only, the fact about the person the sentence names as the sources name them
  // ("Mike Turner … called the move long overdue"), not a wider one the same words fit
  // ("Republicans welcomed it").
  if (judged.every((x) => x.j.verdict === 'supports'))
    for (const x of judged) if (x.j.kind === 'actor') x.preference += NAMED_ACTOR_PREFERENCE;
  // A sentence that doubts an account argues a side of the disputed point, and the facts its
  // grounds state are only evidence; unless it gets one of their values wrong ("Yet the first
  // reports … surfaced back in September, which has led some observers to question that
  // explanation"): the wrong value is what the reader needs to see.
  if (
    judged.some((x) => x.j.verdict === 'disputed') &&
    doubtsNow() &&
    !judged.some((x) => x.j.verdict === 'contradicts' && VALUE_KINDS.has(x.j.kind))
  ) {
    for (const x of judged) if (x.j.verdict === 'disputed') x.preference += DOUBT_PREFERENCE;
  }
  // Fuse.js decides between near-equals; a clear same-event winner needs no second opinion. Its
  // bonus can only change the outcome when another verdict is within that bonus of the best one.
  const bestPreference = Math.max(...judged.map((x) => x.preference));
  const close = judged.filter((x) => x.preference >= bestPreference - SAME_EVENT.FUSE_TOP);
  if (close.length > 1 && sorted[0]! - sorted[1]! < FUSE_TIE_MARGIN) {
    // Fuse's fuzzy token search costs per query word: ask with the sentence's most telling words.
    const query = [...tokens]
      .sort((a, b) => ctx.index.idf(b) - ctx.index.idf(a))
      .slice(0, FUSE_QUERY_WORDS)
      .join(' ');
    const top = fuseFor(viable.map((v) => v.f)).search(query)[0]?.item.fact.id;
    for (const x of judged) {
      if (x.j.fact.id !== top) continue;
      x.preference += SAME_EVENT.FUSE_TOP;
      x.j.score += SAME_EVENT.FUSE_TOP;
    }
  }
  let best: Judgement | null = null;
  let bestRank = -Infinity;
  for (const { j, preference } of judged) {
    if (preference > bestRank) {
      best = j;
      bestRank = preference;
    }
  }
  // One event told with one value right and another wrong ("its first strike, on Nov. 21, hit an
  // arms depot about 110 km inside Russia"): the wrong value is what the reader needs to see.
  if (best?.verdict === 'supports' && VALUE_KINDS.has(best.kind)) {
    const topic = best.fact.topic;
    const wrong = judged
      .filter(
        (x) =>
          x.j.verdict === 'contradicts' &&
          x.j.fact.topic === topic &&
          VALUE_KINDS.has(x.j.kind) &&
          x.j.kind !== best!.kind &&
          x.j.fact.slots.includes(VALUE_KINDS.get(x.j.kind)!),
      )
      .sort((a, b) => b.preference - a.preference)[0];
    if (wrong) return wrong.j;
  }
  // An agreement on an event that gives no value, beside a figure the sentence gets wrong of
  // another fact ("Ukraine is expected to carry out its first long-range strikes within days,
  // likely using ATACMS missiles that can hit targets up to 300 miles away"): the wrong figure is
  // what the reader needs to see. (Not a wrong name or day: those the event's words often fit
  // less well than the agreement's; nor a count the sources dispute, where "a few thousand"
  // fits neither side.) So with a wrong place of the same topic's fact, where no fact agrees on a
  // place: "Kyiv may now use ATACMS against targets inside Russia, but officials say the
  // permission applies … to operations around the Belgorod region".
  if (best?.verdict === 'supports' && !VALUE_KINDS.has(best.kind)) {
    const wrong = judged
      .filter(
        (x) =>
          x.j.verdict === 'contradicts' &&
          ((x.j.kind === 'numeric' && x.j.fact.slots.includes('quantity')) ||
            (x.j.kind === 'place' &&
              x.j.fact.slots.includes('place') &&
              x.j.fact.topic === best!.fact.topic &&
              !judged.some((y) => y.j.verdict === 'supports' && y.j.kind === 'place'))) &&
          x.j.fact.status !== 'disputed' &&
          x.j.score >= SAME_EVENT.THRESHOLD,
      )
      .sort((a, b) => b.preference - a.preference)[0];
    if (wrong) return wrong.j;
  }
  // A date told only as an epithet of its event ("Trump's victory in the Nov. 5 election") sets the
  // scene; what the sentence says of the event is the news: "the timing had nothing to do with
  // Trump's victory in the Nov. 5 election" denies that the election shaped the timing.
  if (
    best?.verdict === 'supports' &&
    best.kind === 'date' &&
    claim.dates.length > 0 &&
    claim.dates.every(
      (d) =>
        DATE_EPITHET.test(claim.text.slice(d.end)) ||
        WHEN_IT_COMES.test(claim.text.slice(Math.max(0, d.start - 60), d.start)) ||
        WIN_ON.test(claim.text.slice(Math.max(0, d.start - 30), d.start)),
    )
  ) {
    const said = judged
      .filter(
        (x) =>
          x.j.fact.id !== best!.fact.id &&
          ((x.j.verdict === 'contradicts' && x.j.kind === 'polarity') ||
            x.j.verdict === 'disputed' ||
            // "Trump's victory in this month's election added urgency to the shift": what the
            // event did, where the sentence speaks to it better than to the event's day.
            // (Fuse's bonus for the nearer words aside.)
            (x.j.verdict === 'supports' &&
              x.j.fact.slots.includes('polarity') &&
              x.j.score > best!.score - SAME_EVENT.FUSE_TOP)),
      )
      .sort((a, b) => b.preference - a.preference)[0];
    if (said) return said.j;
  }
  // An agreement set against a disputed point that a later clause turns to: "Ukraine seized part
  // of Kursk in a surprise incursion in August, but its outnumbered forces have since given up
  // some of that ground" tells the dispute; the incursion is its setting.
  if (best?.verdict === 'supports') {
    const bestClause = judged.find((x) => x.j === best)!.clause;
    const turned = judged.find(
      (x) =>
        x.j.verdict === 'disputed' &&
        x.clause.start > bestClause.start &&
        (BUT_TURN.test(claim.text.slice(Math.max(0, x.clause.start - 12), x.clause.start)) ||
          /^\W*but\b/i.test(x.clause.text)),
    );
    if (turned) return turned.j;
  }
  // What the sources say did not happen, told as done: "The White House confirmed the change in an
  // official statement on Sunday" agrees with the day of the confirming, and that the White House
  // said nothing is what the reader needs to see.
  // (Only where the fact's own subject does it in so many words: "Russian officials have pledged
  // a response" is no answer from the Kremlin to the decision.)
  if (best?.verdict === 'supports') {
    const denied = judged
      .filter(
        (x) =>
          x.j.verdict === 'contradicts' &&
          x.j.kind === 'polarity' &&
          x.j.fact.negated &&
          announcedBy(x.clause.text, factById(viable, x.j)),
      )
      .sort((a, b) => b.preference - a.preference)[0];
    if (denied) return denied.j;
  }
  // Two events in two clauses, one agreed with and the other misdated: "Mr. Trump, who won the
  // Nov. 5 election promising to end the war quickly, is to be sworn in on Jan. 21". An agreement
  // that checks no value loses to a wrong date in another clause than its own.
  if (best?.verdict === 'supports' && (best.kind === 'polarity' || best.kind === 'event')) {
    const bestClause = judged.find((x) => x.j === best)!.clause;
    // (A clause read without the relative clause inside it, "Donald Trump has repeatedly
    // criticised …" of "Donald Trump, who takes office next Tuesday, has …", spans it but lacks
    // its words.)
    const inside = (d: DateValue, c: { text: string; start: number; end: number }) =>
      d.start >= c.start && d.end <= c.end && c.text.includes(claim.text.slice(d.start, d.end));
    let bestTerms: Set<string> | null = null;
    // In one clause too, when the date sits just after the misdated fact's own words ("firing
    // ATACMS at a Russian arms depot on Wednesday", "Mr. Trump, who beat Kamala Harris on Nov. 7")
    // and the agreed fact has no date to check: the date is told of that act. (Not a date told of
    // the reporting, "first reported last Sunday", for a fact no report can date.)
    const datesItsAct = (j: Judgement): boolean => {
      const f = factById(viable, j);
      if (!f.fact.slots.includes('date') || best!.fact.slots.includes('date')) return false;
      const theirs = (bestTerms ??= new Set(factById(viable, best!).groups.flat()));
      return claim.dates.some((d) => {
        const raw = claim.text.slice(0, d.start);
        if (!SPOKEN_TOPICS.has(f.fact.topic) && REPORT_BEFORE.test(raw.slice(-80))) return false;
        const before = termText(raw.split(/[,;:]/).pop()!);
        const words = ` ${before.trim().split(' ').slice(-DATED_ACT_WORDS).join(' ')}`;
        // (A word both facts share dates the act it ends right before: "after taking office on
        // January 21" dates the taking of office, whatever may be undone after it.)
        const last = words.trimEnd().replace(/ (?:on|in)$/, '');
        return f.groups.some((g) =>
          g.some(
            (t) =>
              (!theirs.has(t) && words.includes(` ${t}`)) ||
              (theirs.has(t) && last.endsWith(` ${t.trimEnd()}`)),
          ),
        );
      });
    };
    const wrong = judged
      .filter(
        (x) =>
          x.j.verdict === 'contradicts' &&
          x.j.kind === 'date' &&
          ((x.clause.start !== bestClause.start &&
            claim.dates.some((d) => inside(d, x.clause) && !inside(d, bestClause))) ||
            datesItsAct(x.j)),
      )
      .sort((a, b) => b.preference - a.preference)[0];
    if (wrong) return wrong.j;
    // "Ukraine was initially cleared to hit only targets linked to Russia's Belgorod region": the
    // permission agreed with checks no value, and the place it is limited to is wrong.
    const misplacedScope = judged
      .filter(
        (x) =>
          x.j.verdict === 'contradicts' &&
          x.j.kind === 'place' &&
          x.j.fact.topic === best!.fact.topic &&
          LIMITED_TO.test(x.clause.text),
      )
      .sort((a, b) => b.preference - a.preference)[0];
    if (misplacedScope) return misplacedScope.j;
    // So a span of time told in the misvalued fact's own words, right after it: in "Three months
    // before the inauguration, Biden had cleared Ukraine to strike …", the gap is wrong. (Not a
    // count: "a few thousand North Korean conscripts" only sets the scene of the decision.)
    const countsItsAct = (j: Judgement): boolean => {
      const f = factById(viable, j);
      if (!f.fact.slots.includes('quantity') || best!.fact.slots.includes('quantity')) return false;
      const theirs = (bestTerms ??= new Set(factById(viable, best!).groups.flat()));
      return claim.quantities.some((q) => {
        if (q.dimension !== 'duration') return false;
        const after = termText(claim.text.slice(q.end, q.end + COUNTED_ACT_CHARS));
        const words = ` ${after.trim().split(' ').slice(0, DATED_ACT_WORDS).join(' ')}`;
        return f.groups.some((g) => g.some((t) => !theirs.has(t) && words.includes(` ${t}`)));
      });
    };
    const miscounted = judged
      .filter((x) => x.j.verdict === 'contradicts' && x.j.kind === 'numeric' && countsItsAct(x.j))
      .sort((a, b) => b.preference - a.preference)[0];
    if (miscounted) return miscounted.j;
    // A date told of the reporting, before what was reported: "On Saturday 16 November, officials
    // in Washington confirmed that the outgoing administration had authorised Kyiv …". Wrong for
    // the fact about how the news came out, it is what the reader needs to see.
    const frame = reportFrame(claim.text);
    if (frame !== null && claim.dates.some((d) => d.start >= frame.start && d.end <= frame.end)) {
      const framed = termText(claim.text.slice(frame.start, frame.end));
      const theirs = (bestTerms ??= new Set(factById(viable, best).groups.flat()));
      // A date contradiction whose fact the frame names in words of its own.
      const said = judged.find(
        (x) =>
          x.j.verdict === 'contradicts' &&
          x.j.kind === 'date' &&
          factById(viable, x.j).groups.some((g) =>
            g.some((t) => !theirs.has(t) && framed.includes(` ${t}`)),
          ),
      );
      if (said) return said.j;
    }
  }
  return best;
}

/**
 * Words before a date that may name the act it dates ("its first ATACMS attack on Russian soil
 * on …"), and after a span of time the act it counts.
 */
const DATED_ACT_WORDS = 6;
/** Characters after a figure that may name the act it counts (then `DATED_ACT_WORDS` words). */
const COUNTED_ACT_CHARS = 60;

function factById(viable: { f: IndexedFact }[], j: Judgement): IndexedFact {
  return viable.find((v) => v.f.fact.id === j.fact.id)!.f;
}

/**
 * A public word from the fact's subject, told as done: "the White House confirmed", "a change the
 * White House announced". The subject is read from the fact's first concept group, which names it
 * in the facts about silence ("The White House did not comment", "The Kremlin did not immediately
 * respond"); in the base's other negated facts (a refused request, a signal) that group names no
 * one who announces anything.
 */
const ANNOUNCING = gated(
  /^\s+(?:\w+\s+){0,2}?(?:confirm|announc|acknowledg|issued|released|put out)\w*\b/i,
);

function announcedBy(clause: string, f: IndexedFact): boolean {
  const lower = clause.toLowerCase();
  return f.groups[0]!.some((t) => {
    for (let i = lower.indexOf(t); i >= 0; i = lower.indexOf(t, i + 1)) {
      if (ANNOUNCING.test(clause.slice(i + t.length))) return true;
    }
    return false;
  });
}

/**
 * What a sentence opens with up to "that", where it tells that something was confirmed or leaked
 * ("U.S. officials confirmed last Saturday that …"; the stop of an initial is no sentence's end).
 */
const REPORT_FRAME = gated(
  /^((?:[^.;]|(?<=\b[A-Z])\.)*?\b(?:confirm(?:ed|s|ing)?|leak(?:ed|s)?|reported|emerged)\b(?:[^.;]|(?<=\b[A-Z])\.)*?)\bthat\b/i,
);

/**
 * Or the attribution it closes with: "…, US officials confirmed on Saturday." (Not a relative
 * clause: "…, which U.S. officials first confirmed to reporters Sunday" tells when the decision
 * came out, and is the sentence's own.)
 */
const REPORT_TAIL = gated(
  /,(?!\s*(?:which|who|when|as)\b)\s*(?:[^,.;]|(?<=\b[A-Z])\.){0,60}?\bconfirm(?:ed|s)\b[^,.;]{0,40}[.!]?\s*$/i,
);

function reportFrame(text: string): { start: number; end: number } | null {
  const head = REPORT_FRAME.exec(text);
  if (head) return { start: 0, end: head[1]!.length };
  const tail = REPORT_TAIL.exec(text);
  return tail ? { start: tail.index, end: text.length } : null;
}
