import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesView, type NotesViewProps } from '../../../../components/notes';
import type { Note } from '../../../../lib/notes/types';
import { NEWEST_FIRST, NOTES, naiveSearch } from './fixtures';

afterEach(cleanup);

function setup(over: Partial<NotesViewProps> = {}) {
  const notes = over.notes ?? NOTES;
  const props: NotesViewProps = {
    notes,
    onEdit: vi.fn(async () => {}),
    onDelete: vi.fn(async () => {}),
    onUndoDelete: vi.fn(async () => {}),
    undoAvailable: true,
    onOpen: vi.fn(),
    onExportJson: vi.fn(),
    onExportMarkdown: vi.fn(),
    onImportFile: vi.fn(async () => ({ ok: true as const, added: 0, skipped: 0 })),
    search: vi.fn(naiveSearch(notes)),
    ...over,
  };
  const user = userEvent.setup();
  const view = render(<NotesView {...props} />);
  const shownIds = () =>
    [...view.container.querySelectorAll<HTMLElement>('[data-note]')].map((e) => e.dataset.note);
  const noteEl = (id: string) => {
    const el = view.container.querySelector<HTMLElement>(`[data-note="${id}"]`);
    if (!el) throw new Error(`note ${id} not shown`);
    return el;
  };
  const count = () => view.container.querySelector('.cn-count')?.textContent;
  return { props, user, view, shownIds, noteEl, count };
}

const byId = (id: string): Note => {
  const n = NOTES.find((x) => x.id === id);
  if (!n) throw new Error(id);
  return n;
};

describe('NotesView list', () => {
  it('has a heading and lists the notes newest first', () => {
    const { shownIds, count } = setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Notes' })).toBeTruthy();
    expect(shownIds()).toEqual(NEWEST_FIRST);
    expect(count()).toBe('4 notes');
    const list = screen.getByRole('list', { name: 'Notes' });
    expect(within(list).getAllByRole('article')).toHaveLength(4);
  });

  it('shows a note’s title, site, dates, quoted passage, text, tags and fact', () => {
    const { noteEl } = setup();
    const n = byId('n-atacms');
    const el = noteEl(n.id);
    expect(within(el).getByRole('heading', { level: 2 }).textContent).toContain(n.title);
    expect(within(el).getByText('www.reuters.com')).toBeTruthy();
    expect(el.querySelector('blockquote')?.textContent).toBe(n.selectors!.quote.exact);
    expect(within(el).getByText(n.text).tagName).toBe('P');
    const tags = within(el).getByRole('list', { name: 'Tags' });
    expect(
      within(tags)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['atacms', 'range']);
    expect(el.textContent).toContain('Fact: atacms-range');
    const created = el.querySelector('time');
    expect(created?.getAttribute('dateTime')).toBe(new Date(n.created).toISOString());
    expect(el.textContent).not.toContain('Edited');
    // The article is named by its title.
    expect(screen.getByRole('article', { name: `Open ${n.title}` })).toBe(el);
  });

  it('shows when a note was edited, and no quote or fact for a page note', () => {
    const { noteEl } = setup();
    const el = noteEl('n-newest');
    const times = [...el.querySelectorAll('time')].map((t) => t.getAttribute('dateTime'));
    expect(times).toEqual([
      new Date(byId('n-newest').created).toISOString(),
      new Date(byId('n-newest').edited).toISOString(),
    ]);
    expect(el.textContent).toContain('Edited');
    expect(el.querySelector('blockquote')).toBeNull();
    expect(el.textContent).not.toContain('Fact:');
  });

  it('opens a note’s page from its title', async () => {
    const { user, props } = setup();
    await user.click(screen.getByRole('button', { name: 'Open North Korean troops in Kursk' }));
    expect(props.onOpen).toHaveBeenCalledWith(byId('n-troops'));
  });

  it('marks orphaned notes', () => {
    const { noteEl } = setup({ orphans: new Set(['n-atacms']) });
    expect(within(noteEl('n-atacms')).getByText('Orphaned: passage not found')).toBeTruthy();
    expect(within(noteEl('n-troops')).queryByText('Orphaned: passage not found')).toBeNull();
  });

  it('names a note’s fact with its statement when given', () => {
    const { noteEl } = setup({
      factStatements: new Map([['atacms-range', 'ATACMS reach about 300 km.']]),
    });
    expect(noteEl('n-atacms').textContent).toContain('Fact: atacms-range — ATACMS reach');
  });

  it('renders hostile markup in notes, titles and tags as text', () => {
    const { view, noteEl } = setup();
    const el = noteEl('n-hostile');
    expect(view.container.querySelector('script, img, b')).toBeNull();
    expect(
      within(el).getByText('<script>alert(1)</script> and <img src=x onerror=alert(2)>'),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Open <img src=y onerror=alert(3)> Mines for Ukraine' }),
    ).toBeTruthy();
    expect(within(el).getByText('<b>tag</b>')).toBeTruthy();
  });

  it('says when there are no notes', () => {
    const { count } = setup({ notes: [] });
    expect(screen.getByText('No notes yet.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Notes' })).toBeNull();
    expect(count()).toBe('0 notes');
  });
});

describe('NotesView search and filters', () => {
  it('filters with the search prop, in its order, and clears', async () => {
    const { user, props, shownIds, count } = setup();
    const box = screen.getByRole('searchbox', { name: 'Search notes' });
    await user.type(box, 'atacms');
    expect(props.search).toHaveBeenLastCalledWith('atacms');
    // naiveSearch returns the fixture order: the search's order is kept (best first).
    expect(shownIds()).toEqual(['n-atacms', 'n-newest']);
    expect(count()).toBe('2 of 4 notes');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect((box as HTMLInputElement).value).toBe('');
    expect(shownIds()).toEqual(NEWEST_FIRST);
    expect(document.activeElement).toBe(box);
  });

  it('says when nothing matches', async () => {
    const { user, shownIds } = setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search notes' }), 'xyzzy');
    expect(shownIds()).toEqual([]);
    expect(screen.getByText('No notes match “xyzzy”.')).toBeTruthy();
  });

  it('filters by site', async () => {
    const { user, shownIds } = setup();
    const site = screen.getByRole('combobox', { name: 'Site' });
    expect(
      within(site)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All sites', 'apnews.com (1)', 'www.bbc.com (1)', 'www.reuters.com (2)']);
    await user.selectOptions(site, 'www.reuters.com');
    expect(shownIds()).toEqual(['n-newest', 'n-atacms']);
    await user.selectOptions(site, '');
    expect(shownIds()).toEqual(NEWEST_FIRST);
  });

  it('filters by tag', async () => {
    const { user, shownIds } = setup();
    const tag = screen.getByRole('combobox', { name: 'Tag' });
    expect(within(tag).getByRole('option', { name: 'atacms (2)' })).toBeTruthy();
    await user.selectOptions(tag, 'north-korea');
    expect(shownIds()).toEqual(['n-troops']);
  });

  it('filters by fact, and combines filters with search', async () => {
    const { user, shownIds } = setup();
    const fact = screen.getByRole('combobox', { name: 'Fact' });
    expect(
      within(fact)
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual(['', 'atacms-range', 'north-korean-troop-count']);
    await user.selectOptions(fact, 'atacms-range');
    expect(shownIds()).toEqual(['n-atacms']);
    await user.type(screen.getByRole('searchbox', { name: 'Search notes' }), 'second');
    expect(shownIds()).toEqual([]);
    expect(screen.getByText('No notes match “second”.')).toBeTruthy();
  });
});

describe('NotesView edit', () => {
  it('saves new text and tags', async () => {
    const { user, props, noteEl } = setup();
    const el = noteEl('n-troops');
    await user.click(within(el).getByRole('button', { name: 'Edit' }));
    const text = within(el).getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(text);
    expect(text.value).toBe(byId('n-troops').text);
    const tags = within(el).getByRole('textbox', { name: 'Tags' }) as HTMLInputElement;
    expect(tags.value).toBe('north-korea');
    await user.clear(text);
    await user.type(text, 'Revised: 11,000 by December.');
    await user.clear(tags);
    await user.type(tags, 'north-korea, troops ,, north-korea');
    await user.click(within(el).getByRole('button', { name: 'Save' }));
    expect(props.onEdit).toHaveBeenCalledWith('n-troops', {
      text: 'Revised: 11,000 by December.',
      tags: ['north-korea', 'troops'],
    });
    expect(within(el).queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(within(el).getByRole('button', { name: 'Edit' }));
  });

  it('Escape cancels without saving', async () => {
    const { user, props, noteEl } = setup();
    const el = noteEl('n-atacms');
    await user.click(within(el).getByRole('button', { name: 'Edit' }));
    await user.type(within(el).getByRole('textbox', { name: 'Note' }), ' more');
    await user.keyboard('{Escape}');
    expect(props.onEdit).not.toHaveBeenCalled();
    expect(within(el).queryByRole('textbox')).toBeNull();
    expect(within(el).getByText(byId('n-atacms').text)).toBeTruthy();
    expect(document.activeElement).toBe(within(el).getByRole('button', { name: 'Edit' }));
  });

  it('Cancel cancels too', async () => {
    const { user, props, noteEl } = setup();
    const el = noteEl('n-atacms');
    await user.click(within(el).getByRole('button', { name: 'Edit' }));
    await user.click(within(el).getByRole('button', { name: 'Cancel' }));
    expect(props.onEdit).not.toHaveBeenCalled();
    expect(within(el).queryByRole('textbox')).toBeNull();
  });

  it('keeps the form open with the error when saving fails', async () => {
    const onEdit = vi.fn(async () => {
      throw new Error('Your browser’s storage for Crosscheck is full.');
    });
    const { user, noteEl } = setup({ onEdit });
    const el = noteEl('n-atacms');
    await user.click(within(el).getByRole('button', { name: 'Edit' }));
    await user.click(within(el).getByRole('button', { name: 'Save' }));
    expect(within(el).getByRole('alert').textContent).toBe(
      'Your browser’s storage for Crosscheck is full.',
    );
    expect(within(el).getByRole('textbox', { name: 'Note' })).toBeTruthy();
  });
});

describe('NotesView delete', () => {
  it('deletes, moves focus to the next note, and offers Undo', async () => {
    const { user, props, noteEl } = setup();
    await user.click(within(noteEl('n-troops')).getByRole('button', { name: 'Delete' }));
    expect(props.onDelete).toHaveBeenCalledWith('n-troops');
    const status = screen.getByRole('status');
    expect(within(status).getByText('Note deleted.')).toBeTruthy();
    expect(document.activeElement).toBe(
      within(noteEl('n-hostile')).getByRole('button', { name: /^Open / }),
    );
    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(props.onUndoDelete).toHaveBeenCalledTimes(1);
    expect(within(status).getByText('Note restored.')).toBeTruthy();
    expect(within(status).queryByRole('button', { name: 'Undo' })).toBeNull();
    // Focus goes to the restored note rather than being lost with the Undo button.
    expect(document.activeElement).toBe(
      within(noteEl('n-troops')).getByRole('button', { name: /^Open / }),
    );
  });

  it('follows the live list: the deleted note goes, the restored one comes back with focus', async () => {
    const { user, props, view, shownIds, noteEl } = setup();
    await user.click(within(noteEl('n-atacms')).getByRole('button', { name: 'Delete' }));
    // The last note in the list: focus goes to the one before it.
    expect(document.activeElement).toBe(
      within(noteEl('n-hostile')).getByRole('button', { name: /^Open / }),
    );
    const without = NOTES.filter((n) => n.id !== 'n-atacms');
    view.rerender(<NotesView {...props} notes={without} search={naiveSearch(without)} />);
    expect(shownIds()).toEqual(['n-newest', 'n-troops', 'n-hostile']);
    expect(screen.getByText('3 notes')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    // Not back yet: focus waits in the toast rather than on the page body.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Dismiss' }));
    view.rerender(<NotesView {...props} notes={NOTES} undoAvailable={false} />);
    expect(shownIds()).toEqual(NEWEST_FIRST);
    expect(document.activeElement).toBe(
      within(noteEl('n-atacms')).getByRole('button', { name: /^Open / }),
    );
  });

  it('offers no Undo when none is available, and the toast dismisses', async () => {
    const { user, noteEl } = setup({ undoAvailable: false });
    await user.click(within(noteEl('n-atacms')).getByRole('button', { name: 'Delete' }));
    const status = screen.getByRole('status');
    expect(within(status).queryByRole('button', { name: 'Undo' })).toBeNull();
    await user.click(within(status).getByRole('button', { name: 'Dismiss' }));
    expect(status.textContent).toBe('');
  });

  it('shows the error when deleting fails', async () => {
    const onDelete = vi.fn(async () => {
      throw new Error('Could not delete the note.');
    });
    const { user, noteEl } = setup({ onDelete });
    await user.click(within(noteEl('n-atacms')).getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('alert').textContent).toBe('Could not delete the note.');
    expect(screen.getByRole('status').textContent).toBe('');
  });
});

describe('NotesView export and import', () => {
  it('has Export JSON, Export Markdown and Import, by name', async () => {
    const { user, props } = setup();
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(props.onExportJson).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Export Markdown' }));
    expect(props.onExportMarkdown).toHaveBeenCalledTimes(1);
    const input = screen.getByLabelText('Import') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('application/json,.json');
    const click = vi.spyOn(input, 'click');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('shows an import error verbatim in an alert, keeping focus on Import', async () => {
    const error = 'Not a Crosscheck notes file: "notes" is missing (line 1).';
    const onImportFile = vi.fn(async () => ({ ok: false as const, error }));
    const { user, shownIds } = setup({ onImportFile });
    const button = screen.getByRole('button', { name: 'Import' });
    button.focus();
    const file = new File(['{"nope": true}'], 'notes.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Import'), file);
    expect(onImportFile).toHaveBeenCalledWith(file);
    expect(screen.getByRole('alert').textContent).toBe(error);
    expect(document.activeElement).toBe(button);
    expect(shownIds()).toEqual(NEWEST_FIRST);
  });

  it('shows how many notes an import added and skipped', async () => {
    const onImportFile = vi.fn(async () => ({ ok: true as const, added: 3, skipped: 1 }));
    const { user } = setup({ onImportFile });
    const file = new File(['{}'], 'crosscheck-notes.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Import'), file);
    expect(screen.getByRole('status').textContent).toBe('Imported 3 notes (1 already there)');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Import' }));
  });

  it('a rejected import is an alert too', async () => {
    const onImportFile = vi.fn(async () => {
      throw new Error('Storage is full: free some space and try again.');
    });
    const { user } = setup({ onImportFile });
    await user.upload(screen.getByLabelText('Import'), new File(['{}'], 'n.json'));
    expect(screen.getByRole('alert').textContent).toBe(
      'Storage is full: free some space and try again.',
    );
  });
});
