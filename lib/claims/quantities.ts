/**
 * Quantities with hedges and units: "over 110 km", "up to 190 miles (306 kilometers)",
 * "an estimated 8,000 North Korean forces", "thousands of troops", "eight weeks".
 */
import { DIGIT_NUMBER, WORD_NUMBER, parseNumber } from '../text/numbers';
import type { Dimension, Hedge, Quantity, Span } from './types';
import { gated } from '../util/regex-gate';

/** Kilometres per mile, and per nautical mile. */
const KM_PER_MILE = 1.609344;
const KM_PER_NAUTICAL_MILE = 1.852;
/** Days per unit for durations. A month is an average month; "two months" ≈ "eight weeks". */
const DAYS_PER: Record<string, number> = { day: 1, week: 7, month: 30.44, year: 365.25 };

/**
 * Relative half-widths of the interval a plain number stands for.
 * - EXACT: a precise figure still tolerates conversion rounding (190 mi = 305.8 km, written "306 km").
 * - ROUND: "8,000" in news copy is itself an estimate; round figures get a wider band.
 * - DURATION: "two months" vs "eight weeks" are the same span in news usage.
 * - ABOUT: an explicit approximation ("about", "some", "roughly", "an estimated").
 */
const TOLERANCE = { EXACT: 0.03, ROUND: 0.1, DURATION: 0.12, ABOUT: 0.15 } as const;
/** How far above the figure "more than X" / "at least X" may reasonably reach before a writer would say a larger figure. */
const OPEN_UPPER_FACTOR = 1.5;
/** How far below the figure "up to X" / "less than X" still reads as the same claim. */
const OPEN_LOWER_FACTOR = 0.5;
/** "nearly X": within this fraction below X. */
const NEARLY_BAND = 0.1;

const HEDGES: [RegExp, Hedge][] = [
  [
    gated(
      /(?:more than|over|upwards of|in excess of|just over|above|beyond|exceeding|exceeds|exceeded|passed|topped|surpassed|north of)\s+$/i,
    ),
    'more-than',
  ],
  [gated(/(?:at least|no fewer than|no less than|a minimum of)\s+$/i), 'at-least'],
  [gated(/(?:up to|as many as|as much as|as far as|a maximum of|no more than)\s+$/i), 'up-to'],
  [gated(/(?:less than|fewer than|under|below|just under)\s+$/i), 'less-than'],
  [gated(/(?:nearly|almost|close to|just shy of)\s+$/i), 'nearly'],
  [
    gated(
      /(?:about|approximately|approx\.|around|roughly|some|an estimated|estimated at|estimated|circa|or so|reportedly|an approximate)\s+$/i,
    ),
    'about',
  ],
];

/** A hedge written after the figure: "ten thousand-plus", "10,000+", "11,000 or more". */
const MORE_AFTER = gated(
  /^(?:-plus\b|\+|\s+or\s+(?:more|above)\b|\s+and\s+(?:up|upwards|counting)\b)/i,
);

/**
 * Words after a count (and its noun) that make it one of casualties: "300 North Korean soldiers have
 * been killed", "2,700 wounded", "more than 3,000 of them had already been killed".
 */
const CASUALTY_AFTER = gated(
  /^(?:\s+of\s+(?:them|those|these|whom)\b)?(?:\s+(?!(?:and|or|but|of|to|in|while)\b)[\w'’-]+){0,4}?\s*(?:(?:have|has|had)\s+(?:reportedly\s+|already\s+)?been\s+|(?:were|was|are)\s+(?:reportedly\s+|later\s+|since\s+)?)?(?:killed|wounded|injured|dead|died|captured|taken\s+prisoner|casualties)\b/i,
);
/**
 * A count of soldiers someone says they took or killed: "the two North Korean soldiers Ukraine says
 * it captured", "the 30 soldiers Kyiv claims to have killed".
 */
const SAID_CAPTURED_AFTER = gated(
  /^(?:\s+(?!(?:and|or|but|of|to|in|while)\b)[\w'’-]+){1,4}?\s+(?:that\s+)?(?:[\w'’-]+\s+){1,2}?(?:says?|said|claims?|claimed)\s+(?:(?:it|they|its\s+(?:forces|troops))\s+(?:had\s+|has\s+|have\s+)?|to\s+have\s+)(?:captured|took\s+prisoner|taken\s+prisoner|killed|wounded)\b/i,
);
/** "Ukrainian forces had taken two North Korean soldiers alive": prisoners, taken before the count. */
const TAKEN_BEFORE = gated(
  /\b(?:took|taken|taking|take|takes)\s+(?:(?:about|some|only|just)\s+)?$/i,
);
const ALIVE_AFTER = gated(
  /^(?:\s+(?!(?:and|or|but|of|to|in|while)\b)[\w'’-]+){1,4}?\s+(?:alive|prisoner|captive)\b/i,
);
/** Words before a count that make it one of casualties: "killed about 300", "a death toll of 40". */
const CASUALTY_BEFORE = gated(
  /\b(?:(?:killed|wounded|injured|dead|casualties|losses)(?:\s+(?:at|as))?|casualties\s+of|death\s+toll\s+of|losses\s+of)\s+(?:(?:about|some|around|nearly|roughly|more\s+than|over|at\s+least|up\s+to|an\s+estimated)\s+)?$/i,
);
/**
 * Words before a count of soldiers that make it one of prisoners: "Ukrainian forces had captured two
 * North Korean soldiers" counts those taken, not the force; so do "captured alive two" and
 * "offered to swap two North Korean soldiers".
 */
const CAPTURED_BEFORE = gated(
  /\b(?:captured|capturing|captures|(?:took|taken|taking)\s+(?:prisoner|captive)|swap(?:s|ped|ping)?|exchang(?:e|es|ed|ing)|trad(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|hand(?:s|ed|ing)?\s+over)\s+(?:alive\s+)?(?:(?:about|some|around|nearly|roughly|more\s+than|over|at\s+least|up\s+to|an\s+estimated|only|just)\s+)?$/i,
);

/** Counted nouns → the class compared across sources. */
const COUNT_NOUNS: [RegExp, string][] = [
  // Soldiers, by whatever name (a tabloid's "10,000 of Kim's cannon fodder").
  [
    gated(
      /^(?:troops|soldiers|forces|force|personnel|servicemen|servicemembers|fighters|men|infantry|contingent|recruits|conscripts|reinforcements|koreans|units|fodder|headcount)$/i,
    ),
    'troops',
  ],
  // Missiles, drones and the strikes they make are counted interchangeably in reports of a barrage.
  [
    gated(
      /^(?:missiles|rockets|projectiles|drones|uavs|shaheds|munitions|strikes|attacks|launches)$/i,
    ),
    'projectiles',
  ],
  [gated(/^(?:people|civilians|residents|persons)$/i), 'people'],
  [gated(/^(?:tanks|vehicles|jets|aircraft|planes|systems|launchers)$/i), 'equipment'],
  [gated(/^(?:mines)$/i), 'mines'],
  [gated(/^(?:officials|sources)$/i), 'sources'],
];

const UNIT_WORDS: [RegExp, { dimension: Dimension; unit: string }][] = [
  [gated(/^(?:km|kms|kilomet(?:er|re)s?)$/i), { dimension: 'length', unit: 'km' }],
  [gated(/^(?:mi|miles?)$/i), { dimension: 'length', unit: 'mile' }],
  [gated(/^(?:nm|nmi|nautical\s+miles?)$/i), { dimension: 'length', unit: 'nautical-mile' }],
  [gated(/^days?$/i), { dimension: 'duration', unit: 'day' }],
  [gated(/^weeks?$/i), { dimension: 'duration', unit: 'week' }],
  [gated(/^months?$/i), { dimension: 'duration', unit: 'month' }],
  [gated(/^years?$/i), { dimension: 'duration', unit: 'year' }],
  [gated(/^(?:%|percent|per cent)$/i), { dimension: 'percent', unit: '%' }],
];

// A number: digits (with optional scale word) or number words; then an optional unit, either
// attached ("306km"), spaced ("110 kilometres") or hyphenated ("190-mile"). Not a time of day
// ("13:30 GMT —", a live blog's update), nor a name's number ("F-16"), nor digits after a thousands
// comma; the second figure of a hyphenated range ("11,000-12,000") is a number of its own.
const NUMBER_RE = gated(
  new RegExp(
    String.raw`(?<![\w./:,])(?<!(?<!\d)-)(?:(\$)\s?)?(?:(${DIGIT_NUMBER})(?:\s*(million|billion|thousand|bn)\b|(k)\b)?(?!\d|,\d|:\d|(?:st|nd|rd|th)\b)|(${WORD_NUMBER})(?![\w]))`,
    'gi',
  ),
);
/** A number that opens the text as a list item's: "3) ", "5/ ", "2. ". */
const LIST_MARKER = gated(/^\W*\d{1,2}[)/.]\s$/);
/** A numbered paragraph's number before its first word: "3.1 Estimates of the size …". */
const SECTION_NUMBER = gated(/^\W*\d{1,2}(?:\.\d{1,2})+\.?\s[A-Z]$/);
const UNIT_AFTER_RE = gated(
  /^(?:-|\s*)(km|kms|kilomet(?:er|re)s?|mi|miles?|nm|nmi|nautical\s+miles?|days?|weeks?|months?|years?|%|percent|per cent)\b|^%/i,
);
const ORDER_OF_RE = gated(
  /\b(dozens|hundreds|thousands|tens of thousands|hundreds of thousands|millions) of\b/gi,
);
/** Words allowed between a number and the counted noun: "8,000 North Korean troops". */
const MAX_WORDS_TO_NOUN = 4;

const ORDER_OF_RANGES: Record<string, [number, number]> = {
  dozens: [24, 99],
  hundreds: [200, 999],
  thousands: [2_000, 99_999],
  'tens of thousands': [20_000, 99_999],
  'hundreds of thousands': [200_000, 999_999],
  millions: [2_000_000, 999_999_999],
};

function countNounAfter(text: string, from: number): { noun: string; end: number } | null {
  // "10K+ NK troops": the plus of a lower bound stands between the number and what it counts.
  const rest = text.slice(from).replace(/^\+/, ' ');
  const tokens = /^(\s+[\w'’-]+){1,5}/.exec(rest)?.[0] ?? '';
  const re = /\s+([\w'’-]+)/g;
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = re.exec(tokens)) && i <= MAX_WORDS_TO_NOUN) {
    const word = m[1]!;
    for (const [pattern, noun] of COUNT_NOUNS) {
      if (pattern.test(word)) return { noun, end: from + m.index + m[0].length };
    }
    // Stop at words that end a noun phrase: verbs and function words.
    if (
      /^(?:of|in|to|and|or|the|that|were|was|have|has|had|are|is|who|which|on|at|for|from|by|said|says|say|told)$/i.test(
        word,
      ) &&
      !/^and$/i.test(word)
    ) {
      return null;
    }
    i++;
  }
  return null;
}

/** Plural demonyms a count may count: always capitalised, never part of a name. */
const DEMONYMS = gated(/^Koreans$/);

/** The only class of counted thing a sentence names, for a number that stands alone ("numbers roughly 8,000"). */
function soleNounClass(text: string): string | null {
  const classes = new Set<string>();
  // A capitalised word inside the sentence is part of a name ("the People Power Party"), but for
  // a people named by where they come from ("The North Koreans are still there, over 10,000 of
  // them").
  for (const m of text.matchAll(/[A-Za-z]+/g)) {
    if (m.index > 0 && m[0][0] !== m[0][0]!.toLowerCase() && !DEMONYMS.test(m[0])) continue;
    for (const [pattern, noun] of COUNT_NOUNS) if (pattern.test(m[0])) classes.add(noun);
  }
  // Officials and sources are who says it ("US officials put the number of North Korean soldiers
  // at about 8,000", "U.S. officials put their number at 8,000"), not what a lone figure counts.
  classes.delete('sources');
  return classes.size === 1 ? [...classes][0]! : null;
}

/** The class of the first of `sentences` that counts one kind of thing only. */
function firstNounClass(sentences: readonly string[]): string | null {
  for (const s of sentences) {
    const noun = soleNounClass(s);
    if (noun) return noun;
  }
  return null;
}

function interval(value: number, hedge: Hedge, dimension: Dimension): [number, number] {
  const round = value >= 100 && value % 100 === 0;
  const exactTol =
    dimension === 'duration' ? TOLERANCE.DURATION : round ? TOLERANCE.ROUND : TOLERANCE.EXACT;
  switch (hedge) {
    case 'exact':
      return [value * (1 - exactTol), value * (1 + exactTol)];
    case 'about':
      return [
        value * (1 - Math.max(TOLERANCE.ABOUT, exactTol)),
        value * (1 + Math.max(TOLERANCE.ABOUT, exactTol)),
      ];
    case 'more-than':
      return [value, value * OPEN_UPPER_FACTOR];
    case 'at-least':
      return [value, value * OPEN_UPPER_FACTOR];
    case 'up-to':
      return [value * OPEN_LOWER_FACTOR, value * (1 + exactTol)];
    case 'less-than':
      return [value * OPEN_LOWER_FACTOR, value];
    case 'nearly':
      return [value * (1 - NEARLY_BAND), value * (1 + TOLERANCE.EXACT)];
    case 'order-of':
      return [value, value];
  }
}

/** The quantity written from `start` (its hedge, if any) to `end`, with the interval it allows. */
function quantity(
  text: string,
  start: number,
  end: number,
  value: number,
  hedge: Hedge,
  dimension: Dimension,
  unit: string | null,
  noun: string | null,
): Quantity {
  const [low, high] = interval(value, hedge, dimension);
  return {
    text: text.slice(start, end),
    start,
    end,
    value,
    low,
    high,
    hedge,
    dimension,
    unit,
    noun,
  };
}

/**
 * "a month before", "a mere week after": one unit of time as the gap between two events; and "with a
 * month left in his term", "a month of Mr Biden's term left to run", "a week to go before": the
 * time that remains.
 */
const A_UNIT_RE = gated(
  /\ba\s+(?:single\s+|mere\s+|scant\s+|full\s+)?(day|week|month|year)\b(?![-'’]\w)(?=\s+(?:before|after|ahead|earlier|later|ago|from|since|left|remaining|to\s+go|of\s+(?:[\w.'’]+\s+){1,3}?(?:term|presidency|tenure|mandate)\s+(?:left|remaining|to\s+run|still\s+to\s+run))\b)/gi,
);

function hedgeBefore(text: string, start: number): { hedge: Hedge; start: number } {
  const before = text.slice(Math.max(0, start - 24), start);
  for (const [re, hedge] of HEDGES) {
    const m = re.exec(before);
    if (m) return { hedge, start: start - (before.length - m.index) };
  }
  return { hedge: 'exact', start };
}

/**
 * A figure hyphened to a word other than a force's ("30-centimeter resolution", "a 155-millimetre
 * shell") measures something; it is no bare count of what the sentence counts ("an 8,000-strong
 * contingent", "an 11,000-man force" are).
 */
const MODIFIER_AFTER = gated(/^-(?!(?:strong|man|men|odd|plus|troop|soldier)\b)[a-z]/i);
/**
 * A capitalised word just before a bare figure makes it part of a name ("American Legion Post 112",
 * "NATO's Article 5"), not a count. Not a sentence's first word ("Some 8,000 are in Kursk"), nor a
 * month ("November 19" is read as a date first).
 */
const LABEL_BEFORE = gated(
  /(?<![.!?:;"“]\s*|^\s*)\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)[A-Z][a-z]+\s$/,
);

/**
 * A numbered part's label opening the text, which `LABEL_BEFORE` leaves to a sentence's first
 * word: "Claim 7, that the North Korean troops left from the Wonsan area …", "Lesson 3: …", and
 * in capitals too: "CLAIM 2: North Korean soldiers are fighting …".
 */
const LABEL_OPENING = gated(
  /^\W*(?:Claim|Point|Item|Question|Step|Part|Chapter|Section|Lesson|Reason|Myth|Fact|Takeaway|Rule|Figure|Table|Episode|Round|Entry|Finding|Exhibit|Tip)\s+$/i,
);

/**
 * A figure under 120 set off by commas after a name is the person's age: "Kim Young-hee, 71, who
 * fled the North in 1998" (not "In Kursk, 11,000, by Seoul's count, are fighting").
 */
const AGE_BEFORE = gated(/\b[A-Z][\w'’-]+,\s$/);

/**
 * Words after a figure that make it a frequency, an audience or a temperature ("below 0 C", "-5°C",
 * "10 degrees"), not a count of people or things.
 */
const NOT_A_COUNT_AFTER = gated(
  /^\s+(?:times|views|shares|likes|followers|retweets|reposts|comments|subscribers|degrees)\b/i,
);
const TEMPERATURE_AFTER = gated(/^(?:\s*°|\s?[CF](?![\w'’-]))/);

/**
 * A figure followed at once by a plural noun no fact counts ("a million households", "50
 * countries") counts that: not the troops or missiles the sentence names elsewhere. A plural is a
 * lower-case word of four letters or more ending in "s", not in "ss", "us" or "is" ("less",
 * "numerous", "this"). Officers, generals and commanders are among the troops counted ("12,000
 * troops, including 500 officers").
 */
const OTHER_PLURAL_AFTER = gated(
  /^\s+(?!(?:officers|generals|commanders)\b)[a-z][a-z'’-]{2,}(?<!ss|us|is)s\b(?![-'’])/,
);

/**
 * Find quantities in `text`. `skip` lists spans already taken by dates (so "November 5" and
 * "2024" are not counted).
 */
/**
 * Thousands grouped with a space, as many European and Ukrainian outlets write them ("10 000",
 * with a plain, no-break or thin space), become comma-grouped: one character for another, so every
 * offset stays the same.
 */
const SPACE_GROUPED = gated(/\d(?<![\d,.]\d)\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d|[,.]\d)/g);
function withCommaGroups(text: string): string {
  return text.replace(SPACE_GROUPED, (m) => m.replace(/[ \u00a0\u2009\u202f]/g, ','));
}

/** Cents after a figure: "9¢", "40 cents". */
const CENTS_AFTER = gated(/^\s*(?:¢|cents?\b)/i);
/** A unit of power or energy after a figure: "9 GW of generating capacity", "300 megawatts". */
const POWER_AFTER = gated(/^\s*(?:[GMkT]Wh?|(?:giga|mega|kilo|tera)watt(?:-hours?)?s?)\b/);
/** A year and a dash right before a figure: "1950-" in "the 1950-53 Korean War". */
const YEAR_SPAN_BEFORE = gated(/\b(?:1[89]|20)\d\d\s*[-–]\s*$/);

export function extractQuantities(
  input: string,
  skip: Span[] = [],
  countedIn: readonly string[] | null = null,
): Quantity[] {
  const text = withCommaGroups(input);
  const out: Quantity[] = [];
  const overlaps = (s: number, e: number) => skip.some((k) => s < k.end && e > k.start);

  ORDER_OF_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ORDER_OF_RE.exec(text))) {
    const key = m[1]!.toLowerCase();
    const [low, high] = ORDER_OF_RANGES[key]!;
    const noun = countNounAfter(text, m.index + m[0].length);
    out.push({
      text: text.slice(m.index, noun?.end ?? m.index + m[0].length),
      start: m.index,
      end: noun?.end ?? m.index + m[0].length,
      value: low,
      low,
      high,
      hedge: 'order-of',
      dimension: 'count',
      unit: null,
      noun: noun?.noun ?? null,
    });
  }

  // "barely a month before the inauguration": one unit of time, written with "a".
  A_UNIT_RE.lastIndex = 0;
  while ((m = A_UNIT_RE.exec(text))) {
    const numStart = m.index;
    const end = m.index + m[0].length;
    if (overlaps(numStart, end)) continue;
    const unit = m[1]!.toLowerCase();
    const value = DAYS_PER[unit]!;
    const { hedge, start: hedged } = hedgeBefore(text, numStart);
    const start = hedge === 'exact' ? numStart : hedged;
    out.push(quantity(text, start, end, value, hedge, 'duration', unit, null));
  }

  NUMBER_RE.lastIndex = 0;
  while ((m = NUMBER_RE.exec(text))) {
    const numStart = m.index;
    let end = m.index + m[0].length;
    if (overlaps(numStart, end)) continue;
    if (out.some((q) => numStart < q.end && end > q.start)) continue;
    // A list item's number ("3) What flipped it …", "5/ Enter the DPRK …") counts nothing.
    if (LIST_MARKER.test(text.slice(0, end + 2)) && !m[1] && !m[3] && !m[4]) continue;
    if (SECTION_NUMBER.test(text.slice(0, end + 2))) continue;
    // The end of a span of years ("the 1950-53 Korean War", "the 2022–23 winter") is a year.
    if (!m[1] && YEAR_SPAN_BEFORE.test(text.slice(Math.max(0, numStart - 8), numStart))) continue;
    const isWord = Boolean(m[5]);
    // "10k", "11K+": thousands, as forums and headlines write them.
    const raw = m[2] ? `${m[2]}${m[3] ? ` ${m[3]}` : m[4] ? 'k' : ''}` : m[5]!;
    let value = parseNumber(raw);
    if (value === null) continue;
    let dimension: Dimension = 'count';
    let unit: string | null = null;
    let noun: string | null = null;
    if (m[1]) {
      dimension = 'money';
      unit = 'usd';
    }
    // "lost around 9 GW of generating capacity": power, which no fact counts.
    if (dimension === 'count' && POWER_AFTER.test(text.slice(end))) continue;
    // "trades at 9¢", "40 cents": money, in hundredths of a dollar.
    const cents = dimension === 'count' ? CENTS_AFTER.exec(text.slice(end)) : null;
    if (cents) {
      dimension = 'money';
      unit = 'usd';
      value /= 100;
      end += cents[0].length;
    }
    const unitMatch = UNIT_AFTER_RE.exec(text.slice(end));
    if (unitMatch && dimension !== 'money') {
      const word = (unitMatch[1] ?? '%').toLowerCase();
      const found = UNIT_WORDS.find(([re]) => re.test(word));
      if (found) {
        ({ dimension, unit } = found[1]);
        end += unitMatch[0].length;
      }
    }
    // "a post viewed more than two million times", "shared 10,000 times", "three times as many":
    // how often, not how many of anything the sentence is about.
    if (
      dimension === 'count' &&
      (NOT_A_COUNT_AFTER.test(text.slice(end)) || TEMPERATURE_AFTER.test(text.slice(end)))
    )
      continue;
    if (dimension === 'count') {
      const n = countNounAfter(text, end);
      if (n) {
        noun = n.noun;
      } else if (OTHER_PLURAL_AFTER.test(text.slice(end))) {
        continue;
      } else if (/^\s+of\s/.test(text.slice(end))) {
        // "12,000 of Kim Jong Un's soldiers"
        noun =
          countNounAfter(text, end + (/^\s+of/.exec(text.slice(end))?.[0].length ?? 0))?.noun ??
          null;
      }
      // A bare figure takes the class the sentence counts ("put the contingent at 12,000"); a bare
      // number word only when it is large ("at roughly twelve thousand"), not "one of them".
      if (
        !noun &&
        (!isWord || value >= 1000) &&
        !(value >= 1900 && value <= 2100) &&
        !MODIFIER_AFTER.test(text.slice(end)) &&
        !LABEL_BEFORE.test(text.slice(Math.max(0, numStart - 24), numStart)) &&
        !LABEL_OPENING.test(text.slice(0, numStart)) &&
        !(
          value < 120 &&
          AGE_BEFORE.test(text.slice(Math.max(0, numStart - 24), numStart)) &&
          /^,/.test(text.slice(end))
        )
      )
        noun = soleNounClass(text) ?? firstNounClass(countedIn ?? []);
      if (n || noun) {
        // counted
      } else if (isWord) {
        // "one of the advisers", "one hand tied": number words count only with a unit or a noun.
        continue;
      }
      // Years written alone are dates, not counts.
      if (!n && !m[3] && !m[4] && value >= 1900 && value <= 2100 && Number.isInteger(value))
        continue;
    }
    if (dimension === 'length' && unit === 'mile') value *= KM_PER_MILE;
    if (dimension === 'length' && unit === 'nautical-mile') value *= KM_PER_NAUTICAL_MILE;
    if (dimension === 'duration' && unit) value *= DAYS_PER[unit]!;
    let { hedge, start } = hedgeBefore(text, numStart);
    // "up to 190 miles (306 kilometers)": a parenthetical conversion inherits the hedge.
    const prev = out[out.length - 1];
    if (
      hedge === 'exact' &&
      prev &&
      prev.dimension === dimension &&
      /^\s*\(\s*$/.test(text.slice(prev.end, numStart))
    ) {
      hedge = prev.hedge;
    }
    if (hedge === 'exact') start = numStart;
    // "ten thousand-plus", "10,000+", "11,000 or more": an open upper bound written after.
    if (hedge === 'exact' && MORE_AFTER.test(text.slice(end, end + 16))) hedge = 'more-than';
    const role = dimension === 'length' ? lengthRole(text, start, end) : undefined;
    out.push({
      ...quantity(text, start, end, value, hedge, dimension, unit, noun),
      inclusive:
        INCLUSIVE_AFTER.test(text.slice(end, end + 60)) ||
        PART_AFTER.test(text.slice(end, end + 40)) ||
        (PART_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
          !NATIONALITY.test(text.slice(end, end + 30))),
      ...(role ? { role } : {}),
    });
  }
  out.sort((a, b) => a.start - b.start);
  // Totals first, of figures that name what they count: a figure that takes its noun from the next
  // one is a range's low end, not an item of a list.
  const sums = listSums(text, out);
  // "between 10,000 and 12,000 North Koreans", "8,000 to 10,000 troops": the first figure of a
  // range counts what the second does.
  for (let i = out.length - 2; i >= 0; i--) {
    const q = out[i]!;
    const next = out[i + 1]!;
    if (
      q.dimension === 'count' &&
      q.noun === null &&
      next.dimension === 'count' &&
      next.noun !== null &&
      RANGE_JOIN.test(text.slice(q.end, next.start))
    ) {
      out[i] = { ...q, noun: next.noun };
    }
  }
  // "about 300 North Korean soldiers have been killed and 2,700 wounded": a count of casualties,
  // not of the force.
  for (const [i, q] of out.entries()) {
    if (
      q.dimension === 'count' &&
      (CASUALTY_AFTER.test(text.slice(q.end, q.end + 64)) ||
        SAID_CAPTURED_AFTER.test(text.slice(q.end, q.end + 90)) ||
        (TAKEN_BEFORE.test(text.slice(Math.max(0, q.start - 20), q.start)) &&
          ALIVE_AFTER.test(text.slice(q.end, q.end + 60))) ||
        CASUALTY_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start)) ||
        (q.noun === 'troops' &&
          CAPTURED_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start))))
    )
      out[i] = { ...q, noun: 'casualties' };
  }
  // Each quantity quotes the sentence as written ("10 000", not the "10,000" it was read as).
  return [...out, ...sums].map((q) => ({ ...q, text: input.slice(q.start, q.end) }));
}

/**
 * "120 missiles and 90 drones": counts of one class listed together are also a total (210), as
 * another report may give only the total ("a barrage of 200 missiles and drones").
 */
function listSums(text: string, qs: Quantity[]): Quantity[] {
  const sums: Quantity[] = [];
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i]!;
    const b = qs[i + 1]!;
    if (a.dimension !== 'count' || b.dimension !== 'count' || !a.noun || a.noun !== b.noun)
      continue;
    if (!/^\s*(?:[\w-]+\s+){0,3}?(?:,|and|plus|as well as)\s*$/i.test(text.slice(a.end, b.start)))
      continue;
    // "between 8,000 and 10,000 troops" is a range.
    if (/\bbetween\s+$/i.test(text.slice(Math.max(0, a.start - 12), a.start))) continue;
    const value = a.value + b.value;
    sums.push({
      ...a,
      text: text.slice(a.start, b.end),
      end: b.end,
      value,
      low: a.low + b.low,
      high: a.high + b.high,
      hedge: a.hedge === b.hedge ? a.hedge : 'about',
    });
  }
  return sums;
}

/**
 * A count followed by "including …" / "among them …" a nationality is a total the compared group
 * is part of ("50,000 troops, including North Koreans"); so is a count of two sides together
 * ("50,000 Russian and North Korean troops"). A count followed by its own ranks ("12,000 troops,
 * including 500 officers") is the group itself.
 */
const INCLUSIVE_AFTER = gated(
  /^(?:\s+[\w'’-]+){0,3}?,?\s+(?:including|among them|of whom|of which)\b(?=[^.;]{0,40}\b(?:north korea|korean|dprk|pyongyang|russian|ukrainian|american|foreign))|^\s+(?:[\w'’-]+\s+){0,2}?(?:russian|ukrainian|north korean|korean|american|us|u\.s\.)\s+(?:and|or)\s+(?:russian|ukrainian|north korean|korean|american|us|u\.s\.)\b/i,
);

/** A figure told as part of a group: "The two men were among the troops Pyongyang sent". */
const PART_AFTER = gated(
  /^(?:\s+[\w'’-]+){0,2}?\s+(?:were|was|are|is)\s+(?:(?:just|only|reportedly)\s+)?(?:among|part\s+of)\b/i,
);

/** A figure that counts part of a total before it: "including 500 officers", "of whom 3,000". */
const PART_BEFORE = gated(/\b(?:including|among them|of whom|of which)\s+(?:[\w'’-]+\s+){0,2}$/i);
/** A part named by its nationality is the compared group: "including 10,000 North Koreans". */
const NATIONALITY = gated(/\b(?:north korean?s?|koreans?|dprk)\b/i);

/** Two quantities are comparable when they measure the same thing. */
export function comparable(a: Quantity, b: Quantity): boolean {
  if (a.inclusive || b.inclusive) return false;
  if (a.dimension !== b.dimension) return false;
  // A depth is no weapon's range: "a depot 70 miles from the border" says nothing of how far ATACMS fly.
  if (a.role && b.role && a.role !== b.role) return false;
  if (a.dimension === 'count') return a.noun !== null && a.noun === b.noun;
  return true;
}

/** Words after a length that make it a depth: "110 km inside Russia", "70 miles from the border",
 * "70 miles over the border", "110 km (70 miles) from the border". */
const DEPTH_AFTER = gated(
  /^[\s,]*(?:\)\s*)?(?:\(\s*[^)]*\)\s*)?(?:inside|into|deep|behind|beyond the (?:border|front)|from the (?:border|front(?:\s*line)?|frontline)|away from the (?:border|front)|(?:across|over|past) the border|north of|south of|east of|west of)\b/i,
);
/** Words before a length that make it a reach: "a range of up to", "can fly", "-mile-range". */
const RANGE_BEFORE = gated(
  /\b(?:range|ranges|reach|reaches|reaching|can (?:fly|travel|strike|hit|reach)|able to (?:fly|travel|strike|hit|reach)|flies|fly)\b[^.;]{0,25}$/i,
);
/** "a range of", "range of up to" right before a length. */
const RANGE_OF_BEFORE = gated(
  /\brange\s+of\s+(?:(?:up\s+to|about|around|roughly|some|nearly|almost|more\s+than|over|under|just\s+under)\s+)?$/i,
);
const RANGE_AFTER = gated(/^[\s-]*(?:\(\s*[^)]*\)\s*)?-?range\b|^\s+(?:away|in range)\b/i);

/**
 * A distance set aside between commas: "That same day, some 11,000 km away, Ukraine fired …" says
 * how far off a place is, not how far a weapon flies.
 */
const ASIDE_BEFORE = gated(
  /,\s*(?:(?:some|about|around|roughly|nearly|almost|more than|over)\s+)?$/i,
);
const ASIDE_AFTER = gated(/^\s+away\s*,/i);

function lengthRole(text: string, start: number, end: number): Quantity['role'] {
  const after = text.slice(end, end + 60);
  // "a maximum range of 190 miles from the front line": a range, measured from the front.
  if (RANGE_OF_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return 'range';
  if (DEPTH_AFTER.test(after)) return 'depth';
  if (ASIDE_AFTER.test(after) && ASIDE_BEFORE.test(text.slice(Math.max(0, start - 20), start)))
    return 'depth';
  if (RANGE_AFTER.test(after) || RANGE_BEFORE.test(text.slice(Math.max(0, start - 40), start)))
    return 'range';
  return undefined;
}

/** What joins the two figures of a range: "and", "to", "or", a dash. */
const RANGE_JOIN = gated(
  /^\s*(?:and|to|or|-|–|—)\s*(?:(?:about|around|roughly|some|nearly|more than|over|up to)\s+)?$/i,
);

/** Hedges that state a bound rather than a value: two such bounds compare as values. */
const BOUNDS = new Set<Hedge>(['up-to', 'less-than', 'more-than', 'at-least']);

/**
 * Comparable quantities are compatible when the intervals their hedges allow overlap — except two
 * bounds of the same direction, which state the same kind of limit and must agree as figures:
 * "a range of up to 300 miles" does not agree with "up to 190 miles".
 */
export function compatible(a: Quantity, b: Quantity): boolean {
  const upper = (h: Hedge) => h === 'up-to' || h === 'less-than';
  const lower = (h: Hedge) => h === 'more-than' || h === 'at-least';
  if (
    BOUNDS.has(a.hedge) &&
    BOUNDS.has(b.hedge) &&
    (upper(a.hedge) === upper(b.hedge) || lower(a.hedge) === lower(b.hedge))
  ) {
    const tol = Math.max(TOLERANCE.ABOUT, a.dimension === 'duration' ? TOLERANCE.DURATION : 0);
    return Math.abs(a.value - b.value) <= tol * Math.max(a.value, b.value);
  }
  // Two approximations ("roughly 130 km", "about 110 km"): each figure must fall in the other's
  // band. Overlapping bands alone would let figures 30% apart agree. (An exact figure keeps its
  // narrow band: "91 missiles and 97 drones" may still be a round 200's barrage.)
  if (a.hedge === 'about' && b.hedge === 'about') {
    return b.low <= a.value && a.value <= b.high && a.low <= b.value && b.value <= a.high;
  }
  return a.low <= b.high && b.low <= a.high;
}

/**
 * "12,000", as in the sources: the integer nearest `n`, its digits grouped in threes. By hand, not
 * with `Intl.NumberFormat`, whose first construction costs about 10 ms in a worker that has just
 * started (and the engine's reasons need nothing locale-specific).
 */
function groupedInteger(n: number): string {
  const digits = String(Math.round(Math.abs(n)));
  if (!/^\d+$/.test(digits)) return String(n);
  return `${n <= -0.5 ? '-' : ''}${digits.replace(/\B(?=(?:\d{3})+$)/g, ',')}`;
}

/** "about 110 km", "more than 10,000 troops": a short human rendering. */
export function describeQuantity(q: Quantity): string {
  const hedgeWord: Record<Hedge, string> = {
    exact: '',
    about: 'about ',
    'more-than': 'more than ',
    'at-least': 'at least ',
    'up-to': 'up to ',
    'less-than': 'less than ',
    nearly: 'nearly ',
    'order-of': '',
  };
  if (q.hedge === 'order-of') return q.text;
  const n = (x: number) => groupedInteger(Math.round(x));
  switch (q.dimension) {
    case 'length':
      return `${hedgeWord[q.hedge]}${n(q.value)} km`;
    case 'duration': {
      const unit = q.unit ?? 'day';
      const count = Math.round((q.value / DAYS_PER[unit]!) * 10) / 10;
      return `${hedgeWord[q.hedge]}${count} ${unit}${count === 1 ? '' : 's'}`;
    }
    case 'percent':
      return `${hedgeWord[q.hedge]}${q.value}%`;
    case 'money':
      return `${hedgeWord[q.hedge]}$${n(q.value)}`;
    default:
      return `${hedgeWord[q.hedge]}${n(q.value)}${q.noun ? ` ${q.noun}` : ''}`;
  }
}
