/**
 * The source card's view model: what the in-page card shows for one annotation, as plain data.
 * Pure (no React, no DOM, no extension APIs), so the card, "Copy with sources" and placement are
 * tested without a browser.
 */
import type { Annotation } from '../check';
import type { FactStatus, PlainFactConflict, SourceMeta, Stance } from '../factbase/types';

export type CardVerdict = 'supports' | 'contradicts' | 'disputed';

export interface CardSource {
  /** The source's id (seed file name without extension). */
  source: string;
  /** Its outlet when the text names one ("khaleejtimes.com"), else "Source 001". */
  label: string;
  /** Its publication date as "22 Nov 2024", or null when the text states none. */
  date: string | null;
  /** "report", "analysis", "rewritten aggregate" (or "unknown source" when not in the list). */
  kind: string;
  /** The exact quote, verbatim. */
  quote: string;
  stance: Stance;
  /** Why this quote contradicts plain fact ("places Kursk in Ukraine; Kursk is in Russia"). */
  conflict: string | null;
}

export interface CardModel {
  verdict: CardVerdict;
  /** What the verdict rests on: numeric, date, place, actor, polarity, scope, event. */
  kind: string;
  /** One line, e.g. "Article: nearly 145 km. Sources: more than 110 km (1 source)." */
  reason: string;
  sentence: string;
  factId: string;
  statement: string;
  status: FactStatus;
  sources: CardSource[];
  /** 0-based position of this annotation among the page's annotations ("2 of 14" is index 1). */
  index: number;
  total: number;
}

/** What the card needs besides the annotation itself. */
export interface CardContext {
  /** Metadata of the fact base's sources (`FactBase.sources`). */
  sources: readonly SourceMeta[];
  /**
   * The fact's plain-fact conflicts (`Fact.conflicts`). Matched to the annotation's quotes by
   * source and quote; an entry whose quote is empty applies to every quote of its source.
   */
  conflicts?: readonly PlainFactConflict[];
}

const STANCE_SET: ReadonlySet<string> = new Set<Stance>(['asserts', 'reports', 'doubts', 'denies']);
const STATUS_SET: ReadonlySet<string> = new Set<FactStatus>([
  'consensus',
  'single-source',
  'disputed',
]);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "2024-11-22" → "22 Nov 2024" (the engine's own style, independent of locale and time zone).
 * "2024-11" → "Nov 2024", "2024" → "2024"; anything else is returned unchanged.
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  if (!m) return iso;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (mo && !month) return iso;
  if (!month) return y!;
  if (!d) return `${month} ${y}`;
  const day = Number(d);
  return day >= 1 && day <= 31 ? `${day} ${month} ${y}` : iso;
}

/** "Source 001" from "001_e6ca441133ff4184". */
export function shortSourceLabel(id: string): string {
  return `Source ${id.slice(0, 3)}`;
}

/** Outlet when known, else "Source 001". */
export function sourceLabel(id: string, meta: SourceMeta | undefined): string {
  const outlet = meta?.outlet?.trim();
  return outlet ? outlet : shortSourceLabel(id);
}

/** Narrow the engine's stringly-typed status; an unknown value is shown as single-source. */
function toStatus(s: string): FactStatus {
  return STATUS_SET.has(s) ? (s as FactStatus) : 'single-source';
}

/** Narrow the engine's stringly-typed stance; an unknown value is shown as "reports". */
function toStance(s: string): Stance {
  return STANCE_SET.has(s) ? (s as Stance) : 'reports';
}

function conflictFor(
  conflicts: readonly PlainFactConflict[],
  source: string,
  quote: string,
): string | null {
  const exact = conflicts.find((c) => c.source === source && c.quote === quote);
  if (exact) return exact.reason;
  const whole = conflicts.find((c) => c.source === source && c.quote === '');
  return whole ? whole.reason : null;
}

/**
 * The card for `annotation`, the `index`-th (0-based) of `total` annotations on the page.
 * Quotes keep the fact's order; every quote is kept verbatim.
 */
export function cardModel(
  annotation: Annotation,
  context: CardContext,
  index = 0,
  total = 1,
): CardModel {
  const meta = new Map(context.sources.map((s) => [s.id, s]));
  const conflicts = context.conflicts ?? [];
  const sources = annotation.fact.sources.map((q): CardSource => {
    const m = meta.get(q.source);
    return {
      source: q.source,
      label: sourceLabel(q.source, m),
      date: m?.published ? formatDate(m.published) : null,
      kind: m?.kind ?? 'unknown source',
      quote: q.quote,
      stance: toStance(q.stance),
      conflict: conflictFor(conflicts, q.source, q.quote),
    };
  });
  const safeTotal = Math.max(1, Math.floor(total));
  const safeIndex = Math.min(Math.max(0, Math.floor(index)), safeTotal - 1);
  return {
    verdict: annotation.verdict,
    kind: annotation.kind,
    reason: annotation.reason,
    sentence: annotation.sentence,
    factId: annotation.fact.id,
    statement: annotation.fact.statement,
    status: toStatus(annotation.fact.status),
    sources,
    index: safeIndex,
    total: safeTotal,
  };
}

const VERDICT_LABELS: Record<CardVerdict, string> = {
  supports: 'Agrees with the sources',
  contradicts: 'Contradicts the sources',
  disputed: 'Sources disagree on this',
};

export function verdictLabel(v: CardVerdict): string {
  return VERDICT_LABELS[v];
}

/**
 * "Consensus across 5 sources" / "Single source" / "Disputed between sources". `sourceCount` is the
 * number of distinct sources the consensus rests on; sources that contradict plain fact are excluded
 * from a fact's status, so `statusLabel(m.status, consensusSources(m))` is what the card shows.
 */
export function statusLabel(s: FactStatus, sourceCount?: number): string {
  switch (s) {
    case 'consensus':
      return sourceCount !== undefined && sourceCount > 0
        ? `Consensus across ${sourceCount} source${sourceCount === 1 ? '' : 's'}`
        : 'Consensus across sources';
    case 'single-source':
      return 'Single source';
    case 'disputed':
      return 'Disputed between sources';
  }
}

/** Distinct sources with at least one quote that does not contradict plain fact. */
export function consensusSources(model: Pick<CardModel, 'sources'>): number {
  return new Set(model.sources.filter((s) => s.conflict === null).map((s) => s.source)).size;
}

const KIND_LABELS: Record<string, string> = {
  numeric: 'number',
  date: 'date',
  place: 'place',
  actor: 'who',
  polarity: 'whether it happened',
  scope: 'how far it reaches',
  event: 'event',
};

/** What the verdict compares, for people: "number", "date", "who", "whether it happened". */
export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}

/** The stance worth showing next to a quote; null for a plain assertion. */
export function stanceLabel(stance: Stance): string | null {
  return stance === 'asserts' ? null : stance;
}

/** "khaleejtimes.com, rewritten aggregate, date not stated". */
export function sourceLine(s: Pick<CardSource, 'label' | 'kind' | 'date'>): string {
  return `${s.label}, ${s.kind}, ${s.date ?? 'date not stated'}`;
}

/** "2 of 14". */
export function positionLabel(model: Pick<CardModel, 'index' | 'total'>): string {
  return `${model.index + 1} of ${model.total}`;
}

/**
 * Plain text for "Copy with sources": the sentence, the verdict and its reason, the fact, every
 * quote with its source and date, and the page's address. Deterministic: same input, same text.
 */
export function copyText(model: CardModel, pageUrl: string): string {
  const lines = [
    `“${model.sentence}”`,
    '',
    `Crosscheck: ${verdictLabel(model.verdict)} (${kindLabel(model.kind)}).`,
    model.reason,
    '',
    `Fact: ${model.statement}`,
    `Status: ${statusLabel(model.status, consensusSources(model))}.`,
    '',
    'Sources:',
  ];
  for (const s of model.sources) {
    const stance = stanceLabel(s.stance);
    lines.push(`- ${sourceLine(s)}${stance ? ` (${stance})` : ''}: “${s.quote}”`);
    if (s.conflict) lines.push(`  Contradicts plain fact: ${s.conflict}`);
  }
  lines.push('', `Page: ${pageUrl}`);
  return lines.join('\n');
}

/** A rectangle in viewport coordinates (a `DOMRect` qualifies). */
export interface Rect {
  top: number;
  left: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface CardPlacement {
  top: number;
  left: number;
  placement: 'above' | 'below';
  /** The most height the card may take at `top` and stay inside the viewport (scroll inside). */
  maxHeight: number;
  /** The most width the card may take at `left` and stay inside the viewport. */
  maxWidth: number;
}

/** Below this height a card squeezed beside its sentence is useless; it may then cover it. */
export const MIN_CARD_HEIGHT = 96;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));

/**
 * Where to put a `card`-sized card for a sentence drawn as `anchor` (its line boxes, in order, e.g.
 * `range.getClientRects()`), in viewport coordinates.
 *
 * Vertically: below the sentence's last line if the card fits, else above its first line, else on
 * the side with more room, shrunk to that room (`maxHeight`) so it still does not cover the
 * sentence; only when that room is under {@link MIN_CARD_HEIGHT} is the card clamped into the
 * viewport over the sentence. Horizontally: aligned with the sentence's start, clamped so the whole
 * card stays inside the viewport with `gap` to spare on every side.
 */
export function placeCard(
  anchor: readonly Rect[],
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 8,
): CardPlacement {
  // Line boxes can include empty rects (line ends); they carry no text to avoid.
  const drawn = anchor.filter((r) => r.width > 0 || r.height > 0);
  const lines = drawn.length > 0 ? drawn : anchor;
  const maxWidth = Math.max(0, viewport.width - 2 * gap);
  const fullHeight = Math.max(0, viewport.height - 2 * gap);
  const width = Math.min(card.width, maxWidth);
  const height = Math.min(card.height, fullHeight);
  const first = lines[0];
  if (!first) return { top: gap, left: gap, placement: 'below', maxHeight: fullHeight, maxWidth };

  const sentenceTop = Math.min(...lines.map((r) => r.top));
  const sentenceBottom = Math.max(...lines.map((r) => r.bottom));
  const left = clamp(first.left, gap, viewport.width - gap - width);
  const roomBelow = viewport.height - gap - (sentenceBottom + gap);
  const roomAbove = sentenceTop - gap - gap;

  let placement: 'above' | 'below';
  let h = height;
  let covers = false;
  if (height <= roomBelow) placement = 'below';
  else if (height <= roomAbove) placement = 'above';
  else {
    placement = roomBelow >= roomAbove ? 'below' : 'above';
    const room = Math.max(roomBelow, roomAbove);
    if (room >= MIN_CARD_HEIGHT) h = room;
    else covers = true;
  }
  const wanted = placement === 'below' ? sentenceBottom + gap : sentenceTop - gap - h;
  // Clamping only moves a card that does not cover the sentence when the sentence itself is
  // (partly) outside the viewport, i.e. away from it.
  const top = clamp(wanted, gap, viewport.height - gap - h);
  const maxHeight = placement === 'above' && !covers ? h : viewport.height - gap - top;
  return { top, left, placement, maxHeight: Math.max(0, maxHeight), maxWidth };
}
