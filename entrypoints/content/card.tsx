/**
 * Mounts Crosscheck's in-page UI in a shadow root — the one element Crosscheck adds to a page: the
 * source card (components/source-card), the note editor and the notes popover
 * (components/note-inline), and the "Add note" button by a selection. Styles are adopted
 * stylesheets (a page's CSP cannot block them); page, fact and note text is only ever rendered as
 * text by React.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { AddNoteButton, NOTE_INLINE_CSS, NoteEditor, NotesPopover } from '@/components/note-inline';
import { SourceCard, UndoToast, applyCardStyles } from '@/components/source-card';
import type { Annotation } from '@/lib/check';
import { cardModel, copyText, placeCard, type CardPlacement, type Rect } from '@/lib/card/model';
import type { PlainFactConflict, SourceMeta } from '@/lib/factbase/types';
import type { Note } from '@/lib/notes/types';

export interface CardView {
  annotation: Annotation;
  sources: SourceMeta[];
  conflicts: PlainFactConflict[];
  index: number;
  total: number;
  /** The sentence's line boxes in viewport coordinates. */
  anchor: Rect[];
  /** Move focus into the card (keyboard navigation), so screen readers announce it. */
  autoFocus: boolean;
}

export interface EditorView {
  anchor: Rect[];
  quote: string | null;
  subject: string;
  initialText?: string;
  initialTags?: string[];
  onSave(text: string, tags: string[]): Promise<void>;
}

export interface NotesView {
  anchor: Rect[];
  notes: Note[];
  autoFocus: boolean;
  onEdit(note: Note): void;
  onDelete(note: Note): void;
}

export interface CardHandlers {
  onClose(): void;
  onNext(): void;
  onPrev(): void;
  onNotThisFact(): void;
  onCopy(): void;
  onAddNote(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

export interface CardController {
  /** The host element in the page. */
  readonly host: HTMLElement;
  show(view: CardView): void;
  showEditor(view: EditorView): void;
  showNotes(view: NotesView): void;
  showAddButton(at: { top: number; left: number }, onClick: () => void): void;
  hideAddButton(): void;
  reposition(anchor: Rect[]): void;
  hide(restoreFocus: boolean): void;
  toast(message: string, onUndo?: () => void): void;
  copy(annotation: Annotation, pageUrl: string): Promise<void>;
  containsPoint(x: number, y: number): boolean;
  /** What is open: the verdict card, a note editor, the notes popover, or nothing. */
  overlayKind(): 'card' | 'editor' | 'notes' | null;
}

declare global {
  /** Set by the UI script (entrypoints/content-ui.ts) once it runs in this world. */
  var __crosscheckUi: { createCard: typeof createCard } | undefined;
}

/** First guess at the card's size, before it is measured. */
const ESTIMATED_SIZE = { width: 380, height: 320 };
/** How long a toast stays. */
const TOAST_MS = 8_000;

type Overlay =
  | { kind: 'card'; view: CardView }
  | { kind: 'editor'; view: EditorView }
  | { kind: 'notes'; view: NotesView };

interface State {
  overlay: Overlay | null;
  addButton: { top: number; left: number; onClick: () => void } | null;
  toast: { message: string; onUndo?: () => void } | null;
}

function viewport() {
  return { width: window.innerWidth, height: window.innerHeight };
}

function UiApp({
  state,
  handlers,
  onClose,
  onToastDone,
}: {
  state: State;
  handlers: CardHandlers;
  onClose(): void;
  onToastDone(): void;
}) {
  const wrapper = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<CardPlacement | null>(null);
  const overlay = state.overlay;
  const anchor = overlay?.view.anchor;

  // Measure the rendered overlay and place it next to (never over) its passage, inside the viewport.
  useLayoutEffect(() => {
    if (!anchor) return;
    const dialog = wrapper.current?.querySelector('[role="dialog"]');
    const size = dialog
      ? { width: dialog.getBoundingClientRect().width, height: dialog.scrollHeight }
      : ESTIMATED_SIZE;
    const next = placeCard(anchor, size, viewport());
    setPlacement((prev) =>
      prev && prev.top === next.top && prev.left === next.left && prev.maxHeight === next.maxHeight
        ? prev
        : next,
    );
  }, [anchor, overlay?.kind]);

  const position = placement ?? (anchor ? placeCard(anchor, ESTIMATED_SIZE, viewport()) : null);

  let content = null;
  if (overlay && position) {
    if (overlay.kind === 'card') {
      const view = overlay.view;
      const model = cardModel(
        view.annotation,
        { sources: view.sources, conflicts: view.conflicts },
        view.index,
        view.total,
      );
      content = (
        <SourceCard
          key={`${model.factId}:${view.index}`}
          model={model}
          position={position}
          autoFocus={view.autoFocus}
          notesAvailable
          onClose={handlers.onClose}
          onNotThisFact={handlers.onNotThisFact}
          onCopy={handlers.onCopy}
          onAddNote={handlers.onAddNote}
          onNext={handlers.onNext}
          onPrev={handlers.onPrev}
        />
      );
    } else if (overlay.kind === 'editor') {
      const view = overlay.view;
      content = (
        <NoteEditor
          quote={view.quote}
          subject={view.subject}
          position={position}
          initialText={view.initialText}
          initialTags={view.initialTags}
          onSave={view.onSave}
          onCancel={onClose}
        />
      );
    } else {
      const view = overlay.view;
      content = (
        <NotesPopover
          notes={view.notes}
          position={position}
          autoFocus={view.autoFocus}
          onEdit={view.onEdit}
          onDelete={view.onDelete}
          onClose={onClose}
        />
      );
    }
  }

  return (
    <div
      ref={wrapper}
      onPointerEnter={handlers.onPointerEnter}
      onPointerLeave={handlers.onPointerLeave}
    >
      {content}
      {state.addButton && !overlay && (
        <AddNoteButton
          top={state.addButton.top}
          left={state.addButton.left}
          onClick={state.addButton.onClick}
        />
      )}
      {state.toast && (
        <UndoToast
          message={state.toast.message}
          timeoutMs={TOAST_MS}
          onUndo={
            state.toast.onUndo
              ? () => {
                  state.toast?.onUndo?.();
                  onToastDone();
                }
              : undefined
          }
          onDismiss={onToastDone}
        />
      )}
    </div>
  );
}

/** Adopt the note UI's styles next to the card's, as constructed stylesheets where possible. */
function applyNoteStyles(shadow: ShadowRoot): void {
  const view = shadow.ownerDocument.defaultView;
  try {
    if (view && 'adoptedStyleSheets' in shadow) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(NOTE_INLINE_CSS);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      return;
    }
  } catch {
    // Fall through to a <style> element.
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = NOTE_INLINE_CSS;
  shadow.append(style);
}

export async function createCard(
  ctx: ContentScriptContext,
  handlers: CardHandlers,
): Promise<CardController> {
  let root: Root | null = null;
  let state: State = { overlay: null, addButton: null, toast: null };
  let focusBefore: Element | null = null;

  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'crosscheck-card',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, shadow) {
      applyCardStyles(shadow);
      applyNoteStyles(shadow);
      const r = createRoot(container);
      root = r;
      return r;
    },
    onRemove(r) {
      r?.unmount();
      root = null;
    },
  });
  ui.mount();

  const render = () => {
    root?.render(
      <UiApp
        state={state}
        handlers={handlers}
        onClose={() => controller.hide(true)}
        onToastDone={() => {
          state = { ...state, toast: null };
          render();
        }}
      />,
    );
  };
  const set = (next: Partial<State>) => {
    state = { ...state, ...next };
    render();
  };
  const rememberFocus = (autoFocus: boolean) => {
    if (autoFocus && !state.overlay) focusBefore = document.activeElement;
  };

  const dialog = () => ui.shadow.querySelector('[role="dialog"]');

  const controller: CardController = {
    host: ui.shadowHost,
    show(view) {
      rememberFocus(view.autoFocus);
      set({ overlay: { kind: 'card', view } });
    },
    showEditor(view) {
      // The editor takes focus itself (its textarea): give it back when it closes.
      rememberFocus(true);
      set({ overlay: { kind: 'editor', view }, addButton: null });
    },
    showNotes(view) {
      rememberFocus(view.autoFocus);
      set({ overlay: { kind: 'notes', view } });
    },
    showAddButton(at, onClick) {
      set({ addButton: { ...at, onClick } });
    },
    hideAddButton() {
      if (state.addButton) set({ addButton: null });
    },
    reposition(anchor) {
      const o = state.overlay;
      if (!o) return;
      // autoFocus stays as it was: a reposition before the first draw must not cancel it.
      if (o.kind === 'card') set({ overlay: { kind: 'card', view: { ...o.view, anchor } } });
      else if (o.kind === 'editor')
        set({ overlay: { kind: 'editor', view: { ...o.view, anchor } } });
      else set({ overlay: { kind: 'notes', view: { ...o.view, anchor } } });
    },
    hide(restoreFocus) {
      if (!state.overlay) return;
      set({ overlay: null });
      if (restoreFocus && focusBefore instanceof HTMLElement)
        focusBefore.focus({ preventScroll: true });
      focusBefore = null;
    },
    toast(message, onUndo) {
      set({ toast: { message, onUndo } });
    },
    async copy(annotation, pageUrl) {
      const o = state.overlay;
      if (!o || o.kind !== 'card') return;
      const model = cardModel(
        annotation,
        { sources: o.view.sources, conflicts: o.view.conflicts },
        o.view.index,
        o.view.total,
      );
      const text = copyText(model, pageUrl);
      try {
        await navigator.clipboard.writeText(text);
        set({ toast: { message: 'Copied the sentence with its sources.' } });
      } catch {
        set({ toast: { message: 'Could not copy: the page does not allow it.' } });
      }
    },
    overlayKind() {
      return state.overlay?.kind ?? null;
    },
    containsPoint(x, y) {
      const r = dialog()?.getBoundingClientRect();
      return !!r && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    },
  };
  return controller;
}
