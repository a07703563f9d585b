/**
 * Mounts the source card (components/source-card) in a shadow root: the one element Crosscheck adds
 * to a page. Styles are adopted stylesheets (a page's CSP cannot block them), and page or fact text is
 * only ever rendered as text by React.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SourceCard, UndoToast, applyCardStyles } from '@/components/source-card';
import type { Annotation } from '@/lib/check';
import { cardModel, copyText, placeCard, type CardPlacement, type Rect } from '@/lib/card/model';
import type { PlainFactConflict, SourceMeta } from '@/lib/factbase/types';

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

export interface CardHandlers {
  onClose(): void;
  onNext(): void;
  onPrev(): void;
  onNotThisFact(): void;
  onCopy(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

export interface CardController {
  /** The host element in the page. */
  readonly host: HTMLElement;
  show(view: CardView): void;
  reposition(anchor: Rect[]): void;
  hide(restoreFocus: boolean): void;
  toast(message: string, onUndo: () => void): void;
  copy(annotation: Annotation, pageUrl: string): Promise<void>;
  containsPoint(x: number, y: number): boolean;
}

/** First guess at the card's size, before it is measured. */
const ESTIMATED_SIZE = { width: 380, height: 320 };
/** How long the undo toast stays. */
const TOAST_MS = 8_000;

interface State {
  view: CardView | null;
  toast: { message: string; onUndo?: () => void } | null;
}

function viewport() {
  return { width: window.innerWidth, height: window.innerHeight };
}

function CardApp({
  state,
  handlers,
  onToastDone,
}: {
  state: State;
  handlers: CardHandlers;
  onToastDone(): void;
}) {
  const wrapper = useRef<HTMLDivElement>(null);
  const [placement, setPlacement] = useState<CardPlacement | null>(null);
  const view = state.view;

  // Measure the rendered card and place it next to (never over) its sentence, inside the viewport.
  useLayoutEffect(() => {
    if (!view) return;
    const dialog = wrapper.current?.querySelector('[role="dialog"]');
    const size = dialog
      ? { width: dialog.getBoundingClientRect().width, height: dialog.scrollHeight }
      : ESTIMATED_SIZE;
    const next = placeCard(view.anchor, size, viewport());
    setPlacement((prev) =>
      prev && prev.top === next.top && prev.left === next.left && prev.maxHeight === next.maxHeight
        ? prev
        : next,
    );
  }, [view]);

  const model = view
    ? cardModel(
        view.annotation,
        { sources: view.sources, conflicts: view.conflicts },
        view.index,
        view.total,
      )
    : null;
  const position = placement ?? (view ? placeCard(view.anchor, ESTIMATED_SIZE, viewport()) : null);

  return (
    <div
      ref={wrapper}
      onPointerEnter={handlers.onPointerEnter}
      onPointerLeave={handlers.onPointerLeave}
    >
      {model && position && (
        <SourceCard
          key={`${model.factId}:${view!.index}`}
          model={model}
          position={position}
          autoFocus={view!.autoFocus}
          notesAvailable={false}
          onClose={handlers.onClose}
          onNotThisFact={handlers.onNotThisFact}
          onCopy={handlers.onCopy}
          onAddNote={() => undefined}
          onNext={handlers.onNext}
          onPrev={handlers.onPrev}
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

export async function createCard(
  ctx: ContentScriptContext,
  handlers: CardHandlers,
): Promise<CardController> {
  let root: Root | null = null;
  let state: State = { view: null, toast: null };
  let focusBefore: Element | null = null;

  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'crosscheck-card',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container, shadow) {
      applyCardStyles(shadow);
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
      <CardApp
        state={state}
        handlers={handlers}
        onToastDone={() => {
          state = { ...state, toast: null };
          render();
        }}
      />,
    );
  };

  const dialog = () => ui.shadow.querySelector('[role="dialog"]');

  return {
    host: ui.shadowHost,
    show(view) {
      if (view.autoFocus && !state.view) focusBefore = document.activeElement;
      state = { ...state, view };
      render();
    },
    reposition(anchor) {
      if (!state.view) return;
      state = { ...state, view: { ...state.view, anchor, autoFocus: false } };
      render();
    },
    hide(restoreFocus) {
      if (!state.view) return;
      state = { ...state, view: null };
      render();
      if (restoreFocus && focusBefore instanceof HTMLElement)
        focusBefore.focus({ preventScroll: true });
      focusBefore = null;
    },
    toast(message, onUndo) {
      state = { ...state, toast: { message, onUndo } };
      render();
    },
    async copy(annotation, pageUrl) {
      const view = state.view;
      if (!view) return;
      const model = cardModel(annotation, { sources: view.sources }, view.index, view.total);
      const text = copyText(model, pageUrl);
      try {
        await navigator.clipboard.writeText(text);
        state = {
          ...state,
          toast: { message: 'Copied the sentence with its sources.' },
        };
      } catch {
        state = {
          ...state,
          toast: { message: 'Could not copy: the page does not allow it.' },
        };
      }
      render();
    },
    containsPoint(x, y) {
      const r = dialog()?.getBoundingClientRect();
      return !!r && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    },
  };
}
