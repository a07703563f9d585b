import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FactsView, type FactsViewProps } from '../../../../components/facts';
import { bundledFactBase } from '../../../../lib/factbase/bundled';
import type { Fact, FactBase } from '../../../../lib/factbase/types';

afterEach(cleanup);

const base = bundledFactBase();
const TOTAL = base.facts.length;

function setup(over: Partial<FactsViewProps> = {}) {
  const user = userEvent.setup();
  const view = render(<FactsView base={base} {...over} />);
  const shownIds = () =>
    [...view.container.querySelectorAll<HTMLElement>('[data-fact]')].map((e) => e.dataset.fact);
  const factEl = (id: string) => {
    const el = view.container.querySelector<HTMLElement>(`[data-fact="${id}"]`);
    if (!el) throw new Error(`fact ${id} not shown`);
    return el;
  };
  return { user, view, shownIds, factEl };
}

describe('FactsView controls', () => {
  it('has a named search box, status and topic filters, and a count', () => {
    setup();
    expect(screen.getByRole('searchbox', { name: 'Search facts' })).toBeTruthy();
    const status = screen.getByRole('combobox', { name: 'Status' });
    expect(
      within(status)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All', 'Consensus', 'Disputed', 'Single source']);
    const topic = screen.getByRole('combobox', { name: 'Topic' });
    expect(within(topic).getByRole('option', { name: 'North Korea' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(`${TOTAL} facts`);
  });

  it('shows every fact at first, in the base order', () => {
    const { shownIds } = setup();
    expect(shownIds()).toEqual(base.facts.map((f) => f.id));
  });
});

describe('FactsView search', () => {
  it('finds the troop count from "North Korean soldiers" and shows both values', async () => {
    const { user, shownIds, factEl } = setup();
    await user.click(screen.getByRole('searchbox', { name: 'Search facts' }));
    await user.paste('North Korean soldiers');
    expect(shownIds()[0]).toBe('north-korean-troop-count');
    expect(screen.getByRole('status').textContent).toBe(`${shownIds().length} of ${TOTAL} facts`);
    const row = factEl('north-korean-troop-count');
    expect(row.textContent).toContain('about 8,000');
    expect(row.textContent).toContain('more than 10,000');
    expect(within(row).getByText(/Disputed/, { selector: '.cf-badge' })).toBeTruthy();
  });

  it('starts from initialQuery', () => {
    const { shownIds } = setup({ initialQuery: 'ATACMS range' });
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('ATACMS range');
    expect(shownIds()[0]).toBe('atacms-range');
  });

  it('reports the query as it changes', async () => {
    const onQueryChange = vi.fn();
    const { user } = setup({ onQueryChange });
    await user.type(screen.getByRole('searchbox'), 'Kursk');
    expect(onQueryChange).toHaveBeenLastCalledWith('Kursk');
  });

  it('says when nothing matches, and clears the filters', async () => {
    const { user, shownIds } = setup();
    await user.click(screen.getByRole('searchbox'));
    await user.paste('xyzzy plugh');
    expect(shownIds()).toEqual([]);
    expect(screen.getByText('No facts match “xyzzy plugh”.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(`0 of ${TOTAL} facts`);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(shownIds()).toHaveLength(TOTAL);
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
  });
});

describe('FactsView filters', () => {
  it('"Disputed" shows exactly the disputed facts of the bundled base', async () => {
    const { user, shownIds } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Disputed');
    const disputed = base.facts.filter((f) => f.status === 'disputed').map((f) => f.id);
    expect(disputed.length).toBeGreaterThan(0);
    expect(shownIds()).toEqual(disputed);
    expect(screen.getByRole('status').textContent).toBe(`${disputed.length} of ${TOTAL} facts`);
  });

  it('filters by topic, together with status', async () => {
    const { user, shownIds } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Topic' }), 'North Korea');
    const nk = base.facts.filter((f) => f.topic === 'north-korea').map((f) => f.id);
    expect(shownIds()).toEqual(nk);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Single source');
    expect(shownIds()).toEqual(
      base.facts
        .filter((f) => f.topic === 'north-korea' && f.status === 'single-source')
        .map((f) => f.id),
    );
  });
});

describe('FactsView disagreements', () => {
  it('lists the disputes and the plain-fact conflict at a glance', () => {
    setup();
    const notices = screen.getByRole('region', { name: 'Where the sources disagree' });
    const text = notices.textContent ?? '';
    expect(text).toContain(
      'about 8,000 troops (000, 001) vs more than 10,000 troops (002, 003, 004)',
    );
    expect(text).toContain('places Kursk in Ukraine');
    expect(text).toContain('000, 001, 004 state it; 002 doubts it');
    expect(within(notices).getAllByRole('listitem')).toHaveLength(4);
  });

  it('flags the conflicting quote in its cell', () => {
    const { factEl } = setup();
    const row = factEl('kursk-is-in-russia');
    const flagged = row.querySelectorAll('.cf-cell-conflict');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.textContent).toContain('Contradicts plain fact: places Kursk in Ukraine');
  });
});

describe('FactsView matrix', () => {
  it('is a table with one column per source, labelled with kind and date', () => {
    setup();
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toHaveLength(base.sources.length + 1);
    expect(headers[2]).toBe('Source 001report · 22 Nov 2024');
    expect(headers[5]).toBe('khaleejtimes.com004 · rewritten aggregate · undated');
    expect(screen.getByRole('region', { name: 'Facts by source' }).tabIndex).toBe(0);
  });

  it('marks a source that does not state a fact, in words for screen readers', () => {
    const { factEl } = setup();
    const cells = factEl('first-strike-on-tuesday').querySelectorAll('td');
    expect(cells[0]!.textContent).toBe('·not stated');
    expect(cells[1]!.textContent).toBe('19 Nov 2024');
  });

  it('shows quotes when a fact is expanded, by keyboard too', async () => {
    const { user, view } = setup();
    const button = screen.getByRole('button', { name: /^Quotes \(3\) about ATACMS missiles/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const panel = view.container.querySelector(`[id="${button.getAttribute('aria-controls')}"]`);
    expect(panel).toBeTruthy();
    expect(screen.queryByText('ATACMS rockets, which have a range of up to 306km')).toBeNull();
    button.focus();
    await user.keyboard('{Enter}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const quote = screen.getByText('ATACMS rockets, which have a range of up to 306km');
    expect(quote.tagName).toBe('BLOCKQUOTE');
    expect(panel!.contains(quote)).toBe(true);
    await user.keyboard(' ');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('ATACMS rockets, which have a range of up to 306km')).toBeNull();
  });

  it('marks the facts the page touched, and can show only those', async () => {
    const touched = new Set(['atacms-range', 'north-korean-troop-count']);
    const { user, factEl, shownIds } = setup({ touched });
    expect(within(factEl('atacms-range')).getByText('Touched by this page')).toBeTruthy();
    expect(within(factEl('kursk-is-in-russia')).queryByText('Touched by this page')).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Only facts this page touched (2)' }));
    expect(shownIds()).toEqual(['atacms-range', 'north-korean-troop-count']);
  });

  it('gives each status a glyph and words, not colour alone', () => {
    const { factEl } = setup();
    const badge = (id: string) => factEl(id).querySelector('.cf-badge')!;
    expect(badge('north-korean-troop-count').textContent).toBe('⚠\uFE0E Disputed');
    expect(badge('first-strike-on-tuesday').textContent).toBe('○ Single source');
    expect(badge('atacms-range').textContent).toBe('● Consensus · 3 sources');
  });
});

describe('FactsView compact', () => {
  it('stacks each fact’s sources instead of a wide table', async () => {
    const { user, factEl } = setup({ compact: true });
    expect(screen.queryByRole('table')).toBeNull();
    const list = screen.getByRole('list', { name: 'Facts' });
    expect(within(list).getAllByRole('listitem', { hidden: false }).length).toBeGreaterThanOrEqual(
      TOTAL,
    );
    const troops = factEl('north-korean-troop-count');
    const terms = [...troops.querySelectorAll('dt')].map((d) => d.textContent);
    expect(terms).toHaveLength(5);
    expect(troops.textContent).toContain('about 8,000');
    expect(troops.textContent).toContain('more than 10,000');
    const tuesday = factEl('first-strike-on-tuesday');
    expect(tuesday.querySelectorAll('dt')).toHaveLength(1);
    expect(tuesday.textContent).toContain('Not stated by 000, 002, 003, 004');
    await user.click(within(tuesday).getByRole('button', { name: /^Quotes \(1\)/ }));
    expect(within(tuesday).getByText(/Tuesday/, { selector: 'blockquote' })).toBeTruthy();
  });
});

describe('FactsView text safety', () => {
  it('renders markup inside statements and quotes as text', async () => {
    const evil = '<img src=x onerror="alert(1)"><b>bold</b><script>alert(2)</script>';
    const fact: Fact = {
      ...base.facts[0]!,
      id: 'evil',
      statement: `Statement ${evil}`,
      sources: [{ ...base.facts[0]!.sources[0]!, quote: evil }],
      disputes: [],
      conflicts: [],
    };
    const evilBase: FactBase = { sources: base.sources, facts: [fact] };
    const user = userEvent.setup();
    const { container } = render(<FactsView base={evilBase} />);
    await user.click(screen.getByRole('button', { name: /^Quotes \(1\)/ }));
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(screen.getByText(evil, { selector: 'blockquote' })).toBeTruthy();
    expect(screen.getByText(`Statement ${evil}`)).toBeTruthy();
  });
});

describe('FactsView notes on a fact', () => {
  it('offers no note form without onAddNote', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: /^Quotes \(3\) about ATACMS missiles/ }));
    expect(screen.queryByRole('button', { name: 'Add a note on this fact' })).toBeNull();
  });

  it('saves a note on the expanded fact with its tags', async () => {
    const onAddNote = vi.fn(async () => undefined);
    const { user } = setup({ onAddNote });
    await user.click(screen.getByRole('button', { name: /^Quotes \(3\) about ATACMS missiles/ }));
    await user.click(screen.getByRole('button', { name: 'Add a note on this fact' }));
    await user.type(
      screen.getByRole('textbox', { name: 'Your note on this fact' }),
      'Check the 300 km figure',
    );
    await user.type(screen.getByRole('textbox', { name: /Tags/ }), 'range, atacms');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(onAddNote).toHaveBeenCalledWith('atacms-range', 'Check the 300 km figure', [
      'range',
      'atacms',
    ]);
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Note saved.')).toBe(true);
  });

  it('shows why a note was not saved, and keeps the text', async () => {
    const onAddNote = vi.fn(async () => {
      throw new Error('Your browser’s storage for Crosscheck is full: the note was not saved.');
    });
    const { user } = setup({ onAddNote });
    await user.click(screen.getByRole('button', { name: /^Quotes \(3\) about ATACMS missiles/ }));
    await user.click(screen.getByRole('button', { name: 'Add a note on this fact' }));
    await user.type(screen.getByRole('textbox', { name: 'Your note on this fact' }), 'Kept');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(screen.getByRole('alert').textContent).toMatch(/storage for Crosscheck is full/);
    expect(
      (screen.getByRole('textbox', { name: 'Your note on this fact' }) as HTMLTextAreaElement)
        .value,
    ).toBe('Kept');
  });
});
