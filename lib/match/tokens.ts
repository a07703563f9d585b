/**
 * Tokens for matching. Two views of a text:
 * - `termText`: lower case, ASCII quotes, hyphens and punctuation as spaces, padded with spaces, so
 *   a curated term ("long range", "north korea", "permi") matches at a word start with `includes`.
 * - `contentTokens`: light-stemmed content words without stop words, for IDF-weighted overlap.
 */
import { extractPlaces, mentionsSpecificPlace, misplaced } from '../claims/places';
import { normalise } from '../text/normalise';
import { rememberRecent } from '../util/recent';
import { gated } from '../util/regex-gate';

/**
 * "The North's troops": Korean and wire usage names North Korea "the North" once it has been named.
 * Not "the North group" (a Russian army group), nor "the North Atlantic" and the like.
 */
const THE_NORTH = gated(
  /\b[Tt]he North\b(?!\s+(?:Korea|Atlantic|Sea|Caucasus|[Gg]roup|Star|Pole|Stream|[Ss]lope|[Ff]ront|[Ss]ide))/g,
);

/**
 * "The Americans are finally letting us use their missiles": in this story whoever is let fire or
 * given the go-ahead is Ukraine, so the pronoun in a Ukrainian voice is read as Ukraine. Only the
 * lower-case pronoun ("US" is the United States) after a verb of leave in lower case (not "Let us
 * be clear").
 */
const LETS_US = gated(
  /\b(let|lets|letting|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|authori[sz](?:e|es|ed|ing)|clear(?:s|ed|ing)?|gave|give|gives|giving|given)\s+us\s+(?=(?:to\s+)?(?:use|fire|strike|hit|launch|target)\b|(?:the\s+)?(?:green\s+light|go-ahead|permission|approval|nod)\b)/g,
);

/** Term text of `text` (see above); the latest results are remembered, as several stages ask for
 * a sentence's and its clauses' term text. */
export const termText: (text: string) => string = /* @__PURE__ */ rememberRecent(termTextUncached);

/** What `termText` looks for before it rewrites "terrain-following" and the like. */
const HYPHENED_VERB = gated(/-(?:following|launched|hitting|firing|striking)\b/);

function termTextUncached(text: string): string {
  // The rarer rewrites below are each tried only where a word they need is in the text (a scan
  // for a plain word is cheaper than one for the pattern); the text is normalised, so lower case
  // with single spaces.
  let t = normalise(
    (text.includes(' us ') ? text.replace(LETS_US, '$1 Ukraine ') : text).replace(
      THE_NORTH,
      'the North Korea',
    ),
  );
  // "nuclear-armed Russia" is an epithet of the state, not talk of nuclear escalation: one word
  // that no "nuclear" term matches.
  if (t.includes('nuclear')) t = t.replace(/\bnuclear[- ]armed\b/g, 'nukearmed');
  // "the Ottawa Treaty banning such weapons": what a treaty bans is no ban on Ukraine's strikes.
  if (t.includes('ban'))
    t = t.replace(
      /\b(treaty|convention|accord|pact)(,?\s+(?:which|that)\s+|\s+)ban(s|ning|ned)?\b/g,
      (_, what: string, between: string, ending = '') =>
        `${what}${between}outlaw${ending.replace(/^n/, '')}`,
    );
  // "whoever sits in the White House", "the next occupant of the White House": the presidency,
  // whoever holds it, not the White House speaking or staying silent. One word no term matches.
  if (t.includes('white'))
    t = t.replace(
      /\b(whoever\s+(?:sits|is|occupies|holds|wins|takes|ends\s+up)(?:\s+in)?|(?:next|new|future)\s+occupant\s+of)\s+the\s+white\s+house\b/g,
      '$1 the whitehouse',
    );
  // "terrain-following", "air-launched", "hard-hitting": a verb hyphened into a modifier says what
  // a thing is like, not that anything followed, was launched or hit. One word no term matches.
  if (HYPHENED_VERB.test(t))
    t = t.replace(/\b([a-z]+)-(following|launched|hitting|firing|striking)\b/g, '$1$2');
  // "The ruble was little changed": a market report's idiom, no change of policy. One word no
  // term matches.
  if (t.includes('little'))
    t = t.replace(
      /\b(was|were|is|are|closed|ended|traded)\s+little\s+changed\b/g,
      '$1 littlechanged',
    );
  // "What we know so far": an explainer's heading, not that anything was so far limited. One
  // word no term matches.
  if (t.includes('know'))
    t = t.replace(/\bwhat\s+(we|you)\s+know\s+so\s+far\b/g, 'what $1 know sofar');
  // "For those keeping score at home", "keep track of": counting or following, not holding ground;
  // nor "people keep forgetting", "the Russians kept coming": doing again and again. One word no
  // term matches. ("keep fighting" is a term of its own: able to fight on.)
  if (t.includes('keep') || t.includes('kept'))
    t = t.replace(
      /\b(keep|keeps|keeping|kept)\s+(score|track|tabs|count|(?!fighting\b)[a-z]+ing)\b/g,
      'qq$1 $2',
    );
  // "Trump's pick for secretary of state", "the incoming secretary of state": a post someone else
  // is to hold, not the sitting secretary (Blinken). One word no term matches.
  if (t.includes('secretary'))
    t = t.replace(
      /\b((?:pick|choice|nominee|candidate|nominated|named|tapped|picked|chosen)\s+(?:for|as|to\s+be)\s+(?:the\s+)?(?:next\s+|new\s+)?|(?:incoming|future|would-be)\s+)secretary\s+of\s+state\b/g,
      '$1secretaryofstate',
    );
  // "The war must be brought to an end": ended, not anyone brought in or briefed. A word no term
  // matches (terms match at a word's start, so not "brought…").
  if (t.includes('brought'))
    t = t.replace(/\bbrought\s+(?=(?:to\s+an?\s+(?:end|close|halt)|an\s+end)\b)/g, 'qqbrought ');
  // "What that means may only become clear in the coming weeks": no limit to anything.
  if (t.includes('only'))
    t = t.replace(
      /\bonly\s+(?=(?:become|becomes|became|be|grow|grows)\s+(?:clear|clearer|apparent|known|evident|obvious)\b)/g,
      'qqonly ',
    );
  // "One of the first Ukraine questions waiting for him", "his first task": first among questions
  // or tasks, not a first strike; nor a story "first published in November". A word no term
  // matches.
  if (t.includes('first'))
    t = t.replace(
      /\bfirst\s+(?=(?:(?:ukraine|ukrainian|foreign|policy|big|major|key|real|hard|tough|thorny|pressing|urgent|security|important)\s+)?(?:questions?|tasks?|items?|priorities|priority|challenges?|hurdles?|orders?\s+of\s+business)\b|(?:published|posted|aired|printed|broadcast)\b)/g,
      'qqfirst ',
    );
  // "the British cruise missile launched from aircraft rather than the ground": what kind of
  // weapon it is, not a launch. A word no term matches.
  if (t.includes('launched from'))
    t = t.replace(
      /\b(missiles?|weapons?|rockets?)\s+((?:that|which)\s+(?:is|are)\s+)?launched\s+from\s+(?=(?:aircraft|the\s+air|the\s+ground|jets|planes|warplanes|fighter\s+jets|ships|submarines|land|the\s+sea)\b)/g,
      '$1 $2qqlaunched from ',
    );
  // "Russia certainly hasn't let up": kept on, not let anyone do anything. A word no term matches.
  if (t.includes('let')) t = t.replace(/\b(let|lets|letting)\s+up\b/g, 'qq$1 up');
  // "tear the decision up", "rip Biden's order up": the phrasal verb split, read as "tear up the
  // decision".
  if (t.includes('tear') || t.includes('tore') || t.includes('rip'))
    t = t.replace(
      /\b(tear|tears|tore|tearing|rip|rips|ripped|ripping)\s+((?:the|that|this|his|its|biden's|mr biden's)\s+(?:[a-z'-]+\s+){0,2}?)up\b/g,
      '$1 up $2',
    );
  // "the sanctions and arms-control program", "export controls": a field of policy, not control of
  // ground. One word no term matches.
  if (t.includes('control'))
    t = t.replace(
      /\b(arms|export|exports|weapons|price|capital|birth|damage|quality)[- ]control/g,
      '$1 qqcontrol',
    );
  // "Ukraine has lost tens of thousands of soldiers in Kursk": men lost, not ground. A word no
  // term matches.
  if (t.includes('los'))
    t = t.replace(
      /\b(?:lost|lose|losing|loses)\s+(?=(?:(?:up\s+to|more\s+than|over|nearly|almost|about|around|some|at\s+least|tens\s+of|hundreds\s+of|thousands\s+of|many|several|[\d,.]+|\w+\s+thousand|\w+\s+hundred|a\s+third\s+of|half\s+of|its|their)\s+){0,3}(?:soldiers|troops|men|personnel|lives|fighters|servicemen|conscripts|marines|paratroopers|people|tanks|vehicles)\b)/g,
      'qqlost ',
    );
  // "Vice President-elect JD Vance": not the president-elect. One word no term matches.
  if (t.includes('vice'))
    t = t.replace(/\bvice[\s-]+president[\s-]+elect\b/g, 'qqvicepresidentelect');
  // "Peace through strength": a slogan (Zelensky's, Trump's, Reagan's), not a decision that
  // strengthens Ukraine's hand. One word no term matches.
  if (t.includes('peace'))
    t = t.replace(/\bpeace\s+through\s+strength\b/g, 'qqpeacethroughstrength');
  // The Russian spelling of the capital, still common in wire copy and abroad.
  if (t.includes('kiev')) t = t.replace(/\bkiev(?=\b|'s)/g, 'kyiv');
  return ` ${t
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/[^a-z0-9' ]+/g, ' ')
    // Quotation marks are not apostrophes: "'speak for themselves'" → "speak for themselves".
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1 ')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

/**
 * Marker a sentence's term text carries when it names a known city or region; a fact's concept
 * group may list "@place" to accept any such place ("only against targets in <somewhere>").
 */
export const PLACE_MARKER = 'qqplace';
/**
 * Marker a sentence's term text carries when it puts a place in another country than its own
 * ("the Kursk region of northeastern Ukraine"); "@misplaced" in a fact's concept group accepts it.
 */
export const MISPLACED_MARKER = 'qqmisplaced';
/**
 * Marker a sentence's term text carries when it names a region (Belgorod, Donetsk), not only a
 * city: "@region" in a fact's concept group accepts it ("stationed in the Belgorod region").
 */
export const REGION_MARKER = 'qqregion';
/**
 * Marker a sentence's term text carries, with the place's id, when it says which country the place
 * is in, and rightly ("Kursk, it bears repeating, is Russian territory"): "@located:kursk" in a
 * fact's group accepts it for that place only.
 */
export const LOCATED_MARKER = 'qqlocated';

/** A curated term in the same shape as `termText` output, without the padding. */
export function normaliseTerm(term: string): string {
  if (term === '@place') return PLACE_MARKER;
  if (term === '@misplaced') return MISPLACED_MARKER;
  if (term === '@region') return REGION_MARKER;
  if (term.startsWith('@located:')) return `${LOCATED_MARKER}${term.slice('@located:'.length)}`;
  const trailingSpace = /\s$/.test(term);
  const t = normalise(term)
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return trailingSpace ? `${t} ` : t;
}

const STOP = new Set(
  `a an the and or but of in on at to for from by with as is are was were be been being has have had do does did
  that this these those it its it's their there they them he she his her we our you your i me my not no
  will would could may might can should must shall than then so such also into over under about after before
  which who whom whose what when where why how all any some more most other said says say according
  per via while amid since until just only very much many been being up out new one two`
    .split(gated(/\s+/))
    .filter(Boolean),
);

/** Crude suffix stripping: enough to make "strikes"/"striking"/"struck"? no — "strikes"/"strike". */
export function stem(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (w.endsWith("'")) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (
    w.length > 4 &&
    w.endsWith('s') &&
    !w.endsWith('ss') &&
    !w.endsWith('us') &&
    !w.endsWith('is')
  )
    w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 5 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * Stems that news copy uses for one another, folded to one token so that a paraphrase ("a response
 * to Pyongyang sending its soldiers") overlaps the sources' wording ("responded to … troops").
 */
const SAME_SENSE = new Map<string, string>(
  Object.entries({
    troop: ['soldier', 'servicemen', 'serviceman', 'personnel'],
    respond: ['respons', 'reaction', 'react'],
    km: ['kilometr', 'kilometer'],
    missil: ['rocket'],
    depot: ['arsenal', 'warehouse', 'stockpil'],
    allow: ['approv', 'authoriz', 'authoris', 'permitt', 'permit', 'permission'],
    decision: ['decid'],
    mainly: ['primarily', 'chiefly', 'largely', 'mostly'],
    kyiv: ['kiev'],
  }).flatMap(([to, from]) => from.map((f): [string, string] => [f, to])),
);

/** Content tokens of `text`; a sentence is tokenised for its clauses, its claim and its candidates,
 * so the latest results are remembered (shared: do not modify the array). */
export const contentTokens: (text: string) => readonly string[] =
  /* @__PURE__ */ rememberRecent(contentTokensUncached);

function contentTokensUncached(text: string): string[] {
  const words = normalise(text).match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
  const out: string[] = [];
  for (const w of words) {
    if (STOP.has(w) || w.length < 2) continue;
    const st = stem(w);
    out.push(SAME_SENSE.get(st) ?? st);
  }
  return out;
}

/**
 * A sentence's term text as the index looks it up: for a sentence that names a place, with the
 * markers facts may ask for (tokens.ts). `terms` is `termText(text)`.
 */
export function withPlaceMarkers(text: string, terms: string = termText(text)): string {
  if (!mentionsSpecificPlace(text)) return terms;
  let marked = `${terms}${PLACE_MARKER} `;
  const places = extractPlaces(text);
  if (places.some((p) => p.kind === 'region')) marked += `${REGION_MARKER} `;
  if (places.some(misplaced)) marked += `${MISPLACED_MARKER} `;
  else for (const p of places) if (p.statedCountry !== null) marked += `${LOCATED_MARKER}${p.id} `;
  return marked;
}
