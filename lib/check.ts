/**
 * The engine's public face: check a plain text or a `Document` against the fact base.
 * One engine for the content script, the CLI and the tests (GUIDE §1).
 */
import { extractClaim } from './claims/extract';
import { bundledFactBase } from './factbase/bundled';
import type { FactBase } from './factbase/types';
import { extractBlocks, pageTitle, type TextBlock } from './extract/article';
import { detectText, headlineMentionsWar, pageEvidence, type Detection } from './extract/detect';
import { datelineDate, publishedDate } from './extract/published';
import { FactIndex } from './match/fact-index';
import { epochOf, matchClaim, type MatchContext, type Verdict } from './match/judge';
import type { VerdictKind } from './match/compare';
import { PLACE_MARKER, termText } from './match/tokens';
import { mentionsSpecificPlace } from './claims/places';
import { splitSentences } from './text/segment';

export interface AnnotationFact {
  id: string;
  statement: string;
  status: string;
  sources: { source: string; quote: string; stance: string }[];
}

export interface Annotation {
  sentence: string;
  /** Offsets into the checked text (for a document: the article text, blocks joined by blank lines). */
  start: number;
  end: number;
  verdict: Verdict;
  kind: VerdictKind;
  reason: string;
  fact: AnnotationFact;
  /** For documents: the block the sentence is in, and its offsets inside that block. */
  block?: number;
  blockStart?: number;
  blockEnd?: number;
}

export interface CheckResult extends Detection {
  title: string | null;
  published: string | null;
  annotations: Annotation[];
}

export type Stage = 'detect' | 'extract' | 'segment' | 'claims' | 'match';

export interface CheckOptions {
  /** Publication date (YYYY-MM-DD) when the caller knows it better than the page. */
  published?: string | null;
  /** Check claims even when detection says the text is off-topic ("check this page anyway"). */
  assumeRelevant?: boolean;
  /** Receives each stage's duration in milliseconds (bench, User Timing). */
  onStage?: (stage: Stage, ms: number) => void;
}

export class Engine {
  readonly base: FactBase;
  readonly context: MatchContext;

  constructor(base: FactBase) {
    this.base = base;
    const epoch = epochOf(base.facts);
    const published = base.sources
      .map((s) => s.published)
      .filter((d): d is string => d !== null)
      .sort();
    if (epoch) epoch.asOf = published[published.length - 1] ?? null;
    this.context = { index: new FactIndex(base.facts), epoch };
  }

  /** Annotate sentences of `text`; `offset` shifts the reported offsets. */
  annotate(
    text: string,
    published: string | null,
    onStage?: CheckOptions['onStage'],
  ): Annotation[] {
    const out: Annotation[] = [];
    let t = now();
    const sentences = splitSentences(text);
    onStage?.('segment', now() - t);
    let claimsMs = 0;
    let matchMs = 0;
    for (const s of sentences) {
      t = now();
      const terms = termText(s.text);
      const cands = this.context.index.candidates(
        mentionsSpecificPlace(s.text) ? `${terms}${PLACE_MARKER} ` : terms,
      );
      const tCands = now();
      matchMs += tCands - t;
      if (cands.length === 0) continue;
      const claim = extractClaim(s.text, { reference: published });
      const tClaim = now();
      claimsMs += tClaim - tCands;
      const j = matchClaim(this.context, claim, cands);
      matchMs += now() - tClaim;
      if (!j) continue;
      out.push({
        sentence: s.text,
        start: s.start,
        end: s.end,
        verdict: j.verdict,
        kind: j.kind,
        reason: j.reason,
        fact: {
          id: j.fact.id,
          statement: j.fact.statement,
          status: j.fact.status,
          sources: j.fact.sources.map((q) => ({
            source: q.source,
            quote: q.quote,
            stance: q.stance,
          })),
        },
      });
    }
    onStage?.('claims', claimsMs);
    onStage?.('match', matchMs);
    return out;
  }

  checkText(text: string, options: CheckOptions = {}): CheckResult {
    const t0 = now();
    const published = options.published ?? datelineDate(text);
    const detection = detectText(null, text);
    options.onStage?.('detect', now() - t0);
    options.onStage?.('extract', 0);
    const annotations =
      detection.relevant || options.assumeRelevant
        ? this.annotate(text, published, options.onStage)
        : [];
    return { ...detection, title: null, published, annotations };
  }

  checkDocument(doc: Document, options: CheckOptions = {}): CheckResult & { blocks: TextBlock[] } {
    let t = now();
    const rejected = options.assumeRelevant ? null : quickReject(doc);
    if (rejected) {
      options.onStage?.('detect', now() - t);
      return rejected;
    }
    const title = pageTitle(doc);
    const evidence = pageEvidence(doc);
    options.onStage?.('detect', now() - t);
    t = now();
    const blocks = extractBlocks(doc);
    const text = blocks.map((b) => b.text).join('\n\n');
    const published = options.published ?? publishedDate(doc, text);
    options.onStage?.('extract', now() - t);
    t = now();
    const detection = detectText(title, text, evidence);
    options.onStage?.('detect', now() - t);
    if (!detection.relevant && !options.assumeRelevant) {
      return { ...detection, title, published, annotations: [], blocks };
    }
    const annotations: Annotation[] = [];
    let offset = 0;
    const stageTotals = new Map<Stage, number>();
    const add = (stage: Stage, ms: number) =>
      stageTotals.set(stage, (stageTotals.get(stage) ?? 0) + ms);
    blocks.forEach((b, bi) => {
      for (const a of this.annotate(b.text, published, add)) {
        annotations.push({
          ...a,
          start: a.start + offset,
          end: a.end + offset,
          block: bi,
          blockStart: a.start,
          blockEnd: a.end,
        });
      }
      offset += b.text.length + 2;
    });
    for (const [stage, ms] of stageTotals) options.onStage?.(stage, ms);
    return { ...detection, title, published, annotations, blocks };
  }
}

const now = () => performance.now();

/**
 * The cheap first stage for a page: headline, og:title and description only. Most pages stop
 * here, before the fact base is even loaded.
 */
export function quickReject(doc: Document): (CheckResult & { blocks: TextBlock[] }) | null {
  if (headlineMentionsWar(doc)) return null;
  return {
    relevant: false,
    relevance: 0,
    reasons: ['headline and description do not mention Ukraine, Russia or the war'],
    title: pageTitle(doc),
    published: null,
    annotations: [],
    blocks: [],
  };
}

let bundled: Engine | null = null;

/** The engine over the bundled fact base, built on first use. */
export function bundledEngine(): Engine {
  bundled ??= new Engine(bundledFactBase());
  return bundled;
}

export function checkText(text: string, options?: CheckOptions): CheckResult {
  return bundledEngine().checkText(text, options);
}

export function checkDocument(
  doc: Document,
  options: CheckOptions = {},
): CheckResult & { blocks: TextBlock[] } {
  // Reject off-topic pages before building the engine (the fact base and its index).
  if (!options.assumeRelevant) {
    const t = now();
    const rejected = quickReject(doc);
    if (rejected) {
      options.onStage?.('detect', now() - t);
      return rejected;
    }
  }
  return bundledEngine().checkDocument(doc, options);
}
