/** The fact base: curated statements with per-source quotes, values extracted from those quotes,
 * and a status computed across sources. Everything here is plain serialisable data. */
import type { Actor, DateValue, Modality, Place, Quantity } from '../claims/types';

export type Stance = 'asserts' | 'reports' | 'doubts' | 'denies';
export const STANCES: readonly Stance[] = ['asserts', 'reports', 'doubts', 'denies'];
/** Stances that put a fact forward: the source states it, or reports others stating it. */
export const SUPPORTING_STANCES: ReadonlySet<Stance> = new Set(['asserts', 'reports']);

export type SlotKind = 'quantity' | 'date' | 'place' | 'actor' | 'polarity';
export const SLOT_KINDS: readonly SlotKind[] = ['quantity', 'date', 'place', 'actor', 'polarity'];

export type FactStatus = 'consensus' | 'single-source' | 'disputed';

export type SourceKind = 'report' | 'analysis' | 'rewritten aggregate';

export interface SourceMeta {
  /** The seed file's name without extension. */
  id: string;
  file: string;
  title: string | null;
  /** Publication date (YYYY-MM-DD) where the text states one. */
  published: string | null;
  dateline: string | null;
  outlet: string | null;
  credits?: string[];
  /** SHA-256 of the seed file, so an edited seed is caught even where no quote touches the edit. */
  sha256?: string;
  kind: SourceKind;
  /** Where in the text each value comes from. */
  evidence: Record<string, string>;
}

export interface CuratedQuote {
  source: string;
  quote: string;
  stance: Stance;
}

export interface CuratedFact {
  id: string;
  statement: string;
  topic: string;
  /** What the statement can be contradicted on. */
  slots: SlotKind[];
  /** Concept groups a sentence must all touch to be about the same event. */
  terms: string[][];
  /**
   * Terms (each also in a concept group) that say the opposite of what the sources report: their
   * reaction reversed ("criticised" where they say "welcomed"), their direction reversed ("slowest"
   * where they say "fastest"). A sentence about the fact that uses one contradicts it.
   */
  contrary?: string[];
  aliases: string[];
  sources: CuratedQuote[];
}

/** The typed slots the claim extractor found in a quote. */
export interface QuoteValues {
  quantities: Quantity[];
  dates: DateValue[];
  places: Place[];
  actors: Actor[];
  negated: boolean;
  modality: Modality;
}

export interface FactSource extends CuratedQuote {
  values: QuoteValues;
  /** Set when this quote contradicts plain fact (a place put in the wrong country). */
  conflict: string | null;
}

export type DisputeKind = 'numeric' | 'date' | 'polarity';

/** One side of a dispute: a value and the sources that give it. */
export interface DisputeSide {
  value: string;
  sources: string[];
}

/** Sources giving incompatible values for the same fact, grouped by the value each side gives. */
export interface Dispute {
  kind: DisputeKind;
  sides: [DisputeSide, DisputeSide];
  reason: string;
  /** A polarity dispute whose second side only doubts what the first states ("does not fit that
   * narrative"), rather than denying it. */
  doubt?: boolean;
}

/** A source that contradicts plain fact; listed on the fact, excluded from its status. */
export interface PlainFactConflict {
  source: string;
  quote: string;
  reason: string;
}

export interface Fact extends Omit<CuratedFact, 'sources'> {
  status: FactStatus;
  /** Polarity of the fact as the sources that state it put it ("did not comment" → true). */
  negated: boolean;
  sources: FactSource[];
  disputes: Dispute[];
  conflicts: PlainFactConflict[];
}

export interface FactBase {
  sources: SourceMeta[];
  facts: Fact[];
}
