/**
 * Polarity and modality of a sentence's main assertion. Coarse on purpose: a sentence-level cue
 * list, with the "still bans" / "remains restricted" family counted as negation of a permission.
 */
import type { Modality } from './types';

const NEGATION_CUES: RegExp[] = [
  /\bnot\b/i,
  /\bn['’]t\b/i,
  /\bnever\b/i,
  /\bno longer\b/i,
  /\bnot yet\b/i,
  /\bhas yet to\b|\bhave yet to\b/i,
  /\bdeclin(?:ed|es|ing) to\b/i,
  /\brefus(?:ed|es|ing)\b/i,
  /\breject(?:ed|s|ing)\b/i,
  /\bden(?:ied|ies|y|ying)\b/i,
  /\bruled out\b|\brules out\b/i,
  /\bstopped short of\b/i,
  /\bunsuccessfully\b/i,
  /\bwithout (?:permission|approval|authori[sz]ation)\b/i,
  /\b(?:still|continues? to|continued to)\s+(?:ban|bar|prohibit|restrict|block|forbid|limit)s?\b/i,
  /\b(?:remains?|remained|stays?|is still|are still)\s+(?:restricted|banned|barred|prohibited|in place|off[- ]limits|forbidden|blocked)\b/i,
  /\b(?:bans?|bars?|barred|prohibits?|prohibited|forbids?|forbade|blocked|vetoed)\b/i,
  /\bno (?:immediate |official |public |formal )?(?:confirmation|permission|approval|decision|response|comment|reaction)\b/i,
  /\bnothing\b/i,
];

/** Negation cues whose sentence should be read as positive again ("not only", "no doubt"). */
const NEGATION_CANCELLERS = /\bnot only\b|\bno doubt\b|\bnot least\b|\bnever before\b/i;

const POSSIBLE =
  /\b(?:may|might|could|would|possibl[ey]|likely|perhaps|reportedly|potential(?:ly)?|appears? to|seems? to)\b/i;
const PLANNED =
  /\b(?:will|is set to|are set to|is poised to|are poised to|plans? to|is expected to|are expected to|intends? to|is to|are to|in the coming days)\b/i;

export interface PolarityResult {
  negated: boolean;
  cues: string[];
  modality: Modality;
}

export function polarity(text: string): PolarityResult {
  // Collect every cue match, then keep the longest of overlapping ones: "still bans" is one cue,
  // not "still bans" + "bans"; "not yet" is one, not "not yet" + "not".
  const matches: { start: number; end: number; text: string }[] = [];
  for (const re of NEGATION_CUES) {
    const g = new RegExp(re.source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = g.exec(text)))
      matches.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  matches.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: typeof matches = [];
  for (const m of matches) if (!kept.some((k) => m.start < k.end && m.end > k.start)) kept.push(m);
  kept.sort((a, b) => a.start - b.start);
  const cues = kept.map((k) => k.text);
  const cancelled = NEGATION_CANCELLERS.test(text);
  // Two cues of which one is "not" + a prohibition verb ("did not ban") cancel each other.
  const negated = !cancelled && cues.length % 2 === 1;
  let modality: Modality = 'asserted';
  if (/\?\s*["'’”]?\s*$/.test(text)) modality = 'question';
  else if (POSSIBLE.test(text)) modality = 'possible';
  else if (PLANNED.test(text)) modality = 'planned';
  return { negated, cues, modality };
}
