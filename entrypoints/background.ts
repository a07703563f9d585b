import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import prebuilt from 'virtual:crosscheck-factbase';
import preparedIndex from 'virtual:crosscheck-index';
import warmUpProse from 'virtual:crosscheck-warm-up';
import gates from 'virtual:crosscheck-gates';
import { bundledEngine, usePreparedIndex, warmUpEngine } from '@/lib/check';
import { usePrebuiltFactBase } from '@/lib/factbase/bundled';
import type { PlainFactConflict } from '@/lib/factbase/types';
import {
  err,
  isMessage,
  isResult,
  isTabSummary,
  type PageAnalyseRequest,
  type PageAnalysis,
  type TabState,
} from '@/lib/messaging/protocol';
import { createNotesService, isNotesMessage } from '@/lib/messaging/notes-service';
import { ANALYSE_PORT, answerPort } from '@/lib/messaging/port';
import { createBackgroundRouter, type SenderInfo } from '@/lib/messaging/router';
import type { OffscreenAnalyseRequest } from '@/lib/messaging/split';
import { backgroundTask } from '@/lib/util/steps';
import { useGateTable } from '@/lib/util/regex-gate';
import { openNotesDatabase } from '@/lib/notes/db';
import { originPattern, patternOfScriptId, siteScriptId } from '@/lib/messaging/site-access';

/** The content script's files as the build emits them (see .output/chrome-mv3/content-scripts). */
const CONTENT_JS = '/content-scripts/content.js';
const CONTENT_CSS = '/content-scripts/content.css';
/** The in-page UI (React and the card), injected on first use (see entrypoints/content-ui.ts). */
const CONTENT_UI_JS = '/content-ui.js';

/** Badge colours by the most serious verdict on the page. */
const BADGE = { contradicts: '#c62828', disputed: '#b26a00', supports: '#2e7d32' } as const;
/** `storage.session` key of the tab states. */
const STATES_KEY = 'crosscheck:tabs';

/** `storage.local` key: ids of notes whose passage could not be found on their page last time. */
const ORPHANS_KEY = 'crosscheck:orphans';

/**
 * Chrome: an offscreen document's workers (entrypoints/offscreen) keep engines warm while Chrome
 * stops this worker between pages. Firefox has no offscreen documents.
 */
const OFFSCREEN = import.meta.env.BROWSER !== 'firefox';
const OFFSCREEN_URL = '/offscreen.html';
/**
 * How long after a page's check the offscreen document is opened, if no page asked meanwhile:
 * Chrome stops this worker after 30 s without events.
 */
const OFFSCREEN_IDLE_MS = 15_000;
/**
 * How long a restarted worker waits for the offscreen document's answer before it analyses the
 * page itself (its engines answer a 6,000-word article in well under half a second).
 */
const FORWARD_TIMEOUT_MS = 3_000;
/** How long a worker started while the offscreen document is open waits before its warm-up. */
const REWARM_DELAY_MS = 2_000;

let creatingOffscreen: Promise<void> | null = null;
/** Opens the offscreen document unless it is open; concurrent calls share one attempt. */
function ensureOffscreenDocument(): Promise<void> {
  creatingOffscreen ??= (async () => {
    try {
      if (await browser.offscreen.hasDocument()) return;
      await browser.offscreen.createDocument({
        url: OFFSCREEN_URL,
        reasons: [browser.offscreen.Reason.WORKERS],
        justification: 'Runs the fact-checking engine in workers that stay warm between pages.',
      });
    } catch (error) {
      // Opened meanwhile by another call, or not supported: pages then ask this worker.
      console.warn('Crosscheck: no offscreen document:', error);
    } finally {
      creatingOffscreen = null;
    }
  })();
  return creatingOffscreen;
}

const MENU = {
  note: 'crosscheck-note-selection',
  check: 'crosscheck-check-page',
  always: 'crosscheck-always-site',
  stop: 'crosscheck-stop-site',
} as const;

export default defineBackground(() => {
  // The engine lives here, warm across pages: a page only extracts its text and paints the answer.
  usePrebuiltFactBase(prebuilt);
  usePreparedIndex(preparedIndex);
  useGateTable(gates);
  const router = createBackgroundRouter(
    browser.runtime.id,
    Date.now,
    (page, assumeRelevant): PageAnalysis => {
      const engine = bundledEngine();
      const start = performance.now();
      const analysis = engine.analyse(page, { assumeRelevant });
      performance.measure('crosscheck:analyse', { start, end: performance.now() });
      const conflicts: Record<string, PlainFactConflict[]> = {};
      for (const a of analysis.annotations) {
        const fact = engine.base.facts.find((f) => f.id === a.fact.id);
        if (fact && fact.conflicts.length > 0) conflicts[fact.id] = fact.conflicts;
      }
      return { analysis, sources: engine.base.sources, conflicts };
    },
    (tabId, state) => {
      void showBadge(tabId, state);
      void saveStates();
    },
  );

  /**
   * The badge: how many sentences the page's check annotated, red when any contradicts the sources,
   * amber when any touches a disputed fact; empty on pages not checked.
   */
  async function showBadge(tabId: number, state: TabState | null): Promise<void> {
    const n = state?.status === 'checked' ? state.items.length : 0;
    try {
      await browser.action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' });
      if (n > 0 && state) {
        const color =
          state.counts.contradicts > 0
            ? BADGE.contradicts
            : state.counts.disputed > 0
              ? BADGE.disputed
              : BADGE.supports;
        await browser.action.setBadgeBackgroundColor({ tabId, color });
        await browser.action.setTitle({
          tabId,
          title: `Crosscheck: ${state.counts.supports} agree, ${state.counts.contradicts} contradict, ${state.counts.disputed} disputed`,
        });
      } else {
        await browser.action.setTitle({ tabId, title: 'Crosscheck' });
      }
    } catch {
      // The tab closed meanwhile.
    }
  }

  /**
   * Tab states survive the service worker being stopped (it is, after 30 s idle): they are kept in
   * session storage, which lasts as long as the browser session and never touches the disk.
   */
  let saving: ReturnType<typeof setTimeout> | undefined;
  function saveStates(): Promise<void> {
    clearTimeout(saving);
    return new Promise((resolve) => {
      saving = setTimeout(() => {
        const entries = Object.fromEntries(router.states());
        browser.storage.session.set({ [STATES_KEY]: entries }).then(resolve, () => resolve());
      }, 200);
    });
  }
  void browser.storage.session.get(STATES_KEY).then(
    (got: Record<string, unknown>) => {
      const saved = got[STATES_KEY];
      if (!saved || typeof saved !== 'object') return;
      const states: [number, TabState][] = [];
      for (const [id, state] of Object.entries(saved)) {
        if (isTabSummary(state) && Number.isSafeInteger(Number(id)))
          states.push([Number(id), state]);
      }
      router.restore(states);
    },
    () => undefined,
  );

  // Notes live here, in the extension's own IndexedDB (never the page's).
  const notes = createNotesService(openNotesDatabase(), {
    async read() {
      const got = (await browser.storage.local.get(ORPHANS_KEY)) as Record<string, unknown>;
      const ids = got[ORPHANS_KEY];
      return new Set(
        Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [],
      );
    },
    async write(ids) {
      await browser.storage.local.set({ [ORPHANS_KEY]: [...ids] });
    },
  });

  /** "Check this page": inject into one tab, now, telling the script to check even if off-topic. */
  async function checkTab(tabId: number): Promise<void> {
    await browser.scripting.executeScript({
      target: { tabId },
      func: () => {
        (globalThis as { __crosscheckForce?: boolean }).__crosscheckForce = true;
      },
    });
    await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_CSS] });
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
  }

  /** "Always check this site": ask for the site at this moment, then register the script there. */
  async function alwaysCheck(url: string, tabId: number): Promise<void> {
    const pattern = originPattern(url);
    if (!pattern) return;
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted) return;
    await registerSite(pattern);
    await checkTab(tabId);
  }

  /** Register the content script for a site whose permission the reader granted. */
  async function registerSite(pattern: string): Promise<void> {
    if (!(await browser.permissions.contains({ origins: [pattern] }))) {
      throw new Error(`no permission for ${pattern}`);
    }
    const id = siteScriptId(pattern);
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
    if (existing.length === 0) {
      await browser.scripting.registerContentScripts([
        {
          id,
          matches: [pattern],
          js: [CONTENT_JS],
          css: [CONTENT_CSS],
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
    }
  }

  /** "Stop checking this site": unregister and give the permission back. */
  async function stopChecking(url: string): Promise<void> {
    const pattern = originPattern(url);
    if (!pattern) return;
    await unregister(pattern);
    await browser.permissions.remove({ origins: [pattern] });
  }

  async function unregister(pattern: string): Promise<void> {
    const id = siteScriptId(pattern);
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
  }

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Messages from other extensions or web pages get no answer at all.
    if (sender.id !== browser.runtime.id) return false;
    // Validated once here for the messages the background answers itself; the router validates
    // the rest (and answers a malformed message with an error).
    const valid = isMessage(message);
    if (valid && message.type === 'page/load-ui') {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return false;
      browser.scripting
        .executeScript({
          target: { tabId, frameIds: [sender.frameId ?? 0] },
          files: [CONTENT_UI_JS],
        })
        .then(
          () => sendResponse({ ok: true, value: null }),
          (error: unknown) => sendResponse({ ok: false, error: String(error) }),
        );
      return true;
    }
    if (valid && isNotesMessage(message)) {
      notes
        .handle(message)
        .then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) }));
      return true;
    }
    if (valid && (message.type === 'tab/check' || message.type === 'tab/always')) {
      const run = async (tabId: number) => {
        if (message.type === 'tab/always') {
          // The popup asked for the permission (a user gesture); register the site, then check.
          const tab = await browser.tabs.get(tabId);
          const pattern = originPattern(tab.url ?? '');
          if (!pattern) throw new Error('not a web page');
          await registerSite(pattern);
        }
        await checkTab(tabId);
      };
      run(message.tabId).then(
        () => sendResponse({ ok: true, value: null }),
        (error: unknown) => sendResponse({ ok: false, error: String(error) }),
      );
      return true;
    }
    const result = router.handle(message, sender);
    if (result !== undefined) sendResponse(result);
    return false;
  });

  // A content script's check: one `page/analyse` request over a port it opened when the check began.
  browser.runtime.onConnect.addListener((port) => {
    const sender = port.sender;
    if (port.name !== ANALYSE_PORT || sender?.id !== browser.runtime.id) {
      port.disconnect();
      return;
    }
    answerPort(port, (message) =>
      isMessage(message) && message.type === 'page/analyse'
        ? analyseAnywhere(message, sender)
        : err('this port carries page/analyse requests only'),
    );
  });

  /**
   * A page's analysis: by this worker's engine once it is warm; before that, in Chrome, by the
   * offscreen document's warm engines if the document is open (this worker was stopped as idle and
   * started again by the page), else here all the same.
   */
  async function analyseAnywhere(
    message: PageAnalyseRequest,
    sender: SenderInfo,
  ): Promise<unknown> {
    if (OFFSCREEN && !engineWarm) {
      try {
        if (await browser.offscreen.hasDocument()) {
          const { title, blocks, published, evidence, assumeRelevant } = message;
          const request: OffscreenAnalyseRequest = {
            type: 'offscreen/analyse',
            page: { title, blocks, published, evidence },
            assumeRelevant,
          };
          // Not waited on for long: a document that cannot answer leaves the page to this worker.
          const answer: unknown = await Promise.race([
            browser.runtime.sendMessage(request),
            new Promise((resolve) => setTimeout(resolve, FORWARD_TIMEOUT_MS)),
          ]);
          if (isResult(answer) && answer.ok) return answer;
        }
      } catch {
        // The document closed meanwhile: analyse here.
      }
    }
    const answer = router.handle(message, sender);
    if (OFFSCREEN) openOffscreenWhenIdle();
    return answer;
  }

  /** Opens the offscreen document once no page has asked for `OFFSCREEN_IDLE_MS`. */
  let idle: ReturnType<typeof setTimeout> | undefined;
  function openOffscreenWhenIdle(): void {
    clearTimeout(idle);
    idle = setTimeout(() => void ensureOffscreenDocument(), OFFSCREEN_IDLE_MS);
  }

  browser.tabs.onRemoved.addListener((tabId) => router.forgetTab(tabId));
  // A tab that navigates drops its old page's state (and badge) until the new page reports.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) router.forgetTab(tabId);
  });

  // Build the engine now, while nothing waits for it, rather than on the first page's request.
  // The worker is stopped after 30 s idle and started again by the next navigation, so a reader's
  // next page often meets this cold start: the index's data comes prebuilt (`usePreparedIndex`).
  // Warm-up: an analysis of the sources' own quotes, as they are and as two-byte strings
  // (`warmUpPage`), runs the engine's code paths once, so the first page does not pay for them
  // all (a first analysis on cold code took 60–100 ms against 5–13 ms warm); then about a
  // thousand sentences of varied news prose, which compile the engine's code for the paths real
  // articles take (a seed page read first: 11.0 ms against 9.0 in the worker, four alternations
  // of `npm run bench:page`; the warm-up's work 224 → 463 ms, once per worker start). It runs
  // in the service worker, never on a page's main thread, one paragraph per task of the lowest
  // priority (`backgroundTask`): a page's request that arrives meanwhile runs before the next
  // paragraph, where with MessageChannel tasks it had waited behind several. It is read as short
  // pages (`warmUpPages`): a page's first step reads its whole text for the topic, and over the
  // whole warm-up that one step kept a page that asked early waiting (a stopped worker's next
  // page: median crosscheck:total 64 → 49 ms, four alternations of `npm run bench:page`).
  // `crosscheck:warm-up` measures it (its `detail.busy` is the work alone).
  /** Whether this worker's engine has finished its warm-up. */
  let engineWarm = false;
  const warmUp = async () => {
    await backgroundTask();
    const start = performance.now();
    const busy = await warmUpEngine(bundledEngine(), warmUpProse, backgroundTask);
    performance.measure('crosscheck:warm-up', { start, end: performance.now(), detail: { busy } });
    engineWarm = true;
  };
  // In Chrome, once this worker's engine is warm and no page has asked for a while (the reader is
  // reading), it opens the offscreen document, whose engines answer for it whenever it is started
  // again, cold, by a page (see `analyseAnywhere`); their warm-up would compete for the processor
  // with the pages a reader opens one after another. Started again while the document is open,
  // this worker waits a while before its own warm-up, for the same reason.
  if (OFFSCREEN) {
    void (async () => {
      const open = await browser.offscreen.hasDocument().catch(() => false);
      if (open) await new Promise((resolve) => setTimeout(resolve, REWARM_DELAY_MS));
      await warmUp();
      if (!open) openOffscreenWhenIdle();
    })();
    // Listening for the browser's start starts this worker with it.
    browser.runtime.onStartup.addListener(() => undefined);
  } else void warmUp();

  // Keyboard commands (Alt+Shift+N / Alt+Shift+P by default; changeable in the browser's shortcuts page).
  browser.commands.onCommand.addListener((command, tab) => {
    const direction =
      command === 'next-annotation' ? 1 : command === 'previous-annotation' ? -1 : 0;
    if (direction === 0 || tab?.id === undefined) return;
    browser.tabs.sendMessage(tab.id, { type: 'content/navigate', direction }).catch(() => {
      // No Crosscheck on this tab (not a news page, or not checked): nothing to step through.
    });
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() => {
      const contexts: ['page', 'action'] = ['page', 'action'];
      browser.contextMenus.create({
        id: MENU.note,
        title: 'Add a Crosscheck note to “%s”',
        contexts: ['selection'],
      });
      browser.contextMenus.create({
        id: MENU.check,
        title: 'Check this page with Crosscheck',
        contexts,
      });
      browser.contextMenus.create({ id: MENU.always, title: 'Always check this site', contexts });
      browser.contextMenus.create({ id: MENU.stop, title: 'Stop checking this site', contexts });
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    const url = tab.url ?? info.pageUrl ?? '';
    const done = (p: Promise<void>) =>
      p.catch((error: unknown) => console.warn('Crosscheck:', info.menuItemId, error));
    if (info.menuItemId === MENU.note) {
      done(
        browser.tabs.sendMessage(tab.id, { type: 'content/note-selection' }).then(() => undefined),
      );
    } else if (info.menuItemId === MENU.check) done(checkTab(tab.id));
    else if (info.menuItemId === MENU.always) done(alwaysCheck(url, tab.id));
    else if (info.menuItemId === MENU.stop) done(stopChecking(url));
  });

  // A site permission revoked in the browser's settings: stop its script too.
  browser.permissions.onRemoved.addListener((removed) => {
    for (const origin of removed.origins ?? []) void unregister(origin);
  });

  // Keep registrations and permissions in step (a permission may have been removed while we slept).
  void browser.scripting.getRegisteredContentScripts().then(async (scripts) => {
    for (const s of scripts) {
      const pattern = patternOfScriptId(s.id);
      if (pattern && !(await browser.permissions.contains({ origins: [pattern] })))
        await unregister(pattern);
    }
  });
});
