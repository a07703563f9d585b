import { gated } from '../util/regex-gate';
/**
 * Sentence segmentation: `Intl.Segmenter` plus repairs for the places where it splits news text
 * wrongly — after abbreviations ("U.S.", "Sen.", "Jan.") and inside quotations.
 *
 * Offsets are UTF-16 code-unit offsets into the input, so a sentence can be mapped back to DOM text.
 */

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations that, when followed by a capitalised word, usually still mean "no sentence break". */
const TITLE_ABBREVIATIONS = new Set(
  `sen gen rep mr mrs ms dr st lt col maj capt gov pres prof no v
   jan feb mar apr jun jul aug sep sept oct nov dec`.split(gated(/\s+/)),
);

/** The full stop of a title or a month ("Mr.", "Sen.", "Jan."), before the word it binds to. */
const TITLE_STOP = gated(
  new RegExp(
    `\\b(${[...TITLE_ABBREVIATIONS]
      .filter((t) => t.length > 1 && t !== 'no')
      .map((t) => t[0]!.toUpperCase() + t.slice(1))
      .join('|')})\\.(?=\\s+[A-Z0-9])`,
    'g',
  ),
);

/**
 * `text` with the full stops of titles and months ("Mr. Trump", "Jan. 20") blanked to spaces, so
 * that a pattern reading up to the next full stop reads past them. Offsets are kept.
 */
export function withoutTitleStops(text: string): string {
  return text.replace(TITLE_STOP, '$1 ');
}

/**
 * Tokens that end in a full stop without ending a sentence. Lower-cased, without the final dot.
 * Multi-dot forms ("u.s") are matched on the whole token before the break.
 */
const ABBREVIATIONS = new Set([
  ...TITLE_ABBREVIATIONS,
  ...'u.s u.k u.n e.u d.c vs approx est jr sr'.split(' '),
]);

let cachedSegmenter: Intl.Segmenter | null = null;
function segmenter(): Intl.Segmenter {
  cachedSegmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return cachedSegmenter;
}

const LAST_TOKEN = gated(/([A-Za-z][A-Za-z.]*)\.["'\u2019\u201d)]?\s*$/);

/** Should the break between `before` and `after` be undone? */
function isFalseBreak(before: string, after: string): boolean {
  const m = LAST_TOKEN.exec(before);
  const nextWord = /^\s*(\S+)/.exec(after)?.[1] ?? '';
  if (m) {
    const token = m[1]!.toLowerCase();
    if (ABBREVIATIONS.has(token)) {
      // "U.S. officials" – a following lower-case word or number means the sentence goes on.
      if (/^[a-z0-9(]/.test(nextWord)) return true;
      // "Sen. Smith", "Jan. 20", "No. 10": titles and months bind to what follows. "No" only to a
      // number: "after months of saying no. He had held off" and an answer, "No. He said …", end.
      if (token === 'no') return /^\d/.test(nextWord);
      if (TITLE_ABBREVIATIONS.has(token)) return true;
      // "the U.S. Defense Department" – a capitalised word after a country abbreviation is
      // ambiguous; treat it as continuing unless the word is a typical sentence opener.
      if (/^(u\.s|u\.k|u\.n|e\.u)$/.test(token))
        return !SENTENCE_OPENERS.has(nextWord.replace(/\W+$/, ''));
    }
    // Initials: "Alyaksandr G. Lukashenka", "V. Putin".
    if (/^[A-Z]$/.test(m[1]!) && /^[A-Z]/.test(nextWord)) return true;
  }
  // A break right after an opening quote or before a lower-case continuation inside a quotation.
  if (
    /^\s*[a-z]/.test(after) &&
    /[.!?]["'\u2019\u201d]\s*$/.test(before) === false &&
    /[.!?]\s*$/.test(before)
  ) {
    return true;
  }
  return false;
}

/**
 * Is a quotation left open at the end of `piece`? Curly quotes pair explicitly; straight double
 * quotes by parity. A sentence break inside a quotation ("It is done. Really.") is not a break of the
 * reporting sentence.
 */
function quoteOpen(piece: string): boolean {
  const opens = (piece.match(/\u201c/g) ?? []).length;
  const closes = (piece.match(/\u201d/g) ?? []).length;
  if (opens > closes) return true;
  const straight = (piece.match(/"/g) ?? []).length;
  return straight % 2 === 1;
}

/** Words that normally start a new sentence after "U.S." ends one. */
const SENTENCE_OPENERS = new Set([
  'The',
  'A',
  'An',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'But',
  'However',
  'This',
  'That',
  'These',
  'Those',
  'In',
  'On',
  'Meanwhile',
  'Ukraine',
  'Russia',
]);

/** Split `text` into sentences with offsets; whitespace-only pieces are dropped and text trimmed. */
export function splitSentences(text: string): Sentence[] {
  const raw: { start: number; end: number }[] = [];
  for (const seg of segmenter().segment(text)) {
    raw.push({ start: seg.index, end: seg.index + seg.segment.length });
  }
  // Merge false breaks.
  const merged: { start: number; end: number }[] = [];
  for (const piece of raw) {
    const prev = merged[merged.length - 1];
    const prevText = prev ? text.slice(prev.start, prev.end) : '';
    if (
      prev &&
      (isFalseBreak(prevText, text.slice(piece.start, piece.end)) || quoteOpen(prevText))
    ) {
      prev.end = piece.end;
    } else {
      merged.push({ ...piece });
    }
  }
  // Split on hard line breaks too: a paragraph break is always a sentence break.
  const out: Sentence[] = [];
  for (const { start, end } of merged) {
    let s = start;
    const chunk = text.slice(start, end);
    const re = /\n+/g;
    let m: RegExpExecArray | null;
    const cuts: number[] = [];
    while ((m = re.exec(chunk))) cuts.push(start + m.index, start + m.index + m[0].length);
    const bounds = [s, ...cuts, end];
    for (let i = 0; i < bounds.length; i += 2) {
      s = bounds[i]!;
      const e = bounds[i + 1]!;
      pushTrimmed(out, text, s, e);
    }
  }
  return out;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
