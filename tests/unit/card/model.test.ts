import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../lib/check';
import { bundledFactBase } from '../../../lib/factbase/bundled';
import type { Fact } from '../../../lib/factbase/types';
import {
  MIN_CARD_HEIGHT,
  cardModel,
  consensusSources,
  copyText,
  formatDate,
  kindLabel,
  placeCard,
  positionLabel,
  sourceLabel,
  statusLabel,
  verdictLabel,
  type CardModel,
  type Rect,
} from '../../../lib/card/model';
import placementTable from '../../cases/card-placement.json';

const base = bundledFactBase();
const fact = (id: string): Fact => {
  const f = base.facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
};

/** An annotation as the engine reports it, for a fact of the bundled base. */
function annotationFor(f: Fact, over: Partial<Annotation> = {}): Annotation {
  return {
    sentence: 'North Korea has sent 12,000 troops to Russia.',
    start: 0,
    end: 45,
    verdict: 'disputed',
    kind: 'numeric',
    reason:
      'Article: 12,000 troops. Sources: about 8,000 troops (2 sources); more than 10,000 troops (3 sources).',
    fact: {
      id: f.id,
      statement: f.statement,
      status: f.status,
      sources: f.sources.map((s) => ({ source: s.source, quote: s.quote, stance: s.stance })),
    },
    ...over,
  };
}

describe('cardModel', () => {
  const troops = fact('north-korean-troop-count');
  const model = cardModel(annotationFor(troops), { sources: base.sources }, 1, 14);

  it('keeps the verdict, reason, fact and position', () => {
    expect(model.verdict).toBe('disputed');
    expect(model.kind).toBe('numeric');
    expect(model.reason).toMatch(/^Article: 12,000 troops\./);
    expect(model.factId).toBe('north-korean-troop-count');
    expect(model.statement).toBe(troops.statement);
    expect(model.status).toBe('disputed');
    expect(model.index).toBe(1);
    expect(model.total).toBe(14);
    expect(positionLabel(model)).toBe('2 of 14');
  });

  it('keeps every quote verbatim, in order, with its stance', () => {
    expect(model.sources.map((s) => s.quote)).toEqual(troops.sources.map((s) => s.quote));
    expect(model.sources.map((s) => s.stance)).toEqual(troops.sources.map((s) => s.stance));
  });

  it('labels sources by outlet when known, else by number, with kind and date', () => {
    const by = (id: string) => model.sources.find((s) => s.source.startsWith(id))!;
    expect(by('004')).toMatchObject({
      label: 'khaleejtimes.com',
      kind: 'rewritten aggregate',
      date: null,
    });
    expect(by('001')).toMatchObject({ label: 'Source 001', kind: 'report', date: '22 Nov 2024' });
    expect(by('002')).toMatchObject({ label: 'Source 002', kind: 'analysis', date: null });
    expect(model.sources.every((s) => s.conflict === null)).toBe(true);
  });

  it('labels a source missing from the metadata by its number', () => {
    expect(sourceLabel('009_abc', undefined)).toBe('Source 009');
    const m = cardModel(annotationFor(troops), { sources: [] });
    expect(m.sources[0]).toMatchObject({ label: 'Source 000', kind: 'unknown source', date: null });
    expect(m.index).toBe(0);
    expect(m.total).toBe(1);
  });

  it('attaches plain-fact conflicts from the fact, matched by source and quote', () => {
    const kursk = fact('kursk-is-in-russia');
    expect(kursk.conflicts.length).toBeGreaterThan(0);
    const m = cardModel(annotationFor(kursk, { verdict: 'supports', kind: 'place' }), {
      sources: base.sources,
      conflicts: kursk.conflicts,
    });
    const flagged = m.sources.filter((s) => s.conflict !== null);
    expect(flagged).toHaveLength(kursk.conflicts.length);
    expect(flagged[0]).toMatchObject({
      source: '000_38147e0aa8aa1475',
      quote: 'the conflict in Kursk, Ukraine',
      conflict: 'places Kursk in Ukraine; Kursk is in Russia',
    });
    // A conflicting quote does not count towards the consensus; source 000 still counts through
    // its other quote ("Russia’s Kursk region"), so 000, 002 and 004 make 3.
    expect(consensusSources(m)).toBe(3);
    expect(
      consensusSources({ sources: m.sources.filter((s) => s.quote !== 'Russia’s Kursk region') }),
    ).toBe(2);
    // Without the conflicts argument, nothing is flagged.
    const plain = cardModel(annotationFor(kursk), { sources: base.sources });
    expect(plain.sources.every((s) => s.conflict === null)).toBe(true);
  });

  it('narrows unknown status and stance strings instead of passing them through', () => {
    const a = annotationFor(troops);
    a.fact.status = 'weird';
    a.fact.sources = [{ source: '001_x', quote: 'q', stance: 'shouts' }];
    const m = cardModel(a, { sources: base.sources }, 99, 3);
    expect(m.status).toBe('single-source');
    expect(m.sources[0]!.stance).toBe('reports');
    expect(m.index).toBe(2);
  });
});

describe('labels', () => {
  it('verdicts', () => {
    expect(verdictLabel('supports')).toBe('Agrees with the sources');
    expect(verdictLabel('contradicts')).toBe('Contradicts the sources');
    expect(verdictLabel('disputed')).toBe('Sources disagree on this');
  });

  it('statuses', () => {
    expect(statusLabel('consensus', 5)).toBe('Consensus across 5 sources');
    expect(statusLabel('consensus', 1)).toBe('Consensus across 1 source');
    expect(statusLabel('consensus')).toBe('Consensus across sources');
    expect(statusLabel('single-source')).toBe('Single source');
    expect(statusLabel('disputed', 4)).toBe('Disputed between sources');
  });

  it('kinds and dates', () => {
    expect(kindLabel('numeric')).toBe('number');
    expect(kindLabel('polarity')).toBe('whether it happened');
    expect(kindLabel('something-new')).toBe('something-new');
    expect(formatDate('2024-11-22')).toBe('22 Nov 2024');
    expect(formatDate('2024-09-05')).toBe('5 Sep 2024');
    expect(formatDate('2024-11')).toBe('Nov 2024');
    expect(formatDate('2024')).toBe('2024');
    expect(formatDate('2024-13-01')).toBe('2024-13-01');
    expect(formatDate('yesterday')).toBe('yesterday');
  });
});

describe('copyText', () => {
  const model: CardModel = {
    verdict: 'contradicts',
    kind: 'place',
    reason: 'Article: Kursk, Ukraine. Sources: Kursk, Russia (4 sources).',
    sentence: 'Fighting continues in Kursk, Ukraine.',
    factId: 'kursk-is-in-russia',
    statement: 'Kursk is a region of Russia.',
    status: 'consensus',
    sources: [
      {
        source: '000_a',
        label: 'Source 000',
        date: null,
        kind: 'rewritten aggregate',
        quote: 'the conflict in Kursk, Ukraine',
        stance: 'asserts',
        conflict: 'places Kursk in Ukraine; Kursk is in Russia',
      },
      {
        source: '001_b',
        label: 'Source 001',
        date: '22 Nov 2024',
        kind: 'report',
        quote: 'in the Kursk region of Russia',
        stance: 'asserts',
        conflict: null,
      },
      {
        source: '004_c',
        label: 'khaleejtimes.com',
        date: null,
        kind: 'rewritten aggregate',
        quote: 'Russia’s Kursk region',
        stance: 'reports',
        conflict: null,
      },
    ],
    index: 0,
    total: 3,
  };

  it('is the exact, deterministic plain text', () => {
    const text = copyText(model, 'https://www.reuters.com/world/europe/kursk/');
    expect(text).toBe(
      [
        '“Fighting continues in Kursk, Ukraine.”',
        '',
        'Crosscheck: Contradicts the sources (place).',
        'Article: Kursk, Ukraine. Sources: Kursk, Russia (4 sources).',
        '',
        'Fact: Kursk is a region of Russia.',
        'Status: Consensus across 2 sources.',
        '',
        'Sources:',
        '- Source 000, rewritten aggregate, date not stated: “the conflict in Kursk, Ukraine”',
        '  Contradicts plain fact: places Kursk in Ukraine; Kursk is in Russia',
        '- Source 001, report, 22 Nov 2024: “in the Kursk region of Russia”',
        '- khaleejtimes.com, rewritten aggregate, date not stated (reports): “Russia’s Kursk region”',
        '',
        'Page: https://www.reuters.com/world/europe/kursk/',
      ].join('\n'),
    );
    expect(copyText(model, 'https://www.reuters.com/world/europe/kursk/')).toBe(text);
  });

  it('includes every quote of a real fact', () => {
    const troops = fact('north-korean-troop-count');
    const m = cardModel(annotationFor(troops), { sources: base.sources });
    const text = copyText(m, 'https://example.org/a');
    for (const s of troops.sources) expect(text).toContain(`“${s.quote}”`);
    expect(text).toContain('Sources disagree on this');
    expect(text).toContain('Disputed between sources');
    expect(text.endsWith('Page: https://example.org/a')).toBe(true);
  });
});

interface PlacementCase {
  name: string;
  anchor: Rect[];
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  gap?: number;
  mayCover?: boolean;
  expect: Partial<ReturnType<typeof placeCard>>;
}

const overlaps = (
  a: { top: number; left: number; bottom: number; right: number },
  b: { top: number; left: number; bottom: number; right: number },
) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeCard', () => {
  const cases = (placementTable as { cases: PlacementCase[] }).cases;

  it('has a table of at least 10 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const gap = c.gap ?? 8;
    const p = placeCard(c.anchor, c.card, c.viewport, gap);
    expect(p).toMatchObject(c.expect);

    // Inside the viewport, with the gap to spare, at the size the card may take there.
    const width = Math.min(c.card.width, p.maxWidth);
    const height = Math.min(c.card.height, p.maxHeight);
    expect(p.left).toBeGreaterThanOrEqual(gap);
    expect(p.top).toBeGreaterThanOrEqual(gap);
    expect(p.left + width).toBeLessThanOrEqual(c.viewport.width - gap);
    expect(p.top + height).toBeLessThanOrEqual(c.viewport.height - gap);
    expect(height).toBeGreaterThan(0);

    // Never over the sentence when there is room above or below it.
    const lines = c.anchor.filter((r) => r.width > 0 || r.height > 0);
    const top = Math.min(...lines.map((r) => r.top));
    const bottom = Math.max(...lines.map((r) => r.bottom));
    const room = Math.max(c.viewport.height - bottom - 2 * gap, top - 2 * gap);
    const hasRoom = room >= Math.min(c.card.height, MIN_CARD_HEIGHT);
    expect(Boolean(c.mayCover)).toBe(!hasRoom);
    if (hasRoom) {
      const box = { top: p.top, left: p.left, bottom: p.top + height, right: p.left + width };
      for (const r of lines) expect(overlaps(box, r), JSON.stringify(r)).toBe(false);
    }
  });

  it('places a card with no anchor rects in the top-left corner', () => {
    expect(placeCard([], { width: 300, height: 200 }, { width: 800, height: 600 })).toEqual({
      top: 8,
      left: 8,
      placement: 'below',
      maxHeight: 584,
      maxWidth: 784,
    });
  });
});
