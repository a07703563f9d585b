/**
 * Describing a passage of the article text with W3C selectors, and finding it again on a later
 * visit even if the article was edited a little (GUIDE §5), the way hypothesis/client re-anchors:
 *
 *  (a) the TextPositionSelector, if the text there is still exactly the quote;
 *  (b) exact occurrences of the quote, the best chosen by prefix/suffix agreement and closeness to
 *      the old position;
 *  (c) an approximate search for the quote with a bounded error budget (Myers' bit-parallel edit
 *      distance, O(text × quote / 32)), each candidate scored on quote similarity, prefix, suffix
 *      and position; nothing under a minimum score.
 *
 * Stages (b) and (c) compare text with whitespace runs collapsed and typographic quotes and dashes
 * folded to ASCII, so re-flowed paragraphs and "smart quotes" edits cost nothing; offsets are
 * mapped back to the original text. Pure; `text` is the article text (blocks joined by "\n\n").
 */
import type { TextPositionSelector, TextQuoteSelector } from './types';

/** Characters of context stored on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/**
 * Score weights, as in hypothesis/client's match-quote. The quote itself matters most; each side
 * of context counts less but together nearly as much, so an edited quote in its old surroundings
 * beats an exact-looking accident elsewhere; position only breaks ties between otherwise equal
 * places (a repeated sentence), because articles grow and shrink above a note.
 */
export const WEIGHTS = {
  /** Similarity of the matched text to the quote (1 − errors / quote length). */
  quote: 50,
  /** Similarity of the text just before the match to the stored prefix. */
  prefix: 20,
  /** Similarity of the text just after the match to the stored suffix. */
  suffix: 20,
  /** Closeness to the old position, relative to the text's length. */
  position: 2,
} as const;

/** Most edits an approximate match may have, as a share of the quote's length. */
export const MAX_ERROR_RATE = 0.2;

/**
 * Minimum normalised score (0…1) for an approximate match. Unrelated text scores about 0.25 as
 * context (measured on the seed articles; 99% under 0.42). So a quote with 20% errors in intact
 * surroundings scores ≈ 0.89; one with 10% errors whose surroundings were both rewritten ≈ 0.61,
 * still placed; one at the edge of the error budget with nothing around it agreeing ≈ 0.55, an
 * orphan: better one the reader can see than a note on the wrong sentence.
 */
export const MIN_APPROX_SCORE = 0.6;

/**
 * Quotes shorter than this ("Kursk", "8,000") occur by accident; a match of one is accepted only
 * if its surroundings agree at least this much (0…1, mean of prefix and suffix similarity;
 * unrelated text scores about 0.25).
 */
export const SHORT_QUOTE = 12;
export const MIN_SHORT_QUOTE_CONTEXT = 0.5;

/** Context similarity when the note stored no context on that side and the text has some. */
const NEUTRAL_CONTEXT = 0.5;
/** Limits that keep pathological inputs (a one-letter quote, a page of "a") bounded. */
const MAX_EXACT_CANDIDATES = 1000;
const MAX_APPROX_CANDIDATES = 64;

export interface Selectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector | null;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Selectors for `text.slice(start, end)`: the quote with up to 32 characters of context on each
 * side (never splitting a surrogate pair), and its position. Throws RangeError on an empty or
 * out-of-range span: a note on text needs some text.
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length)
    throw new RangeError(`range ${start}–${end} is outside the text (length ${text.length})`);
  if (end <= start) throw new RangeError(`range ${start}–${end} is empty`);
  let ps = Math.max(0, start - CONTEXT_LENGTH);
  if (ps > 0 && isLowSurrogate(text.charCodeAt(ps))) ps += 1;
  let se = Math.min(text.length, end + CONTEXT_LENGTH);
  if (se < text.length && isLowSurrogate(text.charCodeAt(se))) se -= 1;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(ps, start),
      suffix: text.slice(end, se),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Where the passage is in `text` now, or null (the note is an orphan). */
export function anchor(text: string, selectors: Selectors): Span | null {
  const { quote, position } = selectors;
  if (!quote.exact) return null;

  // (a) Nothing moved.
  if (
    position &&
    Number.isInteger(position.start) &&
    position.start >= 0 &&
    position.end <= text.length &&
    text.slice(position.start, position.end) === quote.exact
  )
    return { start: position.start, end: position.end };

  const t = foldText(text);
  const q = fold(quote.exact);
  if (q.trim() === '') return null;
  const ctx: Context = {
    t,
    prefix: compileContext(fold(quote.prefix), -1),
    suffix: compileContext(fold(quote.suffix), 1),
    hint: position ? t.toFolded(position.start) : null,
  };

  // A short quote needs its surroundings to agree, or it is just a common word.
  const supported = (s: Scored) =>
    q.length >= SHORT_QUOTE || (s.prefix + s.suffix) / 2 >= MIN_SHORT_QUOTE_CONTEXT;

  // (b) Exact occurrences.
  let best: Scored | null = null;
  let count = 0;
  for (
    let i = t.text.indexOf(q);
    i >= 0 && count < MAX_EXACT_CANDIDATES;
    i = t.text.indexOf(q, i + 1)
  ) {
    count++;
    const s = score(ctx, i, i + q.length, 0, q.length);
    if (!best || s.score > best.score) best = s;
  }
  if (best && supported(best)) return t.toOriginal(best);

  // (c) Approximate.
  const maxErrors = Math.floor(q.length * MAX_ERROR_RATE);
  if (maxErrors === 0) return null;
  best = null;
  for (const m of approximateMatches(t.text, q, maxErrors, MAX_APPROX_CANDIDATES, ctx.hint)) {
    const s = score(ctx, m.start, m.end, m.errors, q.length);
    if (supported(s) && (!best || s.score > best.score)) best = s;
  }
  return best && best.score >= MIN_APPROX_SCORE ? t.toOriginal(best) : null;
}

// ---------------------------------------------------------------------------------------------
// Scoring

interface Context {
  t: FoldedText;
  prefix: CompiledContext;
  suffix: CompiledContext;
  hint: number | null;
}

/** A stored prefix (compiled reversed, to be matched backwards from the quote) or suffix. */
interface CompiledContext {
  length: number;
  compiled: Compiled | null;
}

function compileContext(s: string, dir: -1 | 1): CompiledContext {
  return { length: s.length, compiled: s ? compile(dir < 0 ? reverse(s) : s) : null };
}

interface Scored extends Span {
  score: number;
  prefix: number;
  suffix: number;
}

const MAX_SCORE = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

function score(ctx: Context, start: number, end: number, errors: number, m: number): Scored {
  const text = ctx.t.text;
  const quote = 1 - errors / m;
  const prefix = contextSimilarity(ctx.prefix, text, start, -1);
  const suffix = contextSimilarity(ctx.suffix, text, end, 1);
  const position =
    ctx.hint === null ? 0 : 1 - Math.min(1, Math.abs(start - ctx.hint) / Math.max(1, text.length));
  const raw =
    WEIGHTS.quote * quote +
    WEIGHTS.prefix * prefix +
    WEIGHTS.suffix * suffix +
    WEIGHTS.position * position;
  return { start, end, score: raw / MAX_SCORE, prefix, suffix };
}

/**
 * How well the stored context lines up against `text` just before (`dir` −1) or after (+1) `at`:
 * 1 − (edit distance to the best-fitting stretch that touches `at`) / length.
 */
function contextSimilarity(
  expected: CompiledContext,
  text: string,
  at: number,
  dir: -1 | 1,
): number {
  const available = dir < 0 ? at : text.length - at;
  if (!expected.compiled) return available === 0 ? 1 : NEUTRAL_CONTEXT;
  if (available === 0) return 0;
  const span = Math.min(
    available,
    expected.length + Math.ceil(expected.length * MAX_ERROR_RATE) + 1,
  );
  let best = expected.length;
  // Backwards from `at` for a prefix (the pattern is compiled reversed), forwards for a suffix.
  scan(expected.compiled, text, dir < 0 ? at - 1 : at, span, dir, true, (_j, d) => {
    if (d < best) best = d;
  });
  return Math.max(0, 1 - best / expected.length);
}

// ---------------------------------------------------------------------------------------------
// Folding: whitespace runs → one space, typographic quotes and dashes → ASCII (offsets mapped).

interface FoldedText {
  text: string;
  /** For each folded character, the original offset where it starts… */
  starts: Int32Array;
  /** …and where it ends (a collapsed whitespace run ends after the whole run). */
  ends: Int32Array;
  toFolded(original: number): number;
  toOriginal(span: Span): Span;
}

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00ad': '',
};

/** What `/\s/` matches, by char code (faster than a regex per character). */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `s` folded as `foldText` folds (quotes and context: not cached). */
function fold(s: string): string {
  return foldText(s, false).text;
}

/** The last text folded: every note on a page is anchored against the same text. */
let lastFolded: { source: string; folded: FoldedText } | null = null;

function foldText(s: string, cache = true): FoldedText {
  if (cache && lastFolded && lastFolded.source === s) return lastFolded.folded;
  const codes = new Uint16Array(s.length);
  const starts = new Int32Array(s.length);
  const ends = new Int32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      let j = i + 1;
      while (j < s.length && isSpace(s.charCodeAt(j))) j++;
      codes[n] = 32;
      starts[n] = i;
      ends[n++] = j;
      i = j;
      continue;
    }
    const f = c > 0x7f ? FOLD[String.fromCharCode(c)] : undefined;
    if (f === '') {
      i++;
      continue;
    }
    codes[n] = f === undefined ? c : f.charCodeAt(0);
    starts[n] = i;
    ends[n++] = i + 1;
    i++;
  }
  let text = '';
  for (let i = 0; i < n; i += 8192)
    text += String.fromCharCode(...codes.subarray(i, Math.min(n, i + 8192)));
  const startArr = starts.subarray(0, n);
  const endArr = ends.subarray(0, n);
  const folded: FoldedText = {
    text,
    starts: startArr,
    ends: endArr,
    toFolded(original: number): number {
      // The last folded character starting at or before `original`.
      let lo = 0;
      let hi = startArr.length - 1;
      let ans = 0;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (startArr[mid]! <= original) {
          ans = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return ans;
    },
    toOriginal(span: Span): Span {
      if (startArr.length === 0) return { start: 0, end: 0 };
      const start = startArr[Math.min(span.start, startArr.length - 1)]!;
      const end = span.end > 0 ? endArr[Math.min(span.end, endArr.length) - 1]! : start;
      return { start, end: Math.max(start, end) };
    },
  };
  if (cache) lastFolded = { source: s, folded };
  return folded;
}

function reverse(s: string): string {
  let r = '';
  for (let i = s.length - 1; i >= 0; i--) r += s[i];
  return r;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

// ---------------------------------------------------------------------------------------------
// Approximate matching: Myers (1999) bit-vector edit distance, in 32-bit blocks (Hyyrö 2003).

export interface ApproximateMatch extends Span {
  errors: number;
}

interface Compiled {
  m: number;
  blocks: number;
  /** Bit of the pattern's last row in the last block. */
  lastRow: number;
  peq: Map<number, Int32Array>;
  none: Int32Array;
}

const WORD = 32;
const TOP = 1 << (WORD - 1);

function compile(pattern: string): Compiled {
  const m = pattern.length;
  const blocks = Math.ceil(m / WORD);
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    let bits = peq.get(c);
    if (!bits) {
      bits = new Int32Array(blocks);
      peq.set(c, bits);
    }
    bits[(i / WORD) | 0]! |= 1 << (i % WORD);
  }
  return { m, blocks, lastRow: 1 << ((m - 1) % WORD), peq, none: new Int32Array(blocks) };
}

/**
 * Run the automaton over `count` characters of `text` from `from` in direction `dir`, calling
 * `visit(j, d)` at each position j, where d is the edit distance between the pattern and the best
 * stretch of text read so far that ends at j. With `anchored`, the stretch must begin at `from`.
 */
function scan(
  p: Compiled,
  text: string,
  from: number,
  count: number,
  dir: -1 | 1,
  anchored: boolean,
  visit: (j: number, d: number) => void,
): void {
  const { blocks, peq, none, lastRow } = p;
  const P = new Int32Array(blocks).fill(-1);
  const M = new Int32Array(blocks);
  let score = p.m;
  for (let k = 0, j = from; k < count; k++, j += dir) {
    const eqs = peq.get(text.charCodeAt(j)) ?? none;
    // Horizontal delta entering the top row: 0 when a match may start anywhere, +1 when anchored.
    let hin = anchored ? 1 : 0;
    for (let b = 0; b < blocks; b++) {
      const high = b === blocks - 1 ? lastRow : TOP;
      const pv = P[b]!;
      const mv = M[b]!;
      let eq = eqs[b]!;
      const xv = eq | mv;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const hout = (ph & high) !== 0 ? 1 : (mh & high) !== 0 ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      P[b] = mh | ~(xv | ph);
      M[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    visit(j, score);
  }
}

/**
 * Substrings of `text` within `maxErrors` edits of `pattern`: for each run of nearby match ends,
 * its best end, with the start that gives that distance (preferring a length closest to the
 * pattern's). At most `limit`, fewest errors first, then nearest to `hint`.
 */
export function approximateMatches(
  text: string,
  pattern: string,
  maxErrors: number,
  limit = MAX_APPROX_CANDIDATES,
  hint: number | null = null,
): ApproximateMatch[] {
  const m = pattern.length;
  if (m === 0 || text.length === 0) return [];
  const ends: { end: number; errors: number }[] = [];
  let runBest: { end: number; errors: number } | null = null;
  let lastEnd = -2;
  scan(compile(pattern), text, 0, text.length, 1, false, (j, d) => {
    if (d > maxErrors) return;
    if (j !== lastEnd + 1 && runBest) {
      ends.push(runBest);
      runBest = null;
    }
    lastEnd = j;
    if (!runBest || d < runBest.errors) runBest = { end: j + 1, errors: d };
  });
  if (runBest) ends.push(runBest);

  const near = (e: number) => (hint === null ? 0 : Math.abs(e - m - hint));
  ends.sort((a, b) => a.errors - b.errors || near(a.end) - near(b.end));
  const reversed = compile(reverse(pattern));
  return ends.slice(0, limit).map(({ end, errors }) => {
    // The start: run the reversed pattern backwards from `end`, anchored there.
    const span = Math.min(end, m + maxErrors);
    let start = end;
    let bestD = Infinity;
    scan(reversed, text, end - 1, span, -1, true, (j, d) => {
      const len = end - j;
      if (d < bestD || (d === bestD && Math.abs(len - m) < Math.abs(end - start - m))) {
        bestD = d;
        start = end - len;
      }
    });
    return { start, end, errors: Math.min(errors, bestD) };
  });
}
