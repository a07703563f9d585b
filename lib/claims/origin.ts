import { gated } from '../util/regex-gate';
/**
 * Whose weapons a text speaks of: "US-supplied long-range weapons", "American-made missiles",
 * "French long-range missiles", "British Storm Shadow missiles". A permission, a delivery or a strike
 * with one country's weapons is not the same event as with another's.
 */

const ORIGIN_WORDS: [RegExp, string][] = [
  [gated(/^(?:american|us|u\.s\.|united states|washington's|america's)$/i), 'US'],
  [gated(/^(?:french|france's|paris's)$/i), 'FR'],
  [gated(/^(?:british|uk|u\.k\.|britain's|london's)$/i), 'GB'],
  [gated(/^(?:german|germany's|berlin's)$/i), 'DE'],
];

const ORIGIN =
  "american|us|u\\.s\\.|united states|washington's|america's|french|france's|paris's|british|uk|u\\.k\\.|britain's|london's|german|germany's|berlin's";

/**
 * One or more origins ("British and American"), then the weapon: "US-supplied long-range missiles",
 * "British Storm Shadows".
 */
const WEAPON_ORIGIN = gated(
  new RegExp(
    String.raw`\b((?:${ORIGIN})(?:(?:\s*,\s*|\s+(?:and|or)\s+)(?:${ORIGIN}))*)(?:[- ](?:made|supplied|built|provided|donated|produced))?\s+(?:(?:long-range|longer-range|cruise|ballistic|storm shadow|scalp|taurus|atacms)\s+)*(?:missiles?|weapons?|rockets?|arms|storm\s+shadows?)\b`,
    'gi',
  ),
);
const ONE_ORIGIN = gated(new RegExp(String.raw`\b(?:${ORIGIN})(?=[\s,-]|$)`, 'gi'));

/**
 * Ukraine's own weapons ("Ukraine's own long-range drones", "Ukrainian-made missiles"): no ally's
 * permission is about them.
 */
const OWN_WEAPONS = gated(
  /\b(?:ukrainian[- ](?:made|built|produced|designed)|ukraine's own|kyiv's own|its own|home-?grown|home-?made|domestic|domestically[- ](?:made|built|produced))\s+(?:(?:long-range|longer-range|attack|cruise|ballistic|strike|kamikaze|neptune|palianytsia|liutyi|lyutyi|peklo)\s+)*(?:drones?|missiles?|weapons?|rockets?|uavs?)\b/i,
);

/**
 * Russia's own missiles and drones by kind, each its own but for the one fired at Dnipro, reported as
 * an intermediate-range missile, an "Oreshnik" and at first an intercontinental one.
 */
const RUSSIAN_MISSILES: readonly [kind: string, words: string][] = [
  ['irbm', String.raw`intercontinental|icbms?|intermediate[- ]range|irbms?|oreshnik|rs-26`],
  ['kinzhal', 'kinzhals?'],
  ['kalibr', 'kalibrs?'],
  ['kh', String.raw`kh-\d+`],
  ['iskander', 'iskanders?'],
  ['shahed', 'shaheds?'],
  ['zircon', 'zircons?|tsirkons?'],
];
const RUSSIAN_MISSILE_KINDS = RUSSIAN_MISSILES.map(
  ([kind, words]) => [kind, new RegExp(String.raw`\b(?:${words})\b`, 'i')] as const,
);

/** The kinds of Russian missile a text names ("irbm", "kinzhal", "kh", …). */
export function russianMissiles(text: string): Set<string> {
  const out = new Set<string>();
  for (const [kind, re] of RUSSIAN_MISSILE_KINDS) if (re.test(text)) out.add(kind);
  return out;
}

/**
 * Weapons whose name says whose they are, with no country named before them: "letting Kyiv fire
 * its SCALP missiles", "Germany's own Taurus cruise missile", "an Iskander"; ATACMS and HIMARS too,
 * so that a text naming German and American weapons keeps both. (Storm Shadow is left to the words
 * around it: Britain and France make it together.)
 */
const NAMED_WEAPONS: [RegExp, string][] = [
  [gated(/\b(?:atacms|himars)\b/i), 'US'],
  [gated(/\bscalp\b/i), 'FR'],
  [gated(/\btaurus\b/i), 'DE'],
  // Russia's own missiles and drones, and North Korea's: "Russia fired an intercontinental
  // ballistic missile at Dnipro" is no strike with an ally's weapons.
  [
    gated(new RegExp(String.raw`\b(?:${RUSSIAN_MISSILES.map(([, w]) => w).join('|')})\b`, 'i')),
    'RU',
  ],
  [gated(/\b(?:kn-2[345]|hwasong)\b/i), 'KP'],
];

/**
 * What the weapons are measured against: "well beyond anything Ukraine's home-made drones could
 * hit", "farther than British Storm Shadows", "70km inside Russia, a distance that Ukraine's
 * home-made drones cover routinely". The weapons compared with are not the sentence's.
 * ("More than 10,000" is a figure, not a comparison.)
 */
const COMPARED_WITH = gated(
  /\b(?:(?<!\b(?:more|less|fewer|other)\s+)than|beyond (?:anything|what|the reach of)|unlike|instead of|compared (?:with|to)|(?:a|the)\s+(?:distance|range)\s+(?:that|which))\b[^,;.:—–]*/gi,
);

/** `text` without what it measures its weapons against (see COMPARED_WITH). */
export function withoutComparisons(text: string): string {
  return text.replace(COMPARED_WITH, ' ');
}

/**
 * A country that lets its own weapons be fired: "Britain has still not given Kyiv the green light to
 * fire its Storm Shadow cruise missiles" (the weapons are the country's, named by "its").
 */
const COUNTRY_ITS_WEAPONS: [RegExp, string][] = [
  [
    gated(/\b(?:Britain|the\s+UK|the\s+U\.K\.|the\s+United\s+Kingdom|London|Downing\s+Street)\b/),
    'GB',
  ],
  [gated(/\b(?:France|Paris|the\s+Elys[ée]e)\b/), 'FR'],
  [gated(/\b(?:Germany|Berlin)\b/), 'DE'],
];
const ITS_WEAPONS = gated(
  /\bits\s+(?:own\s+)?(?:(?:long-range|cruise|storm\s+shadow|scalp|taurus)\s+)*(?:missiles?|weapons?|rockets?|storm\s+shadows?)\b/i,
);
/** How far before "its … missiles" the country may be named. */
const ITS_WEAPONS_REACH = 100;

/** Country codes of the weapons `text` attributes to a country; empty when it names none. */
export function weaponOrigins(text: string): Set<string> {
  const out = new Set<string>();
  text = withoutComparisons(text);
  if (OWN_WEAPONS.test(text)) out.add('UA');
  for (const [re, code] of NAMED_WEAPONS) if (re.test(text)) out.add(code);
  const its = ITS_WEAPONS.exec(text);
  if (its) {
    for (const [re, code] of COUNTRY_ITS_WEAPONS) {
      const m = re.exec(text);
      if (!m) continue;
      const between = text.slice(m.index + m[0].length, its.index);
      if (m.index < its.index && between.length <= ITS_WEAPONS_REACH && !/[.;]/.test(between))
        out.add(code);
    }
  }
  WEAPON_ORIGIN.lastIndex = 0;
  for (let m = WEAPON_ORIGIN.exec(text); m; m = WEAPON_ORIGIN.exec(text)) {
    for (const word of m[1]!.match(ONE_ORIGIN) ?? []) {
      for (const [re, code] of ORIGIN_WORDS) if (re.test(word)) out.add(code);
    }
  }
  return out;
}
