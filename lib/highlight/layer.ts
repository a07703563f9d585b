/**
 * The CSS Custom Highlight API layer: one named `Highlight` per verdict, registered in the page's
 * `CSS.highlights`. The ::highlight() rules that style them live in page-level CSS
 * (entrypoints/content/highlights.css). The registry is passed in, so this is testable without a
 * browser and the content script can skip pages that lack the API.
 */
import type { Verdict } from '../match/judge';

export const HIGHLIGHT_NAMES = {
  supports: 'crosscheck-supports',
  contradicts: 'crosscheck-contradicts',
  disputed: 'crosscheck-disputed',
  /** The annotation whose card is open, or that keyboard navigation reached. */
  active: 'crosscheck-active',
  /** The reader's own noted passages. */
  note: 'crosscheck-note',
} as const;

/** The parts of the Highlight API we use (lib.dom types, narrowed). */
export interface HighlightRegistryLike {
  set(name: string, highlight: HighlightLike): unknown;
  delete(name: string): boolean;
}
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  clear(): void;
  priority: number;
}
export type HighlightFactory = (...ranges: AbstractRange[]) => HighlightLike;

const VERDICTS: readonly Verdict[] = ['supports', 'contradicts', 'disputed'];

/** The active highlight paints over the verdict ones. */
const ACTIVE_PRIORITY = 1;

export class HighlightLayer {
  private readonly highlights = new Map<string, HighlightLike>();

  constructor(
    private readonly registry: HighlightRegistryLike,
    private readonly create: HighlightFactory,
  ) {}

  /** Replace every verdict highlight with these ranges (the active one is left as it is). */
  set(items: readonly { verdict: Verdict; range: Range }[]): void {
    for (const verdict of VERDICTS) {
      this.registry.delete(HIGHLIGHT_NAMES[verdict]);
      this.highlights.delete(HIGHLIGHT_NAMES[verdict]);
    }
    const byVerdict = new Map<Verdict, Range[]>();
    for (const { verdict, range } of items) {
      if (!byVerdict.has(verdict)) byVerdict.set(verdict, []);
      byVerdict.get(verdict)!.push(range);
    }
    for (const [verdict, ranges] of byVerdict) {
      const h = this.create(...ranges);
      this.registry.set(HIGHLIGHT_NAMES[verdict], h);
      this.highlights.set(HIGHLIGHT_NAMES[verdict], h);
    }
  }

  /** Replace the noted-passage highlight with these ranges. */
  setNotes(ranges: readonly Range[]): void {
    this.registry.delete(HIGHLIGHT_NAMES.note);
    this.highlights.delete(HIGHLIGHT_NAMES.note);
    if (ranges.length === 0) return;
    const h = this.create(...ranges);
    this.registry.set(HIGHLIGHT_NAMES.note, h);
    this.highlights.set(HIGHLIGHT_NAMES.note, h);
  }

  /** Mark one range as active (its card is open), or none. */
  setActive(range: Range | null): void {
    this.registry.delete(HIGHLIGHT_NAMES.active);
    this.highlights.delete(HIGHLIGHT_NAMES.active);
    if (!range) return;
    const h = this.create(range);
    h.priority = ACTIVE_PRIORITY;
    this.registry.set(HIGHLIGHT_NAMES.active, h);
    this.highlights.set(HIGHLIGHT_NAMES.active, h);
  }

  clear(): void {
    for (const name of this.highlights.keys()) this.registry.delete(name);
    this.highlights.clear();
  }
}

/** The browser's registry and constructor, when the page's browser supports the API. */
export function browserHighlights(
  win: Window & typeof globalThis,
): { registry: HighlightRegistryLike; create: HighlightFactory } | null {
  const css = win.CSS as unknown as { highlights?: HighlightRegistryLike } | undefined;
  const Ctor = (win as unknown as { Highlight?: new (...r: AbstractRange[]) => HighlightLike })
    .Highlight;
  if (!css?.highlights || !Ctor) return null;
  return { registry: css.highlights, create: (...ranges) => new Ctor(...ranges) };
}
