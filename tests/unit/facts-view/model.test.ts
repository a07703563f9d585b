/** lib/facts-view/model.ts: rows, topics, notices and filters over the bundled base. */
import { describe, expect, it } from 'vitest';
import { bundledFactBase } from '@/lib/factbase/bundled';
import type { FactBase } from '@/lib/factbase/types';
import {
  baseNotices,
  countLabel,
  factRows,
  filterRows,
  shortSourceId,
  shortStatement,
  sourceColumns,
  topicLabel,
  topics,
  type FactRow,
} from '@/lib/facts-view/model';
import { createFactSearch } from '@/lib/facts-view/search';

const base = bundledFactBase();
const rows = factRows(base);
const search = createFactSearch(base);
const row = (id: string): FactRow => {
  const r = rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};
const col = (short: string) => base.sources.findIndex((s) => s.id.startsWith(`${short}_`));

describe('factRows', () => {
  it('has one row per fact, in order, and one cell per source', () => {
    expect(rows.map((r) => r.id)).toEqual(base.facts.map((f) => f.id));
    for (const r of rows) expect(r.cells).toHaveLength(base.sources.length);
  });

  it('gives a null cell where a source does not state the fact, and quotes where it does', () => {
    for (const [r, f] of rows.map((r, i) => [r, base.facts[i]!] as const)) {
      base.sources.forEach((s, i) => {
        const quotes = f.sources.filter((q) => q.source === s.id).map((q) => q.quote);
        const cell = r.cells[i];
        if (quotes.length === 0) expect(cell).toBeNull();
        else expect(cell?.quotes).toEqual(quotes);
      });
    }
  });

  it('shows quantities as describeQuantity does: the troop count on each side', () => {
    const r = row('north-korean-troop-count');
    expect(r.status).toBe('disputed');
    expect(r.cells[col('001')]?.value).toBe('about 8,000 troops');
    expect(r.cells[col('003')]?.value).toBe('more than 10,000 troops');
    expect(r.cells[col('002')]?.stance).toBe('reports');
    // Source 000 states both "thousands of troops" and "an estimated 8,000": both values are kept.
    expect(r.cells[col('000')]?.value).toContain('about 8,000 troops');
    expect(r.disputes).toHaveLength(1);
    expect(r.disputes[0]).toMatch(/about 8,000 .* vs more than 10,000/);
  });

  it('shows lengths, dates and places as short values', () => {
    expect(row('atacms-range').cells[col('004')]?.value).toBe('up to 306 km');
    expect(row('first-strike-on-tuesday').cells[col('001')]?.value).toBe('19 Nov 2024');
    expect(row('blinken-briefed-nato-in-brussels').cells[col('000')]?.value).toBe('Brussels');
    // Countries are not place values.
    expect(row('kursk-is-in-russia').cells[col('002')]?.value).toBe('Kursk');
  });

  it('has no value where the fact has no typed slot', () => {
    const r = row('us-permits-deep-strikes');
    expect(r.cells.filter(Boolean).every((c) => c!.value === null)).toBe(true);
  });

  it('flags the plain-fact conflict in its cell, and keeps the source out of the count', () => {
    const r = row('kursk-is-in-russia');
    const cell = r.cells[col('000')]!;
    expect(cell.conflict).toBe('places Kursk in Ukraine; Kursk is in Russia');
    expect(cell.entries.find((e) => e.quote === 'the conflict in Kursk, Ukraine')?.conflict).toBe(
      cell.conflict,
    );
    expect(cell.entries.find((e) => e.quote === 'Russia’s Kursk region')?.conflict).toBeNull();
    expect(r.conflicts).toHaveLength(1);
    // 000's other quote still states the fact plainly.
    expect(r.sourceCount).toBe(3);
  });

  it('picks the most telling stance of a source with several quotes', () => {
    const cell = row('shift-triggered-by-north-korea').cells[col('002')]!;
    expect(cell.entries.map((e) => e.stance).sort()).toEqual(['doubts', 'reports']);
    expect(cell.stance).toBe('doubts');
    expect(row('ukraine-holds-kursk-ground').cells[col('004')]?.stance).toBe('denies');
  });
});

describe('sourceColumns', () => {
  it('labels each source by outlet or number, with kind and date', () => {
    const cols = sourceColumns(base.sources);
    expect(cols.map((c) => c.short)).toEqual(['000', '001', '002', '003', '004']);
    expect(cols[1]).toMatchObject({ label: 'Source 001', kind: 'report', date: '22 Nov 2024' });
    expect(cols[4]).toMatchObject({ label: 'khaleejtimes.com', date: null });
  });

  it('keeps ids without a number whole', () => {
    expect(shortSourceId('reuters-2024')).toBe('reuters-2024');
  });
});

describe('topics', () => {
  it('lists distinct topics, sorted', () => {
    const t = topics(base);
    expect(t).toEqual([...new Set(base.facts.map((f) => f.topic))].sort());
    expect(t).toContain('north-korea');
  });

  it('labels topics for people', () => {
    expect(topicLabel('north-korea')).toBe('North Korea');
    expect(topicLabel('strikes')).toBe('Strikes');
    expect(topicLabel('air-defence')).toBe('Air defence');
  });
});

describe('baseNotices', () => {
  const notices = baseNotices(base);

  it('lists each dispute with both values and the sources behind them', () => {
    const troops = notices.find((n) => n.factId === 'north-korean-troop-count')!;
    expect(troops.kind).toBe('dispute');
    expect(troops.text).toBe(
      'about 8,000 troops (000, 001) vs more than 10,000 troops (002, 003, 004)',
    );
    expect(troops.title).toBe('North Korea has sent thousands of troops to fight for Russia');
    // One notice per disputed fact here: each denying or doubting quote is one disagreement.
    expect(notices.filter((n) => n.kind === 'dispute').map((n) => n.factId)).toEqual(
      base.facts.filter((f) => f.disputes.length > 0).map((f) => f.id),
    );
  });

  it('lists a doubting quote once, against every source that states the fact', () => {
    const shift = notices.filter((n) => n.factId === 'shift-triggered-by-north-korea');
    expect(shift).toHaveLength(1);
    expect(shift[0]!.text).toBe(
      '000, 001, 004 state it; 002 doubts it: "The timing of the decision does not fit that narrative all that well for me."',
    );
    const kursk = notices.find((n) => n.factId === 'ukraine-holds-kursk-ground')!;
    expect(kursk.text).toMatch(/^000 states it; 004 says otherwise: "/);
  });

  it('lists each plain-fact conflict with its quote', () => {
    const kursk = notices.filter((n) => n.kind === 'conflict');
    expect(kursk).toHaveLength(1);
    expect(kursk[0]!.text).toBe(
      '000 places Kursk in Ukraine; Kursk is in Russia — “the conflict in Kursk, Ukraine”',
    );
  });
});

describe('filterRows', () => {
  it('returns everything with no filter', () => {
    expect(filterRows(rows, {}, search)).toHaveLength(rows.length);
    expect(filterRows(rows, { status: 'all', topic: 'all', query: '  ' }, search)).toHaveLength(
      rows.length,
    );
  });

  it('filters by status', () => {
    const disputed = filterRows(rows, { status: 'disputed' }, search).map((r) => r.id);
    expect(disputed).toEqual(base.facts.filter((f) => f.status === 'disputed').map((f) => f.id));
    expect(disputed).toEqual([
      'shift-triggered-by-north-korea',
      'north-korean-troop-count',
      'ukraine-holds-kursk-ground',
    ]);
  });

  it('filters by topic and combines filters', () => {
    const nk = filterRows(rows, { topic: 'north-korea' }, search);
    expect(nk.length).toBeGreaterThan(1);
    expect(nk.every((r) => r.topic === 'north-korea')).toBe(true);
    const both = filterRows(rows, { topic: 'north-korea', status: 'disputed' }, search);
    expect(both.map((r) => r.id)).toEqual([
      'shift-triggered-by-north-korea',
      'north-korean-troop-count',
    ]);
  });

  it('orders search hits by rank', () => {
    const hits = filterRows(rows, { query: 'ATACMS range' }, search);
    expect(hits[0]?.id).toBe('atacms-range');
  });

  it('falls back to literal words without an index', () => {
    const hits = filterRows(rows, { query: 'storm shadow' });
    expect(hits.map((r) => r.id)).toEqual(['storm-shadow-strikes-followed']);
  });

  it('keeps only the given facts', () => {
    const only = new Set(['atacms-range', 'kursk-is-in-russia']);
    expect(
      filterRows(rows, { only }, search)
        .map((r) => r.id)
        .sort(),
    ).toEqual([...only].sort());
  });
});

describe('labels', () => {
  it('counts facts', () => {
    expect(countLabel(56, 56)).toBe('56 facts');
    expect(countLabel(3, 56)).toBe('3 of 56 facts');
    expect(countLabel(0, 56)).toBe('0 of 56 facts');
    expect(countLabel(1, 1)).toBe('1 fact');
  });

  it('shortens statements to their first clause', () => {
    expect(shortStatement('A; B.')).toBe('A');
    expect(shortStatement('Short.')).toBe('Short');
    const long = shortStatement('word '.repeat(40), 30);
    expect(long.length).toBeLessThanOrEqual(30);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('an empty base', () => {
  it('has no rows, topics or notices', () => {
    const empty: FactBase = { sources: [], facts: [] };
    expect(factRows(empty)).toEqual([]);
    expect(topics(empty)).toEqual([]);
    expect(baseNotices(empty)).toEqual([]);
    expect(createFactSearch(empty).search('anything').size).toBe(0);
  });
});
