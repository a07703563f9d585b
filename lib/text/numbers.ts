/**
 * Numbers as news text writes them: "8,000", "10.000" is not used in English copy so "," is a group
 * separator; "1.5 million"; "eight"; "twenty-five"; "a dozen"; "tens of thousands".
 */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALES: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

/** Every word that can be part of a number written in words (for building regexes). */
export const NUMBER_WORDS = [
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(SCALES),
].filter((w) => w !== 'a' && w !== 'an');

/** Pattern source for a number in digits ("8,000", "1.5", "306") optionally followed by a scale word. */
export const DIGIT_NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

const WORD_ALT = [...NUMBER_WORDS].sort((a, b) => b.length - a.length).join('|');
/** Pattern source for a number written in words: "two", "twenty-five", "two hundred", "a dozen". */
export const WORD_NUMBER = String.raw`(?:(?:${WORD_ALT})(?:[\s-]+(?:and\s+)?(?:${WORD_ALT}))*)`;

/** Parse digits with an optional trailing scale word: "8,000" → 8000, "1.5 million" → 1500000. */
export function parseDigits(text: string): number | null {
  const m = /^\s*([\d,]*\d(?:\.\d+)?)\s*(hundred|thousand|million|billion|k|m|bn)?\b/i.exec(text);
  if (!m) return null;
  const base = Number(m[1]!.replace(/,/g, ''));
  if (!Number.isFinite(base)) return null;
  const scale = m[2]?.toLowerCase();
  const mult =
    scale === 'k' ? 1e3 : scale === 'm' ? 1e6 : scale === 'bn' ? 1e9 : scale ? SCALES[scale]! : 1;
  return base * mult;
}

/** Parse a number written in words: "twenty-five" → 25, "two hundred" → 200, "a dozen" → 12. */
export function parseWords(text: string): number | null {
  const words = text
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && w !== 'and');
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (w in UNITS) {
      current += UNITS[w]!;
      seen = true;
    } else if (w in TENS) {
      current += TENS[w]!;
      seen = true;
    } else if (w in SCALES) {
      const scale = SCALES[w]!;
      if (current === 0) current = 1;
      // Sub-thousand multipliers bind to what precedes them: "two hundred", "a dozen".
      if (scale < 1000) current *= scale;
      else {
        total += current * scale;
        current = 0;
      }
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? total + current : null;
}

/** Parse either form. */
export function parseNumber(text: string): number | null {
  return /\d/.test(text) ? parseDigits(text) : parseWords(text);
}
