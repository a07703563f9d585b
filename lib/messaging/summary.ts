/**
 * What the background keeps about a tab after its content script has run, and what the popup shows
 * (instantly, from this cache, without re-checking the page).
 */
import type { Verdict } from '../match/judge';

/** Why a page has (or has no) annotations. */
export type TabStatus =
  /** Checked: relevant (or checked on request) and analysed. */
  | 'checked'
  /** The page does not look like a news article (a shop, a forum, documentation…). */
  | 'not-article'
  /** A news article, but not about US or allied policy on the war in Ukraine. */
  | 'off-topic'
  /** The reader paused Crosscheck on this site. */
  | 'paused'
  /** The page could not be read (an error in the page or the engine). */
  | 'error';

/** One annotated sentence, as the popup lists it. */
export interface SummaryItem {
  /** Position among the page's annotations (document order): `content/open` takes it. */
  index: number;
  verdict: Verdict;
  /** The sentence, shortened for a list (≤ 160 characters). */
  excerpt: string;
  reason: string;
  factId: string;
}

export interface TabSummary {
  url: string;
  title: string;
  status: TabStatus;
  relevant: boolean;
  /** 0..1 */
  relevance: number;
  /** Detection's human-readable reasons. */
  reasons: string[];
  counts: Record<Verdict, number>;
  items: SummaryItem[];
  /** Annotations the reader hid with "Not this fact". */
  hidden: number;
  /** `Date.now()` when the background received it. */
  checkedAt: number;
}

/** Longest excerpt the popup shows. */
export const EXCERPT_MAX = 160;

export function excerpt(sentence: string): string {
  const s = sentence.replace(/\s+/g, ' ').trim();
  if (s.length <= EXCERPT_MAX) return s;
  const cut = s.slice(0, EXCERPT_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_MAX * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
