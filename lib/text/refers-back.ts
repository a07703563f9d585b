import { gated } from '../util/regex-gate';
/**
 * Does a sentence lean on the one before it for who or what it is about? "Most of them have ended
 * up in Kursk", "He will take the oath on Jan. 20", "Estimates of their number range from 8,000 to
 * 10,000", "The contingent is put at 8,000 men", "the overall contingent exceeds 10,000", "the
 * mines were approved too". Only a pronoun or a demonstrative near the start, a definite noun
 * phrase of the few kinds a news story keeps returning to, or "of them" / "their number": a
 * sentence that names its subject needs no context, and most sentences do.
 */
const OPENING = String.raw`(?:(?:and|but|so|yet|now|still|meanwhile|then|however|instead|since then|by then|at first|so far|in all|in total|right|anyway|whether|if|when|once|since|ever since|after|before|until|although|though|while|because)\b[,\s]+)*`;
// Not a bare "this" or "that": "That puts the airfields within reach" refers to what the sentence
// before said, not to who or what it named.
const PRONOUN = String.raw`(?:he|she|they|it|his|her|their|its|these|those|most of them|some of them|many of them|all of them)\b(?!\s+(?:is|was|said|says)\s+(?:why|how|what|because)\b)(?!(?<=\bit)\s+(?:is|was|remains|seems)\s+(?:not\s+)?(?:clear|unclear|uncertain|known|unknown)\s+(?:how\s+(?:many|much)|when)\b)`;
/**
 * "That incursion", "those soldiers", "such missiles": a demonstrative points back wherever it
 * stands. (Not "such a decision", which supposes one.)
 */
const DEMONSTRATIVE = String.raw`\bsuch\s+(?:missiles|weapons|strikes|troops|soldiers|units|forces|attacks)\b|\b(?:that|this|these|those)\s+(?:[a-z-]+\s+)?(?:contingent|troops|soldiers|units|force|forces|missiles|weapons|deployment|incursion|offensive|push|operation|raid|thrust|strike|strikes|depot|decision|move|shift|policy|ban|restrictions?|attack|barrage|foothold|ground|territory|presence|region|area|slice|stretch|patch|borderland|reports|sightings|accounts|explanation|rationale|account|narrative|reading|argument|version|framing|justification|premise|reasoning|logic|theory)\b|\bthat\s+story\b|\b(?:fit|fits|match|matches|square\s+with|squares\s+with|bear\s+out|bears\s+out)\s+the\s+(?:story|account|narrative|explanation)\b`;
/**
 * "The contingent", "the deployment": the definite article before a noun that names one event;
 * "The troops are expected to …" as the sentence's subject ("For context, the version Ukraine has"
 * after an aside that frames it); and "the official explanation" of what the sentence before told.
 */
const DEFINITE = String.raw`\bthe\s+(?:(?:overall|whole|entire|total|full)\s+)?(?:contingent|deployment|incursion|foothold|mines|landmines|territory|depot|arsenal)\b|(?:^\W*|\b(?:said|says|told\s+[^,;]{1,60}?)\s+that\s+)the\s+(?:target|site|facility)\b(?!\s+of\b)|^\W*the\s+first\s+(?:reports|sightings|accounts)\b|^\W*the\s+(?:troops|soldiers)\b(?!\s+(?:of|from)\b)|^\W*(?:(?:for|by|in)\s+(?:scale|context|the\s+record),\s+)?the\s+(?:[a-z-]+\s+){0,3}?(?:missiles|rockets|projectiles|version|variant|system)\b|\bthe\s+(?:official|stated|administration['’]s|white\s+house['’]s|government['’]s)\s+(?:explanation|rationale|account|narrative|justification|reasoning)\b(?!\s+(?:for|of)\b)`;

/** "Most are now dug in …", "Many have been killed": a bare quantifier for those named before. */
const PARTITIVE = String.raw`(?:most|many|some|several|half|the rest|the bulk)\s+(?:are|were|have|had|remain\w*|now|reportedly|appear\w*|seem\w*|will|would|went|moved|ended)\b`;

/**
 * "Kirby has said they sailed from Wonsan": the subject of what was reported, a pronoun, where the
 * one who reported it is not plural ("opposition politicians said they hoped …" speak of themselves).
 */
const REPORTED = String.raw`(?<!\b(?:(?!(?:has|was|is|us|its)\b)[a-z]+[^su\W]s|have|were|are)\s+)\b(?:(?:said|says|confirmed|confirms|reported|reports|added|believed?|thought|estimated|claims?|claimed)\s+(?:that\s+)?|(?:described|describes|explained|explains|detailed|details|told|tells)\s+how\s+)they\b`;

/**
 * "Ukrainian intelligence first spotted them", "raised the alarm about them": who was seen; and
 * "Ukrainian units have reported repeated clashes with them there": whom the fighting was with.
 */
const THEM_MET = String.raw`\b(?:spot(?:ted)?|flag(?:ged)?|detect(?:ed)?|saw|notic(?:e|ed)|identif(?:y|ied)|track(?:ed)?|report(?:ed)?|about)\s+them\b|\b(?:clash(?:es|ed)?|fighting|fought|battles?|battling|skirmish(?:es|ed)?|firefights?|engag(?:ed|ing|ements?))\s+with\s+them\b`;

/**
 * "Later confirmed by South Korea's spy agency and the Pentagon.": a fragment with no subject (a
 * timeline's entry, a caption) whose verb is what others did with what the sentence before told.
 */
const DONE_BY = String.raw`^\W*(?:(?:later|subsequently|since|then|also|soon|quickly|swiftly|publicly|officially|independently)\s+)*(?:confirmed|corroborated|verified|backed\s+up|echoed|denied|disputed|rejected|dismissed|welcomed|condemned|critici[sz]ed|praised)\s+by\b`;

const REFERS_BACK = gated(
  new RegExp(
    String.raw`^\W*${OPENING}(?:${PRONOUN}|${PARTITIVE})|${DONE_BY}|^[^,;:.]{1,60},\s+(?:they|it|he|she|their)\b(?!\s+(?:is|was|said|says)\s+(?:why|how|what|because)\b)|${DEMONSTRATIVE}|${DEFINITE}|\b(?:of (?:them|those|these)|their (?:number|numbers|presence|arrival|deployment|positions))\b|${THEM_MET}|${REPORTED}`,
    'i',
  ),
);

/** A sentence that counts those it refers back to (`countsBack`) refers back too. */
export function refersBack(sentence: string): boolean {
  return REFERS_BACK.test(sentence) || countsBack(sentence) || refersToEvent(sentence);
}

/**
 * "Most Western assessments put their number above 10,000", "more than ten thousand of them",
 * "roughly eight thousand of these": the sentence counts the people it refers back to, and names
 * nothing else of them (not even that they are troops): who they are comes from the sentence
 * before. So does a bare estimate or figure: "Washington's own estimate is north of 10,000", "used
 * a figure of around 8,000", "puts that contingent at more than 10,000", "estimate its strength at
 * around 8,000", "the Pentagon's latest figure is north of 11,000", "a lower number, about 8,000",
 * "the number I keep hearing is north of ten thousand", "estimates speak of over 10,000" (not "the
 * figure is striking"), "10,000 or more of them", "estimates of the contingent's size range from
 * …", "Earlier estimates: about 8,000", and a figure with no noun, "Washington estimates that more
 * than 10,000 have been sent"; "the US figure of more than 10,000", "Estimates run from about 8,000
 * to …"; "Estimates of the number deployed have varied", "Estimates of the contingent varied, but
 * …", "Estimates range from about 8,000 to …", "The number most often quoted … is some 8,000
 * soldiers", "US estimates have now climbed past 10,000", "earlier counts were closer to 8,000",
 * "Size estimates still range from …", "estimates running anywhere from …", "How many of them there
 * are depends on whom you ask: about 8,000 …", "the estimates we reported last fall ranged from …",
 * "Western estimates in November ranged from …", "An estimated 8,000 of the troops are …",
 * "puts the Kursk contingent at about 8,000", "Nobody can agree how many there are — about 8,000 …",
 * and so with a listener named on the way, as a broadcast does: "Estimates vary, Steve, from …".
 */
const COUNTS_BACK = gated(
  /\b(?:their\s+(?:number|numbers|strength|count|total)|the\s+(?:total|overall)\s+(?:number|count|strength|figure)|put(?:s|ting)?\s+(?:(?:the|that|this)\s+(?:(?:Kursk|Russian|North\s+Korean|Korean)\s+)?(?:force|contingent|deployment|total|number|figure|count|tally|estimate)|it|them)\b[^.;]{0,40}?\s(?:at|above|below|over|under|near|nearer|closer\s+to|around|north\s+of|upwards\s+of|as\s+(?:high|low)\s+as)|estimates?\s+of\s+how\s+many|estimates?\s+of\s+(?:the|its|their)\s+(?:number|numbers|size|strength|contingent|force|deployment)\b(?!['’])|\bthe\s+number\s+(?:deployed|sent|dispatched)\b|(?:thousands?|hundreds?|\d[\d,.]*)\s+(?:more\s+|or\s+(?:more|so)\s+)?of\s+(?:them|these|those|the\s+(?:troops|soldiers))\b(?!\s+(?:missiles|weapons|rockets|strikes|drones))|they\s+number|\bhow\s+many\s+of\s+them\b|\bhow\s+many\s+there\s+(?:are|were)\b|\bestimates?\s+(?:(?:we|they|I|you|that|which)\s+[\w'’]+\s+(?:[\w'’]+\s+){0,2}?|(?:in|from|since|by)\s+[\w'’.]+\s+)?(?:(?:still|now|have|has|had|so\s+far)\s+)*(?:ranges?|ranged|ranging|runs?|running|ran|vary|varies|varied|varying|differ|differs|differed)(?:,\s+[A-Z][a-z]+,)?\s+(?:widely\s+|considerably\s+|sharply\s+|anywhere\s+)?from\b|\bthe\s+(?:number|figure)\s+(?:most\s+)?(?:often\s+|widely\s+|commonly\s+)?(?:quoted|cited|given|used)\b|\bestimate\s+(?:is|was|stands\s+at|puts\s+(?:it|them)\s+at)|\b(?:a|the)\s+(?:(?:US|U\.S\.|American|Pentagon|Ukrainian|South\s+Korean|official|Western)\s+)?figure\s+(?:of|near|nearer|closer\s+to|around|above|below|over)|estimat\w*\s+(?:its|their)\s+(?:strength|size|number|numbers)\s+at|estimates?\s+of\s+(?:the|its|their)\s+(?:contingent|force|deployment)['’]s\s+(?:size|strength)|\bfigure\s+(?:is|was|stands\s+at|has\s+(?:hovered|risen|grown|climbed))\s+(?:now\s+|still\s+)?['‘"“]?(?:north\s+of|above|over|around|about|roughly|near|nearer|closer\s+to|upwards\s+of|more\s+than|as\s+high\s+as|at|higher|lower|(?=\d))|\b(?:a|the)\s+(?:lower|higher|smaller|larger|bigger)\s+(?:number|figure|estimate|count)|\bthe\s+(?:number|figure)\s+(?:[\w'’]+\s+){0,6}?(?:is|was)\s+(?:north\s+of|above|over|around|about|roughly|closer\s+to|upwards\s+of|more\s+than)|\bestimates?\s+(?:speak|talk)s?\s+of|\bestimates?:\s+(?:about|around|roughly|some|nearly|more\s+than|over|above|up\s+to)\s+(?=\d)|\b\d[\d,.]*\s+(?:have|had|were|are)\s+(?:now\s+|already\s+|reportedly\s+)?(?:been\s+)?(?:sent|deployed|dispatched|shipped|stationed)\b(?!\s+(?:to|into)\s+Ukraine\b)|\bestimates?\s+(?:have|has|had)\s+(?:now\s+|since\s+|steadily\s+)?(?:climbed|risen|grown|gone\s+up|crept\s+up|increased|jumped)\b|\b(?:earlier|later|initial|latest|newer|older|first)\s+(?:counts?|estimates?|tallies)\s+(?:were|was|are|is|put|stood)\b)\b/i,
);
/** A figure: digits or a number word. */
const FIGURE = gated(/\d|\b(?:hundreds?|thousands?|dozens?|ten|twelve|fifteen|twenty)\b/i);

export function countsBack(sentence: string): boolean {
  return COUNTS_BACK.test(sentence) && FIGURE.test(sentence);
}

/**
 * "They've already clashed with Ukrainian forces there", "They are reported to have clashed …":
 * those who fought, named by "they" alone, are a group of people (troops), not one thing.
 */
const THEY_FOUGHT = String.raw`^\W*${OPENING}they(?:['’]ve|['’]re|\s+have|\s+had|\s+are|\s+were)?\s+(?:(?:reportedly\s+)?(?:reported|said|believed|thought|understood|known)\s+to\s+(?:have\s+|be\s+)?)?(?:(?:already|reportedly|since|now|also|repeatedly|been)\s+)*(?:clashed|fought|fighting|battled|battling|engaged|skirmished|suffered|taken\s+(?:heavy\s+)?(?:losses|casualties)|(?:taking|took|taken)\s+part\s+in\s+(?:combat|the\s+fighting|fighting|battles?|assaults?))\b`;

/**
 * "They were first spotted in Russia in September": who was seen is the sentence before's, whose
 * people and that they are troops, while the sentence tells the sighting.
 */
const THEY_SPOTTED = String.raw`^\W*${OPENING}they\s+(?:were|had\s+been|have\s+been)\s+(?:first\s+)?(?:spotted|flagged|detected|seen|sighted|noticed|identified|reported)\b`;

/**
 * Does a sentence refer back to a group of people, such as the troops a story is about ("Most of
 * them …", "their number", "the contingent", "those soldiers", "first spotted them", "the first to
 * report them", "the first reports came from …")? Such a group often stays a story's
 * subject for several sentences, so the sentence may lean on the one before the sentence before it
 * ("Kirby said the troops came ashore at Vladivostok. From there they went by rail to the Far
 * East. Seoul puts their number at 11,000."). Not "he", "it" or "those strikes": a person or a
 * thing is usually the previous sentence's own.
 */
const GROUP_BACK = gated(
  new RegExp(
    String.raw`^\W*${OPENING}${PARTITIVE}|${THEY_FOUGHT}|\b(?:(?:most|many|some|all|half|several|thousands|hundreds|\d[\d,.]*)\s+of\s+(?:them|those|these)|their\s+(?:number|numbers|strength|count|total|presence|arrival|deployment|positions)|(?:the|that|this)\s+(?:contingent|deployment)|(?:those|these)\s+(?:[a-z-]+\s+){0,2}(?:troops|soldiers|units|forces|contingent|fighters|men))\b|${THEM_MET}|^\W*(?:the|those)\s+first\s+(?:reports|sightings|accounts)\b`,
    'i',
  ),
);

export function refersToGroup(sentence: string): boolean {
  return GROUP_BACK.test(sentence) || countsBack(sentence);
}

const THEY_SPOTTED_RE = gated(new RegExp(THEY_SPOTTED, 'i'));

/**
 * Does a sentence open with a group named by "they" as what was first spotted or reported ("They
 * were first spotted in Russia in early October by South Korean intelligence")? The group is the
 * story's people, who may be named a sentence or two further back than the one before; such a
 * sentence looks back as far as a sentence that refers back to anything does (`NEAR_SENTENCES`).
 */
export function spottedGroup(sentence: string): boolean {
  return THEY_SPOTTED_RE.test(sentence);
}

const THEM_MET_RE = gated(new RegExp(THEM_MET, 'i'));

/**
 * Does a sentence tell what was done to or with a group named by "them" ("first flagged them",
 * "clashed with them")? Such a clause speaks of the group before, whatever else the sentence names.
 */
export function meetsThem(sentence: string): boolean {
  return THEM_MET_RE.test(sentence);
}

/**
 * Does a sentence refer back to the event the sentence before told, by a definite noun that opens
 * it ("The attack took place in the early hours of Wednesday", "The first volley came early
 * Wednesday")? Such a sentence may take two of the event's concept groups from the sentence before
 * (what was fired, and that it was the first), where it names the act itself.
 */
const EVENT_BACK = gated(
  new RegExp(
    String.raw`^\W*${OPENING}the\s+(?:first\s+)?(?:attack|strike|launch|volley|salvo|barrage)\b|${THEY_SPOTTED}`,
    'i',
  ),
);

export function refersToEvent(sentence: string): boolean {
  return EVENT_BACK.test(sentence);
}
