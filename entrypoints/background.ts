import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import prebuilt from 'virtual:crosscheck-factbase';
import { bundledEngine } from '@/lib/check';
import { usePrebuiltFactBase } from '@/lib/factbase/bundled';
import type { PlainFactConflict } from '@/lib/factbase/types';
import { isMessage, type PageAnalysis } from '@/lib/messaging/protocol';
import { createBackgroundRouter } from '@/lib/messaging/router';
import { originPattern, patternOfScriptId, siteScriptId } from '@/lib/messaging/site-access';

/** The content script's files as the build emits them (see .output/chrome-mv3/content-scripts). */
const CONTENT_JS = '/content-scripts/content.js';
const CONTENT_CSS = '/content-scripts/content.css';

const MENU = {
  check: 'crosscheck-check-page',
  always: 'crosscheck-always-site',
  stop: 'crosscheck-stop-site',
} as const;

export default defineBackground(() => {
  // The engine lives here, warm across pages: a page only extracts its text and paints the answer.
  usePrebuiltFactBase(prebuilt);
  const router = createBackgroundRouter(
    browser.runtime.id,
    Date.now,
    (page, assumeRelevant): PageAnalysis => {
      const engine = bundledEngine();
      const analysis = engine.analyse(page, { assumeRelevant });
      const conflicts: Record<string, PlainFactConflict[]> = {};
      for (const a of analysis.annotations) {
        const fact = engine.base.facts.find((f) => f.id === a.fact.id);
        if (fact && fact.conflicts.length > 0) conflicts[fact.id] = fact.conflicts;
      }
      return { analysis, sources: engine.base.sources, conflicts };
    },
  );

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
    await checkTab(tabId);
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
    if (isMessage(message) && message.type === 'tab/check') {
      checkTab(message.tabId).then(
        () => sendResponse({ ok: true, value: null }),
        (error: unknown) => sendResponse({ ok: false, error: String(error) }),
      );
      return true;
    }
    const result = router.handle(message, sender);
    if (result !== undefined) sendResponse(result);
    return false;
  });

  browser.tabs.onRemoved.addListener((tabId) => router.forgetTab(tabId));

  // Build the engine now, while nothing waits for it, rather than on the first page's request.
  // A first analysis also compiles the hot paths, so the reader's first page does not pay for it.
  setTimeout(() => {
    const engine = bundledEngine();
    const sample = engine.base.facts.slice(0, 12).map((f) => f.sources[0]?.quote ?? f.statement);
    engine.analyse(
      { title: null, blocks: sample, published: null, evidence: { bonus: 0, reasons: [] } },
      { assumeRelevant: true },
    );
  }, 0);

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
    if (info.menuItemId === MENU.check) done(checkTab(tab.id));
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
