/**
 * Polarity and modality of a sentence's main assertion. Coarse on purpose: a sentence-level cue
 * list, with the "still bans" / "remains restricted" family counted as negation of a permission.
 */
import { rememberRecent } from '../util/recent';
import { SPEAKER_TAG, SPEAKER_TAG_PATTERN } from '../text/speaker';
import type { Modality } from './types';
import { gated } from '../util/regex-gate';

/**
 * Cues that are refusals of their own, with no "not" in them: "refused", "turned down", "said no".
 * Two of them in a sentence tell one refusal, not a refusal refused (see `polarity`).
 */
// Bare forms too: "continued to reject proposals", "would refuse".
const REFUSED = gated(/\brefus(?:e|ed|es|ing|als?)\b/i);
const REJECTED = gated(/\breject(?:ed|s|ing)?\b/i);
const TURNED_DOWN = gated(/\bturn(?:ed|s|ing)? down\b|\brebuff(?:ed|s)?\b/i);
// "Washington turned the requests down", "declined Kyiv's requests for anti-personnel mines".
const TURNED_REQUESTS_DOWN = gated(
  /\bturn(?:ed|s|ing)?\s+(?:the|its|their|that|this|these|those|[\w-]+['’]s)\s+(?:requests?|pleas?|appeals?|proposals?)\s+down\b/i,
);
const DECLINED_REQUESTS = gated(
  /\bdeclin(?:e|ed|es|ing)\s+(?:[\w'’-]+\s+){0,3}?(?:requests?|pleas?|appeals?|calls?|demands?)\b/i,
);
// "Washington said no to Kyiv's request", "The US also said no when Ukraine asked"; "was told no
// every single time", "kept hearing no".
const SAID_NO = gated(
  /\b(?:said|says|saying|say)\s+no\b(?=\s+(?:to|when|again|outright|once\s+more)\b|\s*[,.;:—–]|\s*$)|\b(?:(?:got|getting|was|were|been|being)\s+told|(?:kept|keep|keeps|keeping)\s+(?:hearing|getting))\s+(?:a\s+)?no\b(?=(?:\s+(?:(?:every|each)\s+(?:single\s+)?time|again|repeatedly|over\s+and\s+over))?(?:\s*[,.;:—–]|\s*$))|\b(?:the\s+)?answer\s+(?:was|is|has\s+been|had\s+been|remained|remains)\s+(?:(?:still|always|a|firm|flat|simple)\s+)*no\b(?=\s*[,.;:—–]|\s*$)/i,
);
/**
 * Limits kept, which restate a refusal rather than negate it: "stopped short of approving
 * anti-personnel mines", "has held the line on anti-personnel mines, however, turning down Kyiv's
 * requests" (one refusal told twice, not a refusal refused).
 */
const STOPPED_SHORT = gated(
  /\b(?:stop(?:s|ped)?|stopping) short(?:,?\s+(?:however|though|again|once more|for now),?)?\s+of\b/i,
);
const DREW_THE_LINE = gated(
  /\b(?:draw|draws|drew|drawn|drawing)\s+the\s+line\s+(?:only\s+|firmly\s+|finally\s+|squarely\s+)?at\b|\b(?:hold|holds|held|holding)\s+the\s+line\s+on\b/i,
);

const REFUSAL_CUES: readonly RegExp[] = [
  STOPPED_SHORT,
  DREW_THE_LINE,
  REFUSED,
  REJECTED,
  TURNED_DOWN,
  TURNED_REQUESTS_DOWN,
  DECLINED_REQUESTS,
  SAID_NO,
];

const NEGATION_CUES: RegExp[] = [
  // Not inside a hyphenated compound: "a not-so-secret plan", "months of will-they-won't-they";
  // nor "not least", which singles out ("gaps remained, not least that contractors are still barred");
  // nor "not long after", which is soon after ("Storm Shadow strikes followed not long after").
  gated(/(?<!-)\bnot\b(?!-|\s+least\b|\s+long\s+(?:after|afterwards?|before|ago|thereafter)\b)/i),
  // "didn't", "hasn't", "won't": the contraction ends a word (matched from the word's start, not
  // tried again from each of its letters).
  gated(/(?<!-)\b\w+n['’]t\b(?!-)/i),
  gated(/\bnever\b/i),
  // (Not a question moved on from: "the question is no longer whether they will be used but how
  // many remain".)
  gated(/\bno longer\b(?!\s+(?:(?:a\s+)?(?:question|matter)\s+of\s+)?(?:whether|if)\b)/i),
  gated(/\bnot yet\b/i),
  gated(/\b(?:has|have|had)\s+(?:also\s+|still\s+|so\s+far\s+)?yet\s+to\b/i),
  // "Biden declined, however, to send Kyiv the anti-personnel mines it had sought" (not a figure
  // that "declined to its lowest level", "declined to 3%").
  gated(
    /\bdeclin(?:ed|es|ing)(?:,\s*(?:however|though|for\s+now|so\s+far|again|once\s+more|in\s+the\s+end|ultimately|still),)?\s+to\b(?!\s+(?:(?:its|their|the|a|an|about|around|roughly|some)\b|\$?\d))/i,
  ),
  // Headline English: "WH DECLINES COMMENT", "the Pentagon declined comment".
  gated(/\bdeclin(?:ed|es|ing)\s+(?:further\s+|immediate\s+)?comment\b/i),
  // The bare verb, with what is declined: "the White House and the State Department decline to
  // comment" (a chronology's present; no figure falls "to comment").
  gated(
    /\bdecline\s+to\s+(?:comment|confirm|say|discuss|speak|elaborate|specify|respond|answer)\b/i,
  ),
  // Declined, with what was asked told before: "The White House, invited to confirm this,
  // declined", "Asked about the change, the Pentagon declined." (Not a figure that declined.)
  gated(
    /\bdeclined(?<=\b(?:asked|invited|approached|contacted|pressed)\b[^.;]{0,80}?declined)\b(?=\s*(?:[,.;]|$))/i,
  ),
  REFUSED,
  REJECTED,
  gated(/\bden(?:ied|ies|y|ying)\b/i),
  gated(/\brul(?:ed|es|ing|e) out\b/i),
  // "It stopped short, however, of supplying anti-personnel mines".
  STOPPED_SHORT,
  gated(/\bunsuccessfully\b|\bin vain\b|\bwithout success\b|\bto no avail\b/i),
  // "Kyiv had earlier tried, and failed, to get permission …": a request that failed.
  gated(
    /\b(?:tried|sought|pushed|pressed|lobbied|asked),?\s+(?:and|but)\s+failed,?\s+to\b|\bfailed,?\s+to\s+(?:get|win|obtain|secure|gain|persuade|convince)\b/i,
  ),
  gated(/\binability\b|\bunable to\b|\bcannot\b/i),
  // "Kremlin: nothing official yet".
  gated(
    /\bnothing\s+(?:(?:official|formal|public|on\s+the\s+record)\s+)?(?:yet|so\s+far|as\s+yet)\b/i,
  ),
  // "still too cautious to let their own defence contractors into Ukraine": too reluctant to do it.
  gated(
    /\btoo\s+(?:cautious|afraid|scared|timid|fearful|nervous|worried|reluctant|wary|hesitant|risk[- ]averse|frightened|skittish|squeamish)\s+(?:(?:of|about)\s+(?:[\w'’-]+\s+){1,3}?)?to\b/i,
  ),
  TURNED_DOWN,
  TURNED_REQUESTS_DOWN,
  DECLINED_REQUESTS,
  // "drew the line at anti-personnel mines", "held the line on the mines": a limit kept.
  DREW_THE_LINE,
  // "The Kremlin has so far refrained from any official reaction".
  gated(/\brefrain(?:ed|s|ing)?\s+from\b/i),
  // "Washington still balked, however, at sending anti-personnel mines" (not "Trump has balked at
  // the scale of US aid": objected to it).
  gated(
    /\bbalk(?:s|ed|ing)?(?:,\s*(?:however|though|still|again|for\s+now),)?\s+at\s+(?:[a-z]+ing)\b/i,
  ),
  // "has so far held off on sending Ukraine anti-personnel land mines" (not "held off Russian
  // attacks": an enemy kept at bay).
  gated(
    /\b(?:hold(?:s|ing)?|held)\s+off(?:,\s*(?:however|though|for\s+now|so\s+far),)?\s+(?:on|from)\b/i,
  ),
  SAID_NO,
  gated(/\boff[- ](?:the )?(?:table|limits)\b/i),
  // "anti-personnel mines, for one, stayed off the list".
  gated(
    /\b(?:stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|kept|left)\s+off\s+(?:the\s+|that\s+|its\s+)?(?:list|package|menu)\b/i,
  ),
  // Not the enemy held back: "mines meant to help Ukrainian troops hold back Russian forces". Its
  // own weapons held back too: "Britain held its Storm Shadow missiles back".
  gated(
    /\b(?:hold(?:s|ing)?|held) back\b(?!\s+(?:the\s+)?(?:Russian|Russia['’]s|Moscow['’]s|Russians|enemy|North Korean)\b)|\b(?:hold(?:s|ing)?|held)\s+(?:its|their|his|her|our)\s+(?:[\w'’-]+\s+){0,4}?back\b|\bwithh[oe]ld\w*\b/i,
  ),
  gated(/\bwithout (?:permission|approval|authori[sz]ation)\b/i),
  // "Joe Biden left office without ever agreeing to send Ukraine anti-personnel mines".
  gated(
    /\bwithout\s+(?:ever\s+)?(?:agreeing|approving|allowing|authori[sz]ing|permitting|letting|granting)\b/i,
  ),
  // "the Administration maintained its prohibition on U.S. defense contractors working inside
  // Ukraine": a limit kept.
  gated(
    /\b(?:maintain(?:s|ed|ing)?|uph[oe]ld(?:s|ing)?|retain(?:s|ed|ing)?|keep(?:s|ing)?|kept)\s+(?:its|the|their|his|a|an)\s+(?:[\w-]+\s+)?(?:prohibition|restrictions?)\s+on\b/i,
  ),
  gated(
    /\b(?:still|continues? to|continued to)\s+(?:ban|bar|prohibit|restrict|block|forbid|limit)s?\b/i,
  ),
  // ("A ban on contractors … remains in place" is one limit: its "ban" is the cue, not both.)
  gated(
    /\b(?:remains?|remained|stays?|is still|are still)\s+(?:restricted|banned|barred|prohibited|off[- ]limits|forbidden|blocked)\b|(?<!\b(?:bans?|bar)\b[^;:.—–]{0,100}?)\b(?:remains?|remained|stays?|is still|are still)\s+in\s+place\b/i,
  ),
  // (Not the idiom: "a revised nuclear doctrine that lowers the bar for Moscow to use its arsenal".)
  gated(
    /\b(?:bans?|(?<!\b(?:lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)|set(?:s|ting)?|clear(?:s|ed|ing)?)\s+the\s+)bars?|barred|barring|banning|prohibits?|prohibited|prohibiting|forbids?|forbade|forbidden|forbidding|blocked|vetoed)\b/i,
  ),
  gated(
    /\bno (?:(?:immediate|official|public|formal) ){0,2}(?:confirmation|permission|approval|decision|response|comment|reaction|reply|answer|word|statement)\b/i,
  ),
  // "still keeping U.S. defense contractors out of Ukraine", "kept American firms from working there",
  // "has kept its Storm Shadow cruise missiles off targets on Russian soil".
  // Passive too: "contractors will still be kept out of Ukraine".
  gated(
    /\b(?:keep(?:s|ing)?|kept)\s+(?:[\w.'’-]+\s+){1,5}?out\s+of\b|\b(?:keep(?:s|ing)?|kept)\s+(?:[\w.'’-]+\s+){1,6}?from\s+\w+ing\b|\b(?:keep(?:s|ing)?|kept)\s+(?:[\w.'’-]+\s+){1,5}?off\s+(?:targets?|limits|russian|russia['’]s)\b|\b(?:be|been|being|is|are|was|were)\s+(?:still\s+)?kept\s+out\s+of\b/i,
  ),
  // "its Storm Shadow cruise missiles stayed off Russian soil": not fired there; nor are missiles
  // a government "has kept away from targets on Russian soil" or "kept … holstered".
  gated(
    /\bstayed\s+(?:off|out\s+of)\s+(?:russian|russia['’]s|russia)\b|\bkept\s+(?:[\w'’-]+\s+){1,5}?away\s+from\s+(?:(?:targets|sites|anything)\s+(?:on|in|inside)\s+)?(?:russian|russia['’]s|russia)\b|\bkept\s+(?:its|their|his|the|those|these|britain['’]s|london['’]s|france['’]s|paris['’]s)\s+(?:[\w'’-]+\s+){0,4}?(?:missiles|weapons|rockets)\s+(?:holstered|sheathed|grounded|in\s+(?:storage|reserve|the\s+(?:holster|locker|box|warehouse)))\b/i,
  ),
  // "Austin said the United States had no plans to supply Ukraine with anti-personnel mines".
  gated(/\bno\s+(?:(?:immediate|current|further)\s+)?(?:plans?|intention|intent)\s+(?:to|of)\b/i),
  gated(/\bnothing\b/i),
  // "The timing had little to do with Mr. Trump's election victory": next to nothing.
  gated(/\blittle\s+to\s+do\s+with\b/i),
  // "the election result had no bearing on the timing", "had played no part in it".
  gated(
    /\b(?:had|has|have|bore|bears|played|plays)\s+no\s+(?:real\s+|direct\s+)?(?:bearing|influence|role|part)\s+(?:on|in)\b/i,
  ),
  // "The Pentagon decided against sending the mines", "opted against".
  gated(/\b(?:decid(?:ed|es|ing)|opt(?:ed|s|ing)|ch(?:ose|ooses|oosing))\s+against\b/i),
  // "There are no North Korean soldiers fighting in Kursk."
  gated(/\bthere\s+(?:are|were|is|was|have been|has been)\s+no\b/i),
  // "No Storm Shadows were fired into Russia", "no North Korean units have entered Ukraine", "no
  // Storm Shadow strikes on Russian territory have followed so far", "no strikes on Russian
  // territory with British-supplied Storm Shadow missiles have been recorded": "no" before the
  // subject of a verb (not "no fewer than", "no sooner had").
  gated(
    /\bno\s+(?!(?:fewer|less|more|sooner|longer|doubt|matter|one)\b)(?:[A-Za-z][\w'’-]*\s+){1,11}?(?:(?:were|was|have|has|had)\s+(?:yet\s+|so\s+far\s+|since\s+)?(?:been\s+)?|(?:are|is)\s+(?:being\s+)?)(?:[a-z]+ed|fired|sent|used|struck|hit|seen|shot|flown|thrown|taken|given)\b/i,
  ),
  // And before a verb of following or arriving in the past: "No British Storm Shadow cruise
  // missiles followed them into Russia".
  gated(
    /\bno\s+(?!(?:fewer|less|more|sooner|longer|doubt|matter|one)\b)(?:[A-Za-z][\w'’-]*\s+){1,9}?(?:followed|came|reached|struck|landed|crossed|entered|arrived|flew|went|occurred|happened)\b/i,
  ),
  // Verbless, in a note's shorthand: "but no confirmed SS strikes on Russian soil yet".
  gated(
    /\bno\s+(?!(?:fewer|less|more|sooner|longer|doubt|matter|one)\b)(?:[A-Za-z][\w'’-]*\s+){1,8}?yet\b/i,
  ),
  gated(/\bnobody\b|\bno[- ]one\b/i),
  // "Nor will American defence firms be allowed to…": a sentence opening with "Nor" denies (not
  // what "Nor did it help that …" goes on to state).
  gated(/^\W*nor\b(?!\s+(?:did|does|do|is|was|will|would|has|had)\s+it\s+\w+\s+that\b)/i),
  // "Kyiv's earlier bids to hit those airbases went nowhere", "Lukashenko scoffed at the idea".
  gated(/\b(?:went|go(?:es)?|got|led)\s+nowhere\b|\bcame to nothing\b|\bfell on deaf ears\b/i),
  gated(
    /\bscoff(?:ed|s|ing)?\s+at\b|\b(?:dismiss(?:ed|es|ing)|brush(?:ed|es|ing)\s+(?:off|aside))\s+the\s+(?:idea|notion|suggestion)\b/i,
  ),
  // "Biden held out to the end against handing Ukraine anti-personnel mines": resisted it.
  gated(
    /\b(?:hold(?:s|ing)?|held)\s+out\s+(?:(?:to\s+the\s+(?:end|last)|for\s+months|for\s+years|long)\s+)?against\b/i,
  ),
  // "Biden had for months resisted letting Kyiv use ATACMS", "resisted calls to lift the curbs",
  // "resisted Kyiv's requests for anti-personnel mines".
  gated(
    /\bresist(?:ed|s|ing)\s+(?:(?:calls?|pressure|pleas?|requests?|demands?)\s+(?:to|for)\s+|(?:(?:the|its|their|[\w-]+['’]s)\s+)(?:calls?|pleas?|requests?|demands?)\b|the idea\b|\w+ing\b)/i,
  ),
  // "Neither the White House nor the State Department wished to comment": one negation.
  gated(/\bneither\b/i),
  // "The companion decision … was quietly shelved": a decision not carried out.
  gated(/\bshelv(?:e|ed|es|ing)\b|\bput\s+on\s+(?:hold|ice)\b/i),
];

/**
 * The cues as global regexes, each gated by its literals (lib/util/regex-gate.ts): a sentence is
 * scanned for every match of each, and a cue none of whose words it holds costs a table lookup.
 * Made on first use, not at load: code that only imports this module should not pay for them.
 */
let cueRegexes: { each: RegExp[]; refusal: boolean[] } | null = null;
function cueRegexps(): { each: RegExp[]; refusal: boolean[] } {
  cueRegexes ??= {
    each: NEGATION_CUES.map((re) => gated(new RegExp(re.source, 'gi'))),
    refusal: NEGATION_CUES.map((re) => REFUSAL_CUES.includes(re)),
  };
  return cueRegexes;
}

/**
 * Lifting a prohibition is a positive act: "lifted its ban", "eased the restrictions", "lifted a
 * long-standing bar", "ending a months-long refusal", "reversed a long-standing ban", and in the
 * passive, "the ban on … has been lifted", "Biden's long refusal to let … had at last been
 * abandoned". The prohibition word inside such a phrase is not a negation cue.
 */
const LIFTING = gated(
  /\b(?:lift|lifts|lifted|lifting|ease|eases|eased|easing|remove|removes|removed|removing|scrap|scrapped|end|ends|ended|ending|drop|dropped|relax|relaxed|relaxing|loosen|loosened|loosening|overturn|overturned|waive|waived|rescind|rescinded|reverse|reverses|reversed|reversing|abandon|abandons|abandoned|abandoning|undo|undid|undoing|rolled\s+back|rolling\s+back|did\s+away\s+with)\b(?:\s+\S+){0,4}?\s+(?:ban|bans|bar|bars|restrictions?|limits?|limitations?|curbs?|prohibitions?|constraints?|rules?|veto|refusals?|objections?|opposition|reluctance|resistance)\b|\b(?:ban|bans|bar|restrictions?|limits?|limitations?|curbs?|prohibitions?|constraints?|veto|refusals?|objections?|opposition|reluctance|resistance)\b[^;:—–]{0,120}?\b(?:has|have|had|was|were|is|are)\s+(?:now\s+|finally\s+|at\s+last\s+|quietly\s+|effectively\s+|formally\s+)?(?:been\s+)?(?:lifted|eased|removed|scrapped|ended|dropped|relaxed|loosened|overturned|waived|rescinded|reversed|abandoned|undone|rolled\s+back)\b/gi,
);

/**
 * Uncertainty, not negation: "it is not clear whether …", "it isn't clear whether …", "it was not
 * immediately known if …" say
 * the same as "it is unclear whether …", as do "nobody yet knows whether …", "has yet to say
 * whether …" ("… to say publicly whether …"), "has not said whether …", "has also not said
 * whether …", "nor has he said whether …",
 * "nor is it clear whether …", "it is not for me to say whether …", "cannot say whether …", "won't
 * say whether …", "nobody can tell you whether …", "Whether the rules survive … is not yet clear"
 * and "Whether he keeps it or tears it up, nobody can tell you yet". Their "not" denies nothing the
 * sentence reports, nor does "it was not clear on Monday whether …", "nobody knows yet if …" or
 * "nobody in Warsaw knows whether …", nor "nobody could say for sure whether …", nor "nobody on his
 * team will say yet whether …", nor "the question nobody in Washington can answer yet", nor with an
 * aside: "Nobody, perhaps including Mr Trump himself, knows whether …".
 * (The last branch's lookbehind reads back to the sentence's start: a lookahead before it runs it
 * only where its verb starts.)
 */
const NOT_KNOWN = gated(
  /\bquestion\s+(?:that\s+)?(?:nobody|no one|no-one)\b[^.;]{0,40}?\b(?:can|could)\s+(?:yet\s+)?answer\b|(?:\bnot|\b(?:is|are|was|were)n['’]t)\s+(?:yet\s+|immediately\s+|entirely\s+|at all\s+)?(?:clear|known|certain|sure|confirmed)(?:\s+(?:on|by)\s+\w+day|\s+(?:yet|then|now|at\s+the\s+time|for\s+now|so\s+far))?,?\s+(?:whether|if|how|when|what|who|why|where)\b|\bnor\s+(?:is|was)\s+it\s+(?:yet\s+|any\s+more\s+)?(?:clear|known|certain)\s+(?:whether|if|how|when|what|who|why|where)\b|\b(?:nobody|no one|no-one)(?:\s+(?:in|at|outside|inside)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?|\s*,[^,.;]{1,50},)?\s+(?:yet\s+|really\s+|quite\s+)?(?:knows|knew)\s+(?:yet\s+|for\s+(?:sure|certain)\s+|now\s+)?(?:whether|if|how|when|what)\b|\b(?:has|have|had)\s+yet\s+to\s+(?:say|decide|announce|confirm|disclose|reveal|signal)\s+(?:\w+ly\s+)?(?:whether|if)\b|\b(?:(?:has|have|had|did|does|do)(?:\s+(?:also|still|so\s+far))?\s*(?:not|n['’]t)|nor\s+(?:has|have|had|did|does|do)\s+(?:[a-z]+\s+){1,3}?)\s*(?:yet\s+)?(?:said|say|decided|decide|announced|announce|signall?ed|signal|indicated|indicate|disclosed|revealed|made\s+(?:it\s+)?(?:known|clear)|make\s+(?:it\s+)?(?:known|clear))\s+(?:whether|if)\b|\b(?:not|n['’]t)\s+(?:for|up\s+to)\s+(?:me|us|him|her|them)\s+to\s+(?:say|decide|predict|speculate|judge)\s+(?:whether|if)\b|\b(?:can(?:not|['’]t)|could(?:\s+not|n['’]t)|won['’]t|will\s+not|wouldn['’]t|would\s+not)\s+(?:yet\s+)?(?:say|tell|know|predict)(?:\s+for\s+(?:sure|certain))?\s+(?:whether|if)\b|\b(?:nobody|no one|no-one)(?:\s+(?:in|at|outside|inside)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?|\s+(?:on|in|at)\s+(?:his|her|their|the)\s+(?:team|staff|side|camp|transition(?:\s+team)?)|\s*,[^,.;]{1,50},)?\s+(?:can|could|will|would)\s+(?:yet\s+|really\s+)?(?:say|tell(?:\s+(?:you|us|me))?|know|predict)(?:\s+for\s+(?:sure|certain)|\s+with\s+(?:any\s+)?(?:confidence|certainty))?\s+(?:yet\s+)?(?:whether|if)\b|\bneither\s+(?:[\w'’-]+\s+){1,3}?(?:will|would|can|could)\s+(?:yet\s+)?(?:say|tell|predict|know)\s+(?:whether|if)\b|\b(?=(?:is|was|remains?|remained|nobody|no one|no-one)\b)(?<=^\W*(?:(?:but|and|yet)\s+)?(?:whether|how|when|if)\b[^.;?]*)(?:(?:is|was|remains?|remained)\s+(?:still\s+)?not\s+(?:yet\s+|entirely\s+|immediately\s+)?(?:clear|known|certain)|(?:nobody|no one|no-one)(?:\s+(?:in|at|on|inside|outside)(?:\s+[\w'’-]+){1,3}?)?\s+(?:yet\s+|really\s+)?(?:knows|can\s+(?:really\s+|yet\s+)?(?:say|tell|know|predict)|could\s+(?:yet\s+)?(?:say|tell)))\b/gi,
);

/**
 * Continuity, not negation: "the rules barring Ukraine … had not changed" keeps the bar; its "not"
 * says nothing changed, so the bar is the sentence's one cue ("there is no change to the rule
 * barring contractors" too). So is a worry that has "not gone away" or "never faded": it persists.
 */
const NOT_CHANGED = gated(
  /(?:\bnot|\b\w+n['’]t)\s+(?:been\s+)?(?:changed|altered|modified|shifted)\b|\b(?:there\s+(?:is|was|has\s+been)\s+)?no\s+change\s+(?:to|in)\b|(?:\bnot|\bnever|\b\w+n['’]t)\s+(?:(?:really|entirely|quite|fully|completely)\s+)?(?:(?:gone|go|goes|went)\s+away|faded|fade|abated|abate|subsided|subside|dissipated|disappeared|receded|died\s+down|evaporated|vanished)\b/gi,
);
/**
 * Litotes: "not without cause", "not without risk" affirm, as do "would not go unanswered" and
 * "did not wait long"; the "not" negates nothing. So does "It was not until Monday that officials
 * confirmed it": the confirmation came, on Monday. And what someone left unsaid, not denied: "He
 * did not mention that Washington has also allowed American defence contractors to work inside
 * Ukraine" tells that it has. "It is hard not to read the decision's timing as a product of that
 * victory" reads it so.
 */
const NOT_WITHOUT = gated(
  /\b(?:(?:did|does|do|has|have|had)\s*(?:not|n['’]t)|(?:failed|neglected|omitted)\s+to)\s+(?:mention|point\s+out|note|add)\s+that\b|\bnot\s+until\b|\bnot\s+without\b|\bnot\s+(?:go|remain|be left|pass|stay)\s+un(?:answered|punished|noticed|challenged)\b|(?:\bnot|\b\w+n['’]t)\s+(?:wait|take)\s+long\b|\bnot\s+in\s+(?:doubt|question|dispute)\b|\b(?:hard|difficult|impossible|tough)\s+not\s+to\b/gi,
);

/**
 * A contrast set off in the sentence: "Trump's victory, not Pyongyang, explains the timing", "the
 * election — not Pyongyang — explains it". The "not" denies only what it sets aside.
 */
const CONTRAST_SET_OFF = gated(/[,—–]\s*not\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+\s*(?=[,—–])/gi);
const CONTRAST_SET_OFF_ONE = gated(new RegExp(CONTRAST_SET_OFF.source, 'i'));

/**
 * Not this way but that: "reached Moscow not through an announcement but through leaks", "fired not
 * at Moscow but at a depot in Bryansk". The "not" denies only the way set aside.
 */
const NOT_BUT = gated(
  /\bnot\s+(through|by|via|from|in|with|at|on|as)\s+[^,;.]{1,60}?\s+but\s+(?:rather\s+)?\1\b/gi,
);

/** Does `text` set a contrast off between commas or dashes (see CONTRAST_SET_OFF)? */
export function setsOffContrast(text: string): boolean {
  return CONTRAST_SET_OFF_ONE.test(text);
}

/**
 * A thing said to be more than it was, not denied: "it wasn't just an American thing anymore",
 * "the strikes were not merely symbolic". One of many is not denied either: "Washington wasn't the
 * only capital loosening the reins".
 */
const MORE_THAN = gated(
  /\b(?:is|was|are|were)(?:\s+not|n['’]t)\s+(?:just|merely|simply|only|the\s+only|alone\s+in)\b/gi,
);

/**
 * A need, not a denial: "the missiles cannot be fired without Western satellite data" tells what
 * firing them takes, and reports no firing either way. Leave withheld ("cannot fire them without
 * Washington's permission") is still a denial.
 */
const NEEDS = gated(
  /\b(?:can(?:not|['’]t)|could(?:\s+not|n['’]t))\s+(?:be\s+)?\w+\s+without\b(?!\s+(?:[\w'’-]+\s+){0,2}?(?:permission|approval|authori[sz]ation|consent|sign-off|go-ahead|green light)\b)/gi,
);
const NEEDS_ONE = gated(new RegExp(NEEDS.source, 'i'));

/** Does `text` tell what an act takes, not whether it happened (see NEEDS)? */
export function statesNeed(text: string): boolean {
  return NEEDS_ONE.test(text);
}

/**
 * Both ways, not negation: "where airlines will and will not fly", "what Kyiv can and cannot hit"
 * tell both sides of a line; the "not" denies nothing the sentence reports. So does an open "may or
 * may not": "Trump may or may not rip this permission up" leaves it open, as "may" does.
 */
const BOTH_WAYS = gated(
  /\b(will|would|can|could|do|does|did|is|are|was|were|has|have|had|should|may|might)\s+and\s+(?:\1\s*(?:not|n['’]t)|cannot|won['’]t)\b|\b(may|might|could)\s+or\s+\2\s+not\b/gi,
);

/**
 * A ban that names a treaty or a campaign, not a denial: "the International Campaign to Ban
 * Landmines condemned the decision", "the Mine Ban Treaty", "the 1997 treaty banning anti-personnel
 * mines", "weapons prohibited under the Ottawa Convention", ", a weapon more than 160 countries have
 * agreed to ban". The treaty's ban is background to what the sentence reports.
 */
const TREATY_BAN = gated(
  /\b(?:Campaign\s+to\s+Ban|(?:land)?mine\s+ban|ban\s+(?:treaty|convention))\b|\b(?:treaty|convention|accord|pact)\s+(?:that\s+)?(?:bans?|banning|prohibits?|prohibiting)\b|\b(?:banned|prohibited)\s+(?:by|under)\s+(?:the\s+|a\s+|an\s+)?(?:\d{4}\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:treaty|convention|accord)\b|,\s*(?:a|the)\s+(?:weapon|weapons|arms?|munitions?|mines?)\s+(?:that\s+|which\s+)?(?:more\s+than\s+|over\s+|some\s+|nearly\s+|about\s+)?\d+\s+(?:countries|nations|states|governments)\s+(?:have\s+|had\s+)?(?:agreed|pledged|promised|signed\s+up|vowed|committed)\s+to\s+(?:ban|outlaw|prohibit|renounce)\b/gi,
);

/**
 * An effect weighed, not an act denied: "Biden's decision … changed nothing", "the strikes achieved
 * little and meant nothing". What the sentence reports (the decision, the strikes) happened; its
 * "nothing" is a verdict on what came of it.
 */
const CHANGED_NOTHING = gated(
  /\b(?:chang(?:e|ed|es|ing)|achiev(?:e|ed|es|ing)|accomplish(?:ed|es|ing)?|alter(?:ed|s|ing)?|mean(?:s|t)?|solv(?:e|ed|es|ing)|settl(?:e|ed|es|ing))\s+(?:very\s+|almost\s+|next\s+to\s+|little\s+or\s+)?nothing\b/gi,
);

/**
 * "Has neither confirmed nor denied": the denial after "nor" is inside the one negation "neither"
 * makes, not a second one that would cancel it. So is the denial in "refused to confirm or deny",
 * "would not confirm or deny": one refusal to say either way.
 */
const NOR_DENIED = gated(
  /\bnor\s+(?:den(?:ied|ies|y)|reject(?:ed|s)?|refus(?:ed|es)|ruled out)\b|\bconfirm\s+or\s+deny\b/gi,
);

/**
 * Negation cues whose sentence should be read as positive again ("not only", "not just … but", "no
 * doubt"). "Not everyone" denies only that all do: "Nor does everyone in Washington expect the
 * change to matter much" tells that some doubt it.
 */
const NEGATION_CANCELLERS = gated(
  /\bnot only\b|\bnot (?:just|merely|simply)\b(?!\s+yet\b)(?=[^.;]*\bbut\b)|\bno doubt\b|\bnever before\b|\bnot (?:everyone|everybody)\b|^\W*nor\s+(?:does|do|did|is|was)\s+(?:everyone|everybody)\b/i,
);

/**
 * What may be, not what is: "does not rule out letting Kyiv use French SCALP missiles", "analysts
 * expect London to follow suit", "expect Britain to give Kyiv the green light". "May now" grants
 * leave ("Ukraine may now strike deep inside Russia"): not a possibility. Nor is "reportedly": it
 * credits reports with what the sentence asserts ("has reportedly continued to reject proposals to
 * allow US contractors …"). "Perhaps because …" hedges a reason, not what the reason says
 * ("perhaps because Biden never approved …").
 */
const POSSIBLE = gated(
  /\b(?:may(?!\s+now\b)|might|could|would|possibl[ey](?!\s+because\b)|likely(?!\s+because\b)|perhaps(?!\s+because\b)|potential(?:ly)?|appears? to|seems? to|(?:not|n['’]t)\s+rul(?:e|ing)\s+out|expect(?:s|ed)?\s+(?:[A-Z][\w'’-]*\s+){1,3}to\s+(?:follow|allow|let|lift|permit|approve|authori[sz]e|give|grant|clear|do\s+the\s+same))\b/i,
);
/**
 * A permission argued for, not given: "Duda has argued for months that Ukraine should be allowed to
 * hit the airfields", "Ukraine should also be free to hit the airfields". (Not "should now be able
 * to", what a decision taken lets it do.)
 */
const SHOULD_BE_ALLOWED = gated(
  /\b(?:should|ought\s+to)\s+(?:(?:also|still|simply|just|likewise|equally|finally)\s+)?(?:be\s+)?(?:allowed|permitted|free|given\s+(?:the\s+)?(?:freedom|permission|right|green\s+light|go-ahead)|granted|cleared)\b/i,
);
/**
 * A question named as one after the main clause ("…, settling a smaller question on whether London
 * would allow …", "…, reviving the debate over whether Washington might relent"): its modal and its
 * "whether" are the question's, not the sentence's. (A sentence whose subject is the question, "The
 * question of whether … dominated the talks", asserts nothing of its answer.) So is a doubt told
 * as the consequence: "Trump has been scathing about the aid, so nobody can say yet whether this
 * survives past January".
 */
export const QUESTION_OF_WHETHER = gated(
  /,[^,;:]*?\b(?:question|debate|uncertainty|doubts?|speculation|argument)\s+(?:on|of|over|about|as\s+to)\s+whether\b[^;:]*|,\s*(?:and\s+)?so\s+(?:[\w'’]+\s+){1,5}?whether\b[^;:]*/gi,
);
/** Asking (not "Kyiv's needs", a noun: what it needs is no request told). */
const REQUEST = gated(
  /\b(?:asked|asks|asking|sought|seeks|seeking|requested|requests|pleaded|pleads|begged|begs|begging|implored|implores|urged|urges|called for|calls for|call for|appeals? for|appealed for|pleas? for|called on|calls on|lobbied|lobbying|(?:push|press)(?:es|ed|ing)?\s+for|(?<!(?:['’]s|\b(?:its|their|his|her|our|your|the|military|defen[cs]e|urgent|pressing|battlefield))\s+)needs|needed|wants|wanted|hopes|hoped|hoping|recommend(?:s|ed|ing)?|advocat(?:es|ed|ing))\b/i,
);
/**
 * A request refused: "turned down Kyiv's requests for anti-personnel mines", "said no to Ukraine's
 * plea", "stopped short of one of Kyiv's requests", "held off on another of Kyiv's requests",
 * "continued to reject proposals to allow …", "said no when Ukraine asked", "its requests were
 * turned down", "Kyiv begged to hit the airfields …, and for months it was told no", "…, but so
 * far the administration has said no". What the sentence asserts is the refusal (its negation
 * cue), not the asking.
 */
const REFUSED_REQUEST = gated(
  /\b(?:turn(?:ed|s|ing)?\s+down|reject(?:ed|s|ing)?|refus(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|rebuff(?:ed|s|ing)?|den(?:y|ied|ies|ying)|ignor(?:e|ed|es|ing)|(?:said|says|saying)\s+no\s+to|stop(?:s|ped|ping)?\s+short\s+of|(?:held|holds?|holding)\s+off\s+on|resist(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,3}?(?:requests?|pleas?|appeals?|calls?|demands?|asks?|proposals?)\b|\bturn(?:ed|s|ing)?\s+(?:the|its|their|that|this|[\w-]+['’]s)\s+(?:requests?|pleas?|appeals?)\s+down\b|\b(?:said|says|saying)\s+no\s+(?:when|after)\b|,\s+(?:and|but)\s+(?:[\w'’-]+\s+){0,6}?(?:(?:said|says)\s+no|(?:was|were|got|been)\s+told\s+no)\b|\b(?:requests?|pleas?|appeals?)(?:\s+(?:to|for)\b[^,;.]{1,100}?)?(?:,[^,;]{1,60},)?\s+(?:was|were|has\s+been|have\s+been|had\s+been)(?:,[^,;]{1,60},)?\s+(?:[\w-]+\s+){0,2}?(?:turned\s+down|rejected|refused|denied|rebuffed|ignored)\b/i,
);
/**
 * A request granted: "acceded to Ukraine's request to use the rockets against the airbases",
 * "agreed to Kyiv's requests", "approved Ukrainian requests", "…, and this time Washington said
 * yes", "that request was finally granted", "that request, at least, had been granted", "were, by
 * several accounts, granted". What the sentence asserts is the granting, not the
 * asking; "Nor did it agree to Kyiv's requests" (the verb's bare form, after a negation) denies it.
 */
const GRANTED_REQUEST = gated(
  /\b(?:agre(?:e|ed|es|eing)\s+to|acced(?:e|ed|es|ing)\s+to|grant(?:ed|s|ing)?|approv(?:e|ed|es|ing)|accept(?:ed|s|ing)?|fulfill?(?:ed|s|ing)?|honou?r(?:ed|s|ing))\s+(?:[\w'’-]+\s+){0,3}?(?:requests?|pleas?|appeals?|demands?)\b|\b(?:said|says|saying)\s+yes\b|(?<!\b(?:without|never|not|no)\s+(?:ever\s+)?)\b(?:got|gets|received|won)\s+(?:a|its|their|the)\s+yes\b|\b(?:requests?|pleas?|appeals?)(?:\s+(?:to|for)\b[^,;.]{1,100}?)?(?:,[^,;]{1,60},)?\s+(?:was|were|has\s+been|have\s+been|had\s+been)(?:,[^,;]{1,60},)?\s+(?:[\w-]+\s+){0,2}?(?:granted|approved|accepted|met|honou?red)\b/i,
);
/** A request the sentence says was answered, yes or no: its outcome is what it asserts. */
export const answeredRequest = (text: string): boolean =>
  REFUSED_REQUEST.test(text) || GRANTED_REQUEST.test(text);

/**
 * Those on Ukraine's side named by their role, who ask for or are refused weapons: "Ukrainian
 * commanders", "Kyiv's generals", "their officials" (the request and past-state tests share it).
 */
const UKRAINIAN_SIDE = String.raw`(?:ukrainian|kyiv['’]s|ukraine['’]s|its|their)\s+(?:commanders|generals|officials|forces|troops|leaders|soldiers)`;
/**
 * A reporter's question told before its answer: "Asked about the reports on Sunday, the White House
 * said …", "…, when asked whether …, said …", "Asked whether Moscow might retaliate beyond Ukraine,
 * Kirby said Russia has so far kept …". It is neither a request nor the answer's possibility.
 */
const REPORTER_QUESTION_SOURCE = String.raw`^\W*(?:when\s+)?asked\s+(?:about|whether|if|on|why|how|what|when|to\s+comment|for\s+(?:comment|details|a\s+response))\b[^,;]*,|,\s*when\s+asked\s+(?:about|whether|if|on|why|how|what|when)\b[^,;]*,`;
export const REPORTER_QUESTION = gated(new RegExp(REPORTER_QUESTION_SOURCE, 'gi'));
/**
 * A request named only as background to what the sentence asserts: "stopped short of supplying the
 * mines despite Ukrainian requests", "held back from sending Kyiv the mines it wants", "stopped
 * short of other measures Kyiv had requested", "cleared to hit the airbases, something Kyiv had
 * long requested", "the anti-personnel mines that Ukrainian commanders begged for … were never
 * approved". The sentence asserts the holding back (or the clearing), not the asking; nor is
 * a reporter's question (REPORTER_QUESTION) a request.
 */
const REQUEST_BACKGROUND = gated(
  new RegExp(
    String.raw`\bdespite\s+(?:(?:the|its|their|his|repeated|renewed|urgent|growing|ukrainian|ukraine['’]s|kyiv['’]s|kiev['’]s|[\w-]+['’]s)\s+)*(?:requests?|pleas?|appeals?|calls?|demands?)\b|\b(?:mines|missiles|weapons|munitions|arms|systems|permission|measures|steps|items|capabilities)(?:,\s*|\s+)(?:that\s+|which\s+)?(?:it|they|kyiv|kiev|ukraine|(?:the\s+)?ukrainians|zelensky|zelenskyy|${UKRAINIAN_SIDE})\s+(?:(?:says?|said|insists?|argues?)\s+(?:it|they)\s+)?(?:has\s+|had\s+|have\s+|keeps?\s+|kept\s+)?(?:wants|wanted|needs|needed|sought|requested|asked\s+for|asking\s+for|requesting|(?:begged|pleaded|pressed|pushed|lobbied|called)\s+for)\b|,\s*(?:something|a step|a move|a freedom|a permission)\s+(?:that\s+|which\s+)?(?:it|they|kyiv|kiev|ukraine|zelensky)\s+(?:has\s+|had\s+)?(?:long\s+|repeatedly\s+|for months\s+)?(?:wants|wanted|needs|needed|sought|requested|asked\s+for|pushed\s+for|lobbied\s+for)\b|` +
      // A comparison, not a request: "keeping them running was harder than it needed to be".
      String.raw`\bthan\s+(?:it|they|this|that|he|she|we)\s+(?:ever\s+|really\s+)?(?:needs|needed|wanted|wants)\s+to\s+be\b|` +
      REPORTER_QUESTION_SOURCE,
    'gi',
  ),
);
/**
 * A tag question asks for agreement with an assertion: "Washington refused to send the mines,
 * didn't it?" states the refusal.
 */
const TAG_QUESTION = gated(
  /,\s*(?:(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)(?:n['’]t)?(?:\s+not)?\s+(?:it|he|she|they|we|you|there|that)|right|correct|no)\s*\?\s*["'’”]?\s*$/i,
);
/**
 * A tag question inside a spoken sentence: "Moscow fired straight back, didn't it, the Kremlin put
 * out a response within hours", "They'd asked for months, hadn't they? And it came in November".
 */
const SPOKEN_TAG = gated(
  /,\s*(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would)n['’]t\s+(?:it|he|she|they|we|you|there|that)\s*(?:,|\?|\s[—–]\s)/i,
);
/**
 * A statement, then a question about it: "The Kremlin fired back within hours — are you bracing
 * for that?", "Ukraine still holds the ground it seized, so is the goal to keep it?", "Trump will be
 * sworn in on Monday, and that leaves a question: will support survive?", a headline's "Biden lets
 * Kyiv fire US missiles deep into Russia—what comes next?". A reporter's
 * question that opens with what it takes as known states it.
 */
const STATEMENT_THEN_QUESTION = gated(
  /^[^?]{30,}?(?:\s[—–]\s|\s--\s|(?<=\w)[—–](?=(?:what|why|how|who|where|when|is|are|will|can|could|does|do)\b)|(?:,\s+so|:)\s+(?=(?:is|are|was|were|do|does|did|has|have|can|could|will|would|should|what|why|how|when|where|who)\b))[^—–?]*\?\s*["'’”]?\s*$/i,
);
/** A sentence that opens as a question: "Was it …", "So why …". */
const QUESTION_OPENING = gated(
  /^\W*(?:(?:so|and|but|then)\s+)?(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|what|why|how|when|where|who|which)\b/i,
);

/**
 * A question that only calls up what the listener knows: "Remember the night it leaked, Umerov
 * telling everyone …?", "Who could forget how …?". It tells what it recalls. ("Do you remember
 * whether …" asks.)
 */
const RECALL_QUESTION = gated(
  /^\W*(?:(?:and|but|so|now|hey|look)\s*,?\s+)?(?:remember|recall|who\s+(?:can|could)\s+forget)\s*,?\s+(?:when|how|that|the\s+(?:night|day|week|weekend|morning|evening|moment|time|days)\b)/i,
);

/**
 * A question asked on a premise it states: "Since American contractors still aren't allowed to work
 * inside Ukraine, who is going to maintain all of this equipment?" asserts the premise.
 */
const PREMISE_QUESTION = gated(
  /^\W*(?:since|given\s+that|now\s+that|seeing\s+as)\s+[^,?]{10,}?,\s+(?:who|what|how|why|when|where|which|will|would|can|could|is|are|does|do|should)\b/i,
);

/** A statement followed by a question about it (see STATEMENT_THEN_QUESTION). */
function statementThenQuestion(text: string): boolean {
  const words = text.replace(SPEAKER_TAG, '');
  return (
    RECALL_QUESTION.test(words) ||
    PREMISE_QUESTION.test(words) ||
    (!QUESTION_OPENING.test(words) && STATEMENT_THEN_QUESTION.test(words))
  );
}

/**
 * "Officials said contractors would still be barred": reported speech puts "will" into the past
 * tense, so a "would" after a verb of saying states a plan, not a possibility: not when a condition
 * comes with it ("said Moscow would respond if …"), nor "would have". So too after what was
 * reported: "Reuters reported that …", "Our report that contractors would be allowed …"; and after
 * what was decided: "contractors, Washington decided, would still not be allowed …".
 */
const REPORTED_WOULD = gated(
  /\b(?:said|says|told|telling|announced|confirmed|stated|added|insisted|promised|pledged|decided|ruled|made clear|indicated|reiterated|repeated|stressed|emphasi[sz]ed|reaffirmed|assured|reported|reports?\s+that|news\s+that|word\s+that)\b(?:(?!\b(?:if|unless|whether)\b)(?:[^.;?]|(?<=\b[A-Z])\.))*?\bwould\b(?!\s+have\b)/i,
);

/**
 * What someone fears is not a possibility the sentence raises: in "Washington withheld permission,
 * reportedly out of concern that doing so could escalate the conflict", the "could" belongs to the
 * concern; so in "The fear in allied capitals, that deep strikes might provoke retaliation …".
 * Removed before the modality test, and nowhere else.
 */
const FEARED = gated(
  /(?:\b(?:reportedly|apparently|largely|partly|mainly)\s+)?\b(?:(?:out of|for|amid|over|citing|because of)\s+(?:the\s+)?(?:concerns?|fears?|worr(?:y|ies)|risk)|fearing|worried|concerned|afraid)\s+(?:that|about|over|of|it)\b[^;]*|\b(?:the|a|their|its|his|western|allied)\s+(?:fears?|concerns?|worr(?:y|ies))(?:\s+(?:in|of|among|across|within)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?,?\s+that\b[^;]*/gi,
);

/**
 * The reason given for a decision: in "turned down Kyiv's request for the mines, arguing they would
 * endanger civilians", the "would" belongs to the argument. Removed with FEARED.
 */
const ARGUED = gated(/,\s*(?:arguing|reasoning|contending)\s+(?:that\s+)?[^;]*/gi);

/**
 * What a thing named might have done, in a relative clause: "refused Kyiv's request for
 * anti-personnel mines that might have slowed those advances", "a reversal that would have seemed
 * unthinkable"; or what a weapon could do: "refused to hand over anti-personnel mines that might slow
 * the Russian advance". The modal is the clause's, not the sentence's. Removed with FEARED.
 */
const RELATIVE_PERFECT_MODAL = gated(
  /\b(?=(?:that|which)\s)(?:(?<=[a-z],?\s)(?:that|which)\s+(?:might|could|would)\s+(?:well\s+|perhaps\s+)?have\b[^,;.]*|(?<=\b(?:mines|landmines|missiles|weapons|munitions|rockets|arms)\s)(?:that|which)\s+(?:might|could|may)\s+(?:help\s+)?(?:slow|blunt|stop|halt|stem|hold|check|break|stall)\b[^,;.]*)/gi,
);

/**
 * A refusal told as what someone would not do, in a sentence about the past: "until recently, the
 * Biden administration would not let Kyiv fire its ATACMS deep into Russia", "the restriction was
 * never technical: the administration simply would not let ATACMS go deep", "What Mr. Biden would
 * not do, even in those final weeks, was send Ukraine anti-personnel mines", "Nor would Washington
 * let American defense contractors into Ukraine". Without a condition
 * ("if", "unless") it reports the refusal, not a possibility: read as "did not" for the
 * possibility test. (Not "Analysts say a new administration would not approve more aid", a guess.
 * "Wouldn't" is no possibility cue to begin with.)
 */
const WOULD_NOT_LET = gated(
  /\bwould(?=\s+(?:not|never)\s+(?:let|allow|permit|authori[sz]e|approve|green-?light|sign\s+off|do\b(?=[^.;]{0,60}\bwas\s)))|\bwould(?<=\bnor\s+would)(?=\s+(?:[\w'’.-]+\s+){1,3}?(?:let|allow|permit|authori[sz]e|approve)\b)/gi,
);

/** A sentence told in the past: "was", "were", "had", "for most of 2024". */
const PAST_TELLING = gated(/\b(?:was|were|had)\b|\bfor\s+(?:most|much)\s+of\s+20\d\d\b/i);

function withoutWouldNotLet(text: string): string {
  if (/\b(?:if|unless)\b/i.test(text) || !(PAST_STATE.test(text) || PAST_TELLING.test(text)))
    return text;
  return text.replace(WOULD_NOT_LET, 'did');
}

/** The text without the "would" of reported speech, for the possibility test. */
function withoutReportedWould(text: string): string {
  const m = REPORTED_WOULD.exec(text);
  if (!m) return withoutAnnouncedModal(text);
  const end = m.index + m[0].length;
  if (/\b(?:if|unless|whether)\b/i.test(text.slice(end))) return text;
  return withoutAnnouncedModal(`${text.slice(0, end - 'would'.length)}${text.slice(end)}`);
}

/**
 * What an announcement made possible is its content: "the White House announced that Kyiv could
 * use ATACMS", "… in a statement spelling out which targets Ukraine may hit" assert the
 * announcement.
 */
const ANNOUNCED_MODAL = gated(
  /\b(?:announced|announcing|confirmed|confirming|acknowledged|spelled out|spelling out|set out|setting out)\b(?:(?!\b(?:if|unless|whether)\b)[^.;?])*?\b(?:could|may|might)\b/i,
);

function withoutAnnouncedModal(text: string): string {
  const m = ANNOUNCED_MODAL.exec(text);
  if (!m) return text;
  const end = m.index + m[0].length;
  if (/\b(?:if|unless|whether)\b/i.test(text.slice(end))) return text;
  return `${text.slice(0, end).replace(/\w+$/, '')}${text.slice(end)}`;
}

const PLANNED = gated(
  /\b(?:will|(?:is|are)\s+(?:now\s+|also\s+|widely\s+|still\s+|soon\s+)?(?:set|poised|expected)\s+to|plans? to|intends? to|is to|are to|in the coming days)\b/i,
);

/** "Before this change", "before the decision": the time before the policy moved. */
const BEFORE_THE_CHANGE = String.raw`before\s+(?:the|this|that)\s+(?:decision|change|shift|move|reversal|policy\s+change|U-turn)`;

/**
 * Markers that a sentence describes an earlier state ("had barred", "previously refused", "its
 * earlier stance, under which Kyiv was barred", "Before this change, the United States did not let
 * …", "Until November 2024, the United States had not allowed …", "Through all of it, the
 * administration would not let …"). Not a request told of the thing
 * refused: "stopped short of supplying the anti-personnel mines Kyiv had requested" (or "Ukrainian
 * commanders had asked for") is about the mines now.
 */
const PAST_STATE = gated(
  new RegExp(
    String.raw`\b(?:(?<!\b(?:mines|missiles|weapons|arms|systems|munitions|rockets|shells|equipment|aid|help|support|permission|latitude|freedom|tools|means|measures|steps|items|capabilities|what)\s+(?:Kyiv|Ukraine|Zelensky|Zelenskyy|the\s+Ukrainians|Ukrainians|he|she|they|it|we|${UKRAINIAN_SIDE})\s+)had\s+(?:long\s+|previously\s+|initially\s+|earlier\s+|repeatedly\s+|consistently\s+|steadfastly\s+|firmly\s+|so\s+far\s+|until\s+now\s+)?(?:been\s+)?(?:\w+ed|withheld|held|kept|forbidden|forbade|withdrawn)|had\s+long|(?:Biden|Washington|he|the\s+(?:administration|White\s+House|Pentagon))\s+long\s+(?:refused|resisted|rejected|barred|forbade|opposed|balked|declined|held\s+out)|(?:(?:Washington|Biden|the\s+administration|the\s+White\s+House)['’]s|its|their|his)\s+(?:long|months-long|year-long|earlier)\s+(?:refusal|reluctance|resistance)|previously|until now|till now|until\s+(?:very\s+|quite\s+)?recently|until\s+(?:this|last)\s+(?:week|month)|formerly|initially|at first|for months|for\s+a\s+long\s+(?:time|while)|earlier this year|for (?:most|much|the\s+(?:best|better|greater)\s+part) of (?:(?:this|the|that|his|its|a) (?:year|war|time|period|presidency|term|tenure)|20\d\d)|through\s+all\s+(?:of\s+)?(?:it|that|this)|throughout\s+(?:(?:this|the|that|his|its)\s+(?:year|war|time|period|presidency|term|tenure)|20\d\d)|prior restraint|${BEFORE_THE_CHANGE}|until then|until\s+(?:(?:mid|early|late)[- ]?)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?(?:\s+\d{1,2})?(?:,?\s+20\d\d)?(?=\s*,)|(?:earlier|previous|former|old)\s+(?:stance|policy|position|posture|line|approach|rules?),?\s+(?:under|by)\s+which)\b`,
    'i',
  ),
);

/**
 * An opening phrase that sets the sentence before the change ("Before this change, the United
 * States did not let …", "Before the decision, …"): the main clause read without it tells that
 * earlier state.
 */
const BEFORE_IT_OPENER = gated(
  new RegExp(String.raw`^\W*(?:\d+[.)]\s+)?${BEFORE_THE_CHANGE}\s*,`, 'i'),
);

/**
 * Reported speech shifts its tense back: "officials said Biden had ruled out giving Ukraine the
 * mines" reports the ruling out, not a state before it. A plain "had" + verb right after who said it
 * is no earlier state ("said Washington had long refused" still is), nor is one "so far": "said
 * that the United States had so far declined to supply …" tells the state when it was said.
 */
const REPORTED_BACKSHIFT = gated(
  /(\b(?:said|says|saying|insist(?:ed|s|ing)|announced|confirmed|added|noted|explained|stressed|clarified|wrote|told\s+\w+)\s+(?:that\s+)?(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}|(?:the\s+)?[a-z]+\s+(?:[a-z]+\s+)?))had\s+(?:so\s+far\s+)?(?=\w+ed\b|ruled\b)/g,
);

/**
 * Clauses that do not carry the sentence's main assertion: relative clauses set off by commas,
 * parentheses, and concessive/temporal openers. Negation inside them ("which had long refused")
 * says nothing about the main claim.
 */
/**
 * An assent that opens a sentence, after a speaker's tag if any ("ORR: Sure,", "Yes,"): what follows
 * its comma is the speaker's own claim, not a clause set against it.
 */
export const ASSENT_OPENING = String.raw`^\W*(?:${SPEAKER_TAG_PATTERN})?(?:sure|yes|yeah|true|right|well|ok|okay|granted|fair\s+enough)`;

const SUBORDINATE = [
  gated(/\([^)]*\)/g),
  // A bracketed aside, as a brief's author adds one: "… were turned down [the Kursk-focused
  // permission does not obviously extend to them]" (not a sentence all in brackets: "[CLIP: …]").
  gated(/\[(?<=\w[,;.:!?"”'’)]?\s*\[)[^\]]*\]/g),
  // "…, according to reports that London has declined to confirm": whom the sentence credits, and
  // what became of their reports, not what it says happened.
  gated(/,\s*according\s+to\s+[^,;:]*/gi),
  // "…, according to people familiar with the matter who asked not to be identified", "said an
  // official who was not authorized to speak publicly": why a source is unnamed, not a denial.
  // "…, a significant reversal after months of refusals": the refusals are what came before.
  gated(
    /\b(?:after|following|ending|ends|ended)\s+(?:(?:many|several|two|three|six|nine)\s+)?(?:months|weeks|years|a\s+year|more\s+than\s+a\s+year)\s+of\s+(?:[a-z]+\s+)?(?:refusals?|resistance|resisting|refusing|hesitation|reluctance|rejections?|restrictions?|denials?|objections?)\b[^,;.]*/gi,
  ),
  // "…who spoke on condition of anonymity because it has not been announced": why they were unnamed.
  gated(
    /\b(?:spoke|speaking|speak)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity\s+(?:because|as|since|to)\b[^,;.]*|\b(?:(?:asked|requested)\s+not\s+to\s+be|(?:declined|(?:did\s+not|didn['’]t)\s+want)\s+to\s+be|spoke\s+on\s+(?:the\s+)?condition\s+(?:that\s+)?(?:they|he|she)\s+not\s+be)\s+(?:identified|named)\b[^,;.]*|\b(?:(?:was|were|is|are)\s+not|wasn['’]t|weren['’]t|isn['’]t|aren['’]t)\s+authori[sz]ed\s+to\s+(?:speak|comment|talk|discuss|be\s+(?:identified|named))\b[^,;.]*/gi,
  ),
  // (Not after an opening "Sure," or "Yes,": "Sure, though contractors still aren't allowed to work
  // inside Ukraine" is the speaker's own claim. Nor after a few words that a colon introduces: in
  // "The one item still missing: anti-personnel mines, which Biden has declined to send", the
  // relative clause is all that is said of the mines.)
  gated(
    new RegExp(
      String.raw`,(?<!${ASSENT_OPENING},)(?<!:\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+,)\s*(?:which|who|whom|whose|where|although|though(?!\s*,)|despite|even though|after|before|while)\b[^,;]*(?=[,;]|$)`,
      'gi',
    ),
  ),
  // "Washington now lets Kyiv fire US missiles deep into Russia while Berlin is still holding back":
  // a "while" clause with a named subject of its own, comma or none, sets another party against
  // the main clause.
  gated(
    /\bwhile(?<!^\W*while)\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:is|are|was|were|has|have|had|remains?|still|continues?)\b[^,;]*/g,
  ),
  // "…, to the dismay of campaigners who had spent a generation trying to ban them": whose feelings
  // the act stirred, not a denial of it.
  gated(
    /,\s*(?:much\s+|greatly\s+)?to\s+the\s+(?:dismay|anger|alarm|horror|delight|relief|chagrin|frustration|consternation|surprise|displeasure|fury|irritation|annoyance|disappointment)\s+of\b[^,;]*/gi,
  ),
  // "…held back on the mines, refusing to send them": the same refusal told again, not a second
  // negation that would cancel the first.
  gated(/,\s*(?:refusing|declining|rejecting|denying)\b[^,;]*(?=[,;]|$)/gi),
  // "…, with London still declining to say whether it would allow such strikes": an absolute
  // clause after the main one tells another party's stance, not the main clause's.
  gated(
    /,\s*with\s+(?:[\w'’.-]+\s+){1,4}?(?:still\s+|so\s+far\s+|also\s+)?(?:declining|refusing|saying|insisting|keeping|offering|giving|noting|warning)\b[^;]*$/gi,
  ),
  // "…drew the line at anti-personnel mines, they just wouldn't go there": the refusal said again.
  gated(
    /,\s*(?:[\w'’]+\s+){0,3}?(?:would\s+not|wouldn['’]t|will\s+not|won['’]t)\s+go\s+there\b[^,;]*(?=[,;]|$)/gi,
  ),
  // "…held back from supplying anti-personnel mines, a category of weapon it has said it will not
  // send": an appositive that tells the refusal again.
  gated(
    /,\s*(?:a|an)\s+(?:[\w-]+\s+){1,4}?(?:that\s+|which\s+)?(?:it|they|he|she|washington|the\s+(?:administration|white\s+house|pentagon))\s+(?:has\s+|had\s+|have\s+)?(?:said|says|insisted|insists|made\s+clear)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:will|would|could|can)\s*(?:not\b|n['’]t\b)[^,;]*(?=[,;]|$)/gi,
  ),
  // "…held out against handing Ukraine anti-personnel mines, whatever his generals urged": a
  // concession, whoever asked; it asks nothing itself.
  gated(/,\s*whatever\s+[^,;]*(?=[,;]|$)/gi),
  // ", something several volunteers said they could not understand": a comment on the claim; so
  // is ", a step human-rights groups had urged him to avoid", and ", a decision the White House
  // has still not publicly confirmed" is about the telling, not the deciding; ", a rule our
  // members had hoped would change" is a wish about the rule; ", a decision I argued against in a
  // memo nobody will ever read" is the writer's own view of it.
  gated(
    /,\s*(?:something|a move|a step|a decision|a stance|a position|a choice|a rule|a restriction|a ban|a policy)\s+(?:that\s+|which\s+)?(?:(?:[a-z'’-]+|I)\s+)*?(?:said|say|says|called|calls|find|found|described|consider|considered|see|saw|urged|urge|urges|pressed|demanded|opposed|argued|critici[sz]ed|welcomed|praised|condemned|confirm|confirmed|confirms|acknowledged?|acknowledges|hoped?|hopes|wanted|wants?|wished|wishes|expected|expects?)\b[^,;]*(?=[,;]|$)/gi,
  ),
  // "…calling the deployment a major escalation, a phrase they do not use lightly": a comment on
  // the words, not on whether they were said; "cleared to hit the air bases, a request Washington
  // had long turned down": the request's history, not the clearing.
  gated(
    /,\s*(?:a|an)\s+(?:phrase|word|term|label|description|characteri[sz]ation|charge|assessment|request|plea|demand)\s+(?:that\s+|which\s+)?(?:they|he|she|it|we|officials|washington|kyiv|kiev|moscow|the\s+(?:pentagon|white\s+house|administration)|[\w-]+['’]s)\b[^,;]*(?=[,;]|$)/gi,
  ),
  // "…has delivered headlines, not a turning point": the "not" sets what it denies against what
  // the sentence asserts. (Not after an opening that only sets the time: "So far, not a word from
  // the Kremlin" denies.)
  // (The comma comes first, so the engine scans for it.)
  gated(
    /,(?<!^\W*(?:so\s+far|as\s+yet|yet|still|again|once\s+again|to\s+date|until\s+now|as\s+of\s+\w+|by\s+\w+)\s*,)\s*not\s+(?!only\b|least\b|yet\b)(?:a|an|the|just|merely|simply)\b[^,;]*(?=[,;]|$)/gi,
  ),
  // "Kursk … lies in Russia, not Ukraine": a name set against the name before it, closing the
  // clause. (A contrast set off on both sides, "Trump's victory, not Pyongyang, explains the
  // timing", keeps its clause and is lifted as CONTRAST_SET_OFF.)
  gated(
    /,(?<=\b[A-Z][\w'’-]*,)\s*not\s+(?:in\s+|inside\s+|to\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?=\s*(?:[,;.]|$))/g,
  ),
  // "… are civilians, not armed forces.": a short noun phrase that closes the sentence, set
  // against the one before it (not a verb: "…, not allowed.", "…, not been granted.").
  gated(
    /,\s*not\s+(?!(?:only|least|yet|so|to|until|since|because|for|when|if|as|even|ever|always|necessarily|quite|entirely|really|exactly|all|much|long|now|that|this|there|be|been|being|have|had|done|given)\b)(?!(?:[a-z][\w'’-]*\s+){0,2}(?:[a-z]+ed|taken|given|seen|known|chosen|driven|written|spoken|broken|forbidden|hidden|shown|sworn)\s*(?:[;.]|$))[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}(?=\s*(?:[;.]|$))/g,
  ),
  gated(/^(?:although|though|despite|even though|after|before|while|as)\b[^,]*,/i),
  // "…stopped short of handing Kyiv anti-personnel mines, a line even this administration would not
  // cross": the refusal said again.
  gated(
    /,\s*a\s+line\s+(?:[\w'’-]+\s+){0,4}?(?:would|will|could)\s*(?:not|n['’]t|never)\s+cross\b[^,;]*/gi,
  ),
  // "What hasn't changed, frankly, is that we're still not permitted to …": the opener frames what
  // follows, and denies nothing itself.
  gated(
    /^\W*what\s+(?:hasn['’]t|has\s+not|didn['’]t|did\s+not)\s+changed?\b[^.;]*?\bis\s+that\b/gi,
  ),
  // "What the administration hasn't done, at least not yet, is approve …": the denial said again.
  gated(/,\s*(?:at\s+least\s+|or\s+at\s+least\s+)?not\s+yet\s*(?=,)/gi),
  // "…for fear of setting off an escalation that no one in Washington claimed to be able to
  // control": a relative clause with a negative subject, after a noun (not "said that no one …",
  // "Rzeczpospolita writes that nobody …").
  gated(
    /\b(?=that\s)(?<=\b(?:a|an|the|this|its|their|his|her|any|some)\s+(?:[\w'’-]+\s+){0,3}?(?!(?:said|says|say|insists|insist|claims|claim|argues|argue|adds|notes|stresses|believes?|thinks?|thought|knows?|knew|warns?|shows?|means?|ensures?|sure|clear|aware|hopes?|fears?|finds?|found|told|tells?|writes?|wrote|reports?|states?|so|such|now|and|but)\b)[a-z]+(?<!ed|ly|ing)\s)that\s+(?:no(?:\s+|-)one|nobody)\b[^,;.]*/g,
  ),
  // "…crossed that line, even if the precise terms remain, perhaps deliberately, somewhat murky": a
  // concession closing the sentence, with its own hedges and asides, to the end.
  gated(/,\s*even\s+if\b[^;:]*$/gi),
  // "…kept contractors out of Ukraine, a restriction Trump could lift on day one": what may become
  // of the act, told in an appositive after it, is no hedge on the act.
  gated(
    /,\s*(?:a|an)\s+(?:restriction|ban|limit|rule|step|move|decision|policy|change|curb)\s+(?:that\s+|which\s+)?(?:[\w'’.-]+\s+){1,3}?(?:could|may|might|would|will|can)\b[^,;]*(?=[,;]|$)/gi,
  ),
  // "…cleared contractors to work inside Ukraine, so damaged gear would not have to leave the
  // country": what the act is for, not a second assertion (nor its "would" a hypothetical).
  gated(
    /,\s*so(?:\s+that)?\s+(?!(?:I|we|you)\b)(?:[\w'’-]+\s+){1,4}?(?:would|could|can|will|might|need)(?:\s+not\b|n['’]t\b)?[^,;]*(?=[,;]|$)/gi,
  ),
];

/**
 * Clause breaks that end a negation's reach: a dash set off by spaces, a semicolon, a colon; and an
 * "and" before a second denial ("never formally announced the change and declined to comment"),
 * which tells the same silence again rather than cancelling the first; and ", so …", a consequence
 * ("stopped short of approving anti-personnel mines for Kyiv, so there is no landmine trade"); and
 * ", saying …", which tells the denial again ("insisted the timing had nothing to do with the
 * election, saying politics had played no part in it"), as does ", a line …" ("stopped short of
 * sending mines, a line the outgoing team never crossed") or ", offering no …" ("said nothing at
 * first, offering no immediate response"); and ", because …", a reason with its own
 * polarity ("Nobody mentioned mines, perhaps because Biden never approved them").
 */
const CLAUSE_BREAK = gated(
  /\s[—–-]\s|;|:\s|\s[—–]|[—–]\s|,\s+(?=meaning\b|saying\b|(?:a|the)\s+(?:red\s+)?line\b)|,\s+(?=(?:offering|giving|issuing|making|providing)\s+(?:no|nothing)\b)|,\s+(?=so\s+(?!that\b|far\b|much\b|many\b|long\b))|,\s+(?=(?:(?:perhaps|probably|presumably|possibly|partly|largely|mainly|mostly)\s+)?because\b)|\s+and\s+(?=(?:(?:has|have|had)\s+)?(?:(?:also|then|later)\s+)?(?:declin\w*|refus\w*|never|did\s+not|didn['’]t|has\s+not|hasn['’]t|would\s+not|wouldn['’]t|will\s+not|won['’]t|rejected|denied)\b)/g,
);

/** Whether each clause between breaks holds an odd number of the kept cues. */
function clauseParities(text: string, kept: readonly { start: number }[]): boolean[] {
  const bounds = [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index);
  const counts = new Array<number>(bounds.length + 1).fill(0);
  for (const k of kept) {
    const i = bounds.filter((b) => b < k.start).length;
    counts[i] = counts[i]! + 1;
  }
  return counts.map((c) => c % 2 === 1);
}

/** A refusal of a request after a comma: ", declining Kyiv's requests for …" (see `polarity`). */
const REFUSAL_AFTER_COMMA = gated(
  /,\s*(?:refusing|declining|rejecting|denying|turning\s+down)\s+(?:[\w'’-]+\s+){0,3}?(?:requests?|pleas?|appeals?|calls?|demands?)\b/i,
);

/** (Remembered: a sentence's polarity and its judge both ask for it.) */
export const mainClause = /* @__PURE__ */ rememberRecent((text: string): string => {
  let t = text;
  for (const re of SUBORDINATE) t = t.replace(re, ' ');
  return t;
});

/**
 * Purpose, not assertion: "strikes that help Ukraine hold its positions in Kursk", "a counteroffensive
 * to retake the land Ukraine seized". A state of the ground named only as what an act is for is not
 * something the sentence says is so.
 */
const PURPOSE = gated(
  new RegExp(
    String.raw`\b(?:(?:in order|so as)\s+to\s+|(?<!\b(?:continu\w*|manag\w*|able|still|used|going|due)\s+)to\s+|help(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){1,7}?(?:to\s+)?)(?:help\s+(?:[\w'’-]+\s+){1,4}?(?:to\s+)?)?(?:retake|recapture|reclaim|regain|take\s+back|win\s+back|claw\s+back|hold(?:\s+on\s+to|\s+onto)?|hang\s+on(?:\s+to|\s+onto)?|keep|defend|retain|protect|push\s+out|drive\s+out|expel|dislodge|oust|repel)\b[^,;.]*`,
    'gi',
  ),
);

/**
 * What a place's ground is, not what the sentence says about it: "the ground it seized in its
 * August incursion", "the territory they captured in August", "the slice of Kursk it seized in
 * August", "the slice it has held since its incursion in August", "the Kursk territory seized in
 * the August incursion", "the slice of Kursk his troops seized last summer". A clause that names
 * the ground by how it was taken is background to whatever the sentence says of that ground; so is
 * when the holding began ("have held on to a chunk of that region since their surprise incursion in
 * August"). (The lookahead before the lookbehind keeps the lookbehind, which scans back up to 80
 * characters, to where "since" starts.)
 */
const TAKEN_GROUND = gated(
  new RegExp(
    String.raw`\b(?:ground|territory|land|lands|area|areas|foothold|villages?|towns?|gains?|slice|part|portion|chunk|swathe?|pocket|salient)(?:\s+(?:of|in)\s+(?:the\s+)?(?:russia['’]s\s+)?kursk(?:\s+region)?)?\s+(?:that\s+|which\s+)?(?:it|they|ukraine|kyiv|ukrainians|ukrainian\s+(?:troops|forces|units)|(?:its|his|their)\s+(?:troops|forces))\s+(?:had\s+|has\s+|have\s+)?(?:seized|captured|took|taken|grabbed|won|gained|occupied|held|carved(?:\s+out)?)\b[^,;.]*|\b(?:ground|territory|land|area|foothold|slice|part|portion)\s+(?:seized|captured|taken|grabbed|won|gained)\s+(?:in|during|since|last|this)\b[^,;.]*|(?<=\b(?:ground|territory|land|area|foothold|slice|part|portion)),\s+(?:seized|captured|taken|grabbed|won|gained)\s+(?:in|during|since)\b[^,;.]*|\b(?=(?:ever\s+)?since\b)(?<=\b(?:held|holding|holds?|clung|clinging|cling|hung|hanging|kept|keeping|losing|lost|shrinking|shrunk|shrank|shrinks|eroding|eroded)\b[^,;.]{0,80}?)(?:ever\s+)?since\s+(?:their|its|the|an?|it|they|launching|crossing)\b[^,;.]*`,
    'gi',
  ),
);

/** The text without clauses naming ground by how it was taken (see TAKEN_GROUND). */
export function withoutTakenGround(text: string): string {
  return text.replace(TAKEN_GROUND, ' ');
}

/** Where the text names ground by how it was taken (see TAKEN_GROUND): [start, end) spans. */
export function takenGroundSpans(text: string): [number, number][] {
  return [...text.matchAll(TAKEN_GROUND)].map((m) => [m.index, m.index + m[0].length]);
}

/** The text without purpose clauses (see PURPOSE). */
export function withoutPurpose(text: string): string {
  return text.replace(PURPOSE, ' ');
}

export interface PolarityResult {
  negated: boolean;
  cues: string[];
  modality: Modality;
  /** The sentence describes a state before the events it reports. */
  pastState: boolean;
  /** The sentence reports a claim only to reject it ("Claims that … are false"). */
  refuted: boolean;
}

/** "Claims that X are false", "claims that X are not supported by any official estimate": X. */
const REFUTED_BEFORE = gated(
  /\b(?:claims?|reports?|suggestions?|assertions?|rumou?rs?|allegations?)\s+that\s+(.*?)\s+(?:is|are|was|were|proved|proven)\s+(?:also\s+|simply\s+|entirely\s+|completely\s+|demonstrably\s+|equally\s+)?(?:false|untrue|wrong|incorrect|inaccurate|baseless|unfounded|misleading|fake|unsupported|not\s+supported\s+by|not\s+borne\s+out)\b/i,
);
/** "Denied reports that X": X. */
const REFUTED_AFTER = gated(
  /\b(?:denied|rejected|dismissed|debunked)\s+(?:the\s+)?(?:claims?|reports?|suggestions?|allegations?)\s+that\s+(.*)$/i,
);
/**
 * Said wrongly, or said in a version a correction withdraws: "Russian media falsely claimed that X",
 * "The article said incorrectly that X", "An earlier version of this story incorrectly said X". Not
 * where the right account follows ("… gave the wrong date for the election; it was held on Nov.
 * 5"): that sentence states it.
 */
const REFUTED_MISSTATED = gated(
  /\b(?:(?:incorrectly|wrongly|falsely|erroneously|mistakenly)\s+(?:said|stated|reported|claimed|suggested|asserted|wrote|identified|described)|(?:said|stated|reported|claimed|suggested|asserted|wrote)\s+(?:incorrectly|wrongly|falsely|erroneously|mistakenly)(?=\s+that\b)|(?:earlier|previous|prior)\s+version\s+of\s+this\s+(?:story|article|report|post|piece|item)\s+(?:said|stated|reported|misstated|gave|described|identified))\s+(?:that\s+)?([^;]*)$/i,
);

/**
 * The claim a sentence reports only to reject it ("Claims that X are false", "denied reports that
 * X", "incorrectly said X"), or null: its figures and facts are not the sentence's own, and the
 * sentence asserts the opposite of X.
 */
/** A myth a page sets out to bust: 'Myth 1: "The White House announced the decision."' */
const REFUTED_MYTH = gated(
  /^\W*(?:myth|misconception)(?:\s+(?:no\.\s*|#\s*)?\d+)?\s*[:—–]\s*(.+)$/i,
);

export function refutedClaim(text: string): string | null {
  return (
    (REFUTED_BEFORE.exec(text) ??
      REFUTED_AFTER.exec(text) ??
      REFUTED_MISSTATED.exec(text) ??
      REFUTED_MYTH.exec(text))?.[1] ?? null
  );
}

/**
 * A parliamentary written question, which ends with a full stop: "To ask the Secretary of State for
 * Defence, what assessment he has made of …" (Hansard), "Asking the Government whether …". And
 * a quiz's "d) True or false: Ukraine used British missiles against Russia." And a reader's
 * question signed after it: "… will Mr Trump just scrap the permission? — Priya S., Leicester". And
 * a quiz's question with its choices after it: "… held? a) November 3 b) November 5 c) …".
 */
const WRITTEN_QUESTION = gated(
  /^\W*(?:To\s+ask|Asking)\s+(?:the|His|Her)\b[^,;]{0,120},?\s+(?:what|whether|if|how|when|which|why|who)\b|^\W*(?:[a-z\d]{1,2}[).]\s+)?[Tt]rue\s+or\s+false\s*[:?—–-]|\?\s*["'’”]?\s*[—–]\s*[A-Z][^?!—–]{0,60}$|\?\s+\(?[Aa][).]\s+[^?]{1,80}?\s\(?[Bb][).]\s/,
);

/**
 * A negative word denied, which affirms: "strikes on military objectives in Russia are not
 * unlawful in themselves", "the move was not unexpected", "the fear … was never unreasonable";
 * and a denial few make: "few there denied that the timing owed much to the vote", "nobody
 * disputes that …", or a denial few pretend: "Few in Washington pretended the timing had nothing
 * to do with …". (Not "nobody doubts": a doubt is itself what some facts tell, and that denies
 * it.) Nor is time not wasted: "Ukraine did not waste the opportunity", "wasted no time", "lost no
 * time" say it acted at once.
 */
const LITOTES = gated(
  /\b(?:not|n['’]t|never)\s+(?:(?:in\s+itself|in\s+themselves|necessarily|strictly|automatically|entirely|wholly|altogether)\s+)?(?:unlawful|illegal|illegitimate|impermissible|unjustified|unwarranted|unreasonable|unwelcome|unexpected)\b|\b(?:few|hardly\s+anyone|scarcely\s+anyone|no\s*one|nobody)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:would|could|will|can)\s+)?(?:den(?:ied|ies|y)|disput(?:ed|es|e))\s+(?:that\b)?|\b(?:few|hardly\s+anyone|scarcely\s+anyone|no\s*one|nobody)\s+(?:[\w'’-]+\s+){0,3}?pretend(?:ed|s)?\s+[^.;,]{0,80}?\b(?:nothing|not|n['’]t|no)\b|\b(?:(?:did|does|do|has|have|had)\s*(?:not|n['’]t)\s+waste\s+(?:the|any|much|a|its|their|this)\s+(?:[\w'’-]+\s+)?(?:time|opportunity|chance|moment|minute|day)s?|wast(?:ed|es|ing)\s+(?:no|little)\s+(?:time|opportunity)|lost\s+no\s+time)\b/gi,
);

/**
 * A way of telling, denied: "officials confirmed, anonymously and not from any podium, that Ukraine
 * could now use ATACMS …" says how the news came out, not that it did not.
 */
const NOT_FROM_PODIUM = gated(
  /\bnot\s+(?:from|at|behind|on)\s+(?:a|any|the|an\s+official)\s+(?:podium|lectern|rostrum|microphone|briefing\s+room|press\s+conference)s?\b/gi,
);

/**
 * A doubt told as not being convinced: "Some US officials aren't convinced, partly because they
 * believe Moscow has already moved … targets out of range" doubts; it denies nothing.
 */
const NOT_CONVINCED = gated(
  /\b(?:not|\w+n['’]t)\s+(?:(?:yet|entirely|fully|wholly|altogether|all\s+that|so|as)\s+)?(?:convinced|persuaded)\b/gi,
);

/** "Not content with missiles, the outgoing administration has also approved …": more, not less. */
const NOT_CONTENT = gated(/^\W*not\s+content\s+(?:with|to)\b[^,]*,/gi);

/**
 * A motive told after the act: "British Storm Shadow cruise missiles soon followed, London
 * evidently not wishing to be left behind" (the missiles did follow).
 */
const MOTIVE_NOT_WISHING = gated(
  /,\s+(?:[\w'’.-]+\s+){0,3}?not\s+(?:wishing|wanting)\s+to\b[^,;.]*/gi,
);

/**
 * A silence about what another has not spoken to: "I'm not going to comment on a policy decision
 * that the White House itself hasn't spoken to" is one silence, told twice, not a silence undone.
 */
const SILENCE_ON_SILENCE = gated(
  /\b(?=that\b|which\b)(?<=(?:\bnot|n['’]t)\s+(?:going\s+to\s+|about\s+to\s+|able\s+to\s+)?(?:comment|confirm|discuss|speak|get\s+into)\b[^.;]*?)(?:that|which)\s+(?:[\w'’]+\s+){1,4}?(?:has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:spoken|commented|confirmed|announced|said\s+anything|talked)\b/gi,
);

export function polarity(fullText: string): PolarityResult {
  const text = mainClause(fullText);
  // Collect every cue match, then keep the longest of overlapping ones: "still bans" is one cue,
  // not "still bans" + "bans"; "not yet" is one, not "not yet" + "not".
  const matches: { start: number; end: number; text: string; refusal: boolean }[] = [];
  const { each, refusal: isRefusal } = cueRegexps();
  for (const [ci, g] of each.entries()) {
    g.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = g.exec(text)))
      matches.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        refusal: isRefusal[ci]!,
      });
  }
  const anyCue = matches.length > 0;
  const lifted: { start: number; end: number }[] = [];
  LIFTING.lastIndex = 0;
  let lm: RegExpExecArray | null;
  while (anyCue && (lm = LIFTING.exec(text)))
    lifted.push({ start: lm.index, end: lm.index + lm[0].length });
  for (const exempt of [
    NOT_KNOWN,
    NOT_CHANGED,
    NOR_DENIED,
    NOT_WITHOUT,
    CONTRAST_SET_OFF,
    NOT_BUT,
    MORE_THAN,
    NEEDS,
    BOTH_WAYS,
    CHANGED_NOTHING,
    TREATY_BAN,
    LITOTES,
    NOT_CONTENT,
    NOT_FROM_PODIUM,
    NOT_CONVINCED,
    MOTIVE_NOT_WISHING,
    SILENCE_ON_SILENCE,
  ]) {
    exempt.lastIndex = 0;
    while (anyCue && (lm = exempt.exec(text)))
      lifted.push({ start: lm.index, end: lm.index + lm[0].length });
  }
  // A tag question's "n't" ("…, didn't it?") asks for agreement; it does not negate the claim.
  const tag = anyCue ? (TAG_QUESTION.exec(text) ?? SPOKEN_TAG.exec(text)) : null;
  if (tag) lifted.push({ start: tag.index, end: tag.index + tag[0].length });
  const inLifting = (m: { start: number; end: number }) =>
    lifted.some((l) => m.start >= l.start && m.end <= l.end);
  matches.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: typeof matches = [];
  for (const m of matches) {
    if (inLifting(m)) continue;
    if (!kept.some((k) => m.start < k.end && m.end > k.start)) kept.push(m);
  }
  kept.sort((a, b) => a.start - b.start);
  const cues = kept.map((k) => k.text);
  // "Biden did draw one line …, declining Kyiv's requests for anti-personnel mines": a refusal told
  // after a comma is the sentence's one negation when the main clause has none (it is set aside as
  // a restatement only when the main clause refuses too).
  const refusal = cues.length === 0 ? REFUSAL_AFTER_COMMA.exec(fullText) : null;
  if (refusal) cues.push(refusal[0].replace(/^,\s*/, ''));
  const cancelled = NEGATION_CANCELLERS.test(text);
  // Two cues of which one is "not" + a prohibition verb ("did not ban") cancel each other; but not
  // across a dash, semicolon or colon, where the second clause tells the same refusal again ("…
  // are still not coming — Biden turned the request down").
  // Refusals told twice ("they turned down the land mines, Ukraine asked for the mines and Biden
  // said no") are one refusal, not a refusal refused: they cancel only with a plain "not".
  const refusedTwice = kept.length > 1 && kept.every((k) => k.refusal);
  const negated =
    !cancelled &&
    (refusal !== null || refusedTwice || clauseParities(text, kept).some((odd) => odd));
  let modality: Modality = 'asserted';
  if (
    (/\?\s*["'’”]?\s*$/.test(fullText) &&
      !TAG_QUESTION.test(fullText) &&
      !statementThenQuestion(fullText)) ||
    WRITTEN_QUESTION.test(fullText)
  )
    modality = 'question';
  // A request ("asked for the freedom to hit the airfields") asserts the asking, not the outcome.
  else if (
    POSSIBLE.test(
      withoutReportedWould(
        withoutWouldNotLet(text)
          .replace(FEARED, ' ')
          .replace(ARGUED, ' ')
          .replace(RELATIVE_PERFECT_MODAL, ' ')
          .replace(QUESTION_OF_WHETHER, ' ')
          .replace(REPORTER_QUESTION, ' '),
      ),
    ) ||
    SHOULD_BE_ALLOWED.test(text) ||
    (REQUEST.test(text.replace(REQUEST_BACKGROUND, ' ')) &&
      !REFUSED_REQUEST.test(text) &&
      !GRANTED_REQUEST.test(text))
  )
    modality = 'possible';
  else if (PLANNED.test(text) || REPORTED_WOULD.test(text)) modality = 'planned';
  return {
    negated,
    cues,
    modality,
    pastState:
      PAST_STATE.test(text.replace(REPORTED_BACKSHIFT, '$1')) || BEFORE_IT_OPENER.test(fullText),
    refuted: refutedClaim(fullText) !== null,
  };
}
