/**
 * Text normalisation for matching: curly quotes and dashes to ASCII, diacritics dropped, lower case,
 * runs of whitespace collapsed. Length is NOT preserved; never use the result for offsets.
 */
import { rememberRecent } from '../util/recent';
import { gated } from '../util/regex-gate';

/** Characters NFKD could change: anything outside ASCII but the quotes, dashes and spaces handled below. */
const DECOMPOSABLE = gated(/[^\t\n\r\u0020-\u007f\u00a0\u2010-\u2015\u2018\u2019\u201c\u201d]/);

/** The same sentence is normalised by several stages: the latest results are remembered. */
export const normalise = /* @__PURE__ */ rememberRecent(normaliseUncached);

function normaliseUncached(text: string): string {
  // NFKD is the costly step: most English text has nothing for it to do.
  const folded = DECOMPOSABLE.test(text)
    ? foldLetters(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    : text;
  return folded
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/**
 * Letters with a stroke, which NFKD leaves whole: Polish "Zełenski" and "Wołodymyr", Danish "ø",
 * Croatian "đ" read as their plain letters.
 */
const STROKED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D' };
const STROKED_RE = gated(/[łŁøØđĐ]/g);
function foldLetters(text: string): string {
  return text.replace(STROKED_RE, (c) => STROKED[c] ?? c);
}

/** Same as `normalise` but length-preserving (one code unit in, one out), for offset-safe search. */
export function foldForSearch(text: string): string {
  let out = '';
  for (const ch of text) {
    let c = ch;
    if (/[\u2018\u2019\u02bc]/.test(c)) c = "'";
    else if (/[\u201c\u201d]/.test(c)) c = '"';
    else if (/[\u2010-\u2015]/.test(c)) c = '-';
    else if (/\s/.test(c)) c = ' ';
    else {
      const base = foldLetters(c.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
      if (base.length === c.length) c = base;
    }
    out += c.toLowerCase().length === c.length ? c.toLowerCase() : c;
  }
  return out;
}

/** Words of a normalised text (letters, digits, apostrophes inside words). */
export function words(text: string): string[] {
  return normalise(text).match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
}
