/** Typed slots of one claim. Every slot records where in the sentence it was found. */

export interface Span {
  /** The words as written. */
  text: string;
  /** Offsets into the claim's text (UTF-16 code units). */
  start: number;
  end: number;
}

/**
 * How a number is qualified. Each hedge widens the interval the number stands for; see
 * `quantities.ts` for the widths and why.
 */
export type Hedge =
  'exact' | 'about' | 'more-than' | 'at-least' | 'up-to' | 'less-than' | 'nearly' | 'order-of';

export type Dimension = 'length' | 'count' | 'duration' | 'percent' | 'money';

export interface Quantity extends Span {
  /** The number as written, converted to the dimension's base unit (km, days, items, %, USD). */
  value: number;
  /** The interval the phrase allows once its hedge and rounding are taken into account. */
  low: number;
  high: number;
  hedge: Hedge;
  dimension: Dimension;
  /**
   * The unit as written, normalised: 'km', 'mile', 'nautical-mile', 'day', 'week', 'month', 'year',
   * '%', 'usd'.
   */
  unit: string | null;
  /** For counts: the class of thing counted ('troops', 'missiles', 'strikes', 'people', …). */
  noun: string | null;
  /** "50,000 troops, including North Koreans": a total of which the compared group is a part. */
  inclusive?: boolean;
  /**
   * For lengths: what the distance measures, when the words around it say — a weapon's reach
   * ("a range of up to 190 miles") or how far in a target lies ("110 km inside Russia").
   */
  role?: 'range' | 'depth';
}

/** How much of the calendar a date covers; `part-of-year` is a season or a third of a year. */
export type DatePrecision = 'day' | 'week' | 'month' | 'part-of-month' | 'part-of-year' | 'year';

export interface DateValue extends Span {
  /** Inclusive ISO interval (YYYY-MM-DD) the expression denotes, or null when unresolved. */
  from: string | null;
  to: string | null;
  precision: DatePrecision;
  /** True for expressions that need a reference date ("on Tuesday", "last week"). */
  relative: boolean;
  /** What the text itself says, resolved or not: month (0–11), day of month, weekday (0 = Sunday). */
  month?: number;
  day?: number;
  weekday?: number;
  /**
   * A bare weekday ("on Monday") is the last such day or the coming one: `from`/`to` hold the one
   * the sentence's wording points to, this the other (ISO day). A fact dated on the other one is
   * not contradicted: "investors positioned for Trump's return to the White House on Monday".
   */
  otherReading?: string;
  /**
   * A day told of before ("that same Sunday"), read as the last such day before the publication
   * date: right when the article follows the news closely, but not known to be. It may agree with
   * a fact's date; it never contradicts one, nor dates an event after the sources.
   */
  anaphoric?: true;
  /**
   * A date told as a milestone of the war ("the war's 1,000th day"): the day an event fell on, or
   * only what the day was remembered for.
   */
  milestone?: true;
}

export interface Place extends Span {
  id: string;
  name: string;
  /** ISO 3166 alpha-2 of the country the gazetteer puts the place in. */
  country: string;
  /** The country the text itself attaches to the place ("Kursk, Ukraine"), when it states one. */
  statedCountry: string | null;
  kind: 'city' | 'region' | 'country';
}

export interface Actor extends Span {
  id: string;
  name: string;
  kind: 'person' | 'institution' | 'country' | 'group';
  /** For persons: the country (or 'NATO') they speak for. */
  country: string | null;
  /** For US politicians: 'D' or 'R'. */
  party?: string | null;
  /** The country the text attaches to the person ("German Foreign Minister Radoslaw Sikorski"). */
  statedCountry?: string | null;
  /** The party the text attaches to the person ("Democratic Representative Mike Turner"). */
  statedParty?: string | null;
  /**
   * For legislators: the chamber they sit in ('state-duma', 'federation-council', 'us-house',
   * 'us-senate').
   */
  body?: string | null;
  /** The chamber the text puts the person in ("Klishas, a senior member of Russia's State Duma"). */
  statedBody?: string | null;
}

export type Modality = 'asserted' | 'possible' | 'planned' | 'question';

export interface Claim {
  text: string;
  quantities: Quantity[];
  dates: DateValue[];
  places: readonly Place[];
  actors: Actor[];
  /** True when the main assertion is negated ("did not", "declined", "still bans"). */
  negated: boolean;
  /** The words that made it negated. */
  negationCues: string[];
  modality: Modality;
  /** The sentence describes an earlier state ("had barred", "previously"). */
  pastState: boolean;
  /** The sentence reports a claim only to reject it ("Claims that … are false"). */
  refuted: boolean;
  /** The publication date (YYYY-MM-DD) the sentence was read against, when known. */
  published?: string;
}
