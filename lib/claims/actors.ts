/**
 * Actors with aliases: "Zelensky" / "Zelenskiy" / "Zelenskyy"; "Lloyd Austin" / "the US defence
 * secretary". One match per span; the longest alias wins where two overlap.
 */
import data from './data/actors.json';
import { substringFinder } from '../util/substrings';
import type { Actor } from './types';
import { gated } from '../util/regex-gate';

interface Entry {
  id: string;
  name: string;
  kind: Actor['kind'];
  country?: string;
  party?: string;
  body?: string;
  aliases: string[];
}

const ENTRIES = (data.actors as Entry[]).map((e) => ({
  ...e,
  res: e.aliases.map((a) => ({
    // An apostrophe in an alias matches a curly one too: "Ukraine’s defense minister".
    re: new RegExp(String.raw`(?<![\w-])(?:${a.replace(/\['’\]|'/g, "['’]")})(?![\w-])`, 'gi'),
    needle: needleOf(a),
  })),
}));

/**
 * A literal word every match of an alias must contain ("austin" for "(?:Lloyd\s+)?Austin"): the
 * longest run of plain letters outside optional groups. A text without it cannot match, so the
 * regex is not run — most sentences name few of the ~80 actors.
 */
function needleOf(alias: string): string {
  let src = alias;
  // Drop optional groups, innermost first: "(?:Lloyd\s+)?Austin" → "Austin".
  for (let prev = ''; prev !== src;) {
    prev = src;
    src = src.replace(/\((?:\?:)?[^()]*\)\?/g, ' ');
  }
  // Drop alternations: "(?:Pat|Patrick)\s+Ryder" must not need "patrick" ("Pat Ryder").
  src = src.replace(/\((?:\?:)?[^()]*\|[^()]*\)/g, ' ');
  // Drop character classes, escapes, lookarounds and quantified letters ("Zelens[kc]yy?").
  src = src
    .replace(/\(\?[=!<][^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\\./g, ' ')
    .replace(/[A-Za-z]\?/g, ' ');
  const words = src.match(/[A-Za-z]{2,}/g) ?? [];
  return words.sort((a, b) => b.length - a.length)[0]?.toLowerCase() ?? '';
}

/** Every needle, once. */
const NEEDLES = [...new Set(ENTRIES.flatMap((e) => e.res.map((r) => r.needle)).filter(Boolean))];
/** The needles a lower-cased text contains: one scan instead of one search per alias. */
const needlesIn = substringFinder(NEEDLES);

/** Every alias pattern with its entry, in the order the entries list them. */
const PATTERNS = ENTRIES.flatMap((e) => e.res.map((r) => ({ e, re: r.re })));
/** Each needle's patterns (positions in PATTERNS); patterns without a needle are always tried. */
const BY_NEEDLE = new Map<string, number[]>();
const ALWAYS: number[] = [];
ENTRIES.flatMap((e) => e.res).forEach(({ needle }, k) => {
  if (!needle) ALWAYS.push(k);
  else {
    const list = BY_NEEDLE.get(needle);
    if (list) list.push(k);
    else BY_NEEDLE.set(needle, [k]);
  }
});

/**
 * The patterns worth trying on a text: those whose needle it contains, and those without one, in
 * PATTERNS order (where two aliases match the same span, the entry listed first is kept).
 */
function patternsFor(present: Set<string>): number[] {
  const out = [...ALWAYS];
  for (const n of present) out.push(...(BY_NEEDLE.get(n) ?? []));
  return out.sort((a, b) => a - b);
}

/** Case-sensitive aliases: short upper-case forms that collide with English words ("US" vs "us"). */
const CASE_SENSITIVE = gated(/^(?:US|UK|HUR|NATO|DPRK)/);

export function extractActors(text: string): Actor[] {
  const found: Actor[] = [];
  for (const k of patternsFor(needlesIn(text.toLowerCase()))) {
    const { e, re } = PATTERNS[k]!;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (
        CASE_SENSITIVE.test(m[0].toUpperCase()) &&
        m[0].length <= 4 &&
        m[0] !== m[0].toUpperCase()
      ) {
        continue;
      }
      found.push({
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        id: e.id,
        name: e.name,
        kind: e.kind,
        country: e.country ?? null,
        party: e.party ?? null,
        body: e.body ?? null,
      });
    }
  }
  // Keep the longest of overlapping matches.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Actor[] = [];
  for (const a of found) if (!kept.some((o) => a.start < o.end && a.end > o.start)) kept.push(a);
  kept.sort((a, b) => a.start - b.start);
  // A title before someone else's name is that person's: "NATO Secretary-General Jens
  // Stoltenberg" names Stoltenberg, not the secretary-general the gazetteer knows (Rutte).
  const out = kept.filter((a, i) => {
    if (a.kind !== 'person' || !isTitle(a)) return true;
    // A title told as a post another holds, held or is to hold: "Marco Rubio, Trump's pick for
    // secretary of state", "the incoming secretary of state", "the secretary of state-designate".
    if (
      POST_FOR_ANOTHER_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start)) ||
      POST_FOR_ANOTHER_AFTER.test(text.slice(a.end, a.end + 20))
    )
      return false;
    const name = NAME_AFTER.exec(text.slice(a.end));
    if (!name || NOT_NAMES.test(name[1]!)) return true;
    const next = kept[i + 1];
    // Someone the gazetteer knows: the title is theirs only when they are the same person.
    if (next && next.start < a.end + name[0].length) return next.id === a.id;
    return false;
  });
  // "Secretary of State Antony Blinken": a role and a name side by side are one mention.
  const merged: Actor[] = [];
  for (const a of out) {
    const prev = merged[merged.length - 1];
    if (prev && prev.id === a.id && /^\s*$/.test(text.slice(prev.end, a.start))) {
      prev.end = a.end;
      prev.text = text.slice(prev.start, prev.end);
    } else {
      merged.push({ ...a });
    }
  }
  for (const a of merged) {
    if (a.kind !== 'person') continue;
    Object.assign(a, statedAffiliation(text, a.start, a.end));
    if (a.body) a.statedBody = statedBody(text, a.start, a.end, a.country, a.body);
  }
  for (const u of unknownPersons(text, merged)) merged.push(u);
  return merged.sort((a, b) => a.start - b.start);
}

/** The person's surname, lower-cased: a mention without it names them by their title. */
const SURNAMES = new Map(ENTRIES.map((e) => [e.id, e.name.split(' ').pop()!.toLowerCase()]));
function isTitle(a: Actor): boolean {
  const surname = SURNAMES.get(a.id);
  return surname !== undefined && !a.text.toLowerCase().includes(surname);
}

/** Before a title: the post is someone else's (see `extractActors`). */
const POST_FOR_ANOTHER_BEFORE = gated(
  /\b(?:(?:pick|choice|nominee|candidate|nominated|named|tapped|picked|chosen|chose|appointed)\s+(?:him\s+|her\s+)?(?:for|as|to\s+be)\s+(?:the\s+)?(?:next\s+|new\s+)?|(?:incoming|next|future|former|then|ex|would-be)[-\s]+)$/i,
);
/** After a title: "secretary of state-designate", "secretary of state nominee". */
const POST_FOR_ANOTHER_AFTER = gated(/^(?:-designate\b|\s+(?:nominee|pick|designate)\b)/i);

/**
 * A capitalised name right after a title: "Secretary of State Marco Rubio", "Ukraine's defence
 * minister, Oleksii Reznikov".
 */
const NAME_AFTER = gated(/^,?\s+([A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)/);

/** Country adjectives and possessives that may precede a person's title. */
const COUNTRY_WORDS: Record<string, string> = {
  American: 'US',
  US: 'US',
  'U.S.': 'US',
  British: 'GB',
  "Britain's": 'GB',
  German: 'DE',
  "Germany's": 'DE',
  French: 'FR',
  "France's": 'FR',
  Polish: 'PL',
  "Poland's": 'PL',
  Ukrainian: 'UA',
  "Ukraine's": 'UA',
  Russian: 'RU',
  "Russia's": 'RU',
  Belarusian: 'BY',
  "Belarus's": 'BY',
  'North Korean': 'KP',
  NATO: 'NATO',
  "NATO's": 'NATO',
  Hungarian: 'HU',
  "Hungary's": 'HU',
  Italian: 'IT',
  Dutch: 'NL',
};
/** Countries a text names by one of COUNTRY_WORDS ("A Russian missile attack": RU), by code. */
export function countriesByWord(text: string): Set<string> {
  return new Set([...text.matchAll(COUNTRY_WORD_RE)].map((m) => COUNTRY_WORDS[m[0]]!));
}
const TITLE_WORDS = String.raw`(?:(?:Foreign|Defen[cs]e|Prime|Deputy|Former|former|Senior|senior|Vice)\s+)*(?:Secretary-General|Secretary General|secretary-general|chief|Minister|Secretary|President|Chancellor|Senator|Sen\.|Representative|representative|Rep\.|Congressman|Congresswoman|congressman|congresswoman|lawmaker|official|spokesman|spokeswoman|spokesperson|adviser|advisor|general|General|leader|senator|Chairman|chairman|Chairwoman|chairwoman)`;
const COUNTRY_ALTS = Object.keys(COUNTRY_WORDS)
  .map((k) => k.replace(/[.]/g, '\\.'))
  .join('|');
const COUNTRY_WORD_RE = gated(new RegExp(String.raw`\b(?:${COUNTRY_ALTS})(?![\w'’.-])`, 'g'));
/** A party stands with or without a title: "Democrat Mike Turner", "the Democratic congressman X". */
const AFFILIATION_RE = gated(
  new RegExp(
    String.raw`(?:\b(${COUNTRY_ALTS})\s+)?(?:\b(Democratic|Republican|Democrat)\s+(?:${TITLE_WORDS}\s+)?|${TITLE_WORDS}\s+)$`,
  ),
);

/** "German Foreign Minister X", "Democratic Representative X": what the text says of the person. */
const APPOSITIVE_PARTY = gated(
  /^,?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(Democratic|Republican|Democrat)\b/,
);

function statedAffiliation(
  text: string,
  start: number,
  end = start,
): { statedCountry: string | null; statedParty: string | null } {
  const before = text.slice(Math.max(0, start - 60), start);
  const m = AFFILIATION_RE.exec(before);
  const after = APPOSITIVE_PARTY.exec(text.slice(end, end + 40));
  const partyWord = m?.[2] ?? after?.[1];
  const party = partyWord ? (partyWord.startsWith('Democrat') ? 'D' : 'R') : null;
  return { statedCountry: m?.[1] ? (COUNTRY_WORDS[m[1]] ?? null) : null, statedParty: party };
}

/**
 * A legislature named right before a person ("Duma deputy Leonid Slutsky", "Senator Mike Turner")
 * or in an appositive right after the name ("Andrei Klishas, a senior member of Russia's State
 * Duma, wrote …"). A senator is a member of the Federation Council in Russia, of the Senate in the
 * US.
 */
const BODY_BEFORE = gated(
  /\b(?:(State\s+Duma|Duma)(?:\s+(?:member|deputy|lawmaker|speaker|chairman))?|(Federation\s+Council)(?:\s+(?:member|chairwoman|chairman|speaker))?|([Ss]enator|Sen\.)|(Representative|Rep\.|Congressman|Congresswoman|congressman|congresswoman)|House\s+(?:Speaker|member))(?:\s+|\s*,\s+where\s+)(?:[A-Z][\w.'’-]*\s+){0,2}$/,
);
/**
 * A legislature named in an office before the name and set off from it by a comma: "a member of
 * the State Duma, Mr. Klishas", "the chairman of the House Armed Services Committee, Mike Rogers".
 */
const BODY_APPOSED_BEFORE = gated(
  /\b(?:member|deputy|lawmaker|senator|chair(?:man|woman)?|speaker|head|leader)\s+(?:of|in|on)\s+(?:(?:Russia|America)['’]s\s+|the\s+(?:Russian\s+|US\s+|U\.S\.\s+)?)?(?:(State\s+Duma|Duma)|(Federation\s+Council)|(Senate)|(House(?:\s+of\s+Representatives)?)|(lower|upper)\s+(?:house|chamber))\b[^,;.()]{0,50},\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?:[A-Z][\w'’-]*\s+){0,2}$/,
);
const BODY_AFTER = gated(
  /^,\s+(?:[^,.;()]{0,50}?\b(?:of|in|on|to|chair(?:s|ed|ing)?|head(?:s|ed|ing)?|lead(?:s|ing)?|led)\s+)?(?:(?:Russia|America)['’]s\s+|the\s+(?:Russian\s+|US\s+|U\.S\.\s+)?)?(?:(State\s+Duma|Duma)|(Federation\s+Council)|(Senate)|(House(?:\s+of\s+Representatives)?)|(lower|upper)\s+(?:house|chamber))\b/,
);

/**
 * A US executive office named in a spokesperson's title, before the name ("Pentagon spokesman John
 * Kirby", "the State Department's John Kirby") or in an appositive after it ("John Kirby, then the
 * Pentagon press secretary"). A former office ("a former Pentagon press secretary") is no claim
 * about the present one.
 */
const OFFICE_NAME = String.raw`(White\s+House|Pentagon|Defen[cs]e\s+Department|Department\s+of\s+Defen[cs]e|State\s+Department)`;
const OFFICE = String.raw`${OFFICE_NAME}(?:['’]s)?\s+(?:[a-z-]+\s+){0,3}?(?:spokes(?:man|woman|person)|press\s+secretary|coordinator)`;
const OFFICE_BEFORE = gated(
  new RegExp(
    String.raw`(?<!\bformer\s+(?:the\s+)?)\b(?:${OFFICE}\s+(?:[A-Z][\w.'’-]*\s+){0,2}|${OFFICE_NAME}['’]s\s+)$`,
  ),
);
const OFFICE_AFTER = gated(
  new RegExp(String.raw`^,\s+(?:then\s+|at\s+the\s+time\s+)?(?:the\s+|an?\s+)?${OFFICE}`),
);
const OFFICE_IDS: [RegExp, string][] = [
  [gated(/^White/), 'white-house'],
  [gated(/^(?:Pentagon|Defen|Department)/), 'pentagon'],
  [gated(/^State/), 'state-department'],
];

function statedBody(
  text: string,
  start: number,
  end: number,
  country: string | null,
  body: string,
): string | null {
  if (OFFICE_IDS.some(([, id]) => id === body)) {
    const o =
      OFFICE_BEFORE.exec(text.slice(Math.max(0, start - 60), start)) ??
      OFFICE_AFTER.exec(text.slice(end, end + 90));
    const office = o?.[1] ?? o?.[2];
    return office ? OFFICE_IDS.find(([re]) => re.test(office))![1] : null;
  }
  const m =
    BODY_BEFORE.exec(text.slice(Math.max(0, start - 50), start)) ??
    BODY_APPOSED_BEFORE.exec(text.slice(Math.max(0, start - 110), start));
  const after = m ? null : BODY_AFTER.exec(text.slice(end, end + 90));
  const g = m ?? after;
  if (!g) return null;
  if (g[1]) return 'state-duma';
  if (g[2]) return 'federation-council';
  if (g[3]) return country === 'RU' ? 'federation-council' : 'us-senate';
  // A chamber by its rank: "a senior lawmaker in Russia's lower house".
  if (g[5] === 'lower') return country === 'RU' ? 'state-duma' : 'us-house';
  if (g[5] === 'upper') return country === 'RU' ? 'federation-council' : 'us-senate';
  // A representative, or the House named ("House Speaker Mike Johnson").
  return 'us-house';
}

/** A capitalised name of two or three words; a word may have an inner capital ("McFaul"). */
const NAME_WORD = String.raw`[A-Z](?:['’][A-Z])?[a-z'’-]+(?:[A-Z][a-z'’-]+)?`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:[A-Z]\.\s+)?${NAME_WORD}){1,2}`;
/** More ways of telling what someone said: "Ben Hodges … remarked that …", "Herbst observed". */
const SPOKE = String.raw`remarked|observed|quipped|insisted|contended|stressed|explained|suggested|claimed|declared|cautioned|predicted|asserted|maintained|commented|conceded|acknowledged|admitted`;
const UNKNOWN_PATTERNS = [
  gated(
    new RegExp(
      String.raw`\b(?:said|says|told|according to|warned|wrote)\s+(?:(?:retired|former|the)\s+)*(?:${TITLE_WORDS}\s+)?(${NAME})`,
      'g',
    ),
  ),
  gated(
    new RegExp(
      String.raw`(?:^|[,.;]\s+|\s)(${NAME})(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+(?:for\s+)?[A-Z][\w&-]*){0,3})?,?\s+(?:who\s+(?:had\s+|has\s+)?)?(?:said|says|saying|told|warned|wrote|argued|added|noted|put it|had the line|${SPOKE})\b`,
      'g',
    ),
  ),
  // A speaker opening the sentence or its reported clause, with an appositive: "Mike Rogers, the
  // Republican chair of the House intelligence committee, called it long overdue", "But Vivek
  // Ramaswamy, one of Trump's closest allies, accused …", "recalled that
  // Kurt Volker, a former US envoy, had said …", "as Kurt Volker, the former U.S. special envoy, put it".
  gated(
    new RegExp(
      String.raw`(?:^(?:(?:But|And|Yet|Meanwhile|Still)\s+)?|\b(?:that|when|as|after|while)\s+|[.;]\s+)(${NAME}),\s+(?:an?|the|one\s+of|[A-Z][\w-]*['’]s)\s+(?:[^,;.()]|(?<=\b[A-Z])\.){1,80},\s+(?:(?:had|has)\s+)?(?:said|says|told|warned|wrote|argued|added|noted|called|accused|critici[sz]ed|puts?\s+it|${SPOKE})\b`,
      'g',
    ),
  ),
  // A speaker named after the office, set off by commas: "the chairman of the House Armed Services
  // Committee, Mike Rogers, call the decision long overdue".
  gated(
    new RegExp(
      String.raw`\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){0,2}?(?:chairman|chairwoman|chair|member|head|leader|ranking\s+member)\s+(?:of|on|in)\s+(?:the\s+)?[A-Z][^,;.()]{2,70},\s+(?:(?:my|our)\s+(?:good\s+|dear\s+|old\s+)?(?:friend|colleague)\s+)?(${NAME}),`,
      'g',
    ),
  ),
  // "CEPA's Kurt Volker: lifting limits means …", "Stanford's Michael McFaul hailed …", a speaker
  // given by the body's possessive.
  gated(
    new RegExp(
      String.raw`\b[A-Z][\w&]*['’]s\s+(${NAME})(?=\s*:|,?\s+(?:said|says|told|wrote|argued|hailed|praised|called)\b)`,
      'g',
    ),
  ),
  gated(new RegExp(String.raw`\b${TITLE_WORDS}\s+(${NAME})`, 'g')),
  // A surname alone, given the quotation it closes: "'… with one hand tied behind their back,'
  // Herbst said".
  gated(
    new RegExp(
      String.raw`[”"’'],?\s+(${NAME_WORD})\s+(?:said|says|added|wrote|argued|told)\b(?!\s+(?:reporters|journalists))`,
      'g',
    ),
  ),
];
/** Capitalised words that start a name match but are not names. */
const NOT_NAMES = gated(
  /^(?:The|This|That|These|Those|In|On|At|But|And|However|Meanwhile|Ukraine|Russia|Kyiv|Moscow|Washington|North|South|White|State|United|European|Federation|Atlantic|President|Secretary|Minister|General|Reuters|AP|CNN|Bloomberg|Axios|Politico|Interfax|TASS|RIA|Ukrinform|Officials?|Analysts?)\b/,
);

/** Capitalised words that end a name match but name a body: "the House Intelligence Committee". */
const BODY_NAME = gated(
  /\b(?:Committee|Council|Department|Ministry|Agency|Office|Institute|Institution|Foundation|Center|Centre|Commission|Command|Service|Senate|House|Party|Caucus|Forces|Army|University)$/,
);

/**
 * Capitalised words that end a name match but name a party member, not a person: "Mike Turner, an
 * Ohio Republican, said".
 */
const PARTY_MEMBER = gated(/\b(?:Republicans?|Democrats?)$/);
/**
 * A body named inside an appositive of a person already found: "Rep. Mike Turner, the Ohio
 * Republican who chairs the House Intelligence Committee, told …" (Turner speaks, not the
 * committee). A body that speaks on its own, or a member of it ("a senior Republican on the Senate
 * Foreign Relations Committee said"), is still someone else.
 */
const IN_APPOSITIVE = gated(/^,\s+(?:an?|the)\s+[^,;.()]*$/);

/** Named persons the gazetteer does not know, found by how news copy introduces speakers. */
function unknownPersons(text: string, known: Actor[]): Actor[] {
  const out: Actor[] = [];
  for (const re of UNKNOWN_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const name = m[1]!;
      const start = m.index + m[0].indexOf(name);
      const end = start + name.length;
      if (NOT_NAMES.test(name) || PARTY_MEMBER.test(name) || BODY_NAME.test(name)) continue;
      if (known.some((a) => a.end <= start && IN_APPOSITIVE.test(text.slice(a.end, start))))
        continue;
      if ([...known, ...out].some((a) => start < a.end && end > a.start)) continue;
      const stated = statedAffiliation(text, start, end);
      out.push({
        text: name,
        start,
        end,
        id: `person:${name.toLowerCase().replace(/\s+/g, '-')}`,
        name,
        kind: 'person',
        // An unknown person's country is what the text says of them ("Polish President Andrzej Duda").
        country: stated.statedCountry,
        party: null,
        statedCountry: null,
        statedParty: stated.statedParty,
      });
    }
  }
  return out;
}
