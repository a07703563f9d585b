/**
 * A reader's note, kept only on their machine (Dexie in the extension's origin). Notes on page text
 * carry W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) against the
 * article text as Crosscheck extracts it (blocks joined by blank lines, see lib/check.ts), so they
 * can be found again on a later visit even if the article was edited a little.
 */

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** About 32 characters before the quote. */
  prefix: string;
  /** About 32 characters after the quote. */
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** What a note is attached to. */
export type NoteTarget = 'text' | 'fact' | 'page';

export interface Note {
  /** A UUID; stable across export and import (re-importing the same file adds no duplicates). */
  id: string;
  /** The reader's note (plain text; never rendered as HTML). */
  text: string;
  tags: string[];
  target: NoteTarget;
  /** The page's normalised URL (see lib/notes/url.ts): notes follow the story, not the tracking. */
  url: string;
  /** The URL as the reader visited it. */
  pageUrl: string;
  title: string;
  /** The article's publication date (YYYY-MM-DD), when known. */
  published: string | null;
  /** `Date.now()` when created and last edited. */
  created: number;
  edited: number;
  /** The fact the note concerns (a note on a fact, or on an annotated sentence). */
  factId: string | null;
  /** For `target: 'text'`: where the passage is. */
  selectors: { quote: TextQuoteSelector; position: TextPositionSelector } | null;
}

/** A note placed on the current page, or an orphan whose passage could not be found. */
export type AnchoredNote =
  { note: Note; anchored: true; start: number; end: number } | { note: Note; anchored: false };
