/**
 * The reader's notes in the page: find the page's notes again (re-anchoring their selectors in the
 * article text, tolerant of small edits), paint them in the fourth highlight style, and create notes
 * from a selection, an annotated sentence (the card's "Add note") or the context menu. Notes are
 * stored by the background (Dexie in the extension's origin); this side only talks to it through
 * the typed messages in lib/messaging/protocol.ts.
 */
import { browser } from 'wxt/browser';
import type { Annotation } from '@/lib/check';
import type { TextBlock } from '@/lib/extract/article';
import type { HighlightLayer } from '@/lib/highlight/layer';
import { rangeIndexAt, textOffsetAt, textRange } from '@/lib/highlight/ranges';
import { isResult, type NewNote } from '@/lib/messaging/protocol';
import { anchor, describeRange } from '@/lib/notes/anchor';
import type { Note } from '@/lib/notes/types';
import type { CardController } from './card';

/** Fragment an opened note's page carries (notes page "Open"): scroll to the note and show it. */
const NOTE_FRAGMENT = /#crosscheck-note=([0-9a-f-]{36})$/i;

export interface NotesDeps {
  ensureCard(): Promise<CardController>;
  /** The UI host if it exists already (hiding a button must not create it). */
  existingCard(): CardController | null;
  /** Close whatever overlay is open (the verdict card). */
  closeOverlay(): void;
  layer: HighlightLayer | null;
  /** The article's blocks (from the last check, or extracted now). */
  blocks(): TextBlock[];
  published(): string | null;
}

interface Placed {
  notes: Note[];
  range: Range;
}

function canonicalLink(): string | null {
  const href = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!href) return null;
  try {
    const u = new URL(href, location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

async function send<T>(message: unknown): Promise<T> {
  const answer: unknown = await browser.runtime.sendMessage(message);
  if (!isResult(answer)) throw new Error('Crosscheck did not answer.');
  if (!answer.ok) throw new Error(answer.error);
  return answer.value as T;
}

export function createNotes(deps: NotesDeps) {
  let placed: Placed[] = [];
  let ranges: Range[] = [];
  let fragmentDone = false;

  const articleText = () =>
    deps
      .blocks()
      .map((b) => b.text)
      .join('\n\n');

  /** Load this page's notes and place them; report which could not be placed (orphans). */
  async function refresh(): Promise<void> {
    let notes: Note[];
    try {
      notes = await send<Note[]>({
        type: 'notes/for-page',
        pageUrl: location.href,
        canonical: canonicalLink(),
      });
    } catch {
      return;
    }
    const blocks = notes.length > 0 ? deps.blocks() : [];
    const text = blocks.map((b) => b.text).join('\n\n');
    const byRange = new Map<string, Placed>();
    const anchored: string[] = [];
    const orphans: string[] = [];
    for (const note of notes) {
      if (note.target !== 'text' || !note.selectors) continue;
      const span = text ? anchor(text, note.selectors) : null;
      const range = span ? textRange(document, blocks, span.start, span.end) : null;
      if (!span || !range) {
        orphans.push(note.id);
        continue;
      }
      anchored.push(note.id);
      const key = `${span.start}:${span.end}`;
      const entry = byRange.get(key);
      if (entry) entry.notes.push(note);
      else byRange.set(key, { notes: [note], range });
    }
    placed = [...byRange.values()].sort((a, b) =>
      a.range.compareBoundaryPoints(Range.START_TO_START, b.range),
    );
    ranges = placed.map((p) => p.range);
    deps.layer?.setNotes(ranges);
    if (anchored.length + orphans.length > 0) {
      send({ type: 'notes/placed', anchored, orphans }).catch(() => undefined);
    }
    openFragmentNote(notes);
  }

  /** The page was opened from the notes page at a note: bring it into view and show it. */
  function openFragmentNote(notes: Note[]): void {
    if (fragmentDone) return;
    const id = NOTE_FRAGMENT.exec(location.hash)?.[1];
    if (!id || !notes.some((n) => n.id === id)) return;
    fragmentDone = true;
    const i = placed.findIndex((p) => p.notes.some((n) => n.id === id));
    if (i < 0) return;
    placed[i]!.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    void open(i, true);
  }

  /** Index of the noted passage containing a DOM point, or -1. */
  function indexAt(node: Node, offset: number): number {
    return rangeIndexAt(ranges, node, offset);
  }

  async function open(index: number, autoFocus: boolean): Promise<void> {
    const p = placed[index];
    if (!p) return;
    const card = await deps.ensureCard();
    card.showNotes({
      anchor: [...p.range.getClientRects()],
      notes: p.notes,
      autoFocus,
      onEdit: (note) => void edit(note, p.range),
      onDelete: (note) => void remove(note),
    });
  }

  async function edit(note: Note, range: Range): Promise<void> {
    const card = await deps.ensureCard();
    card.showEditor({
      anchor: [...range.getClientRects()],
      quote: note.selectors?.quote.exact ?? null,
      subject: 'this passage',
      initialText: note.text,
      initialTags: note.tags,
      onSave: async (text, tags) => {
        await send({ type: 'notes/update', id: note.id, text, tags });
        card.hide(true);
        card.toast('Note saved.');
        await refresh();
      },
    });
  }

  async function remove(note: Note): Promise<void> {
    const card = await deps.ensureCard();
    try {
      await send({ type: 'notes/delete', id: note.id });
    } catch (error) {
      card.toast(
        `The note was not deleted: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    card.hide(false);
    await refresh();
    card.toast('Note deleted.', () => {
      // Undo: the same note again, with its id, text, tags and passage.
      const again: NewNote = {
        target: note.target,
        text: note.text,
        tags: note.tags,
        pageUrl: note.pageUrl,
        canonical: null,
        title: note.title,
        published: note.published,
        factId: note.factId,
        selectors: note.selectors,
      };
      void send({ type: 'notes/add', note: again }).then(refresh, () => undefined);
    });
  }

  /** Open the editor for article text [start, end) (a selection, or an annotated sentence). */
  async function compose(
    start: number,
    end: number,
    range: Range,
    factId: string | null,
    subject: string,
  ): Promise<void> {
    const text = articleText();
    const selectors = describeRange(text, start, end);
    const card = await deps.ensureCard();
    deps.closeOverlay();
    card.showEditor({
      anchor: [...range.getClientRects()],
      quote: selectors.quote.exact,
      subject,
      onSave: async (noteText, tags) => {
        const note: NewNote = {
          target: 'text',
          text: noteText,
          tags,
          pageUrl: location.href,
          canonical: canonicalLink(),
          title: document.title.slice(0, 2_000),
          published: deps.published(),
          factId,
          selectors,
        };
        await send({ type: 'notes/add', note });
        card.hide(true);
        card.toast('Note saved. Find it again on the notes page.');
        await refresh();
      },
    });
  }

  /** The current selection as article-text offsets, if it lies in the article. */
  function selectionSpan(): { start: number; end: number; range: Range } | null {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    const blocks = deps.blocks();
    const start = textOffsetAt(blocks, range.startContainer, range.startOffset);
    const end = textOffsetAt(blocks, range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return null;
    // Trim the whitespace a selection often takes in at its ends.
    const text = articleText();
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    return e > s ? { start: s, end: e, range } : null;
  }

  /** Note the current selection (the "Add note" button or the context menu). */
  async function addForSelection(): Promise<boolean> {
    const span = selectionSpan();
    if (!span) return false;
    await compose(span.start, span.end, span.range.cloneRange(), null, 'the selected passage');
    return true;
  }

  /** Show or hide the "Add note" button as the selection changes. */
  async function onSelectionChange(): Promise<void> {
    const span = selectionSpan();
    if (!span) {
      deps.existingCard()?.hideAddButton();
      return;
    }
    const rects = span.range.getClientRects();
    const last = rects[rects.length - 1];
    if (!last) return;
    const card = await deps.ensureCard();
    const top = Math.min(window.innerHeight - 40, last.bottom + 6);
    const left = Math.max(4, Math.min(window.innerWidth - 120, last.right - 40));
    card.showAddButton({ top, left }, () => {
      card.hideAddButton();
      void addForSelection();
    });
  }

  return {
    refresh,
    indexAt,
    open,
    count: () => placed.length,
    rangeAt: (i: number): Range | null => placed[i]?.range ?? null,
    addForSelection,
    onSelectionChange,
    /** Note an annotated sentence (the card's "Add note"), tied to its fact. */
    async addForAnnotation(a: Annotation, range: Range): Promise<void> {
      await compose(a.start, a.end, range, a.fact.id, 'this sentence');
    },
  };
}
