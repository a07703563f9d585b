/**
 * lib/highlight/layer.ts with a fake highlight registry: which named highlights it registers, with
 * which ranges, and that it only ever removes its own. Ranges are opaque to the layer, so plain
 * objects stand in for them here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_NAMES,
  HighlightLayer,
  browserHighlights,
  type HighlightLike,
  type HighlightRegistryLike,
} from '@/lib/highlight/layer';
import type { Verdict } from '@/lib/match/judge';

class FakeHighlight implements HighlightLike {
  readonly ranges: AbstractRange[];
  priority = 0;
  cleared = false;
  constructor(...ranges: AbstractRange[]) {
    this.ranges = [...ranges];
  }
  add(range: AbstractRange): this {
    this.ranges.push(range);
    return this;
  }
  clear(): void {
    this.ranges.length = 0;
    this.cleared = true;
  }
}

class FakeRegistry extends Map<string, HighlightLike> implements HighlightRegistryLike {}

const range = (label: string) => ({ label }) as unknown as Range;

function setup() {
  const registry = new FakeRegistry();
  const created: FakeHighlight[] = [];
  const layer = new HighlightLayer(registry, (...ranges) => {
    const h = new FakeHighlight(...ranges);
    created.push(h);
    return h;
  });
  const get = (name: string) => registry.get(name) as FakeHighlight | undefined;
  return { registry, created, layer, get };
}

const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(range) as [Range, Range, Range, Range];

describe('HighlightLayer', () => {
  it('registers one highlight per verdict, with its ranges in order', () => {
    const { registry, layer, get } = setup();
    layer.set([
      { verdict: 'contradicts', range: a },
      { verdict: 'supports', range: b },
      { verdict: 'contradicts', range: c },
      { verdict: 'disputed', range: d },
    ]);
    expect([...registry.keys()].sort()).toEqual(
      [HIGHLIGHT_NAMES.contradicts, HIGHLIGHT_NAMES.disputed, HIGHLIGHT_NAMES.supports].sort(),
    );
    expect(get(HIGHLIGHT_NAMES.contradicts)!.ranges).toEqual([a, c]);
    expect(get(HIGHLIGHT_NAMES.supports)!.ranges).toEqual([b]);
    expect(get(HIGHLIGHT_NAMES.disputed)!.ranges).toEqual([d]);
    expect(get(HIGHLIGHT_NAMES.contradicts)!.priority).toBe(0);
  });

  it('registers nothing for verdicts without ranges', () => {
    const { registry, layer } = setup();
    layer.set([{ verdict: 'supports', range: a }]);
    expect([...registry.keys()]).toEqual([HIGHLIGHT_NAMES.supports]);
  });

  it('replaces the previous verdict highlights on each set', () => {
    const { registry, layer, get } = setup();
    layer.set([
      { verdict: 'supports', range: a },
      { verdict: 'contradicts', range: b },
    ]);
    layer.set([{ verdict: 'disputed', range: c }]);
    expect([...registry.keys()]).toEqual([HIGHLIGHT_NAMES.disputed]);
    expect(get(HIGHLIGHT_NAMES.disputed)!.ranges).toEqual([c]);
    layer.set([]);
    expect(registry.size).toBe(0);
  });

  it('marks one range active, above the verdicts, and moves or removes the mark', () => {
    const { registry, layer, get } = setup();
    layer.set([{ verdict: 'supports', range: a }]);
    layer.setActive(a);
    const active = get(HIGHLIGHT_NAMES.active)!;
    expect(active.ranges).toEqual([a]);
    expect(active.priority).toBeGreaterThan(get(HIGHLIGHT_NAMES.supports)!.priority);

    layer.setActive(b);
    expect(get(HIGHLIGHT_NAMES.active)!.ranges).toEqual([b]);
    expect(get(HIGHLIGHT_NAMES.active)).not.toBe(active);

    layer.setActive(null);
    expect(registry.has(HIGHLIGHT_NAMES.active)).toBe(false);
    expect(registry.has(HIGHLIGHT_NAMES.supports)).toBe(true);
  });

  it('clear removes its highlights, active included, and only its own', () => {
    const { registry, layer } = setup();
    const pages = new FakeHighlight(d);
    registry.set('the-pages-own-search-hits', pages);
    layer.set([
      { verdict: 'supports', range: a },
      { verdict: 'disputed', range: b },
    ]);
    layer.setActive(a);
    layer.clear();
    expect([...registry.entries()]).toEqual([['the-pages-own-search-hits', pages]]);
    // Clearing twice is harmless.
    layer.clear();
    expect(registry.size).toBe(1);
  });

  it('set leaves the page’s own highlights alone', () => {
    const { registry, layer } = setup();
    const pages = new FakeHighlight(d);
    registry.set('site-highlight', pages);
    layer.set([{ verdict: 'contradicts', range: a }]);
    layer.set([{ verdict: 'supports', range: b }]);
    expect(registry.get('site-highlight')).toBe(pages);
  });

  // Bug: `set` is documented as "Replace every verdict highlight", but it calls `clear()`, which
  // also deletes the *active* highlight. In entrypoints/content/page.ts a re-check (live update,
  // late content) calls render() → layer.set() while a card stays open (active < live.length), so
  // the open card's sentence silently loses its active mark. Flip to `it` when fixed.
  it('set keeps the active highlight (it replaces verdict highlights only)', () => {
    const { registry, layer } = setup();
    layer.set([{ verdict: 'supports', range: a }]);
    layer.setActive(a);
    layer.set([{ verdict: 'supports', range: a }]);
    expect(registry.has(HIGHLIGHT_NAMES.active)).toBe(true);
  });

  it('has a page-level ::highlight() rule for every name it registers', () => {
    const css = readFileSync('entrypoints/content/highlights.css', 'utf8');
    const ruled = new Set([...css.matchAll(/::highlight\(([\w-]+)\)/g)].map((m) => m[1]));
    const names = Object.values(HIGHLIGHT_NAMES);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(ruled).toContain(name);
    // Every verdict the matcher can give has a name.
    const verdicts: Verdict[] = ['supports', 'contradicts', 'disputed'];
    for (const v of verdicts) expect(HIGHLIGHT_NAMES[v]).toMatch(/^crosscheck-/);
  });
});

describe('browserHighlights', () => {
  const win = (x: object) => x as unknown as Window & typeof globalThis;

  it('is null without CSS.highlights or without Highlight', () => {
    expect(browserHighlights(win({}))).toBeNull();
    expect(browserHighlights(win({ CSS: {}, Highlight: FakeHighlight }))).toBeNull();
    expect(browserHighlights(win({ CSS: { highlights: new FakeRegistry() } }))).toBeNull();
  });

  it('wraps the page’s registry and Highlight constructor', () => {
    const registry = new FakeRegistry();
    const api = browserHighlights(win({ CSS: { highlights: registry }, Highlight: FakeHighlight }));
    expect(api).not.toBeNull();
    expect(api!.registry).toBe(registry);
    const h = api!.create(a, b);
    expect(h).toBeInstanceOf(FakeHighlight);
    expect((h as FakeHighlight).ranges).toEqual([a, b]);

    // And a layer over it works end to end.
    const layer = new HighlightLayer(api!.registry, api!.create);
    layer.set([{ verdict: 'disputed', range: c }]);
    expect((registry.get(HIGHLIGHT_NAMES.disputed) as FakeHighlight).ranges).toEqual([c]);
  });
});
