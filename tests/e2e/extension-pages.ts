/**
 * Helpers for end-to-end tests of the extension's own pages (popup, facts page, notes page) and of
 * the in-page notes: opening them, reading the background's view of a tab, the badge, the paused
 * sites, selections in an article, and the notes fixtures in `tests/fixtures/e2e-notes/`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { TabState } from '../../lib/messaging/protocol';
import { renderNewsPage } from '../../scripts/render-news-page.mjs';
import { ROOT, sendFromExtensionPage, tabIds, type ExtensionBrowser } from './helpers';

export const NOTES_FIXTURES_DIR = path.join(ROOT, 'tests', 'fixtures', 'e2e-notes');

/** A fixture from `tests/fixtures/e2e-notes/`. */
export function notesFixture(name: string): string {
  return readFileSync(path.join(NOTES_FIXTURES_DIR, name), 'utf8');
}

/**
 * Lets the extension's own pages load. The catch-all route of {@link launchWithExtension} also
 * catches `chrome-extension://` requests (the popup's scripts, chunks and styles); a route
 * registered later wins, so this one lets them through. Call it once per context, after launch.
 */
export async function allowExtensionPages(context: BrowserContext): Promise<void> {
  await context.route(/^chrome-extension:/, (route) => route.continue());
}

/** Console errors and uncaught exceptions of a page, from the moment this is called. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions since the page was created. */
  errors: string[];
}

/** Opens an extension page (`popup.html?tabId=1`, `facts.html`, …) in a new tab, errors recorded. */
export async function openExtensionUrl(
  b: ExtensionBrowser,
  pathAndQuery: string,
  viewport?: { width: number; height: number },
): Promise<OpenedPage> {
  const page = await b.context.newPage();
  const errors = collectPageErrors(page);
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${b.extensionId}/${pathAndQuery}`);
  return { page, errors };
}

/** The popup for tab `tabId`, in a 400 × 600 window, once it shows its header's switch. */
export async function openPopup(b: ExtensionBrowser, tabId: number): Promise<OpenedPage> {
  const opened = await openExtensionUrl(b, `popup.html?tabId=${tabId}`, {
    width: 400,
    height: 600,
  });
  await opened.page.getByRole('switch', { name: 'Pause Crosscheck on this site' }).waitFor();
  return opened;
}

/** What the background knows about tab `tabId` (`tab/state`), or null. */
export async function tabState(extPage: Page, tabId: number): Promise<TabState | null> {
  const answer = (await sendFromExtensionPage(extPage, { type: 'tab/state', tabId })) as {
    ok: boolean;
    value?: TabState | null;
  };
  if (!answer.ok) throw new Error(`tab/state refused: ${JSON.stringify(answer)}`);
  return answer.value ?? null;
}

/**
 * The id of the tab whose page reported `url` to the background. (The extension cannot read a tab's
 * URL itself: content-script matches give it no `tabs` access, so `helpers.tabIdOf` sees none.)
 */
export async function tabIdByReport(extPage: Page, url: string, timeout = 15_000): Promise<number> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const id of await tabIds(extPage)) {
      if ((await tabState(extPage, id))?.url === url) return id;
    }
    if (Date.now() > deadline) throw new Error(`no tab reported ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The toolbar badge's text for a tab. */
export function badgeText(b: ExtensionBrowser, tabId: number): Promise<string> {
  return b.background.evaluate(
    (id) =>
      (
        globalThis as unknown as {
          chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
        }
      ).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

/** Number of ranges in each of the named `crosscheck-*` highlights of a page. */
export function highlightSizes(page: Page, names: readonly string[]): Promise<number[]> {
  return page.evaluate(
    (ns) => ns.map((n) => CSS.highlights.get(`crosscheck-${n}`)?.size ?? 0),
    [...names],
  );
}

/** Texts (whitespace collapsed) of the ranges of the `crosscheck-note` highlight. */
export function noteHighlightTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('crosscheck-note');
    if (!h) return [];
    return Array.from(h as unknown as Iterable<Range>, (r) =>
      r.toString().replace(/\s+/g, ' ').trim(),
    );
  });
}

/**
 * Selects `text` in the page (it must lie in one text node, as in a plain paragraph) the way a
 * reader's drag would: a DOM Range added to the document's selection, which fires
 * `selectionchange`.
 */
export async function selectText(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.nodeValue?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + wanted.length);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`text not found in one text node: ${text}`);
}

/**
 * The middle of the first line box of `text` in the page (it must lie in one text node), scrolled
 * into view first: where a reader's pointer would rest on it.
 */
export async function textPoint(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.nodeValue?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + wanted.length);
      const first = range.getClientRects()[0];
      if (!first) return null;
      window.scrollBy(0, first.top - window.innerHeight / 3);
      const again = range.getClientRects()[0]!;
      return { x: again.left + Math.min(40, again.width / 2), y: (again.top + again.bottom) / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`text not found in one text node: ${text}`);
  return point;
}

/** Whether every line box of the highlighted verdict range with text `sentence` is in view. */
export async function sentenceInView(page: Page, sentence: string): Promise<boolean> {
  return page.evaluate((wanted) => {
    for (const name of ['supports', 'contradicts', 'disputed']) {
      const h = CSS.highlights.get(`crosscheck-${name}`);
      if (!h) continue;
      for (const r of h as unknown as Iterable<Range>) {
        if (r.toString().replace(/\s+/g, ' ').trim() !== wanted) continue;
        const box = r.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
      }
    }
    return false;
  }, sentence);
}

/** A news page with our own paragraphs (no seed text), at `url`. */
export function newsPage(options: {
  title: string;
  paragraphs: string[];
  url: string;
  outlet: string;
  published?: string;
}): string {
  return renderNewsPage({ published: '2024-11-22', ...options });
}

/** Resolves once the page's `crosscheck-note` highlight has exactly `count` ranges. */
export async function waitForNoteRanges(page: Page, count: number, timeout = 15_000) {
  await page.waitForFunction(
    (n) => (CSS.highlights.get('crosscheck-note')?.size ?? 0) === n,
    count,
    { timeout, polling: 50 },
  );
}

// ---- notes ----------------------------------------------------------------------------------

/**
 * Notes `passage` (in one text node of the article) the way a reader does: select it, wait for the
 * "✎ Add note" button by the selection, click it, write the note and save. Resolves once the editor
 * has closed.
 */
export async function addNoteOnSelection(
  page: Page,
  passage: string,
  text: string,
  tags = '',
): Promise<void> {
  await selectText(page, passage);
  const ui = page.locator('crosscheck-card');
  await ui.getByRole('button', { name: '✎ Add note' }).click({ timeout: 10_000 });
  await saveNoteInEditor(page, text, tags);
}

/** Fills the open in-page note editor and saves; resolves once it has closed. */
export async function saveNoteInEditor(page: Page, text: string, tags = ''): Promise<void> {
  const ui = page.locator('crosscheck-card');
  const editor = ui.getByRole('dialog', { name: /^Note on / });
  await editor.getByRole('textbox', { name: 'Your note' }).fill(text);
  if (tags) await editor.getByRole('textbox', { name: /^Tags/ }).fill(tags);
  await editor.getByRole('button', { name: 'Save note' }).click();
  await editor.waitFor({ state: 'detached', timeout: 10_000 });
}

/** One note as the notes page lists it. */
export interface ListedNote {
  id: string;
  /** The note's own text. */
  text: string;
  /** The passage it is about (its quote), or null. */
  quote: string | null;
  /** The whole entry's text (title, meta, markers, tags, fact). */
  all: string;
}

/** The notes the notes page lists, in its order (newest first). */
export async function listedNotes(notesPage: Page): Promise<ListedNote[]> {
  const list = notesPage.getByRole('list', { name: 'Notes' });
  if ((await list.count()) === 0) return [];
  return list.getByRole('article').evaluateAll((articles) =>
    articles.map((a) => ({
      id: a.getAttribute('data-note') ?? '',
      text: a.querySelector('.cn-text')?.textContent ?? '',
      quote: a.querySelector('blockquote')?.textContent ?? null,
      all: (a as HTMLElement).innerText,
    })),
  );
}

/** Ids the background recorded as orphans (notes whose passage was not found on their page). */
export function orphanIds(b: ExtensionBrowser): Promise<string[]> {
  return b.background.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
    };
    const got = await chrome.storage.local.get('crosscheck:orphans');
    const ids = got['crosscheck:orphans'];
    return Array.isArray(ids) ? ids.map(String) : [];
  });
}
