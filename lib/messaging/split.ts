/**
 * One page's analysis shared by several engines (the workers of Chrome's offscreen document), and
 * their answers joined again. Kept free of `browser.*` and of workers: the entrypoints wire it.
 *
 * Each engine annotates one run of consecutive blocks and reads the blocks before it only as what a
 * sentence may refer back to, so the joined answer is the one a single engine gives for the page.
 */
import type { Engine, PageText } from '../check';
import type { PlainFactConflict } from '../factbase/types';
import type { PageAnalysis } from './protocol';

/** A run of blocks: from `[0]` up to, not including, `[1]`. */
export type BlockRange = readonly [from: number, to: number];

/**
 * Cuts `blocks` into at most `parts` runs of consecutive blocks of about equal length in
 * characters (what an engine's time follows), none empty. An empty page is one empty run.
 */
export function splitPage(blocks: readonly string[], parts: number): BlockRange[] {
  const n = blocks.length;
  const want = Math.max(1, Math.min(Math.floor(parts), n));
  if (want === 1) return [[0, n]];
  const total = blocks.reduce((sum, b) => sum + b.length, 0);
  const ranges: BlockRange[] = [];
  let from = 0;
  let seen = 0;
  for (let part = 1; part < want; part++) {
    const target = (total * part) / want;
    let to = from + 1;
    seen += blocks[from]!.length;
    // Take the next block while that brings the run's end closer to its share, leaving at least
    // one block for each run still to come.
    while (to < n - (want - part)) {
      const next = seen + blocks[to]!.length;
      if (Math.abs(next - target) >= Math.abs(seen - target)) break;
      seen = next;
      to++;
    }
    ranges.push([from, to]);
    from = to;
  }
  ranges.push([from, n]);
  return ranges;
}

/** An engine's answer for one run of a page's blocks (all of them without `range`). */
export function analysePage(
  engine: Engine,
  page: PageText,
  assumeRelevant: boolean,
  range?: BlockRange,
): PageAnalysis {
  const analysis = engine.analyse(page, {
    assumeRelevant,
    ...(range !== undefined && { blockRange: range }),
  });
  const conflicts: Record<string, PlainFactConflict[]> = {};
  for (const a of analysis.annotations) {
    const fact = engine.base.facts.find((f) => f.id === a.fact.id);
    if (fact && fact.conflicts.length > 0) conflicts[fact.id] = fact.conflicts;
  }
  return { analysis, sources: engine.base.sources, conflicts };
}

/**
 * The answers for a page's runs, in the runs' order, joined into the page's answer: the first's
 * detection (every engine reads the whole page for it) and sources, every run's annotations.
 */
export function joinAnalyses(parts: readonly PageAnalysis[]): PageAnalysis {
  const [first] = parts;
  if (!first) throw new Error('no answers to join');
  return {
    analysis: { ...first.analysis, annotations: parts.flatMap((p) => p.analysis.annotations) },
    sources: first.sources,
    conflicts: Object.assign({}, ...parts.map((p) => p.conflicts)) as PageAnalysis['conflicts'],
  };
}

/** Offscreen document → engine worker: analyse one run of a page's blocks. */
export interface EngineWorkerRequest {
  id: number;
  page: PageText;
  assumeRelevant: boolean;
  range: BlockRange;
}

/** Engine worker → offscreen document: the answer to request `id`, and the engine's time. */
export type EngineWorkerAnswer =
  | { id: number; ok: true; value: PageAnalysis; ms: number }
  /** Sent once, with id 0, when the worker's warm-up is over. */
  | { id: 0; ok: true; warm: true }
  | { id: number; ok: false; error: string };

/** A well-formed `EngineWorkerRequest` (a worker trusts only its own document, but checks). */
export function isEngineWorkerRequest(x: unknown): x is EngineWorkerRequest {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  const page = r.page as Record<string, unknown> | null | undefined;
  const range = r.range;
  return (
    typeof r.id === 'number' &&
    typeof r.assumeRelevant === 'boolean' &&
    Array.isArray(range) &&
    range.length === 2 &&
    range.every((n) => Number.isSafeInteger(n)) &&
    typeof page === 'object' &&
    page !== null &&
    Array.isArray(page.blocks) &&
    page.blocks.every((b) => typeof b === 'string')
  );
}

/** Service worker → offscreen document: analyse this page (the service worker's engine is cold). */
export interface OffscreenAnalyseRequest {
  type: 'offscreen/analyse';
  page: PageText;
  assumeRelevant: boolean;
}

export function isOffscreenAnalyseRequest(x: unknown): x is OffscreenAnalyseRequest {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    r.type === 'offscreen/analyse' &&
    isEngineWorkerRequest({ id: 0, page: r.page, assumeRelevant: r.assumeRelevant, range: [0, 0] })
  );
}
