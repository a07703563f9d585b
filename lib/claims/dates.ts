/**
 * Dates, absolute and relative, resolved against a reference (publication) date.
 * "November 5", "Nov. 5, 2024", "18 November 2024", "22-11-2024", "in early October", "since 2022",
 * "on Tuesday" (weekdays resolve to the past), "yesterday", "last week", "three days ago".
 */
import { parseWords } from '../text/numbers';
import type { DatePrecision, DateValue, Span } from './types';
import { gated } from '../util/regex-gate';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_ABBR: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  sept: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH_NAME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
/** Days of the month written as ordinal words: "November sixth", "the twenty-first of November". */
const ORDINAL_UNITS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
];
const ORDINAL_TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const ORDINAL_WORD = String.raw`(?:(?:twenty|thirty)[-\s](?:${ORDINAL_UNITS.join('|')})|twentieth|thirtieth|${ORDINAL_TEENS.join('|')}|${ORDINAL_UNITS.join('|')})`;

/** 1–31 for an ordinal word ("sixth" → 6, "twenty-first" → 21); 0 if it is none. */
function ordinalValue(word: string): number {
  const w = word.toLowerCase().replace(/\s+/, '-');
  if (w === 'twentieth') return 20;
  if (w === 'thirtieth') return 30;
  const teen = ORDINAL_TEENS.indexOf(w);
  if (teen >= 0) return 10 + teen;
  const [tens, unit] = w.includes('-') ? w.split('-') : [null, w];
  const u = ORDINAL_UNITS.indexOf(unit!) + 1;
  if (u === 0) return 0;
  return (tens === 'twenty' ? 20 : tens === 'thirty' ? 30 : 0) + u;
}

/**
 * What is scheduled, right before a weekday: "will meet Zelensky on", "is sworn in on", "takes
 * office on", "is due to arrive on", "(With Trump) set to be sworn in as president on". That
 * weekday is the coming one, not the last.
 */
const SCHEDULED_BEFORE = gated(
  /\b(?:will|['’]ll|(?:is|are)\s+(?:due|expected)\s+to|(?:(?:is|are)\s+)?(?:set|scheduled|poised)\s+to|(?:is|are)\s+to|(?:is|are|gets?)\s+(?:sworn\s+in|inaugurated)|takes?\s+(?:office|the\s+oath(?:\s+of\s+office)?|power)|hands?\s+(?:over\s+)?(?:power|the\s+presidency))\b[^,.;]{0,60}$/i,
);
/**
 * The same, after a weekday that opens the sentence or a clause after a colon: "On Monday, Donald
 * Trump will be sworn in", "The big one: on Monday Trump takes the oath" (not
 * "On Monday, Biden said Ukraine will …").
 */
const SCHEDULED_AFTER = gated(
  /^,?\s*(?:(?!\b(?:said|says|told|\w+ed)\b)[^.;,]){0,30}?\b(?:will|['’]ll|(?:is|are)\s+(?:due|set|scheduled|expected|poised)\s+to|(?:is|are|gets?)\s+(?:sworn\s+in|inaugurated)|takes?\s+(?:office|the\s+oath))\b/i,
);
const WEEKDAY_NAME = String.raw`(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)`;

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(n);
  return full >= 0 ? full : (MONTH_ABBR[n] ?? -1);
}

/** UTC date helpers: dates here are calendar dates, never instants. */
function ymd(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m, d));
}
export function iso(date: Date): string {
  const y = date.getUTCFullYear();
  // Written out by hand (`toISOString` builds the whole timestamp first); any year outside
  // 0000–9999, or an invalid date, is left to it.
  if (!(y >= 0 && y <= 9999)) return date.toISOString().slice(0, 10);
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
export function parseIso(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = ymd(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) || iso(d) !== s ? null : d;
}
/** Days in an average month. */
const DAYS_PER_MONTH = 30.44;

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
}

/** For a month/day without a year, pick the year that puts it closest to the reference date. */
function closestYear(month: number, day: number, ref: Date | null): number | null {
  if (!ref) return null;
  const y = ref.getUTCFullYear();
  let best = y;
  let bestDist = Infinity;
  for (const cand of [y - 1, y, y + 1]) {
    const dist = Math.abs(ymd(cand, month, day).getTime() - ref.getTime());
    if (dist < bestDist) {
      bestDist = dist;
      best = cand;
    }
  }
  return best;
}

/** The day of November that is its fourth Thursday (the US Thanksgiving) in year `y`. */
function thanksgiving(y: number): number {
  return 1 + ((4 - ymd(y, 10, 1).getUTCDay() + 7) % 7) + 21;
}

/** A month right after a weekday: "(a Sunday) in mid-November", "(one Tuesday) in March". */
const IN_MONTH_AFTER = gated(
  /^\s+(?:in|of)\s+(?:(?:early|mid|late)[\s-]+|the\s+(?:middle|start|end|beginning)\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/,
);

/**
 * A span of N days, weeks or months from a reference date, offset backwards ("three days ago") or
 * forwards ("in three weeks"), with slack for the vaguer units: shared by the relative rules.
 */
function relativeSpan(
  rawCount: string,
  rawUnit: string,
  ref: Date | null,
  direction: 1 | -1,
  slack: Record<'day' | 'week' | 'month', number>,
): Omit<DateValue, keyof Span> {
  const n = /\d/.test(rawCount) ? Number(rawCount) : Math.max(1, parseWords(rawCount) ?? 1);
  const unit = rawUnit.toLowerCase() as 'day' | 'week' | 'month';
  const days = unit === 'day' ? n : unit === 'week' ? n * 7 : Math.round(n * DAYS_PER_MONTH);
  if (!ref) return { from: null, to: null, precision: 'day', relative: true };
  const d = addDays(ref, direction * days);
  return {
    from: iso(addDays(d, -slack[unit])),
    to: iso(addDays(d, slack[unit])),
    precision: unit,
    relative: true,
  };
}

/**
 * Months ahead within which a month named without a year is the coming one, when the same month
 * behind lies at least PAST_MONTH_FAR back: in November, "in January" is the January to come. The
 * tense is not read: "met in December", in November, is taken as the coming December too; news
 * writes "last December" for that one more often than not.
 */
const NEAR_MONTHS_AHEAD = 3;
const PAST_MONTH_FAR = 9;

/**
 * The year of a month named without one ("in May"): the latest such month up to the reference
 * date, as news reports mostly look back — or the next one when the sentence speaks of the future,
 * or when the next one is a few months off and the last one most of a year ago.
 */
function monthYear(month: number, ref: Date | null, future: boolean): number | null {
  if (!ref) return null;
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth();
  if (future) return month >= m ? y : y + 1;
  const back = (m - month + 12) % 12;
  const ahead = (month - m + 12) % 12;
  if (back >= PAST_MONTH_FAR && ahead <= NEAR_MONTHS_AHEAD) return month >= m ? y : y + 1;
  return month <= m ? y : y - 1;
}

/**
 * A month a past verb of its own clause names lies behind even in a sentence about the future:
 * "U.S. officials fear the North Koreans will be thrown into a push to retake the slice of Kursk
 * they seized in August" (not next August); so does one "back in" ("telling Ukrainians back in
 * November that 'the missiles will speak for themselves'"). Not after a modal or "be" ("will be deployed in
 * January"), nor a verb of plans ("is expected in January").
 */
const PAST_BEFORE = gated(
  /(?:\bsince|\bback\s+in|(?<!\b(?:be|been|being|to|will|would|could|can|may|might|must|should|shall|not)\s+)\b(?!(?:expected|scheduled|planned|slated|intended|supposed|projected|predicted|timed)\b)(?:[a-z]{2,}ed|took|began|won|made|sent|fought|led|struck|hit|overran|drove|broke)(?:\s+[\w'’-]+){0,4}?\s+(?:in|during|last))\s+$/i,
);

/**
 * A decision named by its month is one already taken, even in a sentence about the future: "It
 * remains unclear whether he will scrap Biden's November decision", "… keep in place Biden's
 * decision in November" (not next November).
 */
const ACT = String.raw`(?:decision|move|announcement|approval|authori[sz]ation|permission|go-ahead|green light|shift|u-turn|reversal)`;
const ACT_BEFORE = gated(new RegExp(String.raw`\b${ACT}\s+(?:in|of|last)\s+$`, 'i'));
const ACT_AFTER = gated(new RegExp(String.raw`^\s+${ACT}\b`, 'i'));

function pastAct(text: string, start: number, end: number): boolean {
  return (
    ACT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
    ACT_AFTER.test(text.slice(end, end + 40))
  );
}

interface Rule {
  re: RegExp;
  build: (
    m: RegExpExecArray,
    ref: Date | null,
    future: boolean,
  ) => Omit<DateValue, keyof Span> | null;
}

const day = (d: Date | null): Omit<DateValue, keyof Span> => ({
  from: d ? iso(d) : null,
  to: d ? iso(d) : null,
  precision: 'day',
  relative: false,
});

/** The month (0–11) each season begins in; winter runs into the next year. */
const SEASON_START: Record<string, number> = { spring: 2, summer: 5, autumn: 8, winter: 11 };

/** The last day of the season that begins in month `first` of year `y`. */
function seasonEnd(y: number, first: number): Date {
  const last = first + 2;
  return ymd(
    y + Math.floor(last / 12),
    last % 12,
    lastDayOfMonth(y + Math.floor(last / 12), last % 12),
  );
}

/**
 * Does the rest of a clause tell of the past ("…, the Biden administration did what it had declined
 * to do", "…, Ukraine had fired its first ATACMS") and not of what is to come?
 */
function toldOfThePast(rest: string): boolean {
  const clause = /^[^.;?!]*/.exec(rest)![0];
  return PAST_VERB.test(clause) && !FUTURE_WORD.test(clause);
}
const PAST_VERB = gated(
  /\b(?:had|did|was|were|came|went|took|made|gave|fired|struck|launched|moved)\b/i,
);
const FUTURE_WORD = gated(
  /\b(?:will|would|shall|could|may|might|can|going\s+to|expects?|plans?)\b|['’]ll\b/i,
);

const span = (a: Date, b: Date, relative: boolean): Omit<DateValue, keyof Span> => ({
  from: iso(a),
  to: iso(b),
  precision: 'part-of-year',
  relative,
});

const RULES: Rule[] = [
  // "a week ago Monday", "a week ago last Monday", "Monday a week ago" (spoken English): the named
  // weekday of the week before the last one, not "a week ago" and "Monday" read apart.
  {
    re: gated(
      new RegExp(
        String.raw`\ba\s+week\s+ago\s+(?:last\s+)?(${WEEKDAY_NAME})\b|\b(${WEEKDAY_NAME})\s+a\s+week\s+ago\b`,
        'g',
      ),
    ),
    build: (m, ref) => {
      const wd = WEEKDAYS.indexOf((m[1] ?? m[2])!.toLowerCase());
      if (!ref) return { from: null, to: null, precision: 'day', relative: true, weekday: wd };
      // The latest such weekday (today, if it is one), a week further back.
      const back = (ref.getUTCDay() - wd + 7) % 7;
      return { ...day(addDays(ref, -back - 7)), relative: true, weekday: wd };
    },
  },
  // 2024-11-22
  {
    re: gated(/\b(\d{4})-(\d{2})-(\d{2})\b/g),
    build: (m) => {
      const d = parseIso(`${m[1]}-${m[2]}-${m[3]}`);
      return d ? day(d) : null;
    },
  },
  // 22-11-2024 or 22/11/2024 (day first: the form the sources use; US m/d/y is ambiguous and rarer in copy)
  {
    re: gated(/\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/g),
    build: (m) => {
      let dd = Number(m[1]);
      let mm = Number(m[2]);
      if (mm > 12 && dd <= 12) [dd, mm] = [mm, dd];
      const d = ymd(Number(m[3]), mm - 1, dd);
      return d.getUTCDate() === dd ? day(d) : null;
    },
  },
  // "on 11/14", "since 14/11": month and day without a year, after a preposition, whichever way
  // round they are written when one number cannot be a month ("on 11/12" could be either, and is
  // read as neither; "1/" numbering a post, "24/7" and fractions have no preposition before them).
  {
    re: gated(/\b(\d{1,2})\/(\d{1,2})\b(?![/\d])/g),
    build: (m, ref) => {
      if (
        !/\b(?:on|since|by|until|from|before|after)\s+$/i.test(
          m.input.slice(Math.max(0, m.index - 7), m.index),
        )
      )
        return null;
      const a = Number(m[1]);
      const b = Number(m[2]);
      const [mm, dd] =
        a >= 1 && a <= 12 && b > 12 && b <= 31
          ? [a, b]
          : b >= 1 && b <= 12 && a > 12 && a <= 31
            ? [b, a]
            : [0, 0];
      if (mm === 0) return null;
      const y = closestYear(mm - 1, dd, ref);
      const v = day(y === null ? null : ymd(y, mm - 1, dd));
      return { ...v, relative: true, month: mm - 1, day: dd };
    },
  },
  // November 5, 2024 / Nov. 5 / November 5th / November the 6th (spoken copy)
  {
    re: gated(
      new RegExp(
        String.raw`\b(${MONTH_NAME})\s+(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)\b))?(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`,
        'g',
      ),
    ),
    build: (m, ref) => {
      const mo = monthIndex(m[1]!);
      const dd = Number(m[2]);
      if (mo < 0 || dd < 1 || dd > 31) return null;
      const y = m[3] ? Number(m[3]) : closestYear(mo, dd, ref);
      const v = day(y === null ? null : ymd(y, mo, dd));
      return { ...v, relative: !m[3], month: mo, day: dd };
    },
  },
  // 18 November 2024 / 5 November / the 18th of November
  {
    re: gated(
      new RegExp(
        String.raw`\b(\d{1,2})(?:(?:st|nd|rd|th)(?:\s+of)?)?\s+(${MONTH_NAME})\b(?:,?\s+(\d{4})\b)?`,
        'g',
      ),
    ),
    build: (m, ref) => {
      const mo = monthIndex(m[2]!);
      const dd = Number(m[1]);
      if (mo < 0 || dd < 1 || dd > 31) return null;
      const y = m[3] ? Number(m[3]) : closestYear(mo, dd, ref);
      const v = day(y === null ? null : ymd(y, mo, dd));
      return { ...v, relative: !m[3], month: mo, day: dd };
    },
  },
  // November sixth / the sixth of November [2024] (spoken copy, transcripts)
  {
    re: gated(
      new RegExp(
        String.raw`\b(?:(${MONTH_NAME})\s+(?:the\s+)?(${ORDINAL_WORD})|[Tt]he\s+(${ORDINAL_WORD})\s+of\s+(${MONTH_NAME}))\b(?:,?\s+(\d{4})\b)?`,
        // Case-sensitive: "May" the month, not "may second" the verb.
        'g',
      ),
    ),
    build: (m, ref) => {
      const mo = monthIndex((m[1] ?? m[4])!);
      const dd = ordinalValue((m[2] ?? m[3])!);
      if (mo < 0 || dd < 1 || dd > 31) return null;
      const y = m[5] ? Number(m[5]) : closestYear(mo, dd, ref);
      const v = day(y === null ? null : ymd(y, mo, dd));
      return { ...v, relative: !m[5], month: mo, day: dd };
    },
  },
  // "On the 18th", "Monday the twentieth" (spoken copy): a day of the month the date is near, the
  // one closest to the reference date. Not "the 20th century", "the 47th president", "the 1,000th
  // day" nor "the 18th-century": only a day ending its phrase, or named with its weekday.
  {
    re: gated(
      new RegExp(
        String.raw`(?:\b(${WEEKDAY_NAME}),?\s+|\b[Oo]n\s+)the\s+(?:(\d{1,2})(?:st|nd|rd|th)|(${ORDINAL_WORD}))\b(?![-\w]|\s+of\b|\s+(?!(?:and|when|at|as|after|before|but|so|because|with)\b)[A-Za-z])`,
        'g',
      ),
    ),
    build: (m, ref) => {
      const dd = m[2] ? Number(m[2]) : ordinalValue(m[3]!);
      if (dd < 1 || dd > 31) return null;
      const weekday = m[1] ? WEEKDAYS.indexOf(m[1].toLowerCase()) : undefined;
      if (!ref) return { from: null, to: null, precision: 'day', relative: true, day: dd, weekday };
      // The weekday named picks the month where the day falls on it, if one does (up to three
      // months back: "Tuesday the 19th", told in January, is 19 November).
      const fits = (x: Date) => weekday === undefined || x.getUTCDay() === weekday;
      const distance = (x: Date) => Math.abs(x.getTime() - ref.getTime());
      let best: Date | null = null;
      for (const k of weekday === undefined ? [-1, 0, 1] : [-3, -2, -1, 0, 1]) {
        const d = ymd(ref.getUTCFullYear(), ref.getUTCMonth() + k, dd);
        if (d.getUTCDate() !== dd) continue;
        if (
          !best ||
          (fits(d) && !fits(best)) ||
          (fits(d) === fits(best) && distance(d) < distance(best))
        )
          best = d;
      }
      if (!best) return null;
      // A day told without its month or weekday may be either side of the paper's date: "Trump wins
      // on the fifth", told on 3 December, is 5 November. The nearest such day on the other side
      // is kept as the other reading, for a fact it would agree with.
      let other: Date | null = null;
      if (weekday === undefined) {
        const ahead = best.getTime() > ref.getTime();
        for (const k of [-2, -1, 0, 1, 2]) {
          const d = ymd(ref.getUTCFullYear(), ref.getUTCMonth() + k, dd);
          if (d.getUTCDate() !== dd || d.getTime() > ref.getTime() === ahead) continue;
          if (!other || distance(d) < distance(other)) other = d;
        }
      }
      return {
        ...day(best),
        relative: true,
        day: dd,
        weekday,
        ...(other ? { otherReading: iso(other) } : {}),
      };
    },
  },
  // Christmas Day, New Year's Eve, Thanksgiving [2024]: the holiday's day, in the year nearest the
  // paper's. (Not the Orthodox Christmas, on 7 January, nor "the Christmas truce" and the like.)
  {
    re: gated(
      /\b(?=Christmas|New\s|Thanksgiving)(?<!\bOrthodox\s+)(?:Christmas\s+(Day|Eve)|Christmas(?=\s*(?:[,.;]|$)|[\s-]+(?:morning|night|weekend|holiday)\b)|(?<=\b(?:on|at|over|by|before|after|until|since|around)\s+)Christmas\b|New\s+Year['’]s\s+(Day|Eve)|(Thanksgiving)(?:\s+Day)?)\b(?:,?\s+(\d{4})\b)?/g,
    ),
    build: (m, ref) => {
      const year = m[4] ? Number(m[4]) : null;
      const y0 = year ?? ref?.getUTCFullYear() ?? null;
      if (y0 === null) return null;
      const [mo, dd] = m[3]
        ? [10, thanksgiving(y0)]
        : m[2]
          ? m[2] === 'Eve'
            ? [11, 31]
            : [0, 1]
          : m[1] === 'Eve'
            ? [11, 24]
            : [11, 25];
      const y = year ?? closestYear(mo, dd, ref);
      if (y === null) return null;
      const d = m[3] ? thanksgiving(y) : dd;
      return { ...day(ymd(y, mo, d)), relative: !year, month: mo, day: d };
    },
  },
  // "The war's 1,000th day", "the thousandth day of the full-scale invasion", "day 1,000 of the
  // war", "the war marked its 1,000th day": counted from 24 February 2022, its first day.
  {
    re: gated(
      /\b(?:(?:the|on)\s+(?:war|invasion)['’]s\s+(?:(\d{1,2},?\d{3}|\d{3})(?:st|nd|rd|th)|(thousandth))\s+day|(?:(\d{1,2},?\d{3}|\d{3})(?:st|nd|rd|th)|(thousandth))\s+day\s+of\s+(?:the\s+|Russia['’]s\s+)?(?:full[-\s]scale\s+|Russian\s+)?(?:war|invasion)|\bday\s+(\d{1,2},?\d{3}|\d{3})\s+of\s+(?:the\s+|Russia['’]s\s+)?(?:full[-\s]scale\s+|Russian\s+)?(?:war|invasion)|\b(?:war|invasion)\s+(?:marked|marks|reached|reaches|hit|hits|entered|enters|passed)\s+its\s+(?:(\d{1,2},?\d{3}|\d{3})(?:st|nd|rd|th)|thousandth)\s+day)\b/gi,
    ),
    build: (m) => {
      const digits = m[1] ?? m[3] ?? m[5] ?? m[6];
      const n = digits ? Number(digits.replace(',', '')) : 1000;
      return { ...day(ymd(2022, 1, 24 + n - 1)), milestone: true };
    },
  },
  // (early|mid|late) October [2024]; "early Oct", "since Sept." (abbreviated after a part or a
  // preposition only: not "Jan Lipavsky said").
  {
    re: gated(
      new RegExp(
        String.raw`\b(?:(early|mid|late|the end of|the start of|the beginning of)[\s-]+)?(?:(January|February|March|April|May|June|July|August|September|October|November|December)\b|(?<=\b(?:[Ee]arly|[Mm]id|[Ll]ate|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Oo]f|[Ll]ast)[\s-])(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|\b)(?!\s*\d|\s+[A-Z]))(?:,?\s+(\d{4})\b)?`,
        'g',
      ),
    ),
    build: (m, ref, future) => {
      const mo = monthIndex((m[2] ?? m[3])!);
      // "May" is also a modal verb: only a month with a year, a part, or a preceding preposition
      // or article ("a May decision that let Kyiv use US weapons near Kharkiv").
      if (
        mo === 4 &&
        !m[1] &&
        !m[4] &&
        !/\b(?:in|since|by|until|from|of|early|late|mid|last|this|next|a|the|its|their)\s+$/i.test(
          m.input.slice(Math.max(0, m.index - 8), m.index),
        ) &&
        // A timeline's heading: "MAY: As Russian troops pushed toward Kharkiv, …"
        m.input[m.index + m[0].length] !== ':'
      ) {
        return null;
      }
      const ahead =
        future &&
        !PAST_BEFORE.test(m.input.slice(Math.max(0, m.index - 80), m.index)) &&
        !pastAct(m.input, m.index, m.index + m[0].length);
      const y = m[4] ? Number(m[4]) : monthYear(mo, ref, ahead);
      if (y === null) {
        return {
          from: null,
          to: null,
          precision: m[1] ? 'part-of-month' : 'month',
          relative: true,
          month: mo,
        };
      }
      const last = lastDayOfMonth(y, mo);
      let [a, b] = [1, last];
      const part = m[1]?.toLowerCase();
      if (part === 'early' || part === 'the start of' || part === 'the beginning of') b = 10;
      else if (part === 'mid') [a, b] = [10, 20];
      else if (part === 'late' || part === 'the end of') a = 20;
      const precision: DatePrecision = part ? 'part-of-month' : 'month';
      return {
        from: iso(ymd(y, mo, a)),
        to: iso(ymd(y, mo, b)),
        precision,
        relative: !m[4],
        month: mo,
      };
    },
  },
  // "A week from Monday", "a week on Monday", "Monday week": the coming such day and seven days
  // more (on a Friday, "sworn in a week from Monday" is ten days off). ("A week from today" is a
  // span from the reference, below.)
  {
    re: gated(
      new RegExp(
        String.raw`\ba\s+week\s+(?:from|on)\s+(?:(?:this|next)\s+)?(${WEEKDAY_NAME})\b|\b(${WEEKDAY_NAME})\s+week\b(?!\s+(?:of|before|after|earlier|later|ago))`,
        'g',
      ),
    ),
    build: (m, ref) => {
      const wd = WEEKDAYS.indexOf((m[1] ?? m[2])!.toLowerCase());
      if (!ref) return { from: null, to: null, precision: 'day', relative: true, weekday: wd };
      const coming = addDays(ref, (wd - ref.getUTCDay() + 7) % 7 || 7);
      return { ...day(addDays(coming, 7)), relative: true, weekday: wd };
    },
  },
  // "Tuesday of last week", "Tuesday of the week before last", "Wednesday last week": that day
  // of that week (weeks run Monday to Sunday), not the last Tuesday before the paper's date.
  {
    re: gated(
      new RegExp(
        String.raw`\b(?:on\s+)?(${WEEKDAY_NAME})\s+(?:of\s+)?(last\s+week|the\s+previous\s+week|the\s+week\s+before\s+last|this\s+week)\b`,
        'g',
      ),
    ),
    build: (m, ref) => {
      const wd = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      if (!ref) return { from: null, to: null, precision: 'day', relative: true, weekday: wd };
      const which = m[2]!.toLowerCase().replace(/\s+/g, ' ');
      const weeksBack = which === 'this week' ? 0 : which === 'the week before last' ? 2 : 1;
      const monday = addDays(ref, -((ref.getUTCDay() + 6) % 7) - 7 * weeksBack);
      const that = addDays(monday, (wd + 6) % 7);
      // On a Sunday, "last week" may also be the week just ending: either day, a week apart.
      if (ref.getUTCDay() === 0 && weeksBack > 0)
        return {
          from: iso(that),
          to: iso(addDays(that, 7)),
          precision: 'week',
          relative: true,
          weekday: wd,
        };
      return { ...day(that), relative: true, weekday: wd };
    },
  },
  // "Sunday the 17th": the latest day of that number on or before the reference that falls on that
  // weekday, up to three months back; failing one, the latest day of that number.
  {
    re: gated(
      new RegExp(String.raw`\b(?:on\s+)?(${WEEKDAY_NAME})\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b`, 'g'),
    ),
    build: (m, ref) => {
      const wd = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const dom = Number(m[2]);
      if (dom < 1 || dom > 31) return null;
      if (!ref)
        return { from: null, to: null, precision: 'day', relative: true, weekday: wd, day: dom };
      let y = ref.getUTCFullYear();
      let mo = ref.getUTCMonth();
      if (dom > ref.getUTCDate()) mo -= 1;
      if (mo < 0) {
        mo = 11;
        y -= 1;
      }
      if (dom > lastDayOfMonth(y, mo)) return null;
      for (let back = 0; back <= 3; back++) {
        const d = ymd(y, mo - back, dom);
        if (d.getUTCDate() === dom && d.getUTCDay() === wd)
          return { ...day(d), relative: true, weekday: wd, day: dom, month: d.getUTCMonth() };
      }
      return { ...day(ymd(y, mo, dom)), relative: true, weekday: wd, day: dom, month: mo };
    },
  },
  // on Tuesday / Sunday morning — resolved to the most recent such day on or before the reference.
  {
    // ("Last Tuesday's first ATACMS strike", opening a line, is last week's Tuesday too.)
    re: gated(
      new RegExp(String.raw`\b(?:on\s+|[Ll]ast\s+|[Tt]his\s+past\s+)?(${WEEKDAY_NAME})\b`, 'g'),
    ),
    build: (m, ref) => {
      // "That Wednesday", "the following Monday", "on the Sunday evening", "on the very Sunday
      // that …": a day told of earlier, not one counted back from the publication date. "That same
      // Sunday" is read as the last Sunday all the same, but only as a guess (`anaphoric`).
      // (So is "the very same Sunday" and "that very same Sunday".)
      const anaphoric = /\b(?:that\s+(?:very\s+)?|the\s+very\s+)same\s+$/i.test(
        m.input.slice(Math.max(0, m.index - 20), m.index),
      );
      if (
        !anaphoric &&
        /\b(?:that(?:\s+very)?|the(?:\s+(?:following|next|previous|same|very))?)\s+$/i.test(
          m.input.slice(0, m.index),
        )
      )
        return null;
      const wd = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      // "On a Sunday in mid-November", "one Tuesday in March": the month dates it, not the
      // publication date the weekday would otherwise be counted back from. Without a month, "on a
      // Saturday night" is some Saturday, not the last one before the publication date: only the
      // weekday is told (a fact's date is on another weekday or not).
      if (/\b(?:a|one)\s+$/i.test(m.input.slice(Math.max(0, m.index - 6), m.index)))
        return IN_MONTH_AFTER.test(m.input.slice(m.index + m[0].length))
          ? null
          : { from: null, to: null, precision: 'day', relative: true, weekday: wd };
      if (!ref) return { from: null, to: null, precision: 'day', relative: true, weekday: wd };
      if (anaphoric) {
        const back = (ref.getUTCDay() - wd + 7) % 7;
        return { ...day(addDays(ref, -back)), relative: true, weekday: wd, anaphoric: true };
      }
      // "is sworn in on Monday", "will meet Zelensky on Friday", "On Monday, Trump will be sworn
      // in": the coming such day.
      const scheduled =
        SCHEDULED_BEFORE.test(m.input.slice(0, m.index)) ||
        (/(?:^|[:;—–])\W*(?:on\s+)?$/i.test(m.input.slice(0, m.index)) &&
          SCHEDULED_AFTER.test(m.input.slice(m.index + m[0].length)));
      const bare = !/^(?:last|this)\s/i.test(m[0]);
      const ahead = addDays(ref, (wd - ref.getUTCDay() + 7) % 7 || 7);
      let back = (ref.getUTCDay() - wd + 7) % 7;
      if (!bare && back === 0) back = 7;
      const before = addDays(ref, -back);
      // A bare weekday may be either: the other reading is kept for a fact it would agree with
      // ("… positioned for Trump's return to the White House on Monday", on a Friday).
      if (bare && scheduled)
        return { ...day(ahead), relative: true, weekday: wd, otherReading: iso(before) };
      return bare
        ? { ...day(before), relative: true, weekday: wd, otherReading: iso(ahead) }
        : { ...day(before), relative: true, weekday: wd };
    },
  },
  // "since the full-scale invasion", "the start of the invasion", "the first year of the war": in
  // this war's news the invasion dates itself, to 2022 (it began on 24 February 2022).
  {
    re: gated(
      /\b(?:(?:the\s+)?(?:start|beginning|outset|first\s+(?:weeks|months|year|days)|early\s+(?:weeks|months|days))\s+of\s+)?(?:the|russia['’]s)\s+full[- ]scale\s+(?:invasion|war)\b|\bthe\s+(?:war|invasion)['’]s\s+(?:first|early|opening)\s+(?:weeks|months|year|days)\b|\bearly\s+in\s+the\s+(?:full[- ]scale\s+)?(?:war|invasion)\b|\b(?:the\s+)?(?:start|beginning|outset|first\s+(?:weeks|months|year|days)|early\s+(?:weeks|months|days))\s+of\s+(?:the|russia['’]s)\s+(?:invasion|war)\b/gi,
    ),
    build: () => ({ from: '2022-01-01', to: '2022-12-31', precision: 'year', relative: false }),
  },
  // today / yesterday / tomorrow; "last night" is the evening before the paper's date
  {
    re: gated(
      /(?<!\b(?:from|ago)\s+)\b(today|yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening)\b/gi,
    ),
    build: (m, ref) => {
      const word = m[1]!.toLowerCase().replace(/^this .*/, 'today');
      const offset = { today: 0, tonight: 0, yesterday: -1, 'last night': -1, tomorrow: 1 }[
        word as 'today'
      ];
      return { ...day(ref ? addDays(ref, offset) : null), relative: true };
    },
  },
  // "Ukraine fired ATACMS into Russia for the first time overnight", "Overnight, …", "an overnight
  // strike": the night that ends on the paper's date, so the day before or that day. (Not "did not
  // happen overnight", which means quickly.)
  {
    re: gated(
      /\bovernight\b(?<!\b(?:happen|happens|happened|change|changes|changed|come|comes|came|appear|appeared|succeed|work|vanish|disappear|not)\s+overnight)(?=\s*(?:[,.;:!?)]|$)|\s+(?:strikes?|attacks?|barrages?|raids?|salvos?)\b)/gi,
    ),
    build: (_m, ref) =>
      ref
        ? { from: iso(addDays(ref, -1)), to: iso(ref), precision: 'day', relative: true }
        : { from: null, to: null, precision: 'day', relative: true },
  },
  // N days/weeks ago; "a fortnight ago" is two weeks, "a week ago today" that very day
  {
    re: gated(
      /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(day|week|fortnight|month)s?\s+ago\b(\s+today\b)?/gi,
    ),
    build: (m, ref) => {
      const fortnight = m[2]!.toLowerCase() === 'fortnight';
      const exact = m[3] !== undefined;
      const n = /\d/.test(m[1]!) ? Number(m[1]) : Math.max(1, parseWords(m[1]!) ?? 1);
      const count = fortnight ? String(2 * n) : m[1]!;
      const unit = fortnight ? 'week' : m[2]!;
      const v = relativeSpan(count, unit, ref, -1, {
        day: 0,
        week: exact ? 0 : 3,
        month: exact ? 0 : 10,
      });
      return exact ? { ...v, precision: 'day' } : v;
    },
  },
  // "it's been eight days since the inauguration": what follows "since" lay that many days back
  // ("since then" and "since last week" name a time, not an event; "1,000 days since" is no 0)
  {
    re: gated(
      /\b(?<![\d,.]\s*)(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month)s?\s+since\s+(?!then\b|that\b|last\b|this\b|early\b|late\b|mid|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d))/gi,
    ),
    build: (m, ref) => relativeSpan(m[1]!, m[2]!, ref, -1, { day: 0, week: 3, month: 10 }),
  },
  // "On the 14th of last month", "the 3rd of this month": that day of that month.
  {
    re: gated(/\b(?:[Oo]n\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(last|this|next)\s+month\b/gi),
    build: (m, ref) => {
      const dd = Number(m[1]);
      if (dd < 1 || dd > 31) return null;
      if (!ref) return { from: null, to: null, precision: 'day', relative: true, day: dd };
      const which = m[2]!.toLowerCase();
      const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      const d = ymd(ref.getUTCFullYear(), ref.getUTCMonth() + shift, dd);
      return d.getUTCDate() === dd ? { ...day(d), relative: true, day: dd } : null;
    },
  },
  // in three weeks / two months from now / a week from today — future spans from the reference
  // date ("in three weeks" is approximate: a few days either way, more for months)
  {
    re: gated(
      /\b(?:in|within)\s+(?:just\s+|about\s+|around\s+|barely\s+|only\s+|roughly\s+|some\s+|under\s+|less\s+than\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month)s\b(?!\s+(?:ago|of|after|since|from)\b)|\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month)s?\s+from\s+(now|today|tomorrow)\b/gi,
    ),
    build: (m, ref, future) => {
      // "Within two weeks, the Biden administration did what it had declined to do": told of the
      // past, the span runs from an event the story gave before, not from the paper's date.
      if (m[1] !== undefined && !future && toldOfThePast(m.input.slice(m.index + m[0].length)))
        return null;
      // "A week from today" counts from the very day, as "a week ago today" does; "three weeks
      // from tomorrow" from the day after it.
      const from = m[5]?.toLowerCase();
      const exact = (from === 'today' || from === 'tomorrow') && m[4]!.toLowerCase() !== 'month';
      const start = ref && from === 'tomorrow' ? addDays(ref, 1) : ref;
      const v = relativeSpan((m[1] ?? m[3])!, (m[2] ?? m[4])!, start, 1, {
        day: exact ? 0 : 1,
        week: exact ? 0 : 4,
        month: 12,
      });
      return exact ? { ...v, precision: 'day' } : v;
    },
  },
  // "less than a week away", "two weeks away": a span ahead of the reference date, approximate as
  // "in three weeks" is.
  {
    re: gated(
      /\b(?:(?:just|about|around|barely|only|roughly|some|under|less\s+than|nearly|almost)\s+)?(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month)s?\s+away\b/gi,
    ),
    build: (m, ref) => relativeSpan(m[1]!, m[2]!, ref, 1, { day: 1, week: 4, month: 12 }),
  },
  // "in the spring of 2024", "summer 2024", "last autumn", "this winter", "early 2024", "mid-2024",
  // "at the end of 2024": a season (the northern one: spring is March to May) or a third of a year.
  // "Last" is the latest such season over before the paper's date, "next" the first to begin after
  // it, and "this" the one in the paper's year (this winter: the one that begins in December of
  // it, or in the year before until March). A winter with a year is left out: "the winter of 2023"
  // may begin or end in it.
  {
    re: gated(
      /\b(?:(?:early|mid|late)[\s-]+|(?:in|at)\s+the\s+(?:start|beginning|middle|end)\s+of\s+)?(spring|summer|autumn|fall)(?:\s+of)?\s+(20[0-4]\d)\b|\b(early|mid|late|(?:in|at)\s+the\s+(?:start|beginning|middle|end)\s+of)[\s-]+(20[0-4]\d)\b|\b(last|this|next)\s+(spring|summer|autumn|fall|winter)\b(?!\s+(?:of|in)\b)/gi,
    ),
    build: (m, ref) => {
      const season = (m[1] ?? m[6])?.toLowerCase();
      if (season === undefined) {
        const part = m[3]!.toLowerCase();
        const y = Number(m[4]);
        const [a, b] = /early|start|beginning/.test(part)
          ? [0, 3]
          : /mid|middle/.test(part)
            ? [4, 7]
            : [8, 11];
        return span(ymd(y, a, 1), ymd(y, b, lastDayOfMonth(y, b)), false);
      }
      const first = SEASON_START[season === 'fall' ? 'autumn' : season]!;
      const of = (y: number) => span(ymd(y, first, 1), seasonEnd(y, first), m[2] === undefined);
      if (m[2]) return of(Number(m[2]));
      if (!ref) return { from: null, to: null, precision: 'part-of-year', relative: true };
      const which = m[5]!.toLowerCase();
      const y0 = ref.getUTCFullYear();
      const at = iso(ref);
      if (which === 'this') return of(first === 11 && ref.getUTCMonth() < 2 ? y0 - 1 : y0);
      if (which === 'last') {
        let y = y0;
        while (iso(seasonEnd(y, first)) >= at) y--;
        return of(y);
      }
      let y = y0 - 1;
      while (iso(ymd(y, first, 1)) <= at) y++;
      return of(y);
    },
  },
  // last week / this week / last month
  {
    re: gated(/\b(last|this|next)\s+(week|month|year)\b/gi),
    build: (m, ref) => {
      const which = m[1]!.toLowerCase();
      const unit = m[2]!.toLowerCase();
      const precision: DatePrecision = unit as 'week' | 'month' | 'year';
      if (!ref) return { from: null, to: null, precision, relative: true };
      const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      if (unit === 'week') {
        // Weeks run Monday to Sunday.
        const monday = addDays(ref, -((ref.getUTCDay() + 6) % 7) + 7 * shift);
        return { from: iso(monday), to: iso(addDays(monday, 6)), precision, relative: true };
      }
      if (unit === 'month') {
        const y = ref.getUTCFullYear();
        const mo = ref.getUTCMonth() + shift;
        const first = ymd(y, mo, 1);
        const last = ymd(
          first.getUTCFullYear(),
          first.getUTCMonth(),
          lastDayOfMonth(first.getUTCFullYear(), first.getUTCMonth()),
        );
        return { from: iso(first), to: iso(last), precision, relative: true };
      }
      const y = ref.getUTCFullYear() + shift;
      return { from: `${y}-01-01`, to: `${y}-12-31`, precision, relative: true };
    },
  },
  // in 2022 / since 2022 / 2025
  {
    re: gated(/\b(19[5-9]\d|20[0-4]\d)\b/g),
    build: (m) => ({
      from: `${m[1]}-01-01`,
      to: `${m[1]}-12-31`,
      precision: 'year',
      relative: false,
    }),
  },
  // A year said aloud, as a broadcast transcript writes it: "since twenty twenty-two", "in two
  // thousand and fourteen" (2010 to 2029, the years a story of this war speaks of).
  {
    re: gated(
      /\b(?:twenty[\s-]+|two\s+thousand\s+(?:and\s+)?)(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-]+(one|two|three|four|five|six|seven|eight|nine)\b)?)\b(?![\s-]+(?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million)\b|[-'’]\w)/gi,
    ),
    build: (m) => {
      const teens = SPOKEN_TEENS.indexOf(m[1]!.toLowerCase());
      const year =
        teens >= 0
          ? 2010 + teens
          : 2020 + (m[2] ? SPOKEN_UNITS.indexOf(m[2].toLowerCase()) + 1 : 0);
      return {
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        precision: 'year',
        relative: false,
      };
    },
  },
];

const SPOKEN_TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const SPOKEN_UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/**
 * Extract dates from `text`; `reference` is the publication date (YYYY-MM-DD) or null. `future`
 * says the sentence speaks of what is to come, so a bare month lies ahead rather than behind.
 */
export function extractDates(text: string, reference: string | null, future = false): DateValue[] {
  const ref = reference ? parseIso(reference) : null;
  const out: DateValue[] = [];
  // A timeline's headings shout their months ("NOVEMBER 13: Austin told Umerov …"): read them as
  // the months they are. Title case keeps every offset.
  const scan = CAPITAL_MONTH.test(text) ? text.replace(CAPITAL_MONTHS, titleCase) : text;
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(scan))) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((d) => start < d.end && end > d.start)) continue;
      const v = rule.build(m, ref, future);
      if (v) out.push({ text: text.slice(start, end), start, end, ...v });
    }
  }
  return withDayBefore(
    withLocalTimeAhead(
      withYearsMerged(
        withWeekdaysMerged(
          out.sort((a, b) => a.start - b.start),
          text,
        ),
        text,
      ),
      text,
    ),
    text,
  );
}

/**
 * "the day before", "the previous night", "a day earlier", told of a day the sentence names: "On
 * Tuesday morning glass still crunched outside the blocks a Russian missile damaged the day
 * before" dates the strike to Monday. (Not "the day before the election": that day is the vote's.)
 * With no such day in the sentence, what it counts from is the story's, unknown here.
 */
const DAY_BEFORE = gated(
  /\b(?:the\s+(?:day|night|evening)\s+before(?!\s+[\w'’])|the\s+previous\s+(?:day|night|evening)|(?:a|the)\s+day\s+earlier)\b/gi,
);

function withDayBefore(dates: DateValue[], text: string): DateValue[] {
  if (!/\b(?:before|previous|earlier)\b/i.test(text)) return dates;
  const anchors = dates.filter((d) => d.precision === 'day' && d.from !== null && d.from === d.to);
  if (anchors.length !== 1) return dates;
  const anchor = parseIso(anchors[0]!.from!);
  if (!anchor) return dates;
  const out = [...dates];
  for (const m of text.matchAll(DAY_BEFORE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (dates.some((d) => start < d.end && end > d.start)) continue;
    out.push({
      text: m[0],
      start,
      end,
      ...day(addDays(anchor, -1)),
      relative: true,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A clock across the date line: "at 6am on Tuesday, New Zealand time", "4am today AEDT". A day
 * told in a zone a day ahead of the Americas and Europe may be the day before there.
 */
const AHEAD_ZONE = gated(
  /^[^.;]{0,30}?\b(?:AEDT|AEST|ACDT|AWST|NZDT|NZST|JST|KST|(?:New\s+Zealand|Australian|Australian\s+Eastern|Sydney|Melbourne|Canberra|Wellington|Auckland|Tokyo|Seoul|Taipei|Beijing|Hong\s+Kong|Singapore|Manila)\s+time)\b/,
);

function withLocalTimeAhead(dates: DateValue[], text: string): DateValue[] {
  for (const d of dates) {
    if (d.precision !== 'day' || !d.from || !AHEAD_ZONE.test(text.slice(d.end, d.end + 60)))
      continue;
    const from = parseIso(d.from);
    if (from) d.from = iso(addDays(from, -1));
  }
  return dates;
}

/**
 * "In October last year", "April of this year", "November 5 last year": a month (or a day of it)
 * followed by the year it falls in is one date, that month of that year. Read apart, the month
 * alone would be the latest such month, October of the paper's own year.
 */
function withYearsMerged(dates: DateValue[], text: string): DateValue[] {
  const out: DateValue[] = [];
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    const next = dates[i + 1];
    const year = next?.from ? Number(next.from.slice(0, 4)) : null;
    if (
      next &&
      year !== null &&
      d.relative &&
      d.month !== undefined &&
      next.precision === 'year' &&
      /^(?:last|this|next)\s+year$/i.test(next.text) &&
      /^,?\s*(?:of\s+)?$/.test(text.slice(d.end, next.start))
    ) {
      const from = ymd(year, d.month, d.day ?? 1);
      const to = d.day === undefined ? ymd(year, d.month, lastDayOfMonth(year, d.month)) : from;
      out.push({
        ...d,
        text: text.slice(d.start, next.end),
        end: next.end,
        from: iso(from),
        to: iso(to),
      });
      i++;
    } else out.push(d);
  }
  return out;
}

/**
 * "Sunday, November 17", "Tuesday 19 November": a weekday naming the day a full date gives is one
 * date, the full one. Read apart, the weekday would resolve to the last such day before the paper's
 * date, weeks later in a look back ("Sunday" → December 15 in a December 20 timeline).
 */
function withWeekdaysMerged(dates: DateValue[], text: string): DateValue[] {
  const out: DateValue[] = [];
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    const next = dates[i + 1];
    if (
      next &&
      d.weekday !== undefined &&
      d.day === undefined &&
      next.day !== undefined &&
      next.month !== undefined &&
      /^,?\s*(?:the\s+)?$/.test(text.slice(d.end, next.start))
    ) {
      out.push({ ...next, text: text.slice(d.start, next.end), start: d.start });
      i++;
    } else out.push(d);
  }
  return out;
}

/**
 * Months set in capitals: a timeline's "NOVEMBER 13", a wire's "NOV. 5", and the military day-first
 * style, "on 14 NOV", "23 NOV 2024".
 */
const CAPITAL_MONTH_NAMES = String.raw`\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|(?:JAN|FEB|AUG|SEPT?|OCT|NOV|DEC)(?=\.\s*\d)|(?<=\b\d{1,2}\s)(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC))\b`;
const CAPITAL_MONTH = gated(new RegExp(CAPITAL_MONTH_NAMES));
const CAPITAL_MONTHS = gated(new RegExp(CAPITAL_MONTH_NAMES, 'g'));
const titleCase = (w: string) => w[0] + w.slice(1).toLowerCase();

/**
 * Where a leading dateline ends ("WASHINGTON, Nov 29 —", "KYIV (Reuters) -", "KYIV/WASHINGTON, Nov 18
 * (Reuters) -"): 0 without one. Its date is when the story was filed, never when what the sentence
 * tells happened. (A timeline's entry, "EARLY OCTOBER - Ukrainian intelligence first reports …", is
 * dated by its month: no dateline.)
 */
export function datelineEnd(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

const DATELINE = gated(
  /^(?!(?:(?:EARLY|MID|LATE|END|START)[\s-]+)?(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\b)[A-Z][A-Z.'’ /-]*[A-Z.](?:,\s+[A-Z][\w.]*)?(?:,\s+[^—–:;]{1,30}?)?(?:\s+\([A-Za-z .]{1,30}\))?\s+[—–-]+\s/,
);

/**
 * Two resolved dates are compatible when their intervals overlap. Where either is unresolved (no
 * publication date to read it against), compare what both texts say: the month, the day, the
 * weekday ("in June" vs "in August" conflict without knowing the year).
 */
export function datesCompatible(a: DateValue, b: DateValue): boolean {
  if (a.from && a.to && b.from && b.to) return a.from <= b.to && b.from <= a.to;
  // A span of days against a day of a month told without its year ("January 20"): the day in
  // the span's year(s), not only its month, must fall inside it.
  if (a.from && a.to && a.from !== a.to && !b.from && b.month !== undefined && b.day !== undefined)
    return [a.from, a.to].some((end) => {
      const day = iso(ymd(Number(end.slice(0, 4)), b.month!, b.day!));
      return a.from! <= day && day <= a.to!;
    });
  const pa = parts(a);
  const pb = parts(b);
  if (pa.month !== undefined && pb.month !== undefined) {
    if (pa.month !== pb.month) return false;
    if (pa.day !== undefined && pb.day !== undefined) return pa.day === pb.day;
    return true;
  }
  if (pa.weekday !== undefined && pb.weekday !== undefined) return pa.weekday === pb.weekday;
  return true;
}

/** Month, day and weekday of a date: stated in the text, or read off a resolved day. */
function parts(d: DateValue): { month?: number; day?: number; weekday?: number } {
  if (d.from && d.from === d.to) {
    const x = parseIso(d.from)!;
    return { month: x.getUTCMonth(), day: x.getUTCDate(), weekday: x.getUTCDay() };
  }
  if (d.from && d.to && d.precision !== 'year' && d.from.slice(0, 7) === d.to.slice(0, 7)) {
    return { month: parseIso(d.from)!.getUTCMonth() };
  }
  return { month: d.month, day: d.day, weekday: d.weekday };
}

/** Does the date say anything comparable (resolved, or a month, day or weekday)? */
export function dateIsComparable(d: DateValue): boolean {
  return Boolean(d.from) || d.month !== undefined || d.weekday !== undefined;
}

/** A short human rendering: "19 Nov 2024", "Oct 2024", "early Oct 2024". */
export function describeDate(d: DateValue): string {
  if (!d.from || !d.to) return d.text;
  const f = parseIso(d.from)!;
  const mon = (x: Date) =>
    MONTHS[x.getUTCMonth()]!.slice(0, 1).toUpperCase() + MONTHS[x.getUTCMonth()]!.slice(1, 3);
  if (d.from === d.to) return `${f.getUTCDate()} ${mon(f)} ${f.getUTCFullYear()}`;
  if (d.precision === 'year') return String(f.getUTCFullYear());
  if (d.precision === 'month') return `${mon(f)} ${f.getUTCFullYear()}`;
  if (d.precision === 'part-of-year') {
    const t = parseIso(d.to)!;
    return f.getUTCFullYear() === t.getUTCFullYear()
      ? `${mon(f)}–${mon(t)} ${f.getUTCFullYear()}`
      : `${mon(f)} ${f.getUTCFullYear()} – ${mon(t)} ${t.getUTCFullYear()}`;
  }
  return `${d.from} – ${d.to}`;
}
