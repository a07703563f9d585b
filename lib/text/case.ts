import { gated } from '../util/regex-gate';
/**
 * Text set in capitals — a wire alert ("BREAKING: BIDEN OKS ATACMS STRIKES DEEP INSIDE RUSSIA"), a
 * TV ticker, a shouted headline — read in ordinary case: the gazetteer's names are matched with
 * their capitals ("Kursk", "Russia"), and "KURSK" is no name. Each all-capitals word becomes
 * Title-case, one letter for another, so every offset stays the same; acronyms stay as they are.
 */

/** Acronyms kept in capitals: the gazetteer and the actors match some of them case-sensitively. */
const ACRONYMS = new Set([
  'US',
  'USA',
  'UK',
  'EU',
  'UN',
  'NATO',
  'DPRK',
  'HUR',
  'ATACMS',
  'HIMARS',
  'ICBM',
  'IRBM',
  'NSC',
  'DOD',
  'MOD',
  'NIS',
  'CIA',
  'AFU',
  'GOP',
  'ET',
  'GMT',
  'UTC',
  'CET',
]);

/** At least this share of a sentence's letters in capitals makes it a capitals sentence. */
const CAPITALS_SHARE = 0.7;
/** …and at least this many words of three letters or more in capitals. */
const MIN_CAPITAL_WORDS = 3;

const CAPITAL_WORD = gated(/\b[A-Z]{3,}\b/g);

export function readableCase(text: string): string {
  // Most sentences have no more than an acronym or two: decided without counting letters.
  let words = 0;
  CAPITAL_WORD.lastIndex = 0;
  while (words < MIN_CAPITAL_WORDS && CAPITAL_WORD.exec(text)) words++;
  if (words < MIN_CAPITAL_WORDS) return text;
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c < 97 || c > 122) continue;
    letters++;
  }
  if (upper / letters < CAPITALS_SHARE) return text;
  return text.replace(/\b[A-Z][A-Z'’]+\b/g, (word) =>
    ACRONYMS.has(word) || ACRONYMS.has(word.replace(/['’]S$/, ''))
      ? word
      : word[0] + word.slice(1).toLowerCase(),
  );
}

/** A sentence set wholly in parentheses or brackets, with none inside. */
const WRAPPED = gated(/^\s*[([]([^()[\]]*)[)\]]\s*$/);

/**
 * A sentence set wholly in parentheses, an aside of its own ("(The White House, notably, still
 * hasn't said so on the record.)"), read as what it says: the brackets become spaces, so every
 * offset stays the same. Inside a sentence, a parenthesis is still an aside.
 */
export function unwrapped(text: string): string {
  const m = WRAPPED.exec(text);
  if (!m) return text;
  const open = text.search(/[([]/);
  const close = text.search(/[)\]]\s*$/);
  return `${text.slice(0, open)} ${text.slice(open + 1, close)} ${text.slice(close + 1)}`;
}

/**
 * A wire service's note on what a new version of the story changed, set in parentheses at its top:
 * "(Adds Kremlin comment in paragraph 6)", "(Updates with Zelensky's statement)", "(Corrects
 * paragraph 4 to show …)". It speaks of the story, not of the war. A verb that is a noun too
 * ("updates", "changes") counts only with what such notes name next: "(Changes headline)", not
 * "(Changes to the rules came later.)".
 */
const EDITORS_NOTE = gated(
  /^\s*[([]\s*(?:(?:adds|corrects|recasts|refiles|rewrites|clarifies|writes\s+through|re-?tops)\b|(?:updates|updated|changes|removes|inserts|deletes|fixes|tops|overwrites)\s+(?:with|throughout|headline|byline|dateline|paragraphs?|paras?|grafs?|quotes?|comments?|details|figures?|spelling|name|title|to\s+(?:add|include|show|say|reflect|correct|clarify|remove))\b)[^()[\]]*[)\]]\s*$/i,
);

export function isEditorsNote(text: string): boolean {
  return EDITORS_NOTE.test(text);
}
