/**
 * The engine's public face: check a plain text or a `Document` against the fact base.
 * One engine for the content script, the CLI and the tests (GUIDE §1).
 */
import { extractClaim } from './claims/extract';
import type { Claim } from './claims/types';
import { extractActors } from './claims/actors';
import { bundledFactBaseSteps } from './factbase/bundled';
import { drain, type Steps } from './util/steps';
import type { FactBase } from './factbase/types';
import { pageTitle, type TextBlock } from './extract/article';
import { detectText, headlineMentionsWar, type Detection } from './extract/detect';
import { datelineDate } from './extract/published';
import { extractPageSteps } from './extract/page';

export { extractPageSteps, type ExtractedPage } from './extract/page';
import { FactIndex, PEOPLE_TERM, type IndexedFact, type PreparedFact } from './match/fact-index';
import {
  epochOf,
  matchClaim,
  type Judgement,
  type MatchContext,
  type Verdict,
} from './match/judge';
import type { VerdictKind } from './match/compare';
import { termText, withPlaceMarkers } from './match/tokens';
import { extractPlaces } from './claims/places';
import {
  countsBack,
  meetsThem,
  refersBack,
  refersToEvent,
  refersToGroup,
  spottedGroup,
} from './text/refers-back';
import { splitSentences, type Sentence } from './text/segment';
import { rememberRecent } from './util/recent';
import { isEditorsNote, readableCase, unwrapped } from './text/case';
import { SPEAKER_TAG } from './text/speaker';
import { gated } from './util/regex-gate';

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

/** A document's result also carries its text blocks, to map annotations back to the DOM. */
export type DocumentResult = CheckResult & { blocks: TextBlock[] };

export type Stage = 'detect' | 'extract' | 'segment' | 'claims' | 'match' | 'engine';

/** Page-structure evidence for detection, gathered from the DOM (see `pageEvidence`). */
export interface PageEvidence {
  bonus: number;
  reasons: string[];
}

/**
 * What the engine needs of a page once its text is extracted: plain, serialisable data, so the
 * content script can hand it to the background (where the engine stays warm) in one message.
 */
export interface PageText {
  title: string | null;
  /** The article's text blocks, in order (see lib/extract/article.ts). */
  blocks: string[];
  published: string | null;
  evidence: PageEvidence;
}

/** Detection and annotations for a `PageText`; annotation offsets refer to its blocks. */
export interface Analysis extends Detection {
  annotations: Annotation[];
}

export interface CheckOptions {
  /** Publication date (YYYY-MM-DD) when the caller knows it better than the page. */
  published?: string | null;
  /** Check claims even when detection says the text is off-topic ("check this page anyway"). */
  assumeRelevant?: boolean;
  /** Receives each stage's duration in milliseconds (bench, User Timing). */
  onStage?: (stage: Stage, ms: number) => void;
  /**
   * Annotate only the page's blocks from `from` up to (not including) `to`; the others are read
   * only as what comes before (see `splitPage`: two engines share one page). Offsets and block
   * numbers stay the whole page's.
   */
  blockRange?: readonly [from: number, to: number];
}

/** Blocks whose annotations an engine remembers (a live blog re-sends its old blocks on update). */
const BLOCK_CACHE_MAX = 2_000;

export interface EngineOptions {
  /** Blocks whose answers are remembered (default 2,000); 0 reads every block afresh (benchmarks). */
  rememberBlocks?: number;
  /** The index's per-fact data computed ahead of time for this base (see `prepareFacts`). */
  prepared?: readonly PreparedFact[];
}

export class Engine {
  readonly base: FactBase;
  readonly context: MatchContext;
  /** Annotations per block text and reference date: a re-check analyses only what changed. */
  private readonly blockCache = new Map<
    string,
    { annotations: Annotation[]; before: string | undefined; beforeRead: number }
  >();
  private readonly rememberBlocks: number;

  constructor(base: FactBase, options: EngineOptions = {}) {
    this.base = base;
    this.rememberBlocks = options.rememberBlocks ?? BLOCK_CACHE_MAX;
    const epoch = epochOf(base.facts);
    const published = base.sources
      .map((s) => s.published)
      .filter((d): d is string => d !== null)
      .sort();
    if (epoch) epoch.asOf = published[published.length - 1] ?? null;
    this.context = { index: new FactIndex(base.facts, options.prepared), epoch };
  }

  /**
   * Annotate sentences of `text`. `before` is what comes before the text on its page, for a first
   * sentence that refers back to it ("Most of them …"): the sentence before (the previous block's
   * last), or the sentences before (at most `CONTEXT_SENTENCES`), the nearer last.
   */
  annotate(
    text: string,
    published: string | null,
    onStage?: CheckOptions['onStage'],
    before: string | readonly string[] | null = null,
  ): Annotation[] {
    const sentences = before === null ? [] : typeof before === 'string' ? [before] : before;
    return this.annotateBlock(text, published, onStage, (n) => sentences.slice(-n)).annotations;
  }

  /**
   * `annotate`, reading the sentences before the block (the last `n` asked for, the nearer last)
   * only if one of its first sentences needs them: `before` is what was read, joined (`undefined`
   * if nothing), and `beforeRead` how many sentences were asked for.
   */
  private annotateBlock(
    text: string,
    published: string | null,
    onStage: CheckOptions['onStage'] | undefined,
    readBefore: (n: number) => readonly string[],
  ): { annotations: Annotation[]; before: string | undefined; beforeRead: number } {
    let before: readonly string[] | undefined;
    let beforeRead = 0;
    const out: Annotation[] = [];
    // The clock is read only for a caller who wants the stages (it is not free in a worker).
    const clock = onStage ? now : () => 0;
    let t = clock();
    const sentences = sentencesOf(text);
    onStage?.('segment', clock() - t);
    let claimsMs = 0;
    let matchMs = 0;
    /** The sentences before, in this block, and their term texts: the nearer last. */
    const previous: { text: string; terms: string }[] = [];
    /** The last `n` sentences before sentence `i`, from the blocks before if need be. */
    /** The sentences read from the blocks before, with their term texts (computed once). */
    let beforeTerms: { text: string; terms: string }[] = [];
    const lastBefore = (i: number, n: number) => {
      // A sentence that looks further back than the ones before it reads further back.
      if (i < n && beforeRead < n) {
        before = readBefore(n);
        beforeRead = n;
        beforeTerms = before.map((text) => ({ text, terms: termText(text) }));
      }
      return [...beforeTerms, ...previous].slice(-n);
    };
    for (const [i, sentence] of sentences.entries()) {
      // "(Adds Kremlin comment in paragraph 6)": an agency's note on the story's versions.
      if (isEditorsNote(sentence.text)) continue;
      t = clock();
      // A sentence set in capitals is read in ordinary case, one set wholly in parentheses as
      // what it says (same length: offsets hold).
      const s = { ...sentence, text: unwrapped(readableCase(sentence.text)) };
      const terms = termText(s.text);
      const own = withPlaceMarkers(s.text, terms);
      let cands = this.context.index.candidates(own);
      /** The sentences it borrowed from (the nearer first), when it counts those it refers back to. */
      let countedIn: readonly string[] | null = null;
      /** The sentence's claim, once read (without sentences it counts in). */
      let plain: Claim | undefined;
      /** The last facts borrowed from the sentences before that were judged, and the judgement. */
      let judgedLast = null as { cands: IndexedFact[]; judgement: Judgement | null } | null;
      // What a transcript's speaker says is what may refer back: "TOM AVERY: The first reports …".
      const said = s.text.replace(SPEAKER_TAG, '');
      // A sentence that names nothing the facts are about may lean on the one before it, and one
      // that refers back to a group of people ("most of them", "their number") on the one before
      // that too: a story about the troops keeps them as its subject for several sentences.
      // A sentence whose only fact is where a place is ("Most of them are now in Russia's Kursk
      // region") names that place only as a setting: whom it speaks of may still be borrowed. (Not
      // one that says where the place is: "Kursk is a Russian province, not a Ukrainian one".)
      const onlySetting =
        cands.length > 0 &&
        cands.every((f) => f.fact.topic === 'geography') &&
        !PLACE_LOCATED.test(s.text);
      if (
        (cands.length === 0 || onlySetting || (meetsThem(said) && !countsBack(said))) &&
        refersBack(said)
      ) {
        const counted = countsBack(said);
        const farGroup = refersToGroup(said);
        // "They were first spotted …" names the story's people too, but looks only as far back as
        // any reference does.
        const group = farGroup || spottedGroup(said);
        const context = lastBefore(i, counted || farGroup ? COUNTED_SENTENCES : NEAR_SENTENCES);
        const event = refersToEvent(said);
        // One group borrowed from the sentence before, then from the two before; failing both, a
        // group of people referred back to ("their presence") lends whose people they are too;
        // failing that, the three before, and so on up to eight: a story keeps its troops as its
        // subject for a while, and tells their route and their number before where they went.
        // An event referred back to ("The strike took place on Tuesday") may take two of its
        // groups from the sentence before (what was fired, and that it was the first).
        const tries: readonly (readonly [depth: number, twoGroups: boolean])[] = group
          ? [
              [1, false],
              [2, false],
              [1, true],
              [2, true],
              [3, false],
              [3, true],
              ...[4, 5, 6, 7, 8].flatMap((d) => [[d, false] as const, [d, true] as const]),
            ]
          : [[1, event]];
        // A sentence that counts them looks on for a fact with a figure to compare; any other, for
        // a fact it speaks to: "Most have since been sent to the Belgorod region" does not speak to
        // the troops' route the sentence before told, but to where the troops named further back
        // went.
        const judged = (found: IndexedFact[], used: readonly { text: string }[]) => {
          // "Trump won … He will be sworn in on Monday": a sentence that opens with "he" or "she"
          // after sentences that name one person only is read with that person named.
          plain ??= extractClaim(withPersonNamed(s.text, used), {
            reference: published,
            countedIn: null,
          });
          judgedLast = { cands: found, judgement: matchClaim(this.context, plain, found) };
          return judgedLast.judgement !== null;
        };
        let first: { found: IndexedFact[]; from: string[] } | null = null;
        for (const [depth, twoGroups] of tries) {
          if (context.length < depth) continue;
          const used = context.slice(-depth);
          const lent = this.context.index.candidatesInContext(
            own,
            used.map((c) => c.terms).join(''),
            counted,
            undefined,
            twoGroups && group,
            twoGroups && event,
            PLACE_BACK.test(s.text),
          );
          // Past the nearest sentences that lend a fact, only the people referred back to are
          // looked for: not a decision or a place a sentence further back names. So too past the
          // sentence before, for a sentence that refers back to a group of people: "Ukrainian
          // units have reported clashes with them there since early November" takes the troops
          // from further back, not Trump's November victory another sentence there names.
          const found: IndexedFact[] =
            (first || (group && depth > 1)) && !counted
              ? lent.filter((f) => borrowsPeople(f, own))
              : lent;
          if (found.length === 0) continue;
          const hit = { found, from: used.map((c) => c.text).reverse() };
          first ??= hit;
          if (
            counted ? found.some((f) => f.fact.slots.includes('quantity')) : judged(found, used)
          ) {
            first = hit;
            break;
          }
        }
        if (first) {
          const setting = cands;
          cands = [...setting, ...first.found.filter((f) => !setting.includes(f))];
          if (counted) countedIn = first.from;
        }
      }
      // "Washington puts their number at more than 10,000, most of them in Russia's Kursk region":
      // a sentence that counts those it refers back to counts the sentence before's people, even
      // where it names something a fact is about itself.
      else if (cands.length > 0 && countsBack(s.text)) {
        // The nearest sentence first, then the two before, and so on up to eight: "Even Lukashenko
        // conceded that such a deployment would be an escalation. By December, Western estimates
        // put the contingent at more than 10,000" counts the troops named before Lukashenko.
        const context = lastBefore(i, COUNTED_SENTENCES);
        for (let depth = 1; depth <= context.length; depth++) {
          const used = context.slice(-depth);
          const more = this.context.index
            .candidatesInContext(own, used.map((c) => c.terms).join(''), true)
            .filter((f) => !cands.includes(f) && f.fact.slots.includes('quantity'));
          if (more.length === 0) continue;
          cands = [...cands, ...more];
          countedIn = used.map((c) => c.text).reverse();
          break;
        }
      }
      // "It remains unclear whether he will rescind the decision": a person named only by a
      // pronoun is the sentence before's, for a fact the sentence touches all but that one group of.
      // (Where the sentence names no fact, only as the subject: "Kellogg, his choice of envoy, …"
      // is about Kellogg.)
      // A sentence before that names the person only by a pronoun too hands on whom it names:
      // "Trump has promised to end the war. He has criticised the aid. Whether he will undo …".
      // Where no person is found that way, the sentence's other references are read as below
      // ("Ukraine's incursion there began in August, and Zelensky has treated the ground as a
      // bargaining chip" names its place by "there", whatever "he" or "his" it has).
      else {
        const person = (cands.length > 0 ? PERSON_PRONOUN : PERSON_SUBJECT).test(s.text)
          ? this.borrowedPerson(s.text, own, lastBefore(i, NEAR_SENTENCES), cands)
          : [];
        if (person.length > 0) cands = [...cands, ...person];
        // "They had sailed from the Wonsan area": people named only by a pronoun are the
        // sentence before's, for a fact the sentence touches all but them of, beside the facts it
        // names. "It was made largely in response to North Korea's troops": a decision named only
        // by "it" is the sentence before's, likewise. "Ukraine has reported clashes with North
        // Korean troops there": a place named only by "there" or "that region" is the sentence
        // before's. "Officials point to North Korea": a cause told without its decision takes the
        // decision of the sentence before. The first of these readings that finds a fact is taken
        // ("Officials, for their part, cast it as a response to …" names no people by "their",
        // but a decision by "it").
        else
          for (const [reference, borrows, alone] of BORROWED_BY_REFERENCE) {
            if ((cands.length === 0 && !alone) || !reference.test(s.text)) continue;
            const more = this.borrowed(own, lastBefore(i, 1), borrows, cands);
            if (more.length === 0) continue;
            cands = [...cands, ...more];
            break;
          }
      }
      // "It is unclear whether he will undo it": a sentence that leans on the one before for a
      // thing and names its person only by "he" may take the person alone from further back.
      if (cands.length === 0 && PERSON_SUBJECT.test(s.text) && refersBack(s.text))
        cands = this.borrowedPerson(s.text, own, lastBefore(i, NEAR_SENTENCES), cands);
      // "Whether he will undo it once in office is unclear": a person named only by "he" and a
      // decision only by "it" are both the sentence before's ("The decision comes two months
      // before Trump is sworn in"), for a fact about a person's decision. (The last argument lets
      // two of a fact's groups come from the sentence before, as for an event referred back to.)
      // So too where the person is named and "it" is what they may undo: "nobody could say whether
      // Trump would undo it once in office".
      if (
        cands.length === 0 &&
        (PERSON_SUBJECT.test(s.text) || UNDOES_IT.test(s.text)) &&
        IT_PRONOUN.test(s.text)
      ) {
        // The sentence before, then the two before where that one names the person only by "he"
        // too and "it" is what may be undone: "Trump won … The decision comes three months before
        // he is sworn in. Whether he will reverse it once in office is anyone's guess."
        const before = lastBefore(i, 2);
        const nearest = before.at(-1);
        const tries = nearest
          ? PERSON_SUBJECT.test(nearest.text) && before.length > 1 && UNDOES_IT.test(s.text)
            ? [nearest.terms, before.map((b) => b.terms).join('')]
            : [nearest.terms]
          : [];
        for (const terms of tries) {
          cands = this.context.index
            .candidatesInContext(own, terms, false, undefined, false, true)
            .filter((f) => f.persons.length > 0 && f.groups.some((g) => namesDecision(f, g)));
          if (cands.length > 0) break;
        }
      }
      previous.push({ text: s.text, terms });
      if (previous.length > CONTEXT_SENTENCES) previous.shift();
      const tCands = clock();
      matchMs += tCands - t;
      if (cands.length === 0) continue;
      const claim =
        (countedIn === null ? plain : undefined) ??
        extractClaim(s.text, { reference: published, countedIn });
      const tClaim = clock();
      claimsMs += tClaim - tCands;
      // Facts borrowed from the sentences before were judged already, when they were looked for.
      const j =
        judgedLast?.cands === cands && claim === plain
          ? judgedLast.judgement
          : matchClaim(this.context, claim, cands);
      matchMs += clock() - tClaim;
      if (!j) continue;
      out.push({
        sentence: sentence.text,
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
    return { annotations: out, before: before?.join('\n'), beforeRead };
  }

  /**
   * Facts beyond `have` that a sentence (`own`, its term text) speaks to with one concept group
   * `borrows` accepts from the sentence before (`before`: it, or nothing on a page's first).
   */
  private borrowed(
    own: string,
    before: readonly { terms: string }[],
    borrows: (f: IndexedFact, group: readonly string[]) => boolean,
    have: readonly IndexedFact[],
  ): IndexedFact[] {
    const [nearest] = before;
    if (!nearest) return [];
    return this.context.index
      .candidatesInContext(own, nearest.terms, false, borrows)
      .filter((f) => !have.includes(f));
  }

  /**
   * Facts beyond `have` that a sentence (`own`) speaks to with the person of a sentence before
   * (`before`, the nearer last): the nearest, or further back through sentences that name the
   * person by a pronoun too ("Trump has promised … He has criticised … whether he will undo …"),
   * or that name no one at all.
   */
  private borrowedPerson(
    text: string,
    own: string,
    before: readonly { text: string; terms: string }[],
    have: readonly IndexedFact[],
  ): IndexedFact[] {
    // The person borrowed must be one the sentence does not name itself: "Trump himself told
    // reporters …" borrows no Trump, so not the rest of a fact about him (his swearing-in).
    let named: Set<string> | undefined;
    const borrows = (f: IndexedFact, group: readonly string[]) =>
      namesPerson(f, group, (named ??= new Set(extractActors(text).map((a) => a.id))));
    for (let n = before.length - 1; n >= 0; n--) {
      const found = this.borrowed(own, [before[n]!], borrows, have);
      if (found.length > 0) return found;
      // A sentence between that names no one ("That the decision came a month before the
      // handover is no coincidence.") leaves the person where they were.
      const between = before[n]!.text;
      if (!PERSON_PRONOUN.test(between) && !namesNoOne(between)) break;
    }
    return [];
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

  checkDocument(doc: Document, options: CheckOptions = {}): DocumentResult {
    return drain(this.checkDocumentSteps(doc, options));
  }

  /** `checkDocument` as steps: it pauses during extraction and after every block. */
  *checkDocumentSteps(doc: Document, options: CheckOptions = {}): Steps<DocumentResult> {
    const extracted = yield* extractPageSteps(doc, options);
    if (!extracted) return quickReject(doc)!;
    const analysis = yield* this.analyseSteps(extracted.page, options);
    return {
      ...analysis,
      title: extracted.page.title,
      published: extracted.page.published,
      blocks: extracted.blocks,
    };
  }

  analyse(page: PageText, options: CheckOptions = {}): Analysis {
    return drain(this.analyseSteps(page, options));
  }

  /** Detection, then annotations block by block, pausing after each block. */
  *analyseSteps(page: PageText, options: CheckOptions = {}): Steps<Analysis> {
    const t = now();
    const text = page.blocks.join('\n\n');
    const detection = detectText(page.title, text, page.evidence);
    options.onStage?.('detect', now() - t);
    if (!detection.relevant && !options.assumeRelevant) return { ...detection, annotations: [] };
    yield;
    const annotations: Annotation[] = [];
    let offset = 0;
    // Every stage is reported, with 0 ms when every block's answer was remembered.
    const stageTotals = new Map<Stage, number>([
      ['segment', 0],
      ['claims', 0],
      ['match', 0],
    ]);
    const add = (stage: Stage, ms: number) =>
      stageTotals.set(stage, (stageTotals.get(stage) ?? 0) + ms);
    const [from, to] = options.blockRange ?? [0, page.blocks.length];
    for (let bi = 0; bi < Math.min(from, page.blocks.length); bi++)
      offset += page.blocks[bi]!.length + 2;
    for (let bi = Math.max(from, 0); bi < Math.min(to, page.blocks.length); bi++) {
      const block = page.blocks[bi]!;
      const readBefore = (n: number) => sentencesBefore(page.blocks, bi, n);
      const key = `${page.published ?? ''}\u0000${block}`;
      const cached = this.blockCache.get(key);
      let found: Annotation[];
      // A remembered answer holds unless it leaned on a sentence before the block that has changed.
      if (
        cached &&
        (cached.before === undefined || cached.before === readBefore(cached.beforeRead).join('\n'))
      ) {
        found = cached.annotations;
      } else {
        const fresh = this.annotateBlock(
          block,
          page.published,
          options.onStage ? add : undefined,
          readBefore,
        );
        found = fresh.annotations;
        if (this.blockCache.size >= this.rememberBlocks) this.blockCache.clear();
        if (this.rememberBlocks > 0) this.blockCache.set(key, fresh);
      }
      for (const a of found) {
        annotations.push({
          ...a,
          start: a.start + offset,
          end: a.end + offset,
          block: bi,
          blockStart: a.start,
          blockEnd: a.end,
        });
      }
      offset += block.length + 2;
      yield;
    }
    for (const [stage, ms] of stageTotals) options.onStage?.(stage, ms);
    return { ...detection, annotations };
  }
}

const now = () => performance.now();

/** A sentence that says where a place is: "Kursk is in Russia", "is a Russian province". */
const PLACE_LOCATED = gated(
  /\b(?:is|are|lies|sits|remains)\s+(?:(?:still\s+)?(?:in|inside|within)\s+(?:Russia|Ukraine)\b|(?:a|an)\s+(?:Russian|Ukrainian)\b|(?:Russian|Ukrainian)\s+(?:soil|territory|land)\b|part\s+of\b)/i,
);

/**
 * How many sentences before one a sentence may lean on: a story keeps its troops as its subject for
 * several sentences ("The troops sailed from Wonsan. … Estimates of their number range from 8,000 to
 * more than 10,000."), and only a sentence that refers back to a group looks past the nearest.
 */
const NEAR_SENTENCES = 3;

/**
 * How far back a sentence that refers back to a group of people (`refersToGroup`), counting them or
 * not, may look for them: a story often tells the troops' route, their fighting and how they were
 * first seen before it counts them ("Their number has generally been put at about 8,000") or says
 * where most of them went, naming them only as "the troops" on the way.
 */
const COUNTED_SENTENCES = 8;

/** How many sentences before one are kept for it to lean on: the most any reading looks back. */
export const CONTEXT_SENTENCES = COUNTED_SENTENCES;

/** A concept-group term that names people: "korean troops", "soldiers", "the contingent". */
const PEOPLE_WORD = gated(/\b(?:troops?|soldiers?|forces|contingent|units)\b/);

/**
 * A fact about people ("North Korean troops") whom a sentence (`own`, its term text) names only by
 * a reference back ("Most have since been sent to …"): it touches none of the fact's people terms.
 */
function borrowsPeople(f: IndexedFact, own: string): boolean {
  const people = f.groups.find((g) => g.some((t) => PEOPLE_WORD.test(t)));
  return people !== undefined && !people.some((t) => own.includes(` ${t}`));
}

/**
 * The concept group a sentence borrows from the one before names one of the fact's people, and
 * not one the sentence names itself (`own`, actor ids).
 */
function namesPerson(f: IndexedFact, group: readonly string[], own: ReadonlySet<string>): boolean {
  if (f.persons.length === 0) return false;
  const named = new Set(extractActors(group.join(', ')).map((a) => a.id));
  return f.persons.some((p) => named.has(p.value.id) && !own.has(p.value.id));
}

/** The concept group a sentence borrows from the one before is a fact's group of people. */
function namesPeople(_f: IndexedFact, group: readonly string[]): boolean {
  return group.some((t) => PEOPLE_TERM.test(t));
}

/** The concept group a sentence borrows from the one before is a fact's decision. */
function namesDecision(_f: IndexedFact, group: readonly string[]): boolean {
  return group.includes('decision');
}

/** The concept group a sentence borrows from the one before names a place. */
function namesPlace(_f: IndexedFact, group: readonly string[]): boolean {
  // Terms are lower case; the gazetteer reads names as written.
  const names = group.map((t) => t.replace(/\b[a-z]/g, (c) => c.toUpperCase())).join(', ');
  return extractPlaces(names).length > 0;
}

/**
 * A place named only by "there" or a demonstrative: "clashes with troops there", "that region",
 * "that Russian border region", "the same patch of Russia", "the slice of Russia that …", "that is
 * where Kyiv staged its offensive", "that's the stretch of Russia …"; or by "the region" (or
 * oblast) after "into" or "of": "seized a slice of the region", "crossed into the oblast" (not
 * "the region" alone: "the region's governor", "across the region" name no place before); or as
 * the whole a share is of: "had retaken about 40 per cent of it", "given up a sizeable part of it";
 * or by the ground held there: "defend those positions", "that foothold".
 */
const PLACE_BACK = gated(
  /\bthere\b|\b(?:those|these|its|their)\s+positions\b(?!\s+(?:on|in|at|near|inside|along)\b)|\b(?:that|this|the)\s+foothold\b(?!\s+(?:in|on|inside)\b)|\b(?:that|this|the\s+same)\s+(?:(?:russian|border|same)\s+){0,2}(?:region|territory|area|province|oblast|salient|bridgehead|patch|stretch|slice|pocket|swathe|chunk|corner)\b|\b(?:across|over)\s+(?:that|this|the\s+same)\s+border\b|\bthe\s+(?:slice|patch|stretch|swathe|chunk|pocket)\s+of\s+(?:russia\b|russian\s+(?:territory|soil|land))|\b(?:into|of)\s+the\s+(?:russian\s+)?(?:border\s+)?(?:region|oblast|province)\b|\bthat(?:['’]s|\s+is|\s+was)\s+(?:where\b|the\s+(?:(?:russian|border)\s+){0,2}(?:stretch|slice|patch|swathe|chunk|pocket|region|territory|area|oblast|province)\b)|\b(?:part|parts|per\s*cent|percent|half|chunk|chunks|slice|much|most|some|all|third|quarter|share|piece|pieces|deal)\s+of\s+it\b|\d\s*%\s+of\s+it\b/i,
);

/**
 * A thing named by a pronoun: "it was driven by", "cast it as", "officials said it was …" (not
 * what a single speaker says of itself: "South Korea has said it is considering …").
 */
const IT_PRONOUN = gated(
  /(?<!(?<!\b(?:officials|sources|aides|diplomats|analysts|they)(?:,\s*[a-z]+,)?\s+(?:have\s+|had\s+)?)\b(?:said|says|stated|announced|added|warned|insisted)\s+(?:(?:on|last|this)\s+[a-z]+\s+)?(?:that\s+)?)\bit\b/i,
);

/** People named by a pronoun: "they", "them", "their" (not the reports of "did not deny them"). */
const PEOPLE_PRONOUN = gated(
  /\b(?:they|their)\b|(?<!\b(?:den(?:y|ied|ies)|confirm(?:ed|s)?|dismiss(?:ed|es)?|reject(?:ed|s)?|verif(?:y|ied))\s+)\bthem\b/i,
);

/**
 * A cause told without the decision it caused: "Officials point to North Korea, which has sent
 * troops", "Sceptics argue Trump's election win was the bigger factor". The decision is the
 * sentence before's.
 */
const CAUSE_OF_DECISION = gated(
  /\b(?:point(?:s|ed|ing)?\s+(?:first\s+|above all\s+|chiefly\s+)?to|reason|factor|explain\w*|trigger\w*|prompt\w*|catalyst|motiv\w*|pretext|timing|tipped|persuad\w*|convinc\w*)\b/i,
);

/**
 * The weapons named only by what was done with them: "Kyiv used them for the first time on
 * Monday", "launching its first salvo on Monday". They are the sentence before's.
 */
const WEAPON_BACK = gated(
  /\b(?:used|fired|launched|deployed)\s+(?:them|it)\b|\b(?:its|their|the)\s+first\s+(?:salvo|volley|barrage|strike|strikes|launch|use)\b/i,
);

/** The concept group a sentence borrows from the one before names a weapon. */
function namesWeapon(_f: IndexedFact, group: readonly string[]): boolean {
  return group.some((t) => WEAPON_TERM.test(t));
}
const WEAPON_TERM = gated(/^(?:atacms|missiles?|storm shadow|himars)$/);

/**
 * What a sentence may borrow from the one before by a reference (a pronoun, "that region", a cause
 * without its decision): the reference, which concept group it borrows, and whether it may where
 * the sentence names no fact itself.
 */
const BORROWED_BY_REFERENCE: readonly (readonly [
  reference: RegExp,
  borrows: (f: IndexedFact, group: readonly string[]) => boolean,
  alone: boolean,
])[] = [
  [PEOPLE_PRONOUN, namesPeople, false],
  [IT_PRONOUN, namesDecision, false],
  [PLACE_BACK, namesPlace, true],
  [CAUSE_OF_DECISION, namesDecision, false],
  [WEAPON_BACK, namesWeapon, true],
];

/**
 * A sentence that opens with "he" or "she" as its subject, or with a clause of time whose subject
 * it is: "Since he was sworn in on Jan. 21, …", "Once she takes office, …".
 */
const PERSON_OPENING = gated(
  /^(\W*(?:(?:and|but|so|now|then|since|ever\s+since|once|when|after|before|until|by\s+the\s+time)\s+)?)(?:he|she)\b/i,
);

/**
 * `text` with its opening "he" or "she" replaced by the one person `sentences` name (as they name
 * them); as it is where they name none or several.
 */
function withPersonNamed(text: string, sentences: readonly { text: string }[]): string {
  if (!PERSON_OPENING.test(text)) return text;
  const persons = new Map<string, string>();
  for (const x of sentences)
    for (const a of extractActors(x.text))
      if (a.kind === 'person') persons.set(a.id, x.text.slice(a.start, a.end));
  const [only, ...more] = persons.values();
  return only !== undefined && more.length === 0
    ? text.replace(PERSON_OPENING, (_, opening: string) => `${opening}${only}`)
    : text;
}

/** A person named by a pronoun: "he", "his administration", "she". */
const PERSON_PRONOUN = gated(/\b(?:he|his|him|she|her)\b/i);

/**
 * A sentence that names no one: no actor, no capitalised word but its first (and "I"), nor a
 * pronoun for people; "That the decision came barely a month before the handover is, I would
 * argue, no coincidence." (Not "Kyiv has asked for more air defence systems.")
 */
function namesNoOne(text: string): boolean {
  return (
    !/\b(?:they|them|their)\b/i.test(text) &&
    !/\s["'‘“(]?(?!I\b)[A-Z]/.test(text) &&
    extractActors(text).length === 0
  );
}
/**
 * A decision named only by "it" as what someone may undo or keep: "whether Trump would undo it",
 * "Trump could undo it on day one" (not what others are asked about: "promise to reverse it").
 */
const UNDOES_IT = gated(
  /\b(?:will|would|could|can|might|may|should)\s+(?:\w+ly\s+)?(?:undo|reverse|rescind|overturn|revoke|scrap|keep|ditch)\s+it\b|\b(?:will|would|could|can|might|may|should)\s+(?:\w+ly\s+)?(?:tear|rip|roll|walk)\s+it\s+(?:up|back)\b/i,
);

/** A person named by a subject pronoun: "whether he will undo it". */
const PERSON_SUBJECT = gated(/\b(?:he|she)\b/i);

/**
 * A block's sentences, remembered: a block is split when it is read, and again when the block
 * after it refers back to its last sentences (shared: not to be modified).
 */
const sentencesOf: (text: string) => readonly Sentence[] = /* @__PURE__ */ rememberRecent(
  splitSentences,
  64,
);

/**
 * The last `n` sentences before block `bi` (the nearer last), from the blocks before it: what its
 * first sentences may refer back to.
 */
function sentencesBefore(blocks: readonly string[], bi: number, n: number): string[] {
  const out: string[] = [];
  for (let b = bi - 1; b >= 0 && out.length < n; b--) {
    const sentences = sentencesOf(blocks[b]!);
    for (let k = sentences.length - 1; k >= 0 && out.length < n; k--)
      out.unshift(sentences[k]!.text);
  }
  return out;
}

/**
 * The cheap first stage for a page: headline, og:title and description only. Most pages stop
 * here, before the fact base is even loaded.
 */
export function quickReject(doc: Document): DocumentResult | null {
  if (headlineMentionsWar(doc)) return null;
  return rejectedResult(pageTitle(doc));
}

/** The result for a page rejected on its headline. */
export function rejectedResult(title: string | null): DocumentResult {
  return {
    relevant: false,
    relevance: 0,
    reasons: ['headline and description do not mention Ukraine, Russia or the war'],
    title,
    published: null,
    annotations: [],
    blocks: [],
  };
}

let bundled: Engine | null = null;
let preparedIndex: readonly PreparedFact[] | undefined;

/**
 * Use the index data the extension build computed for the bundled base (`prepareFacts` run in
 * Node), so a service worker that starts cold builds its engine from data.
 */
export function usePreparedIndex(prepared: readonly PreparedFact[]): void {
  preparedIndex = prepared;
}

/** Sentences to a paragraph of the warm-up's prose (see `warmUpPage`). */
export const WARM_UP_SENTENCES_PER_BLOCK = 3;

/** The date the warm-up page is read as: within the sources' news cycle. */
const WARM_UP_DATE = '2024-11-22';

/**
 * What a fresh engine reads once, before any page asks (the background's warm-up), so that a
 * reader's first pages do not pay for the engine's first runs: every source quote, and every quote
 * again as a two-byte string. V8 compiles a regular expression apart for one-byte (Latin-1) and
 * two-byte subjects, and an article's paragraphs come in both (one curly quote or dash makes a
 * paragraph two-byte, and so every sentence cut from it), while most quotes are one-byte. In Node
 * (medians of 10 fresh processes), the five seed pages read first after the quotes alone took 40.7
 * ms, after this page 35.6 ms (the gain is on the first three); reading the quotes twice as they
 * are (under another date) gave 39.6 ms.
 *
 * Then `prose`, if given: varied news sentences in reading order, `WARM_UP_SENTENCES_PER_BLOCK`
 * to a paragraph. The quotes take few of the paths real articles take through the engine; the
 * background passes about a thousand sentences by many writers (`virtual:crosscheck-warm-up`).
 */
export function warmUpPage(base: FactBase, prose: readonly string[] = []): PageText {
  const quotes = base.facts.flatMap((f) => f.sources.map((s) => s.quote));
  const paragraphs: string[] = [];
  for (let i = 0; i < prose.length; i += WARM_UP_SENTENCES_PER_BLOCK)
    paragraphs.push(prose.slice(i, i + WARM_UP_SENTENCES_PER_BLOCK).join(' '));
  return {
    title: null,
    // Each quote next to its copy, so that a warm-up cut short by a page's request has read both
    // kinds of string. The copy gains one character, a closing quote mark in a paragraph of its
    // own: its sentences read exactly as the quote's.
    blocks: [...quotes.flatMap((q) => [q, `${q}\n\n\u2019`]), ...paragraphs],
    published: WARM_UP_DATE,
    evidence: { bonus: 0, reasons: [] },
  };
}

/**
 * Blocks to a page of the warm-up (`warmUpPages`), even, so a quote and its copy stay together.
 * A page's first step reads its whole text for the topic (`detectText`): over the whole warm-up
 * at once (180,000 characters), that one step took about 10 ms in Node, longer in a worker that
 * has just started, and a reader's page that asked meanwhile waited for it.
 */
export const WARM_UP_BLOCKS_PER_PAGE = 24;

/** The warm-up page (`warmUpPage`) cut into pages of `WARM_UP_BLOCKS_PER_PAGE` blocks, in order. */
export function warmUpPages(base: FactBase, prose: readonly string[] = []): PageText[] {
  const page = warmUpPage(base, prose);
  const pages: PageText[] = [];
  for (let i = 0; i < page.blocks.length; i += WARM_UP_BLOCKS_PER_PAGE)
    pages.push({ ...page, blocks: page.blocks.slice(i, i + WARM_UP_BLOCKS_PER_PAGE) });
  return pages;
}

/**
 * Reads the warm-up pages (`warmUpPages`) with `engine`, one step at a time, awaiting `pause`
 * before each next step so that a request arriving meanwhile runs first. Resolves with the time
 * the steps themselves took, in milliseconds.
 */
export async function warmUpEngine(
  engine: Engine,
  prose: readonly string[],
  pause: () => Promise<void>,
): Promise<number> {
  let busy = 0;
  for (const page of warmUpPages(engine.base, prose)) {
    const steps = engine.analyseSteps(page, { assumeRelevant: true });
    for (;;) {
      const t = now();
      const done = steps.next().done;
      busy += now() - t;
      await pause();
      if (done) break;
    }
  }
  return busy;
}

/** The engine over the bundled fact base, built on first use. */
export function bundledEngine(): Engine {
  return drain(bundledEngineSteps());
}

/** The same, in steps: building the base's values takes a while on a cold start. */
export function* bundledEngineSteps(): Steps<Engine> {
  if (!bundled) {
    const base = yield* bundledFactBaseSteps();
    yield;
    bundled = new Engine(base, { prepared: preparedIndex });
  }
  return bundled;
}

export function checkText(text: string, options?: CheckOptions): CheckResult {
  return bundledEngine().checkText(text, options);
}

export function checkDocument(doc: Document, options: CheckOptions = {}): DocumentResult {
  return drain(checkDocumentSteps(doc, options));
}

/**
 * Check a page in steps: off-topic pages are rejected on their headline before the fact base and
 * its index are even built; the rest proceeds in pauses (see lib/util/steps.ts).
 */
export function* checkDocumentSteps(
  doc: Document,
  options: CheckOptions = {},
): Steps<DocumentResult> {
  const extracted = yield* extractPageSteps(doc, options);
  if (!extracted) return quickReject(doc)!;
  const t = now();
  const engine = yield* bundledEngineSteps();
  options.onStage?.('engine', now() - t);
  const analysis = yield* engine.analyseSteps(extracted.page, options);
  return {
    ...analysis,
    title: extracted.page.title,
    published: extracted.page.published,
    blocks: extracted.blocks,
  };
}
