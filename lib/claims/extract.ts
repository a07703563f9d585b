/**
 * One claim from one sentence: the typed slots the matcher compares. The fact base runs the same
 * function over its quotes, so a page sentence and a source quote are read the same way.
 */
import { extractActors } from './actors';
import { datelineEnd, extractDates } from './dates';
import { extractPlaces } from './places';
import { polarity } from './polarity';
import { extractQuantities } from './quantities';
import type { Claim } from './types';

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD) that relative dates resolve against; null when unknown. */
  reference?: string | null;
  /**
   * The sentence before, when this one counts people it refers back to ("more than ten thousand of
   * them"): a bare figure counts what that sentence names (see `extractQuantities`).
   */
  countedIn?: string | null;
}

export function extractClaim(text: string, options: ExtractOptions = {}): Claim {
  const pol = polarity(text);
  const filed = datelineEnd(text);
  const dates = extractDates(text, options.reference ?? null, pol.modality === 'planned').filter(
    (d) => d.start >= filed,
  );
  const quantities = extractQuantities(text, dates, options.countedIn ?? null);
  return {
    text,
    quantities,
    dates,
    places: extractPlaces(text),
    actors: extractActors(text),
    negated: pol.negated,
    negationCues: pol.cues,
    modality: pol.modality,
    pastState: pol.pastState,
    refuted: pol.refuted,
  };
}

export type { Claim } from './types';
