import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupProps } from '../../../../components/popup';
import { bundledFactBase } from '../../../../lib/factbase/bundled';
import type { TabSummary } from '../../../../lib/messaging/summary';

afterEach(cleanup);

const base = bundledFactBase();
const URL_ = 'https://www.reuters.com/world/europe/us-lets-ukraine-strike-2024-11-18/';

const checked: TabSummary = {
  url: URL_,
  title: 'US lets Ukraine strike deep into Russia with ATACMS',
  status: 'checked',
  relevant: true,
  relevance: 0.87,
  reasons: ['Names both sides of the war', 'Policy vocabulary: ATACMS, long-range'],
  counts: { supports: 2, contradicts: 1, disputed: 1 },
  items: [
    {
      index: 0,
      verdict: 'supports',
      excerpt: 'The missiles have a range of up to 306 km.',
      reason: 'Article: up to 306 km. Sources: up to 306 km (3 sources).',
      factId: 'atacms-range',
    },
    {
      index: 1,
      verdict: 'contradicts',
      excerpt: 'The first strike hit a depot nearly 145 km inside Russia.',
      reason:
        'Article: nearly 145 km. Sources: more than 110 km (1 source); about 110 km (1 source).',
      factId: 'first-strike-arms-depot-110km',
    },
    {
      index: 3,
      verdict: 'disputed',
      excerpt: 'North Korea has sent 12,000 troops to Russia.',
      reason:
        'Article: 12,000 troops. Sources: about 8,000 troops (2 sources); more than 10,000 troops (3 sources).',
      factId: 'north-korean-troop-count',
    },
    {
      index: 4,
      verdict: 'supports',
      excerpt: '<img src=x onerror=alert(1)> Washington had long refused.',
      reason: 'Same event as 3 sources report.',
      factId: 'earlier-restriction-on-atacms',
    },
  ],
  hidden: 1,
  checkedAt: 1_700_000_000_000,
};

const status = (s: TabSummary['status'], reasons: string[] = []): TabSummary => ({
  ...checked,
  status: s,
  relevant: false,
  relevance: 0.12,
  reasons,
  counts: { supports: 0, contradicts: 0, disputed: 0 },
  items: [],
  hidden: 0,
});

function setup(over: Partial<PopupProps> = {}) {
  const props: PopupProps = {
    summary: checked,
    tabUrl: URL_,
    siteCovered: true,
    paused: false,
    base,
    onOpenItem: vi.fn(),
    onCheckPage: vi.fn(),
    onAlwaysCheckSite: vi.fn(),
    onTogglePause: vi.fn(),
    onOpenFactsPage: vi.fn(),
    ...over,
  };
  const user = userEvent.setup();
  const view = render(<Popup {...props} />);
  const panel = () => screen.getByRole('tabpanel');
  return { props, user, view, panel };
}

describe('Popup layout', () => {
  it('has the page title, two tabs and a pause switch', () => {
    setup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(checked.title);
    const tabs = within(screen.getByRole('tablist')).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['This page', 'Facts']);
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
    expect(tabs[1]!.getAttribute('aria-selected')).toBe('false');
    expect(screen.getByRole('tabpanel', { name: 'This page' })).toBeTruthy();
    const sw = screen.getByRole('switch', { name: 'Pause Crosscheck on this site' });
    expect(sw.getAttribute('aria-checked')).toBe('false');
  });

  it('falls back to the host when there is no summary title', () => {
    setup({ summary: null });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('www.reuters.com');
  });
});

describe('Popup: a checked page', () => {
  it('shows relevance, with its reasons on demand', async () => {
    const { user } = setup();
    expect(screen.getByText('Relevant: 0.87')).toBeTruthy();
    const why = screen.getByRole('button', { name: 'Why (2)' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('list', { name: 'Why this page was checked' })).toBeNull();
    await user.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    const reasons = screen.getByRole('list', { name: 'Why this page was checked' });
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(checked.reasons);
  });

  it('counts sentences by verdict, each with its glyph', () => {
    setup();
    const counts = screen.getByRole('list', { name: 'Sentences by verdict' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['✓ Agrees 2', '✗ Contradicts 1', '⚠\uFE0E Disputed 1']);
    expect(screen.getByText('1 hidden with “Not this fact”')).toBeTruthy();
  });

  it('lists the annotated sentences as buttons that open them', async () => {
    const { user, props } = setup();
    const list = screen.getByRole('list', { name: 'Checked sentences' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons).toHaveLength(4);
    const contradicts = screen.getByRole('button', {
      name: /^Contradicts The first strike hit a depot nearly 145 km/,
    });
    expect(contradicts.textContent).toContain('Article: nearly 145 km.');
    await user.click(contradicts);
    expect(props.onOpenItem).toHaveBeenCalledWith(1);
    // The item's own index (document order among annotations), not its place in the list.
    await user.click(screen.getByRole('button', { name: /^Disputed North Korea has sent/ }));
    expect(props.onOpenItem).toHaveBeenLastCalledWith(3);
  });

  it('renders page text as text', () => {
    const { view } = setup();
    expect(view.container.querySelector('img')).toBeNull();
    expect(
      screen.getByText('<img src=x onerror=alert(1)> Washington had long refused.'),
    ).toBeTruthy();
  });

  it('says so when no sentence matched', () => {
    setup({
      summary: { ...checked, items: [], counts: { supports: 0, contradicts: 0, disputed: 0 } },
    });
    expect(
      screen.getByText('No sentence on this page matched a fact in the fact base.'),
    ).toBeTruthy();
  });

  it('notes a page checked on request although it did not look relevant', () => {
    setup({ summary: { ...checked, relevant: false, relevance: 0.2 } });
    expect(screen.getByText('Relevant: 0.20')).toBeTruthy();
    expect(screen.getByText('(checked on request)')).toBeTruthy();
  });
});

describe('Popup: a page that was not checked', () => {
  it('on a site it does not run on: offers to check the page or always check the site', async () => {
    const { user, props, panel } = setup({ summary: null, siteCovered: false });
    expect(
      within(panel()).getByText('Crosscheck does not run on this site unless you ask.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Check this page' }));
    expect(props.onCheckPage).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Always check this site' }));
    expect(props.onAlwaysCheckSite).toHaveBeenCalledTimes(1);
  });

  it('on a covered site: asks for a reload', () => {
    const { panel } = setup({ summary: null, siteCovered: true });
    expect(
      within(panel()).getByText('This page has not been checked yet (reload it)'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Always check this site' })).toBeNull();
  });

  it('not an article: says so, with reasons, and offers a check', async () => {
    const reasons = ['No article body', 'Looks like a shop'];
    const { user, props, panel } = setup({ summary: status('not-article', reasons) });
    expect(within(panel()).getByText('This page does not look like a news article.')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Why' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(reasons);
    await user.click(screen.getByRole('button', { name: 'Check this page' }));
    expect(props.onCheckPage).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('list', { name: 'Sentences by verdict' })).toBeNull();
  });

  it('off topic: says so, with reasons, and offers a check', async () => {
    const { user, props, panel } = setup({ summary: status('off-topic', ['About football']) });
    expect(
      within(panel()).getByText(
        'This article is not about US or allied policy on the war in Ukraine.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('About football')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Check this page' }));
    expect(props.onCheckPage).toHaveBeenCalledTimes(1);
  });

  it('paused: says so, and the switch is on', () => {
    const { panel } = setup({ summary: status('paused'), paused: true });
    expect(within(panel()).getByText('Paused on this site.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Check this page' })).toBeNull();
    expect(
      screen
        .getByRole('switch', { name: 'Pause Crosscheck on this site' })
        .getAttribute('aria-checked'),
    ).toBe('true');
  });

  it('error: says the page could not be read', () => {
    const { panel } = setup({ summary: status('error') });
    expect(within(panel()).getByText('Crosscheck could not read this page.')).toBeTruthy();
  });

  it('"Check this page" under way, then refused: a status, then an alert with the reason', () => {
    const { view, props } = setup({ summary: status('off-topic'), checkState: { checking: true } });
    const { rerender } = view;
    expect(screen.getByRole('status').textContent).toBe('Checking this page…');
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(
      <Popup
        {...props}
        checkState={{ error: 'Crosscheck could not check this page: Cannot access contents' }}
      />,
    );
    expect(screen.queryByText('Checking this page…')).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe(
      'Crosscheck could not check this page: Cannot access contents',
    );
    rerender(<Popup {...props} checkState={null} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('on a browser page: cannot check or pause it', () => {
    setup({ summary: null, siteCovered: false, tabUrl: 'chrome://extensions/' });
    expect(
      (screen.getByRole('button', { name: 'Check this page' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect((screen.getByRole('switch') as HTMLButtonElement).disabled).toBe(true);
    expect(
      screen.getByText('Crosscheck can only check web pages (http or https addresses).'),
    ).toBeTruthy();
  });
});

describe('Popup pause switch', () => {
  it('toggles with a click or the keyboard', async () => {
    const { user, props, view } = setup({ paused: false });
    const sw = screen.getByRole('switch', { name: 'Pause Crosscheck on this site' });
    await user.click(sw);
    expect(props.onTogglePause).toHaveBeenLastCalledWith(true);
    view.rerender(<Popup {...props} paused />);
    expect(sw.getAttribute('aria-checked')).toBe('true');
    sw.focus();
    await user.keyboard(' ');
    expect(props.onTogglePause).toHaveBeenLastCalledWith(false);
  });

  it('is disabled without an http(s) tab URL', () => {
    setup({ tabUrl: null, summary: null });
    expect((screen.getByRole('switch') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('Popup tabs', () => {
  it('switch with arrow keys, Home and End (WAI-ARIA tabs)', async () => {
    const { user } = setup();
    const [page, facts] = screen.getAllByRole('tab') as [HTMLElement, HTMLElement];
    expect(page.tabIndex).toBe(0);
    expect(facts.tabIndex).toBe(-1);
    page.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(facts);
    expect(facts.getAttribute('aria-selected')).toBe('true');
    expect(facts.tabIndex).toBe(0);
    expect(page.tabIndex).toBe(-1);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(facts.id);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(page);
    expect(page.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(facts);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(page);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(facts);
  });

  it('Facts: the compact facts view, with this page’s facts marked, and the facts page', async () => {
    const { user, props, panel } = setup();
    await user.click(screen.getByRole('tab', { name: 'Facts' }));
    const p = panel();
    expect(within(p).getByRole('searchbox', { name: 'Search facts' })).toBeTruthy();
    expect(within(p).queryByRole('table')).toBeNull();
    expect(within(p).getAllByText('Touched by this page')).toHaveLength(4);
    const troops = p.querySelector('[data-fact="north-korean-troop-count"]')!;
    expect(within(troops as HTMLElement).getByText('Touched by this page')).toBeTruthy();
    await user.click(within(p).getByRole('button', { name: 'Open the facts page' }));
    expect(props.onOpenFactsPage).toHaveBeenCalledTimes(1);
    // Back to This page: the panel is still there, the facts view keeps its state.
    await user.click(screen.getByRole('tab', { name: 'This page' }));
    expect(screen.getByRole('list', { name: 'Checked sentences' })).toBeTruthy();
  });
});

describe('Popup notes', () => {
  it('has no notes controls unless asked for', () => {
    setup();
    expect(screen.queryByRole('button', { name: 'Open notes' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add a note on this page' })).toBeNull();
  });

  it('opens the notes page from the header', async () => {
    const onOpenNotesPage = vi.fn();
    const { user } = setup({ onOpenNotesPage });
    const button = screen.getByRole('button', { name: 'Open notes' });
    expect(button.textContent).toBe('Notes');
    expect(button.closest('header')).toBeTruthy();
    await user.click(button);
    expect(onOpenNotesPage).toHaveBeenCalledTimes(1);
  });

  it('adds a note on the page: Save sends the text, then says so', async () => {
    const onAddPageNote = vi.fn(async () => {});
    const { user, panel } = setup({ onAddPageNote });
    const add = within(panel()).getByRole('button', { name: 'Add a note on this page' });
    await user.click(add);
    const box = within(panel()).getByRole('textbox', { name: 'Note on this page' });
    expect(document.activeElement).toBe(box);
    const save = within(panel()).getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    await user.type(box, '  Check the 306 km claim <b>later</b>  ');
    await user.click(save);
    expect(onAddPageNote).toHaveBeenCalledWith('Check the 306 km claim <b>later</b>');
    expect(within(panel()).queryByRole('textbox')).toBeNull();
    expect(within(panel()).getByRole('status').textContent).toBe('Note saved.');
    expect(document.activeElement).toBe(
      within(panel()).getByRole('button', { name: 'Add a note on this page' }),
    );
  });

  it('Escape or Cancel closes the form without saving', async () => {
    const onAddPageNote = vi.fn();
    const { user, panel } = setup({ onAddPageNote });
    await user.click(within(panel()).getByRole('button', { name: 'Add a note on this page' }));
    await user.type(within(panel()).getByRole('textbox', { name: 'Note on this page' }), 'draft');
    await user.keyboard('{Escape}');
    expect(within(panel()).queryByRole('textbox')).toBeNull();
    await user.click(within(panel()).getByRole('button', { name: 'Add a note on this page' }));
    await user.click(within(panel()).getByRole('button', { name: 'Cancel' }));
    expect(within(panel()).queryByRole('textbox')).toBeNull();
    expect(onAddPageNote).not.toHaveBeenCalled();
  });

  it('keeps the form open with the error when saving fails', async () => {
    const onAddPageNote = vi.fn(async () => {
      throw new Error('The note was not saved: storage is full.');
    });
    const { user, panel } = setup({ onAddPageNote });
    await user.click(within(panel()).getByRole('button', { name: 'Add a note on this page' }));
    await user.type(within(panel()).getByRole('textbox', { name: 'Note on this page' }), 'x');
    await user.click(within(panel()).getByRole('button', { name: 'Save' }));
    expect(within(panel()).getByRole('alert').textContent).toBe(
      'The note was not saved: storage is full.',
    );
    expect(within(panel()).getByRole('textbox', { name: 'Note on this page' })).toBeTruthy();
  });

  it('is offered on any http(s) page, checked or not, but not on a browser page', () => {
    const onAddPageNote = vi.fn();
    const { view, props } = setup({ onAddPageNote, summary: null, siteCovered: false });
    expect(screen.getByRole('button', { name: 'Add a note on this page' })).toBeTruthy();
    view.rerender(<Popup {...props} tabUrl="chrome://extensions/" />);
    expect(screen.queryByRole('button', { name: 'Add a note on this page' })).toBeNull();
  });
});
