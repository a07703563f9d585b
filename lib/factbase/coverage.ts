/**
 * Coverage of the seeds by the fact base: every sentence that carries a number, a date or a named
 * decision must be covered by a fact quote or excluded with a reason, so nothing check-worthy is
 * left out silently.
 */
import { extractClaim } from '../claims/extract';
import { splitSentences } from '../text/segment';
import type { CuratedFact } from './types';

export interface CoverageExclusion {
  source: string;
  /** The start of the excluded sentence, verbatim (enough of it to be unique). */
  sentence: string;
  reason: string;
}

export interface SentenceCoverage {
  source: string;
  sentence: string;
  /** Why the sentence is check-worthy: 'number', 'date' or 'decision'. */
  worthy: string[];
  coveredBy: string[];
  excludedBecause: string | null;
}

/** Words that name a policy decision. */
const DECISION =
  /\b(?:decision|decided|decides|approv\w*|authori[sz]\w*|permission|permit\w*|allow\w*|grant\w*|lift\w*|restrict\w*|ban|bans|banned|directive|policy)\b/i;

/** Why a sentence is check-worthy, or an empty list. */
export function checkWorthiness(sentence: string): string[] {
  const claim = extractClaim(sentence);
  const why: string[] = [];
  if (claim.quantities.length > 0 || /\d/.test(sentence.replace(/\b(19|20)\d\d\b/g, '')))
    why.push('number');
  if (claim.dates.length > 0) why.push('date');
  if (DECISION.test(sentence)) why.push('decision');
  return why;
}

export function seedCoverage(
  source: string,
  text: string,
  facts: CuratedFact[],
  exclusions: CoverageExclusion[],
): SentenceCoverage[] {
  const quotes = facts.flatMap((f) =>
    f.sources
      .filter((q) => q.source === source)
      .map((q) => {
        const start = text.indexOf(q.quote);
        return { id: f.id, start, end: start + q.quote.length };
      }),
  );
  return splitSentences(text)
    .map((s) => {
      const worthy = checkWorthiness(s.text);
      const coveredBy = [
        ...new Set(quotes.filter((q) => q.start < s.end && q.end > s.start).map((q) => q.id)),
      ];
      const exclusion = exclusions.find(
        (e) => e.source === source && s.text.startsWith(e.sentence),
      );
      return {
        source,
        sentence: s.text,
        worthy,
        coveredBy,
        excludedBecause: exclusion?.reason ?? null,
      };
    })
    .filter((c) => c.worthy.length > 0);
}
