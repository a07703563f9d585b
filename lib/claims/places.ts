/**
 * Places with their country. The gazetteer says where a place is; the text may say something else
 * ("the conflict in Kursk, Ukraine"), which is recorded as `statedCountry` so callers can flag it.
 */
import gazetteer from './data/places.json';
import type { Place } from './types';
import { rememberRecent } from '../util/recent';
import { gated } from '../util/regex-gate';

interface Entry {
  id: string;
  name: string;
  country: string;
  kind: Place['kind'];
  names: string[];
}

const ENTRIES = gazetteer.places as Entry[];
const COUNTRY_NAMES = gazetteer.countryNames as Record<string, string[]>;
const COUNTRY_ADJECTIVES = gazetteer.countryAdjectives as Record<string, string[]>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const NAME_TO_ENTRY = new Map<string, Entry>();
for (const e of ENTRIES) for (const n of e.names) NAME_TO_ENTRY.set(n, e);

const PLACE_RE = gated(
  new RegExp(
    String.raw`\b(${[...NAME_TO_ENTRY.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})\b(\s+(?:region|oblast|province|territory))?`,
    'g',
  ),
);

function countryFromName(name: string): string | null {
  for (const [code, names] of Object.entries(COUNTRY_NAMES)) if (names.includes(name)) return code;
  return null;
}
function countryFromAdjective(adj: string): string | null {
  for (const [code, adjs] of Object.entries(COUNTRY_ADJECTIVES))
    if (adjs.includes(adj)) return code;
  return null;
}

const COUNTRY_ALT = Object.values(COUNTRY_NAMES).flat().map(escape).join('|');
const ADJ_ALT = Object.values(COUNTRY_ADJECTIVES).flat().map(escape).join('|');
/**
 * "Kursk, Ukraine" / "Kursk region of Russia" / "Kursk in Russia" / "Kursk lies in Russia" / "a
 * province in Ukraine's north-east" / "described Kursk as a province in eastern Ukraine" / "Kursk
 * is an area in northeastern Ukraine" / "the Kursk front in eastern Ukraine" (but not "Kursk in
 * Russia's war").
 */
/** Where in the country: "eastern", "the north-east of" ("a region in the east of Ukraine"). */
const DIRECTION = String.raw`(?:(?:eastern|western|southern|northern|central|north-eastern|south-western|southwestern|northeastern)\s+|the\s+(?:far\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+)?`;
const STATED_AFTER = gated(
  new RegExp(
    String.raw`^(?:(?:,|\s+as|\s+(?:is|was|remains|lies)\s+(?=an?\s|the\s))\s*["“'‘]?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:province|region|oblast|city|town|area|border region|corner|part|patch|slice|stretch|swathe|chunk|territory|borderland)\s+(?:of|in)\s+${DIRECTION}|,\s*(?:which|that)\s+(?:lies|is|sits|is located)\s+in\s+${DIRECTION}|\s+(?:is|was|remains|lies|sits|is located)\s+(?:just\s+|firmly\s+|squarely\s+|(?:way\s+)?(?:over|out|up|down|right)\s+)?(?:inside\s+|in\s+)${DIRECTION}|(?:\s+(?:region|oblast|province))?,\s*(?:located\s+|situated\s+|just\s+|up\s+|down\s+|over\s+|out\s+|right\s+)?in\s+${DIRECTION}|,\s*|\s+(?:region\s+|oblast\s+|province\s+|front(?:\s+line)?\s+|frontline\s+|sector\s+)?(?:of|in)\s+${DIRECTION})(${COUNTRY_ALT})\b(?!['’]s(?!\s+(?:far\s+)?(?:north|south|east|west)))`,
  ),
);
/**
 * Words going on after "Kursk, US": the country names who ("US officials believe", "in Brussels, US
 * Defense Secretary Lloyd Austin briefed …"), not where; or
 * it opens the next clause as its subject ("In Russia's Kursk region, Ukraine is still holding …",
 * "two days after the decision leaked in Washington, Ukraine fired …": a verb in the past follows).
 */
const MODIFIER_AFTER = gated(
  /^\s+(?:officials?|intelligence|forces|troops|soldiers|sources|military|officers|analysts|authorities|government|administration|diplomats|media|lawmakers|commanders|spokes\w+|defen[cs]e|secretary|president(?:-elect)?|envoy|ambassador|embassy|senators?|congress\w*|army|navy|department|state\s+department|ministers?|ministry|leaders?|(?:foreign|defen[cs]e|prime)\s+minister|(?:is|was|are|were|has|had|have|says|said|still|will|would|could|can|may|might|must|remains|claims|holds|held|continues|now|also|[a-z]+ed|struck|hit|sent|took|began|won|lost|got|made|kept|fought|shot|brought|saw|told|gave|went|came)\b)\b/i,
);
/**
 * "Kursk is a Russian province", "Sumy is a Ukrainian border city", and in apposition: "Kursk, the
 * Ukrainian border region they entered in August"; with no article, "Kursk is Russian territory"
 * (or soil, or land).
 */
const STATED_AFTER_ADJ = gated(
  new RegExp(
    String.raw`^(?:\s+(?:is|was|remains)|\s*,)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?|(?=(?:${ADJ_ALT})\s+(?:territory|soil|land)\b))(${ADJ_ALT})\s+(?:[\w-]+\s+)?(?:province|region|oblast|city|town|territory|soil|land)\b`,
  ),
);
/** "Russia's Kursk region" / "the Russian region of Kursk" / "the Ukrainian city, Dnipro". */
const STATED_BEFORE_POSSESSIVE = gated(new RegExp(String.raw`\b(${COUNTRY_ALT})['’]s\s+$`));
const STATED_BEFORE_ADJ = gated(
  new RegExp(
    String.raw`\b(${ADJ_ALT})\s+(?:city|region|town|province|oblast|border\s+region|port\s+city)(?:\s+of|,)?\s+$`,
  ),
);
/** "the Ukrainian region of Kursk" is covered above; "Ukraine's eastern Kursk" / "in Ukraine's Kursk". */
const STATED_BEFORE_POSSESSIVE_DIR = gated(
  new RegExp(String.raw`\b(${COUNTRY_ALT})['’]s\s+${DIRECTION}$`),
);

/**
 * A possessive that owns an operation, not the place: "Ukraine's Kursk incursion", "Kyiv's Kursk
 * gamble" say whose offensive it is, not whose region; so do what it won or sent there: "Ukraine's
 * Kursk gains", "Kyiv's Kursk troops".
 */
const OPERATION_AFTER = gated(
  /^(?:\s+(?:region|oblast|province))?\s+(?:incursion|offensive|operation|gamble|gambit|bet|push|attack|assault|advance|thrust|raid|foothold|toehold|salient|bridgehead|lodge?ment|enclave|pocket|campaign|venture|adventure|counteroffensive|counter-offensive|gain|holding|position|troop|force|soldier|unit|grouping|loss|losses|card|chip|stake|grip)s?\b/i,
);

/** An aside between a place and what the sentence says it is: ", for anyone who tuned out," */
const ASIDE_BEFORE_VERB = gated(/^,[^,.;:]{1,60},(?=\s+(?:is|was|remains|lies|sits)\s)/);

/**
 * A city abroad that speaks for its government, as the subject of its clause: "Rome has kept its
 * distance", "Brussels insists …", "Ankara's position". (Not "during a visit to Rome".)
 */
const GOVERNMENT_AFTER = gated(
  /^(?:['’]s\s+(?:position|stance|line|government|decision|view|views|reluctance|caution|support|refusal|reaction|response)\b|\s+(?:has|have|had|is|was|says|said|insists|insisted|wants|wanted|kept|keeps|refused|refuses|argues|argued|fears|feared|sees|saw|will|would|remains|remained|repeated|warned|welcomed|opposed|backed)\b)/,
);
const CLAUSE_OPENING_BEFORE = gated(
  /(?:^|[.;:!?]\s+|,\s+(?:while|and|but|whereas)\s+|\b(?:while|whereas)\s+)$/,
);
/** Countries of the war: their cities are places, whatever they do in a sentence. */
const WAR_COUNTRIES: ReadonlySet<string> = new Set(['RU', 'UA', 'KP', 'BY']);

/** Find places; a country named on its own is a place of kind 'country'. */
/**
 * The places a sentence names. The engine reads them once for its candidate lookup and again for
 * the claim: the latest results are remembered (shared: do not modify them).
 */
export const extractPlaces: (text: string) => readonly Place[] =
  /* @__PURE__ */ rememberRecent(extractPlacesUncached);

function extractPlacesUncached(text: string): Place[] {
  const out: Place[] = [];
  PLACE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACE_RE.exec(text))) {
    const entry = NAME_TO_ENTRY.get(m[1]!)!;
    // "Russia's"/"Russian" as a possessive or adjective of another place is handled by statedCountry.
    const start = m.index;
    const end = start + m[0].length;
    if (
      entry.kind === 'city' &&
      !WAR_COUNTRIES.has(entry.country) &&
      GOVERNMENT_AFTER.test(text.slice(end)) &&
      CLAUSE_OPENING_BEFORE.test(text.slice(Math.max(0, start - 12), start))
    )
      continue;
    let stated: string | null = null;
    if (entry.kind !== 'country') {
      let rest = text.slice(end);
      let after = STATED_AFTER.exec(rest);
      // "Kursk, for anyone who tuned out that week, is a province in northeastern Ukraine".
      const aside = after ? null : ASIDE_BEFORE_VERB.exec(rest);
      if (aside) {
        rest = rest.slice(aside[0].length);
        after = STATED_AFTER.exec(rest);
      }
      const before = text.slice(Math.max(0, start - 40), start);
      const operation = OPERATION_AFTER.test(text.slice(end));
      const poss = operation
        ? null
        : (STATED_BEFORE_POSSESSIVE.exec(before) ?? STATED_BEFORE_POSSESSIVE_DIR.exec(before));
      const adj = STATED_BEFORE_ADJ.exec(before);
      const afterAdj = after ? null : STATED_AFTER_ADJ.exec(rest);
      // "in Kursk, US officials believe": a country that goes on as a modifier is not the place's.
      // Nor one quoted with the place as words someone wrote, where the sentence names the place's
      // own country too: "a headline referred to 'Kursk, Ukraine'; the region is in Russia" (not
      // "A map labels the area 'Kursk, Ukraine'").
      if (
        after &&
        !(
          /^,\s*$/.test(after[0].slice(0, -after[1]!.length)) &&
          MODIFIER_AFTER.test(rest.slice(after[0].length))
        ) &&
        !(
          /["'‘“]$/.test(text.slice(Math.max(0, start - 1), start)) &&
          /^["'’”]/.test(rest.slice(after[0].length)) &&
          namesCountry(text.slice(0, start) + text.slice(end + after[0].length), entry.country)
        )
      )
        stated = countryFromName(after[1]!);
      else if (afterAdj) stated = countryFromAdjective(afterAdj[1]!);
      else if (poss) stated = countryFromName(poss[1]!);
      else if (adj) stated = countryFromAdjective(adj[1]!);
    }
    out.push({
      text: m[0],
      start,
      end,
      id: entry.id,
      name: entry.name,
      country: entry.country,
      statedCountry: stated,
      kind: entry.kind,
    });
  }
  return out;
}

const SPECIFIC_RE = gated(
  new RegExp(
    String.raw`\b(?:${ENTRIES.filter((e) => e.kind !== 'country')
      .flatMap((e) => e.names)
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})\b`,
  ),
);

/** Does the text name a city or region the gazetteer knows (cheap: one regex, no slot objects)? */
export function mentionsSpecificPlace(text: string): boolean {
  return SPECIFIC_RE.test(text);
}

/**
 * The country a group of people opening the sentence belongs to: "Ukrainian lawmakers …", "The
 * German government …" (ISO code), or null.
 */
const GROUP_OF_COUNTRY = gated(
  new RegExp(
    String.raw`^\W*(?:the\s+)?(${ADJ_ALT})\s+(?:lawmakers|legislators|MPs|deputies|senators|politicians|officials|diplomats|ministers|ministry|government|parliament|leaders|leadership|president|prime minister|foreign minister|defen[cs]e minister)\b`,
  ),
);
export function groupCountry(text: string): string | null {
  const m = GROUP_OF_COUNTRY.exec(text);
  return m ? countryFromAdjective(m[1]!) : null;
}

/**
 * Does the text name the country (ISO code) by a name or an adjective, its people included
 * ("South Korea", "the South Koreans")?
 */
export function namesCountry(text: string, code: string): boolean {
  let re = COUNTRY_WORDS.get(code);
  if (re === undefined) {
    const words = [...(COUNTRY_NAMES[code] ?? []), ...(COUNTRY_ADJECTIVES[code] ?? [])];
    re = words.length > 0 ? new RegExp(String.raw`\b(?:${words.map(escape).join('|')})`) : null;
    COUNTRY_WORDS.set(code, re);
  }
  return re !== null && re.test(text);
}
const COUNTRY_WORDS = new Map<string, RegExp | null>();

/** The text puts a place in another country than the gazetteer does. */
export function misplaced(place: Place): boolean {
  return place.statedCountry !== null && place.statedCountry !== place.country;
}

export const COUNTRY_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(COUNTRY_NAMES).map(([code, names]) => [code, names[0]!])),
  NATO: 'NATO',
};
