import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  CARD_CSS,
  SourceCard,
  UndoToast,
  applyCardStyles,
  type SourceCardProps,
} from '../../../components/source-card';
import { cardModel, type CardModel } from '../../../lib/card/model';
import type { Annotation } from '../../../lib/check';
import { bundledFactBase } from '../../../lib/factbase/bundled';
import type { Fact } from '../../../lib/factbase/types';

afterEach(cleanup);

const base = bundledFactBase();
const fact = (id: string): Fact => {
  const f = base.facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
};

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

const troops = fact('north-korean-troop-count');
const troopsModel = cardModel(annotationFor(troops), { sources: base.sources }, 1, 14);

function setup(over: Partial<SourceCardProps> = {}) {
  const props: SourceCardProps = {
    model: troopsModel,
    position: { top: 120, left: 40, placement: 'below' },
    autoFocus: true,
    notesAvailable: false,
    onClose: vi.fn(),
    onNotThisFact: vi.fn(),
    onCopy: vi.fn(),
    onAddNote: vi.fn(),
    onNext: vi.fn(),
    onPrev: vi.fn(),
    ...over,
  };
  const user = userEvent.setup();
  const view = render(<SourceCard {...props} />);
  return { props, user, view, dialog: screen.getByRole('dialog') };
}

describe('SourceCard', () => {
  it('is a dialog named by its verdict and described by the reason', () => {
    const { dialog } = setup();
    expect(dialog.getAttribute('aria-label')).toBe('Crosscheck: Sources disagree on this');
    expect(screen.getByRole('dialog', { name: 'Crosscheck: Sources disagree on this' })).toBe(
      dialog,
    );
    const described = document.getElementById(dialog.getAttribute('aria-describedby')!);
    expect(described?.textContent).toBe(troopsModel.reason);
    expect(screen.getByText(troopsModel.reason)).toBe(described);
  });

  it('shows the verdict with a glyph as well as words, per verdict', () => {
    const glyphs = new Set<string>();
    for (const verdict of ['supports', 'contradicts', 'disputed'] as const) {
      const { dialog, view } = setup({ model: { ...troopsModel, verdict } });
      const heading = within(dialog).getByRole('heading', { level: 2 });
      const icon = dialog.querySelector('.cc-icon')!;
      expect(icon.getAttribute('aria-hidden')).toBe('true');
      glyphs.add(icon.textContent!);
      expect(heading.textContent).toContain(
        { supports: 'Agrees', contradicts: 'Contradicts', disputed: 'Sources disagree' }[verdict],
      );
      expect(dialog.className).toContain(`cc-${verdict}`);
      view.unmount();
    }
    expect(glyphs.size).toBe(3);
  });

  it('shows the fact, its status and every quote as text, with sources, dates and stances', () => {
    const { dialog } = setup();
    expect(within(dialog).getByText(troops.statement)).toBeTruthy();
    expect(within(dialog).getByText('Disputed between sources')).toBeTruthy();
    const quotes = [...dialog.querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes).toEqual(troops.sources.map((s) => s.quote));
    for (const s of troops.sources)
      expect(within(dialog).getByText(s.quote).tagName).toBe('BLOCKQUOTE');
    expect(within(dialog).getByText('khaleejtimes.com')).toBeTruthy();
    expect(within(dialog).getByText('Source 001')).toBeTruthy();
    expect(within(dialog).getByText('22 Nov 2024')).toBeTruthy();
    // Source 002 only reports the figure; plain assertions carry no stance label.
    expect(within(dialog).getAllByText('reports')).toHaveLength(
      troops.sources.filter((s) => s.stance === 'reports').length,
    );
    expect(within(dialog).queryByText('asserts')).toBeNull();
    // One list item per source, even where a source is quoted twice.
    const items = within(within(dialog).getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(new Set(troops.sources.map((s) => s.source)).size);
  });

  it('shows a plain-fact conflict note next to the quote it concerns', () => {
    const kursk = fact('kursk-is-in-russia');
    const model = cardModel(annotationFor(kursk, { verdict: 'supports', kind: 'place' }), {
      sources: base.sources,
      conflicts: kursk.conflicts,
    });
    const { dialog } = setup({ model });
    const note = within(dialog).getByText('places Kursk in Ukraine; Kursk is in Russia', {
      exact: false,
    });
    expect(note.textContent).toBe(
      'Contradicts plain fact: places Kursk in Ukraine; Kursk is in Russia',
    );
    expect(note.previousElementSibling?.textContent).toBe('the conflict in Kursk, Ukraine');
    expect(within(dialog).getByText('denies')).toBeTruthy();
    expect(within(dialog).getByText('Consensus across 3 sources')).toBeTruthy();
  });

  it('has named buttons that call their callbacks', async () => {
    const { props, user } = setup({ notesAvailable: true });
    const calls: [string, () => void][] = [
      ['Close', props.onClose],
      ['Not this fact', props.onNotThisFact],
      ['Copy with sources', props.onCopy],
      ['Add note', props.onAddNote],
      ['Previous annotation', props.onPrev],
      ['Next annotation', props.onNext],
    ];
    for (const [name, fn] of calls) {
      await user.click(screen.getByRole('button', { name }));
      expect(fn, name).toHaveBeenCalledTimes(1);
    }
    expect(screen.getByText('2 of 14')).toBeTruthy();
  });

  it('disables "Add note" with a reason when notes are not available', async () => {
    const { props, user } = setup({ notesAvailable: false });
    const add = screen.getByRole('button', { name: 'Add note' });
    expect(add.getAttribute('aria-disabled')).toBe('true');
    expect(add.getAttribute('title')).toBe('Notes are coming soon');
    await user.click(add);
    expect(props.onAddNote).not.toHaveBeenCalled();
  });

  it('disables previous/next when the page has a single annotation', () => {
    setup({ model: { ...troopsModel, index: 0, total: 1 } });
    expect(screen.getByText('1 of 1')).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Next annotation' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(
      (screen.getByRole('button', { name: 'Previous annotation' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('closes on Escape', async () => {
    const { props, user, dialog } = setup();
    expect(document.activeElement).toBe(dialog);
    await user.keyboard('{Escape}');
    expect(props.onClose).toHaveBeenCalledTimes(1);
    // Escape pressed on a button inside the card closes it too.
    screen.getByRole('button', { name: 'Copy with sources' }).focus();
    await user.keyboard('{Escape}');
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('focuses itself on mount only when asked to', () => {
    const { dialog, view } = setup({ autoFocus: true });
    expect(document.activeElement).toBe(dialog);
    expect(dialog.tabIndex).toBe(-1);
    view.unmount();
    const again = setup({ autoFocus: false });
    expect(document.activeElement).not.toBe(again.dialog);
  });

  it('keeps Tab inside the card', async () => {
    // Page controls before and after the card, which Tab must not reach.
    const before = document.createElement('button');
    const after = document.createElement('button');
    document.body.prepend(before);
    document.body.append(after);
    const { user } = setup();
    onTestFinished(() => {
      before.remove();
      after.remove();
    });
    const close = screen.getByRole('button', { name: 'Close' });
    const next = screen.getByRole('button', { name: 'Next annotation' });
    next.focus();
    await user.tab();
    expect(document.activeElement).toBe(close);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(next);
    // Shift+Tab from the dialog itself (just opened) goes to its last control.
    screen.getByRole('dialog').focus();
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(next);
    // Tab moves forward normally inside the card.
    close.focus();
    await user.tab();
    expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true);
    expect(document.activeElement).not.toBe(close);
  });

  it('is placed at the given position', () => {
    const { dialog } = setup({
      position: { top: 120, left: 40, placement: 'above', maxHeight: 300, maxWidth: 350 },
    });
    expect(dialog.style.top).toBe('120px');
    expect(dialog.style.left).toBe('40px');
    expect(dialog.getAttribute('data-placement')).toBe('above');
  });

  it('renders markup in page or fact text as literal text, never as elements', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const model: CardModel = {
      ...troopsModel,
      reason: `Article: ${evil}`,
      statement: `Statement ${evil}`,
      sentence: evil,
      sources: troopsModel.sources.map((s, i) =>
        i === 0 ? { ...s, quote: evil, label: `<b>bold</b>`, conflict: `<script>x()</script>` } : s,
      ),
    };
    const { dialog } = setup({ model });
    expect(dialog.querySelector('img, script, b')).toBeNull();
    expect(document.querySelector('img, script')).toBeNull();
    expect(within(dialog).getByText(evil).tagName).toBe('BLOCKQUOTE');
    expect(within(dialog).getByText(`Article: ${evil}`)).toBeTruthy();
    expect(within(dialog).getByText(`Statement ${evil}`)).toBeTruthy();
    expect(within(dialog).getByText('<b>bold</b>')).toBeTruthy();
    expect(dialog.textContent).toContain('<script>x()</script>');
  });

  it('works inside a shadow root (Escape, Tab cycling, styles)', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    applyCardStyles(shadow);
    applyCardStyles(shadow);
    const styled =
      shadow.adoptedStyleSheets.length +
      shadow.querySelectorAll('style[data-crosscheck-card]').length;
    expect(styled).toBe(1);
    const container = document.createElement('div');
    shadow.append(container);
    const onClose = vi.fn();
    const user = userEvent.setup();
    render(
      <SourceCard
        model={troopsModel}
        position={{ top: 0, left: 0, placement: 'below' }}
        autoFocus
        notesAvailable={false}
        onClose={onClose}
        onNotThisFact={() => {}}
        onCopy={() => {}}
        onAddNote={() => {}}
        onNext={() => {}}
        onPrev={() => {}}
      />,
      { container },
    );
    const dialog = within(container).getByRole('dialog');
    expect(shadow.activeElement).toBe(dialog);
    const next = within(container).getByRole('button', { name: 'Next annotation' });
    next.focus();
    fireEvent.keyDown(next, { key: 'Tab' });
    expect(shadow.activeElement).toBe(within(container).getByRole('button', { name: 'Close' }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    host.remove();
  });
});

describe('UndoToast', () => {
  it('announces its message politely and offers Undo and Dismiss', async () => {
    const onUndo = vi.fn();
    const onDismiss = vi.fn();
    const user = userEvent.setup();
    render(<UndoToast message="Hid this highlight." onUndo={onUndo} onDismiss={onDismiss} />);
    const status = screen.getByRole('status');
    expect(within(status).getByText('Hid this highlight.')).toBeTruthy();
    expect(document.activeElement).not.toBe(status);
    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    await user.click(within(status).getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    within(status).getByRole('button', { name: 'Undo' }).focus();
    await user.keyboard('{Escape}');
    expect(onDismiss).toHaveBeenCalledTimes(2);
  });

  it('dismisses itself after timeoutMs, once', () => {
    vi.useFakeTimers();
    try {
      const onDismiss = vi.fn();
      const view = render(
        <UndoToast message="Hidden." onUndo={() => {}} onDismiss={onDismiss} timeoutMs={5000} />,
      );
      view.rerender(
        <UndoToast message="Hidden." onUndo={() => {}} onDismiss={onDismiss} timeoutMs={5000} />,
      );
      act(() => vi.advanceTimersByTime(4999));
      expect(onDismiss).not.toHaveBeenCalled();
      act(() => vi.advanceTimersByTime(1));
      expect(onDismiss).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('renders markup in its message as text', () => {
    render(
      <UndoToast message="<img src=x onerror=alert(1)>" onUndo={() => {}} onDismiss={() => {}} />,
    );
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('CARD_CSS', () => {
  it('is self-contained and independent of the page', () => {
    expect(CARD_CSS).toContain(':host');
    expect(CARD_CSS).toMatch(/\.cc-root\s*\{\s*all: initial;/);
    expect(CARD_CSS).toContain('prefers-color-scheme: dark');
    expect(CARD_CSS).toContain('focus-visible');
    expect(CARD_CSS).toContain('system-ui');
    expect(CARD_CSS).not.toMatch(/url\(|@import|@font-face|https?:/i);
    // rem and em sizes would follow the page's own font size.
    expect(CARD_CSS).not.toMatch(/\d(r?em)\b/);
    // Every custom property used is defined here, so the page cannot supply one.
    const used = new Set([...CARD_CSS.matchAll(/var\((--[\w-]+)\)/g)].map((m) => m[1]));
    for (const name of used) expect(CARD_CSS).toContain(`${name}:`);
  });
});
