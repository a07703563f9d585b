/**
 * Is this a news article (or analysis) about US or allied policy on the Russia–Ukraine war?
 *
 * Two stages, as Readability's isProbablyReaderable before its parse: a cheap pre-check on the
 * headline and meta description that lets most pages exit in well under a millisecond, then a
 * scored read of the article text. Every score comes with human-readable reasons.
 */
import { isTextDiv, MAX_DIVS_WEIGHED } from './article';
import { jsonLdObjects } from './published';
import { drain, type Steps } from '../util/steps';

export interface Detection {
  relevant: boolean;
  /** 0..1 */
  relevance: number;
  reasons: string[];
}

interface TermFamily {
  name: string;
  re: RegExp;
  /** Score added per distinct match, capped by `max`. */
  weight: number;
  max: number;
}

/** The war itself: both sides must be present for a text to be about it. */
const UKRAINE = /\b(?:ukrain\w*|kyiv|kiev|zelensk\w*)\b/gi;
const RUSSIA = /\b(?:russia\w*|kremlin|moscow|putin)\b/gi;

/** The war as context: words that make a one-sided mention ("aid to Ukraine") about the war. */
const WAR_CONTEXT =
  /\b(?:war|invasion|invaded|front ?lines?|battlefield|occupied|occupation|shelling|kremlin|putin|moscow|russian forces|russian troops|ceasefire|frontline|military aid|security assistance|(?:ukraine|kyiv)(?:'s)?\s+(?:aid|funding|allies|backers)|(?:aid|funding|weapons|arms|jets|missiles|support)\s+(?:to|for)\s+(?:ukraine|kyiv))\b/i;

/** Policy vocabulary: weapons and their use, troops, aid, sanctions, diplomacy. */
const POLICY: TermFamily[] = [
  {
    name: 'weapons',
    re: /\b(?:atacms|himars|storm shadow|scalp|taurus|patriot|f-16s?|abrams|bradley|leopard|cruise missiles?|ballistic missiles?|long-range (?:missiles?|weapons?|strikes?|fires)|missiles?|rockets?|drones?|air defen[cs]e|artillery|ammunition|weapons?|arms|munitions|anti-personnel mines|landmines?|mines)\b/gi,
    weight: 0.07,
    max: 0.3,
  },
  {
    name: 'permission and strikes',
    re: /\b(?:strikes? (?:deep )?(?:inside|into|on) russia\w*|deep strikes?|restrictions?|permission|permitted|authori[sz]\w+|approv\w+|green light|lift(?:ed|ing)? (?:the )?(?:ban|restrictions)|escalat\w+|retaliat\w+)\b/gi,
    weight: 0.07,
    max: 0.3,
  },
  {
    name: 'sanctions',
    re: /\b(?:sanction\w*|export controls|price cap|frozen (?:russian )?assets|asset freeze|embargo)\b/gi,
    weight: 0.1,
    max: 0.2,
  },
  {
    name: 'troops',
    re: /\b(?:north korean (?:troops|soldiers|forces)|troops|soldiers|deploy\w*|front ?line|counteroffensive|incursion|offensive|invasion)\b/gi,
    weight: 0.05,
    max: 0.2,
  },
  {
    name: 'allied policy',
    re: /\b(?:biden|trump|white house|pentagon|state department|washington|nato|allies|congress|administration|military aid|aid package|security assistance|ceasefire|peace talks|negotiat\w+|defen[cs]e (?:secretary|minister)|foreign minister|lloyd austin|blinken|sullivan|starmer|macron|scholz|eu)\b/gi,
    weight: 0.05,
    max: 0.25,
  },
];

/** Topics that look like the war but are not its policy: each is a reason to stay out. */
const NEAR_MISS: { name: string; re: RegExp }[] = [
  {
    name: 'sport',
    re: /\b(?:football|soccer|league|midfielder|striker|goalkeeper|coach|stadium|uefa|fifa|champions league|match(?:es)?|scored|goals?|tournament|olympic\w*|chess|grandmaster)\b/gi,
  },
  {
    name: 'food',
    re: /\b(?:recipe|borscht|ingredients?|tablespoons?|teaspoons?|simmer|bake|dough|dumplings?|varenyky|chef|cuisine)\b/gi,
  },
  {
    name: 'markets',
    re: /\b(?:wheat|grain|corn|futures|bushels?|commodit\w+|tonnes?|harvest|prices?|exports?|shipping rates)\b/gi,
  },
  {
    name: 'economy',
    re: /\b(?:rouble|ruble|central bank|interest rates?|inflation|gdp|key rate|budget deficit|economists?|recession)\b/gi,
  },
  {
    name: 'shopping',
    re: /\b(?:add to cart|in stock|free shipping|price:?|\$\d+\.\d\d|reviews?|model kit|scale model|vacuum)\b/gi,
  },
  {
    name: 'software',
    re: /\b(?:npm|cli|api|function|parameters?|install|configuration|returns|flag|documentation|command line)\b/gi,
  },
  {
    name: 'travel',
    re: /\b(?:hotel|itinerary|sightseeing|tourists?|museums?|cafes?|travel guide)\b/gi,
  },
  {
    name: 'history',
    re: /\b(?:1943|1941|1944|world war ii|second world war|soviet union|wehrmacht|red army)\b/gi,
  },
  { name: 'weather', re: /\b(?:forecast|temperatures?|snowfall|rain|celsius|weather)\b/gi },
];

/** Distinct matches of a global regex in a text (lower-cased). */
function distinctMatches(re: RegExp, text: string): Set<string> {
  re.lastIndex = 0;
  const found = new Set<string>();
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) found.add(m[0].toLowerCase());
  return found;
}

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Below this a text is off-topic. */
export const RELEVANCE_THRESHOLD = 0.35;
/** Words needed for a text to be an article rather than a snippet. */
const MIN_ARTICLE_WORDS = 40;
/** Both belligerents named: the text is about the war. */
const BOTH_SIDES = 0.3;
/** One side named, with war vocabulary ("military aid to Ukraine", "Russia's invasion"). */
const ONE_SIDE_AT_WAR = 0.2;

/** The cheap first stage: does the headline or description mention the war at all? */
export function mentionsWar(text: string): boolean {
  const lower = text.toLowerCase();
  for (const [word, open] of WAR_WORDS) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      if (at > 0 && isWordChar(lower.charCodeAt(at - 1))) continue;
      const after = at + word.length;
      if (open || after >= lower.length || !isWordChar(lower.charCodeAt(after))) return true;
    }
  }
  return false;
}

/**
 * Words that place a text in the Russia–Ukraine war at all (checked first, on the headline), each
 * at a word start; `true`: the word may go on ("ukrain" → "Ukraine's"). Plain string searches: the
 * pre-check runs on every page, where compiling a regex would cost more than the search.
 */
const WAR_WORDS: readonly (readonly [string, boolean])[] = [
  ['ukrain', true],
  ['kyiv', false],
  ['kiev', false],
  ['zelensk', true],
  ['russia', true],
  ['kremlin', false],
  ['moscow', false],
  ['putin', false],
  ['nato', false],
  ['north korea', true],
  ['pyongyang', false],
  ['atacms', false],
  ['himars', false],
  ['storm shadow', false],
  ['kursk', false],
  ['donbas', false],
  ['crimea', false],
];

/** [A-Za-z0-9_], the characters of a word for `\b`. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * Topic score of a headline and body text, with reasons. `pageBonus` carries page-structure
 * evidence (a NewsArticle, an <article>) from `detectDocument`.
 */
export function detectText(
  title: string | null,
  body: string,
  page: { bonus: number; reasons: string[] } = { bonus: 0, reasons: [] },
): Detection {
  const reasons = [...page.reasons];
  const text = `${title ?? ''}\n${body}`;
  const words = body.split(/\s+/).filter(Boolean).length;
  if (!mentionsWar(`${title ?? ''} ${body.slice(0, 3000)}`)) {
    return {
      relevant: false,
      relevance: 0,
      reasons: [...reasons, 'no mention of Ukraine, Russia or the war'],
    };
  }
  const ukr = countMatches(UKRAINE, text);
  const rus = countMatches(RUSSIA, text);
  let score = page.bonus;
  if (ukr > 0 && rus > 0) {
    score += BOTH_SIDES;
    reasons.push(`mentions both Ukraine (${ukr}×) and Russia (${rus}×)`);
  } else if (WAR_CONTEXT.test(text)) {
    score += ONE_SIDE_AT_WAR;
    reasons.push(`${ukr > 0 ? 'mentions Ukraine' : 'mentions Russia'} in the context of the war`);
  } else {
    reasons.push(
      ukr > 0
        ? 'mentions Ukraine but not Russia or the war'
        : 'mentions Russia but not Ukraine or the war',
    );
  }
  let policy = 0;
  for (const fam of POLICY) {
    const found = distinctMatches(fam.re, text);
    if (found.size === 0) continue;
    const add = Math.min(fam.max, fam.weight * found.size);
    policy += add;
    reasons.push(`${fam.name}: ${[...found].slice(0, 4).join(', ')}`);
  }
  score += policy;
  if (title && POLICY.some((f) => distinctMatches(f.re, title).size > 0) && mentionsWar(title)) {
    score += 0.1;
    reasons.push('headline is about the war and its policy');
  }
  // Near misses: topic words of another subject, weighed against the policy evidence.
  for (const nm of NEAR_MISS) {
    const n = countMatches(nm.re, text);
    const density = n / Math.max(words, 1);
    if (n >= 3 && density > 0.02) {
      const penalty = Math.min(0.5, density * 8);
      score -= penalty;
      reasons.push(`reads like ${nm.name} (${n} ${nm.name} words)`);
    }
  }
  if (words < MIN_ARTICLE_WORDS) {
    score -= 0.2;
    reasons.push(`short text (${words} words)`);
  }
  const relevance = Math.max(0, Math.min(1, score));
  return {
    relevant: relevance >= RELEVANCE_THRESHOLD,
    relevance: Math.round(relevance * 100) / 100,
    reasons,
  };
}

const NEWS_TYPES =
  /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|Article|BlogPosting|LiveBlogPosting)$/;
const NOT_NEWS_TYPES =
  /^(?:Product|Offer|DiscussionForumPosting|QAPage|SoftwareApplication|TechArticle|Recipe|Event|Place|Hotel)$/;

/** Page-structure evidence for `detectText`. */
export function pageEvidence(doc: Document): { bonus: number; reasons: string[] } {
  return drain(pageEvidenceSteps(doc));
}

/** Elements read by the readerable test between pauses (each reads its text). */
const READERABLE_PER_STEP = 500;

/** The same, in steps: the readerable test reads the text of up to thousands of elements. */
export function* pageEvidenceSteps(doc: Document): Steps<{ bonus: number; reasons: string[] }> {
  let bonus = 0;
  const reasons: string[] = [];
  const types = jsonLdObjects(doc).flatMap((o) => {
    const t = o['@type'];
    return Array.isArray(t) ? t.map(String) : t ? [String(t)] : [];
  });
  const news = types.find((t) => NEWS_TYPES.test(t));
  const notNews = types.find((t) => NOT_NEWS_TYPES.test(t));
  if (news) {
    bonus += 0.1;
    reasons.push(`JSON-LD ${news}`);
  }
  if (notNews) {
    bonus -= 0.4;
    reasons.push(`JSON-LD ${notNews}: not a news article`);
  }
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (og === 'article') {
    bonus += 0.05;
    reasons.push('og:type article');
  } else if (og && og !== 'website') {
    bonus -= 0.2;
    reasons.push(`og:type ${og}`);
  }
  if (doc.querySelector('article')) {
    bonus += 0.05;
    reasons.push('has an <article>');
  }
  // Readability's readerable test: enough long paragraphs. Live collections are walked lazily, so
  // the test stops at the first paragraphs that pass it instead of listing 50,000 comments first.
  let readerable = 0;
  for (const tag of ['p', 'pre', 'div']) {
    const list = doc.getElementsByTagName(tag);
    const limit = tag === 'div' ? MAX_DIVS_WEIGHED : list.length;
    for (let i = 0; i < list.length && i < limit && readerable <= 20; i++) {
      if (i % READERABLE_PER_STEP === READERABLE_PER_STEP - 1) yield;
      const el = list[i]!;
      // A <div> counts when it is written as a paragraph (see isTextDiv).
      if (tag === 'div' && !isTextDiv(el)) continue;
      const len = (el.textContent ?? '').trim().length;
      if (len >= 140) readerable += Math.sqrt(len - 140);
    }
  }
  if (readerable <= 20) {
    bonus -= 0.15;
    reasons.push('not readerable: few long paragraphs');
  }
  const code = doc.getElementsByTagName('code').length;
  if (code >= 5) {
    bonus -= 0.3;
    reasons.push(`${code} code blocks: documentation`);
  }
  return { bonus, reasons };
}

/**
 * The cheap pre-check for a page: headline, description and og:title only (the first of each).
 * It runs on every page of a listed site, most of them off-topic, so it walks the page's `meta`
 * elements once rather than parse and match three selectors.
 */
export function headlineMentionsWar(doc: Document): boolean {
  let ogTitle: string | null | undefined;
  let description: string | null | undefined;
  let ogDescription: string | null | undefined;
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i]!;
    const property = meta.getAttribute('property');
    if (property === 'og:title') ogTitle ??= meta.getAttribute('content');
    else if (property === 'og:description') ogDescription ??= meta.getAttribute('content');
    if (meta.getAttribute('name') === 'description') description ??= meta.getAttribute('content');
  }
  const parts = [
    doc.title,
    ogTitle,
    description,
    ogDescription,
    doc.getElementsByTagName('h1')[0]?.textContent,
  ];
  return mentionsWar(parts.filter(Boolean).join(' '));
}
