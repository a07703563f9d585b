/**
 * The content script's page controller: check the page in time slices, paint the verdicts with the
 * CSS Custom Highlight API, open the source card on hover, click, focus or keyboard command, and
 * keep it all current as the page changes (late content, "read more", live updates, SPA swaps).
 *
 * Every listener, timer and observer is tied to `ctx`, so nothing survives an extension update.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Annotation, PageText, Stage } from '@/lib/check';
import { extractPageSteps } from '@/lib/extract/page';
import { extractBlocks, type TextBlock } from '@/lib/extract/article';
import { headlineMentionsWar } from '@/lib/extract/detect';
import { afterFirstPaint } from '@/lib/util/first-paint';
import { HighlightLayer, browserHighlights } from '@/lib/highlight/layer';
import { annotationRange, elementTouchesRange, rangeIndexAt } from '@/lib/highlight/ranges';
import {
  isContentCommand,
  isResult,
  type PageAnalyseRequest,
  type PageAnalysis,
  type Message,
  type PageCheckedMessage,
} from '@/lib/messaging/protocol';
import { keepWarm, type KeepWarm } from '@/lib/util/keep-warm';
import {
  ANALYSE_PORT,
  askAgain,
  openRequest,
  PortClosedError,
  type PortRequest,
} from '@/lib/messaging/port';
import { isPaused } from '@/lib/facts-view/extension';
import { PAUSED_KEY } from '@/lib/facts-view/tab';
import type { Verdict } from '@/lib/match/judge';
import { excerpt, type TabStatus } from '@/lib/messaging/summary';
import { earlyRead } from '@/lib/util/early-read';
import { runSliced } from '@/lib/util/steps';
import type { CardController, createCard as CreateCard } from './card';
import { DISMISSED_KEY, loadDismissed, saveDismissed } from './dismissed';
import { createNotes } from './notes';

declare global {
  /** Set once this script runs in a tab's isolated world, so a second injection does nothing. */
  var __crosscheckStarted: boolean | undefined;
  /** Set by the background before injecting for "Check this page": check even if off-topic. */
  var __crosscheckForce: boolean | undefined;
  /** Set by the running instance: a second injection asks it to check again. */
  var __crosscheckRecheck: (() => void) | undefined;
}

/** Stages the page itself runs, reported as User Timing measures (crosscheck:<stage>). */
const MEASURED: ReadonlySet<Stage> = new Set(['detect', 'extract']);

/**
 * A check's User Timing measures (crosscheck:<name>), recorded when the check is over: a call to
 * `performance.measure` costs about 0.1 ms, as much as a whole early exit, and is not the check's
 * own work on the page.
 */
class Timings {
  private readonly entries: [name: string, start: number, end: number][] = [];

  add(name: string, start: number, end: number): void {
    this.entries.push([name, start, end]);
  }

  /** A stage the extraction reports with its duration, ending now. */
  readonly stage = (stage: Stage, ms: number): void => {
    if (!MEASURED.has(stage)) return;
    const end = performance.now();
    this.add(stage, end - ms, end);
  };

  flush(): void {
    for (const [name, start, end] of this.entries.splice(0)) {
      performance.measure(`crosscheck:${name}`, { start, end });
    }
  }
}
/** Quiet time after the last page mutation before re-checking (live blogs mutate in bursts). */
const RECHECK_DEBOUNCE_MS = 600;
/**
 * A check starts when the page's main thread is idle, or after this long at most. Started while the
 * page still lays out and paints (its first paint often comes just after `document_idle`), a check
 * competes with it for the CPU: measured on seed pages in a news site's chrome, that doubled the
 * engine's time in the background and queued its answer behind the page's paint (see README, Speed).
 */
const IDLE_START_TIMEOUT_MS = 200;
/** The first check waits at most this long for the page's first paint (a background tab has none). */
const FIRST_PAINT_TIMEOUT_MS = 200;
/** Hover delay before a card opens: long enough not to flash cards while the pointer passes by. */
const HOVER_OPEN_MS = 350;
/** Grace period to move the pointer from the sentence into its card. */
const HOVER_CLOSE_MS = 400;
/** Pointer slack around a sentence's line boxes, in CSS pixels. */
const HIT_SLACK_PX = 2;
/** Quiet time after the selection last changed before offering "Add note". */
const SELECTION_SETTLE_MS = 250;
/** Tag name of the card's host element (see card.tsx). */
const CARD_HOST_NAME = 'CROSSCHECK-CARD';

/** The background's analysis of this page, with the page's own text blocks. */
interface Checked extends PageAnalysis {
  blocks: TextBlock[];
  /** The article root the blocks came from. */
  root: Element | null;
  relevant: boolean;
  published: string | null;
}

interface Live {
  annotation: Annotation;
  range: Range;
}

export function startPage(ctx: ContentScriptContext): void {
  if (globalThis.__crosscheckStarted) {
    // Injected again ("Check this page" where the script already runs): re-check, now forced.
    globalThis.__crosscheckRecheck?.();
    return;
  }
  globalThis.__crosscheckStarted = true;
  ctx.onInvalidated(() => {
    globalThis.__crosscheckStarted = false;
    globalThis.__crosscheckRecheck = undefined;
  });
  /** "Check this page" asked for this tab: check claims even if the page looks off-topic. */
  const forced = () => globalThis.__crosscheckForce === true;

  const api = browserHighlights(window);
  const layer = api ? new HighlightLayer(api.registry, api.create) : null;
  let result: Checked | null = null;
  /** Pings that keep the background warm while a checked article is read (see keep-warm.ts). */
  let warm: KeepWarm | null = null;
  /** Why the page has (or has no) annotations, for the popup. */
  let status: TabStatus = 'off-topic';
  /** Reasons when there is no analysis to give them (paused, rejected on the headline, error). */
  let reasons: string[] = [];
  let live: Live[] = [];
  /** `live`'s ranges, in document order, for hit-testing. */
  let ranges: Range[] = [];
  let dismissed = new Set<string>();
  // The pause switch and the facts the reader hid on this page are read when the script starts,
  // not when the check needs them: while a page loads, a storage read can take 20-40 ms,
  // longer than the check's own work. Read again when they change, or the address does.
  const pausedRead = earlyRead((href) => isPaused(href).catch(() => false));
  const hiddenRead = earlyRead((href) => loadDismissed(href));
  let card: CardController | null = null;
  let cardPromise: Promise<CardController> | null = null;
  let active = -1;
  /** The noted passage whose notes are open, or -1. */
  let openNote = -1;
  /** Blocks extracted for notes on a page the check did not extract (off-topic). */
  let extraBlocks: TextBlock[] | null = null;
  /** The annotation whose card is open (its index may change when the page is re-checked). */
  let openAnnotation: Annotation | null = null;
  let pinned = false;
  let running: AbortController | null = null;
  let root: Element | null = null;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let recheckTimer: number | undefined;
  let recheckIdle: number | undefined;

  ctx.onInvalidated(() => {
    running?.abort();
    layer?.clear();
  });

  const notes = createNotes({
    ensureCard: () => ensureCard(),
    existingCard: () => card,
    closeOverlay: () => closeCard(),
    layer,
    blocks: () => result?.blocks ?? (extraBlocks ??= extractBlocks(document)),
    published: () => result?.published ?? null,
  });

  // ---- checking -------------------------------------------------------------------------------

  async function check(): Promise<void> {
    const timings = new Timings();
    try {
      await runCheck(timings);
    } finally {
      timings.flush();
    }
  }

  async function runCheck(timings: Timings): Promise<void> {
    running?.abort();
    const abort = new AbortController();
    running = abort;
    const t0 = performance.now();
    let checked: Checked | null = null;
    let nextStatus: TabStatus = 'off-topic';
    let nextReasons: string[] = [];
    // Most pages stop at their headline: decide that before anything waits on storage.
    if (!forced() && !headlineMentionsWar(document)) {
      const at = performance.now();
      if (result || live.length > 0) layer?.set([]);
      result = null;
      live = [];
      ranges = [];
      status = 'off-topic';
      reasons = ['headline and description do not mention Ukraine, Russia or the war'];
      const end = performance.now();
      timings.add('detect', t0, at);
      timings.add('extract', at, at);
      timings.add('match', at, at);
      timings.add('render', end, end);
      timings.add('total', t0, end);
      void report();
      void notes.refresh();
      return;
    }
    // The pause switch and the reader's hidden facts, read when the script started (or now, if they
    // changed since): nothing waits for them before the page's text is on its way to the engine.
    let pausedNow = false;
    const paused = pausedRead.get(location.href).then((p) => (pausedNow = p));
    const hidden = hiddenRead.get(location.href);
    // The engine's channel opens now, while the page is extracted (see lib/messaging/port.ts).
    const engine = openRequest(() => {
      const port = browser.runtime.connect({ name: ANALYSE_PORT });
      // A port to a worker that is stopping closes at once; its error is handled by `analyse`
      // (reading it here keeps Chrome from logging it on the page as unchecked).
      port.onDisconnect.addListener(() => void browser.runtime.lastError);
      return port;
    });
    abort.signal.addEventListener('abort', () => engine.close());
    const extraction = runSliced(
      extractPageSteps(document, { assumeRelevant: forced(), onStage: timings.stage }),
      {
        signal: abort.signal,
      },
    );
    const showPaused = () => {
      if (abort.signal.aborted || ctx.isInvalid) return;
      closeCard();
      result = null;
      live = [];
      ranges = [];
      layer?.clear();
      status = 'paused';
      reasons = ['paused on this site'];
      // A paused site keeps nothing warm.
      warm?.stop();
      warm = null;
      void report();
    };
    try {
      const extracted = await extraction;
      // Known to be paused already: the page's text is not even sent to the engine.
      if (pausedNow) return showPaused();
      if (extracted) {
        const t1 = performance.now();
        const answering = analyse(extracted.page, engine, abort.signal);
        if (await paused) {
          answering.catch(() => undefined);
          return showPaused();
        }
        const answer = await answering;
        timings.add('match', t1, performance.now());
        if (answer) {
          checked = {
            ...answer,
            blocks: extracted.blocks,
            root: extracted.root,
            relevant: answer.analysis.relevant,
            published: extracted.page.published,
          };
          nextStatus =
            answer.analysis.relevant || forced()
              ? 'checked'
              : extracted.page.evidence.bonus < 0
                ? 'not-article'
                : 'off-topic';
        } else {
          nextStatus = 'error';
          nextReasons = ['the engine did not answer'];
        }
      } else {
        if (await paused) return showPaused();
        nextReasons = ['headline and description do not mention Ukraine, Russia or the war'];
        // An early exit still reports every stage: the ones it skipped took no time.
        const at = performance.now();
        timings.add('extract', at, at);
        timings.add('match', at, at);
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      if (await paused) return showPaused();
      // A page we cannot read must never break: it is simply left unchecked.
      console.debug('Crosscheck could not check this page', error);
      nextStatus = 'error';
      nextReasons = [String(error).slice(0, 200)];
    } finally {
      engine.close();
    }
    dismissed = await hidden;
    if (abort.signal.aborted || ctx.isInvalid) return;
    const tRender = performance.now();
    result = checked;
    status = nextStatus;
    reasons = nextReasons;
    await render();
    const end = performance.now();
    timings.add('render', tRender, end);
    timings.add('total', t0, end);
    void report();
    // An article on the topic keeps the background warm while it is read; any other page does not.
    if (result?.analysis.relevant) warm ??= startKeepWarm();
    else {
      warm?.stop();
      warm = null;
    }
    // The reader's own notes on this page (any page the script runs on, on topic or not).
    extraBlocks = null;
    void notes.refresh();
  }

  /**
   * Ask the background's engine to analyse the extracted text, over the port opened when the check
   * began; should the worker have closed it meanwhile (it stops when idle), by one-off messages
   * until a worker answers (`askAgain`).
   */
  async function analyse(
    page: PageText,
    engine: PortRequest,
    signal: AbortSignal,
  ): Promise<PageAnalysis | null> {
    const request: PageAnalyseRequest = { type: 'page/analyse', ...page, assumeRelevant: forced() };
    let answer: unknown;
    try {
      answer = await engine.ask(request);
    } catch (error) {
      if (!(error instanceof PortClosedError)) throw error;
      answer = await askAgain(() => browser.runtime.sendMessage(request), { signal });
    }
    if (!isResult(answer) || !answer.ok) return null;
    return answer.value as PageAnalysis;
  }

  /** Ranges for the current result, without the facts the reader hid on this page. */
  async function render(): Promise<void> {
    const blocks = result?.blocks ?? [];
    root = blocks[0] ? (result?.root ?? null) : null;
    live = [];
    for (const a of result?.analysis.annotations ?? []) {
      if (dismissed.has(a.fact.id)) continue;
      const range = annotationRange(document, blocks, a);
      if (range) live.push({ annotation: a, range });
    }
    ranges = live.map((l) => l.range);
    layer?.set(live.map((l) => ({ verdict: l.annotation.verdict, range: l.range })));
    // The card's host is created on first use: a page nobody hovers keeps its DOM untouched.
    // An open card follows its sentence through a re-check (a live blog updating), or closes.
    if (active >= 0) {
      const open = openAnnotation;
      const again = open
        ? live.findIndex(
            (l) => l.annotation.fact.id === open.fact.id && l.annotation.sentence === open.sentence,
          )
        : -1;
      if (again < 0) closeCard();
      else {
        active = again;
        openAnnotation = live[again]!.annotation;
        layer?.setActive(live[again]!.range);
      }
    }
  }

  async function report(): Promise<void> {
    const counts: Record<Verdict, number> = { supports: 0, contradicts: 0, disputed: 0 };
    for (const l of live) counts[l.annotation.verdict]++;
    const message: PageCheckedMessage = {
      type: 'page/checked',
      url: location.href,
      title: document.title.slice(0, 2_000),
      status,
      relevant: result?.analysis.relevant ?? false,
      relevance: Math.max(0, Math.min(1, result?.analysis.relevance ?? 0)),
      reasons: (result?.analysis.reasons ?? reasons).slice(0, 50).map((r) => r.slice(0, 2_000)),
      counts,
      items: live.map((l, index) => ({
        index,
        verdict: l.annotation.verdict,
        excerpt: excerpt(l.annotation.sentence),
        reason: l.annotation.reason.slice(0, 1_000),
        factId: l.annotation.fact.id,
      })),
      hidden: (result?.analysis.annotations.length ?? 0) - live.length,
    };
    if (ctx.isInvalid) return;
    try {
      await browser.runtime.sendMessage(message);
    } catch {
      // The extension was reloaded or updated since this script was injected ("Extension context
      // invalidated"), or the background is unavailable: the page must not see our error.
    }
  }

  /** Check after `delay` ms, in the page's next idle period; a newer request replaces this one. */
  function scheduleRecheck(delay = RECHECK_DEBOUNCE_MS): void {
    if (recheckTimer !== undefined) clearTimeout(recheckTimer);
    if (recheckIdle !== undefined) cancelIdleCallback(recheckIdle);
    recheckIdle = undefined;
    recheckTimer = ctx.setTimeout(() => {
      recheckTimer = undefined;
      recheckIdle = ctx.requestIdleCallback(
        () => {
          recheckIdle = undefined;
          void check();
        },
        { timeout: IDLE_START_TIMEOUT_MS },
      );
    }, delay);
  }

  // ---- the card -------------------------------------------------------------------------------

  /** The UI script (React and the card), asked of the background the first time a card opens. */
  async function loadUi(): Promise<typeof CreateCard> {
    if (!globalThis.__crosscheckUi) {
      const answer: unknown = await browser.runtime.sendMessage({ type: 'page/load-ui' });
      if (!isResult(answer) || !answer.ok) {
        throw new Error(
          `Crosscheck could not show its card here${isResult(answer) && !answer.ok ? `: ${answer.error}` : ''}`,
        );
      }
    }
    const ui = globalThis.__crosscheckUi;
    if (!ui) throw new Error('Crosscheck could not show its card here');
    return ui.createCard;
  }

  async function ensureCard(): Promise<CardController> {
    cardPromise ??= loadUi().then((createCard) =>
      createCard(ctx, {
        onClose: () => closeCard(true),
        onNext: () => step(1),
        onPrev: () => step(-1),
        onNotThisFact: () => void hideFact(),
        onCopy: () => void copyActive(),
        onAddNote: () => {
          const item = live[active];
          if (item) void notes.addForAnnotation(item.annotation, item.range);
        },
        onPointerEnter: () => clearTimeout(closeTimer),
        onPointerLeave: () => {
          if (!pinned) scheduleClose();
        },
      }),
    );
    card = await cardPromise;
    return card;
  }

  async function openCard(index: number, options: { focus: boolean; pin: boolean }): Promise<void> {
    const item = live[index];
    if (!item) return;
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    active = index;
    openAnnotation = item.annotation;
    pinned = options.pin;
    layer?.setActive(item.range);
    const c = await ensureCard();
    c.show({
      annotation: item.annotation,
      sources: result?.sources ?? [],
      conflicts: result?.conflicts[item.annotation.fact.id] ?? [],
      index,
      total: live.length,
      anchor: [...item.range.getClientRects()],
      autoFocus: options.focus,
    });
  }

  /**
   * Close the open card or notes popover. A pending hover-open of *another* sentence is left alone
   * (the pointer may already rest on it); `cancelPending` cancels it too (Escape, a click away).
   */
  function closeCard(restoreFocus = false, cancelPending = restoreFocus): void {
    if (cancelPending) clearTimeout(openTimer);
    clearTimeout(closeTimer);
    openNote = -1;
    if (active < 0) {
      card?.hide(restoreFocus);
      return;
    }
    active = -1;
    openAnnotation = null;
    pinned = false;
    layer?.setActive(null);
    card?.hide(restoreFocus);
  }

  /** Close a hover-opened card or notes popover once the pointer has left (never an editor). */
  function scheduleClose(): void {
    clearTimeout(closeTimer);
    closeTimer = ctx.setTimeout(() => {
      if (card?.overlayKind() !== 'editor') closeCard();
    }, HOVER_CLOSE_MS);
  }

  function step(direction: 1 | -1): void {
    if (live.length === 0) return;
    const next =
      active < 0
        ? direction > 0
          ? 0
          : live.length - 1
        : (active + direction + live.length) % live.length;
    goTo(next);
  }

  /** Scroll an annotation into view (if it is not) and open its card with focus in it. */
  function goTo(index: number): void {
    const item = live[index];
    if (!item) return;
    const rect = item.range.getBoundingClientRect();
    // Bring the sentence to the upper third of the viewport, where the card has room below it.
    if (rect.top < 0 || rect.bottom > window.innerHeight) {
      window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'instant' });
    }
    void openCard(index, { focus: true, pin: true });
  }

  async function hideFact(): Promise<void> {
    const item = live[active];
    if (!item) return;
    const factId = item.annotation.fact.id;
    closeCard();
    dismissed.add(factId);
    await saveDismissed(location.href, dismissed);
    await render();
    void report();
    card?.toast(`Hidden: “${item.annotation.fact.statement}” on this page.`, async () => {
      dismissed.delete(factId);
      await saveDismissed(location.href, dismissed);
      await render();
      void report();
    });
  }

  async function copyActive(): Promise<void> {
    const item = live[active];
    if (!item || !card) return;
    await card.copy(item.annotation, location.href);
  }

  // ---- pointer, focus and keyboard ------------------------------------------------------------

  /** Caret position under a viewport point, across the two APIs browsers offer. */
  function caretAt(x: number, y: number): { node: Node; offset: number } | null {
    const d = document as Document & {
      caretPositionFromPoint?: (
        x: number,
        y: number,
      ) => { offsetNode: Node; offset: number } | null;
    };
    if (d.caretPositionFromPoint) {
      const p = d.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    const r = document.caretRangeFromPoint?.(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }

  /** Index of the annotation whose text is under the point, or -1. */
  function hitTest(x: number, y: number): number {
    if (live.length === 0) return -1;
    const pos = caretAt(x, y);
    if (!pos) return -1;
    const i = rangeIndexAt(ranges, pos.node, pos.offset);
    if (i < 0) return -1;
    // The caret is the *nearest* text position: make sure the pointer is on the sentence's text.
    for (const r of live[i]!.range.getClientRects()) {
      if (
        x >= r.left - HIT_SLACK_PX &&
        x <= r.right + HIT_SLACK_PX &&
        y >= r.top - HIT_SLACK_PX &&
        y <= r.bottom + HIT_SLACK_PX
      ) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the noted passage under the point, or -1. */
  function noteHit(x: number, y: number): number {
    if (notes.count() === 0) return -1;
    const pos = caretAt(x, y);
    if (!pos) return -1;
    const i = notes.indexAt(pos.node, pos.offset);
    if (i < 0) return -1;
    for (const r of notes.rangeAt(i)?.getClientRects() ?? []) {
      if (
        x >= r.left - HIT_SLACK_PX &&
        x <= r.right + HIT_SLACK_PX &&
        y >= r.top - HIT_SLACK_PX &&
        y <= r.bottom + HIT_SLACK_PX
      ) {
        return i;
      }
    }
    return -1;
  }

  let pointerFrame = 0;
  let lastPointer: { x: number; y: number } | null = null;
  function onPointerMove(e: PointerEvent): void {
    if ((live.length === 0 && notes.count() === 0) || e.pointerType === 'touch') return;
    lastPointer = { x: e.clientX, y: e.clientY };
    if (pointerFrame) return;
    pointerFrame = ctx.requestAnimationFrame(() => {
      pointerFrame = 0;
      if (!lastPointer || (card && card.containsPoint(lastPointer.x, lastPointer.y))) return;
      const i = hitTest(lastPointer.x, lastPointer.y);
      // Over one of the reader's noted passages (and no verdict): its notes open on hover too.
      const n = i < 0 ? noteHit(lastPointer.x, lastPointer.y) : -1;
      if (n >= 0) {
        clearTimeout(openTimer);
        clearTimeout(closeTimer);
        if (n !== openNote) {
          openTimer = ctx.setTimeout(() => {
            openNote = n;
            void notes.open(n, false);
          }, HOVER_OPEN_MS);
        }
        return;
      }
      if (i >= 0 && i !== active) {
        clearTimeout(openTimer);
        openTimer = ctx.setTimeout(
          () => void openCard(i, { focus: false, pin: false }),
          HOVER_OPEN_MS,
        );
      } else if (i < 0) {
        clearTimeout(openTimer);
        if (active >= 0 && !pinned) scheduleClose();
      } else {
        clearTimeout(closeTimer);
      }
    });
  }

  function onClick(e: MouseEvent): void {
    if (card && e.composedPath().includes(card.host)) return;
    const i = hitTest(e.clientX, e.clientY);
    // Never prevent the page's own click (links inside sentences still work).
    if (i >= 0) void openCard(i, { focus: false, pin: true });
    // A click elsewhere closes a card or a notes popover (never an editor with the reader's text).
    else if (active >= 0 || openNote >= 0) closeCard();
  }

  function onFocusIn(e: FocusEvent): void {
    const el = e.target;
    if (!(el instanceof Element) || el === document.body || el === document.documentElement) return;
    if (card && e.composedPath().includes(card.host)) return;
    const i = live.findIndex((l) => elementTouchesRange(el, l.range));
    if (i >= 0 && i !== active) void openCard(i, { focus: false, pin: false });
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && active >= 0) closeCard(true);
  }

  let repositionFrame = 0;
  function onViewportChange(): void {
    if (active < 0 || repositionFrame) return;
    repositionFrame = ctx.requestAnimationFrame(() => {
      repositionFrame = 0;
      const item = live[active];
      if (item) card?.reposition([...item.range.getClientRects()]);
    });
  }

  // ---- keeping the background warm while the article is read ------------------------------------

  /** Stops the pings if the script goes away (the extension was reloaded or updated). */
  ctx.onInvalidated(() => warm?.stop());
  function startKeepWarm(): KeepWarm {
    return keepWarm({
      now: () => performance.now(),
      visible: () => document.visibilityState === 'visible',
      ping: () => browser.runtime.sendMessage({ type: 'page/keep-warm' } satisfies Message),
      every: (ms, tick) => {
        const id = ctx.setInterval(tick, ms);
        return () => clearInterval(id);
      },
    });
  }
  const readerActive = () => warm?.activity();
  for (const type of ['scroll', 'pointermove', 'keydown', 'visibilitychange'] as const) {
    ctx.addEventListener(type === 'scroll' ? window : document, type, readerActive, {
      passive: true,
      capture: true,
    });
  }

  ctx.addEventListener(document, 'pointermove', onPointerMove, { passive: true });
  ctx.addEventListener(document, 'click', onClick, { capture: true });
  ctx.addEventListener(document, 'focusin', onFocusIn);
  ctx.addEventListener(document, 'keydown', onKeyDown);
  ctx.addEventListener(window, 'scroll', onViewportChange, { passive: true, capture: true });
  ctx.addEventListener(window, 'resize', onViewportChange, { passive: true });

  // Keyboard commands arrive from the background (commands API), and "open this one" from the popup.
  const onMessage = (message: unknown): undefined => {
    if (!isContentCommand(message)) return undefined;
    if (message.type === 'content/navigate') step(message.direction);
    else if (message.type === 'content/open') goTo(message.index);
    else void notes.addForSelection();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // ---- late and changing content --------------------------------------------------------------

  const observer = new MutationObserver((records) => {
    // Our own host (its insertion may be observed before `card` is set) and anything inside it.
    const ours = (n: Node) =>
      n.nodeName === CARD_HOST_NAME ||
      (card !== null && (n === card.host || card.host.contains(n)));
    const relevant = records.some((r) => {
      if (ours(r.target)) return false;
      if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(ours)) return false;
      // Outside a still-present article root (ads, tickers, comments): not our concern.
      if (root?.isConnected && !root.contains(r.target) && !r.target.contains(root)) return false;
      return true;
    });
    if (relevant) scheduleRecheck();
  });
  observer.observe(document.body ?? document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  ctx.onInvalidated(() => observer.disconnect());

  // SPA navigation (history.pushState / popstate): a new article, nothing of the old one stays.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    closeCard();
    live = [];
    ranges = [];
    result = null;
    layer?.clear();
    scheduleRecheck(0);
  });

  // The reader paused or resumed Crosscheck on this site (popup switch).
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (DISMISSED_KEY in changes) hiddenRead.reset();
    if (PAUSED_KEY in changes) {
      pausedRead.reset();
      scheduleRecheck(0);
    }
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

  // A selection in the article offers "Add note" next to it (after the selection settles).
  let selectionTimer: number | undefined;
  ctx.addEventListener(document, 'selectionchange', () => {
    clearTimeout(selectionTimer);
    selectionTimer = ctx.setTimeout(() => void notes.onSelectionChange(), SELECTION_SETTLE_MS);
  });

  globalThis.__crosscheckRecheck = () => scheduleRecheck(0);
  // Both reads start now, on every page, rather than after a headline test here: that test belongs
  // to the check (and to its crosscheck:total), and two storage reads cost this page nothing.
  void pausedRead.get(location.href);
  void hiddenRead.get(location.href);
  // The first check is a task of its own, not part of evaluating this script (the two together
  // could make one long task on a slow machine). It waits for the page's first paint, then for the
  // page to be idle: started while the page still painted, it competed with the page's raster and
  // compositor work for the CPU (see README, Speed).
  const cancelWait = afterFirstPaint(window, FIRST_PAINT_TIMEOUT_MS, () => scheduleRecheck(0));
  ctx.onInvalidated(cancelWait);
}
