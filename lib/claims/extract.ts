/**
 * One claim from one sentence: the typed slots the matcher compares. The fact base runs the same
 * function over its quotes, so a page sentence and a source quote are read the same way.
 */
import { extractActors } from './actors';
import { datelineEnd, extractDates } from './dates';
import { extractPlaces } from './places';
import { polarity } from './polarity';
import { extractQuantities } from './quantities';
import type { Claim } from './types';
import { gated } from '../util/regex-gate';

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD) that relative dates resolve against; null when unknown. */
  reference?: string | null;
  /**
   * The sentences before that name whom this one counts, when it counts people it refers back to
   * ("more than ten thousand of them"), the nearer first: a bare figure counts what the first of
   * them to name one kind of thing names (see `extractQuantities`).
   */
  countedIn?: readonly string[] | null;
}

/**
 * A person's appointment told in passing: "Richard Grenell, named by Trump as envoy in December,
 * had accused …". Its date is the appointment's, not the date of what the sentence reports.
 */
const APPOINTED_ASIDE = gated(
  /,\s*(?:who\s+(?:was|had\s+been|has\s+been)\s+)?(?:named|appointed|nominated|picked|chosen|tapped|confirmed\s+as)\b[^,;]*(?=,)/gi,
);

/**
 * When the war began, told in passing: "The attack came on the 1,000th day of the war, which began
 * with Russia's full-scale invasion on Feb. 24, 2022". Its date is the war's. (Not another
 * beginning: "Ukraine's push into Kursk, which began in mid-September" dates the push.)
 */
const BEGAN_ASIDE = gated(
  /,(?<=\b(?:war|invasion|conflict),)\s*(?:which|that)\s+(?:began|started|erupted|broke\s+out)\b[^;]*/gi,
);

/**
 * A value set aside for the one before it: "up to 190 kilometers, not 190 miles", "It was Radoslaw
 * Sikorski, not Donald Tusk, who …", "on Tuesday, not Monday". The sentence asserts the first; the
 * one after "not" is what it denies, and is no value of the claim.
 */
const REJECTED_ALTERNATIVE = gated(
  /,\s*not\s+(?!only\b|just\b|least\b|yet\b)[^,;.]{1,40}(?=[,;.]|$)/gi,
);

/**
 * An error a correction retells before the right account: "A Nov. 19 story incorrectly placed the
 * Kursk region in Ukraine; it is a Russian region". Its values are the error's, not the sentence's.
 */
const MISSTATED_THEN_CORRECTED = gated(
  /\b(?:incorrectly|wrongly|falsely|erroneously|mistakenly)\s+(?:said|stated|reported|placed|put|located|called|described|identified|listed|named|referred\s+to|dated|attributed)\b[^;]*(?=;)/gi,
);

/**
 * "With the inauguration barely three months away": the span to the swearing-in is a date and a
 * gap, so its figure is read as a duration too (the time between a decision and the inauguration).
 */
function gapToInauguration(text: string, d: { start: number; end: number }): boolean {
  return (
    GAP_AWAY.test(text.slice(d.start, d.end)) &&
    INAUGURATION_BEFORE_GAP.test(text.slice(Math.max(0, d.start - 60), d.start))
  );
}
const GAP_AWAY = gated(/\b(?:weeks?|months?)\s+away$/i);
const INAUGURATION_BEFORE_GAP = gated(
  /\b(?:inaugurat\w*|swearing[- ]in|sworn\s+in|handover|transfer\s+of\s+power)\b[^.;:]*$/i,
);

/**
 * A date of the page itself, or of another piece, told before it: "An article on Wednesday about
 * Ukraine's first strike …", "A chart on Monday with an article about …", "Our first report,
 * published on the evening of Sunday 17 November, said …". It dates the writing, not the event.
 */
const PIECE_BEFORE = gated(
  /\b(?:(?:article|story|chart|graphic|map|caption|headline|piece|column|editorial|version|edition|newsletter|episode|broadcast)s?|our\s+(?:\w+\s+)?report)\s*,?\s+(?:(?:first\s+)?(?:published|posted|printed|aired|broadcast|dated)\s+)?(?:on\s+|from\s+|of\s+)?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$/i,
);

/**
 * A piece the date before it names: "A Nov. 19 story incorrectly placed …", "the Dec. 2 edition".
 */
const PIECE_AFTER = gated(
  /^\s+(?:(?:news|online|print|wire|radio|TV|television)\s+)?(?:article|story|report|piece|column|editorial|version|edition|item|post|headline|caption|chart|graphic|map|broadcast|episode|newsletter|bulletin)s?\b/i,
);

/** The spans of `text` that tell an appointment or a beginning in passing. */
function asidesOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const re of [APPOINTED_ASIDE, BEGAN_ASIDE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** The spans of `text` that set a value aside (REJECTED_ALTERNATIVE, MISSTATED_THEN_CORRECTED). */
function rejectedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const re of [REJECTED_ALTERNATIVE, MISSTATED_THEN_CORRECTED]) {
    if (re === REJECTED_ALTERNATIVE ? !text.includes(', not ') : !text.includes(';')) continue;
    for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** A source cited in square brackets, with what it is dated: "[FT, 18 Nov]", "[WSJ, 23 Aug]". */
const CITATION = gated(/\[[A-Z][^[\]]{0,60}?,\s*[^[\]]{1,40}\]/g);

/**
 * A corrections column's item: what an earlier article got wrong, then, after a semicolon, what is
 * right ("An article on Nov. 20 … referred incorrectly to the Kursk region as part of Ukraine; it is
 * a region of western Russia"). Its head retells the error: the item asserts only what follows.
 * It works with MISSTATED_THEN_CORRECTED, not instead of it: that one sets aside the error's own
 * values in any sentence ("wrongly dated the strike to Nov. 21;"), this one the item's head up to
 * its error word (the article's date) and the head's figures, places and people, and reads
 * negation in what follows only. A day told after the error word stands unless that one sets it
 * aside ("misidentified the city where … on Nov. 19; it was Sumy" gets the city wrong).
 */
const CORRECTION_HEAD = gated(
  /^(\W*(?:An?|The|Our|This)\s+(?:[\w.,'’-]+\s+){0,6}?(?:article|story|report|caption|headline|item|piece|graphic|map)\b[^;]{0,300}?\b(?:incorrectly|wrongly|erroneously|mistakenly|misstated|misidentified|misreported|misquoted|outdated)\b)[^;]*;\s*/i,
);

export function extractClaim(text: string, options: ExtractOptions = {}): Claim {
  const correction = CORRECTION_HEAD.exec(text);
  const corrected = correction?.[0].length ?? 0;
  const pol = polarity(corrected > 0 ? text.slice(corrected) : text);
  // (A day the head tells after what was wrong stands: "misidentified the city where a Russian
  // missile damaged an apartment building on Nov. 19; it was Sumy" gets the city wrong, not the day.)
  const filed = Math.max(datelineEnd(text), correction?.[1]!.length ?? 0);
  const asides = asidesOf(text);
  const read = extractDates(text, options.reference ?? null, pol.modality === 'planned').filter(
    (d) =>
      d.start >= filed &&
      !asides.some(([from, to]) => d.start >= from && d.end <= to) &&
      !PIECE_BEFORE.test(text.slice(Math.max(0, d.start - 60), d.start)) &&
      !PIECE_AFTER.test(text.slice(d.end, d.end + 40)),
  );
  const rejected = rejectedSpans(text);
  const kept = (v: { start: number; end: number }) =>
    !rejected.some(([from, to]) => v.start >= from && v.end <= to);
  // A source cited in square brackets ("… to Trump's victory [FT, 18 Nov]") tells neither when
  // nor how many: its day and figures are the report's.
  const cited = text.includes('[') ? [...text.matchAll(CITATION)] : [];
  const uncited = (v: { start: number; end: number }) =>
    !cited.some((m) => v.start >= m.index && v.end <= m.index + m[0].length);
  const dates = read.filter(uncited);
  // The dateline's figures are its date ("SEOUL, Jan. 14 (Yonhap) --"), never a count; a span to
  // the inauguration is a gap as well as a date (see `gapToInauguration`).
  const quantities = extractQuantities(
    text,
    read.filter((d) => !gapToInauguration(text, d)),
    options.countedIn ?? null,
  ).filter((q) => q.start >= Math.max(filed, corrected) && kept(q) && uncited(q));
  const told = dates.filter(kept);
  return {
    text,
    quantities,
    dates: told,
    places: extractPlaces(text).filter((p) => p.start >= corrected && kept(p)),
    actors: extractActors(text).filter((a) => a.start >= corrected && kept(a)),
    negated: pol.negated,
    negationCues: pol.cues,
    modality: pol.modality,
    pastState: pol.pastState,
    refuted: pol.refuted,
    ...(options.reference ? { published: options.reference } : {}),
  };
}

export type { Claim } from './types';
