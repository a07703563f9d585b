/**
 * Shared set-up for end-to-end tests: real Chromium with the built extension, and a network that
 * never leaves the machine (fixture pages are served by Playwright routes, everything else is aborted
 * and recorded so tests can assert on it).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findBrowser } from '../../scripts/find-browser.mjs';
import { paragraphsFromText, renderNewsPage } from '../../scripts/render-news-page.mjs';
import { bundledEngine, type CheckOptions, type DocumentResult } from '../../lib/check';
import { parseDocument } from '../../scripts/lib/html';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The production Chrome build (`npm run build`), which `npm run test:e2e` builds first. */
export const EXT_DIR = path.join(ROOT, '.output', 'chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's background service worker. */
  background: Worker;
  extensionId: string;
  /** Requests that no route served: aborted, never sent. */
  blockedRequests: string[];
  close(): Promise<void>;
}

/** Path of a Chromium-family browser, or a clear error saying how to provide one. */
export function chromePath(): string {
  const found = findBrowser();
  if (!found) {
    throw new Error(
      'No Chromium found for the e2e tests: set CHROME_PATH, or install chromium ' +
        '(e.g. `apt-get install chromium`); `.ci/run` does this for you.',
    );
  }
  return found.path;
}

/**
 * Launches headless Chromium with only our extension loaded and the network sealed off: every
 * request is aborted and recorded in `blockedRequests` unless a later {@link servePage} route
 * answers it (Playwright tries routes in reverse order of registration).
 */
export async function launchWithExtension(extDir = EXT_DIR): Promise<ExtensionBrowser> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'crosscheck-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: chromePath(),
    args: [
      '--headless=new',
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });

  const blockedRequests: string[] = [];
  await context.route('**/*', (route) => {
    blockedRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });

  const background =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(background.url()).host;

  return {
    context,
    background,
    extensionId,
    blockedRequests,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Serves `html` for exactly `url` (other URLs on that host stay blocked), with extra response
 * `headers` if given (e.g. a Content-Security-Policy).
 */
export async function servePage(
  context: BrowserContext,
  url: string,
  html: string,
  headers: Record<string, string> = {},
): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html, headers }),
  );
}

/** A seed article from `seeds/` rendered as a news page at `url`. */
export async function seedPage(seedFile: string, url: string, outlet: string): Promise<string> {
  const text = await readFile(path.join(ROOT, 'seeds', seedFile), 'utf8');
  return renderNewsPage({
    title: 'US lets Ukraine strike deep inside Russia with American missiles',
    paragraphs: paragraphsFromText(text),
    published: '2024-11-22',
    outlet,
    url,
  });
}

/**
 * Installs, before any page script, a MutationObserver that records DOM mutations made after the
 * document finished parsing — i.e. by anyone but the parser. The fixture pages have no scripts, so
 * any such mutation would be the content script's. Read them with {@link domMutationsAfterParse}.
 */
export async function recordDomMutations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    const details: string[] = [];
    const w = window as unknown as { __mutationsAfterParse: string[]; __mutationDetails: string[] };
    w.__mutationsAfterParse = log;
    w.__mutationDetails = details;
    const name = (n: Node) => `<${n.nodeName.toLowerCase()}>`;
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        log.push(`${r.type} on ${name(r.target)}`);
        let detail = `${r.type} on ${name(r.target)}`;
        for (const n of Array.from(r.addedNodes)) detail += ` +${name(n)}`;
        for (const n of Array.from(r.removedNodes)) detail += ` -${name(n)}`;
        if (r.attributeName) detail += ` @${r.attributeName}`;
        details.push(detail);
      }
    });
    observer.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        // Drop the parser's own insertions, which may still be queued.
        observer.takeRecords();
        log.length = 0;
        details.length = 0;
      },
      { once: true },
    );
  });
}

/** Mutations since parsing ended, as "childList on <body>" strings. */
export function domMutationsAfterParse(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { __mutationsAfterParse: string[] }).__mutationsAfterParse,
  );
}

/**
 * The same mutations with what they added, removed or changed, as
 * "childList on <body> +<crosscheck-card>" strings.
 */
export function domMutationDetailsAfterParse(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { __mutationDetails: string[] }).__mutationDetails,
  );
}

/** Number of elements the browser builds from `html` (parsed in `page`, not inserted anywhere). */
export function elementCountOf(page: Page, html: string): Promise<number> {
  return page.evaluate(
    (source) =>
      new DOMParser().parseFromString(source, 'text/html').getElementsByTagName('*').length,
    html,
  );
}

/**
 * A tab at our extension's origin, where `chrome.runtime.sendMessage` reaches the background exactly
 * as the popup will. Every build has `manifest.json`, so no test-only page has to ship.
 */
export async function openExtensionPage(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/manifest.json`);
  return page;
}

/** Sends `message` to the background from an extension page and returns its answer. */
export function sendFromExtensionPage(extPage: Page, message: unknown): Promise<unknown> {
  return extPage.evaluate(
    (m) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage(m),
    message,
  );
}

/** Ids of every open tab, as the extension sees them. */
export function tabIds(extPage: Page): Promise<number[]> {
  return extPage.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
    };
    const tabs = await chrome.tabs.query({});
    return tabs.flatMap((t) => (t.id === undefined ? [] : [t.id]));
  });
}

/** Count of `crosscheck:total` User Timing entries in the page (the content script's last step). */
export function totalMeasures(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('crosscheck:total', 'measure').length);
}

// ---- highlights: what the page shows, and what the engine says it should show ------------------

export const VERDICTS = ['supports', 'contradicts', 'disputed'] as const;
export type VerdictName = (typeof VERDICTS)[number];

/** One highlighted sentence: its verdict and its text, whitespace collapsed. */
export interface Marked {
  verdict: VerdictName;
  sentence: string;
}

/** Whitespace collapsed and trimmed, as the engine's sentences are. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A stable order, so that two lists of marks compare as multisets with `toEqual`. */
export function sortMarks(marks: readonly Marked[]): Marked[] {
  const key = (m: Marked) => `${m.verdict}\u0000${m.sentence}`;
  return [...marks].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The engine's annotations for `html`, computed in Node exactly as the CLI does. */
export function engineResult(html: string, options: CheckOptions = {}): DocumentResult {
  return bundledEngine().checkDocument(parseDocument(html), options);
}

/** What the engine says the page should show: one mark per annotation. */
export function expectedMarks(html: string, options: CheckOptions = {}): Marked[] {
  return sortMarks(
    engineResult(html, options).annotations.map((a) => ({
      verdict: a.verdict,
      sentence: normalise(a.sentence),
    })),
  );
}

/** A range of one of our highlights, read from the page's `CSS.highlights`. */
export interface PageRange {
  /** The highlight's name without `crosscheck-`: a verdict, or `active`. */
  name: VerdictName | 'active';
  text: string;
  /** Both boundary nodes are still in the document. */
  connected: boolean;
}

/** Field and record separators for results read from hostile pages (see {@link pageRanges}). */
const FIELD = '\u001f';
const RECORD = '\u001e';

/**
 * Every range of every `crosscheck-*` highlight in the page. The registry is shared by all worlds,
 * so the page's main world sees what the content script painted. The function runs in the page's
 * world, where a hostile page may have replaced built-ins that Playwright's own result
 * serialisation relies on (`Array.prototype.push`): so it uses none itself and returns one string.
 */
export async function pageRanges(page: Page): Promise<PageRange[]> {
  // One string argument: Playwright's deserialisation of an array would need the page's Array.
  const encoded = await page.evaluate((separators) => {
    const field = separators.charAt(0);
    const record = separators.charAt(1);
    const names = ['supports', 'contradicts', 'disputed', 'active'];
    let out = '';
    for (let i = 0; i < names.length; i++) {
      const h = CSS.highlights.get(`crosscheck-${names[i]}`);
      if (!h) continue;
      for (const r of h as unknown as Iterable<Range>) {
        const connected = r.startContainer.isConnected && r.endContainer.isConnected;
        out += `${names[i]}${field}${connected ? 1 : 0}${field}${r.toString()}${record}`;
      }
    }
    return out;
  }, FIELD + RECORD);
  return encoded
    .split(RECORD)
    .filter((r) => r !== '')
    .map((r) => {
      const [name, connected, text] = r.split(FIELD) as [PageRange['name'], string, string];
      return { name, connected: connected === '1', text };
    });
}

/** The verdict highlights as marks (sorted), for comparison with {@link expectedMarks}. */
export async function pageMarks(page: Page): Promise<Marked[]> {
  const marks: Marked[] = [];
  for (const r of await pageRanges(page)) {
    if (r.name !== 'active') marks.push({ verdict: r.name, sentence: normalise(r.text) });
  }
  return sortMarks(marks);
}

/** Texts under the `crosscheck-active` highlight. */
export async function activeTexts(page: Page): Promise<string[]> {
  return (await pageRanges(page)).filter((r) => r.name === 'active').map((r) => normalise(r.text));
}

/** Waits until the content script has recorded `crosscheck:total` at least `count` times. */
export async function waitForChecks(page: Page, count = 1, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (n) => performance.getEntriesByName('crosscheck:total', 'measure').length >= n,
    count,
    { timeout, polling: 50 },
  );
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Client rects (non-empty line boxes, viewport coordinates) of the highlighted range whose text is
 * `sentence` (normalised); empty if no highlight has it. Safe on hostile pages (returns a string).
 */
export async function sentenceRects(page: Page, sentence: string): Promise<Box[]> {
  const encoded = await page.evaluate((wanted) => {
    const names = ['supports', 'contradicts', 'disputed'];
    for (let i = 0; i < names.length; i++) {
      const h = CSS.highlights.get(`crosscheck-${names[i]}`);
      if (!h) continue;
      for (const r of h as unknown as Iterable<Range>) {
        if (r.toString().replace(/\s+/g, ' ').trim() !== wanted) continue;
        let out = '';
        const rects = r.getClientRects();
        for (let j = 0; j < rects.length; j++) {
          const c = rects[j]!;
          if (c.width > 0 && c.height > 0) out += `${c.left},${c.top},${c.right},${c.bottom};`;
        }
        return out;
      }
    }
    return '';
  }, sentence);
  return encoded
    .split(';')
    .filter((r) => r !== '')
    .map((r) => {
      const [left, top, right, bottom] = r.split(',').map(Number) as [
        number,
        number,
        number,
        number,
      ];
      return { left, top, right, bottom };
    });
}

/** The middle of a sentence's first line, where a reader's pointer would rest on it. */
export async function sentencePoint(
  page: Page,
  sentence: string,
): Promise<{ x: number; y: number }> {
  const [first] = await sentenceRects(page, sentence);
  if (!first) throw new Error(`not highlighted: ${sentence}`);
  return { x: (first.left + first.right) / 2, y: (first.top + first.bottom) / 2 };
}

/** Scrolls the highlighted `sentence` to the upper third of the viewport. */
export async function scrollSentenceIntoView(page: Page, sentence: string): Promise<void> {
  const [first] = await sentenceRects(page, sentence);
  if (!first) throw new Error(`not highlighted: ${sentence}`);
  await page.evaluate((top) => window.scrollBy(0, top - window.innerHeight / 3), first.top);
}

// ---- long tasks and errors -------------------------------------------------------------------

/** A long task (> 50 ms on the page's main thread), and the scripts of overlapping long frames. */
export interface LongTask {
  start: number;
  duration: number;
}
export interface LongFrame {
  start: number;
  duration: number;
  blockingDuration: number;
  scripts: { sourceURL: string; invoker: string; duration: number }[];
}

/**
 * Records, from before any page script, every long task (`longtask`, buffered) and every long
 * animation frame with its scripts (for attribution: the content script's are
 * `chrome-extension://…` URLs). Read with {@link longTasks}.
 */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: LongTask[]; __longFrames: LongFrame[] };
    const tasks: LongTask[] = [];
    const frames: LongFrame[] = [];
    w.__longTasks = tasks;
    w.__longFrames = frames;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          const f = e as PerformanceEntry & {
            blockingDuration: number;
            scripts: { sourceURL: string; invoker: string; duration: number }[];
          };
          frames.push({
            start: f.startTime,
            duration: f.duration,
            blockingDuration: f.blockingDuration,
            scripts: Array.from(f.scripts ?? [], (s) => ({
              sourceURL: s.sourceURL,
              invoker: s.invoker,
              duration: s.duration,
            })),
          });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      // No Long Animation Frames API: long tasks alone still answer the question.
    }
  });
}

export function longTasks(page: Page): Promise<{ tasks: LongTask[]; frames: LongFrame[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: LongTask[]; __longFrames: LongFrame[] };
    return { tasks: w.__longTasks, frames: w.__longFrames };
  });
}

/** Console errors and uncaught exceptions of a page, as they happen. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}\n${e.stack ?? ''}`));
  return errors;
}

// ---- the extension's side ----------------------------------------------------------------------

/** Forgets every fact the reader hid ("Not this fact") on any page. */
export async function clearExtensionStorage(b: ExtensionBrowser): Promise<void> {
  await b.background.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { clear(): Promise<void> } } };
    };
    await chrome.storage.local.clear();
  });
}

/** A new page (tab) and its tab id, found as the one id that was not there before. */
export async function newPageWithTabId(
  b: ExtensionBrowser,
  extPage: Page,
): Promise<{ page: Page; tabId: number }> {
  const before = new Set(await tabIds(extPage));
  const page = await b.context.newPage();
  const fresh = (await tabIds(extPage)).filter((id) => !before.has(id));
  if (fresh.length !== 1) throw new Error(`expected one new tab, found ${fresh.length}`);
  return { page, tabId: fresh[0]! };
}

/** Sends a content command (as the keyboard shortcut's handler does) from the background. */
export async function sendToTab(b: ExtensionBrowser, tabId: number, message: unknown) {
  await b.background.evaluate(
    ([id, m]) =>
      (
        globalThis as unknown as {
          chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
        }
      ).chrome.tabs.sendMessage(id, m),
    [tabId, message] as const,
  );
}

/**
 * A copy of the production build whose manifest also holds `host_permissions` for `origins`: the
 * state the reader reaches by granting Crosscheck a site ("Always check this site", or activeTab
 * after a click). Headless Chromium cannot grant activeTab (it needs a real browser gesture: the
 * toolbar button, a context menu or a keyboard command), so tests of "Check this page" use this.
 */
export async function buildWithHostAccess(origins: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-ext-'));
  await cp(EXT_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = origins;
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

/**
 * Evaluates `expression` in the extension's offscreen document, if one is open (DevTools
 * protocol; Playwright lists no such page), and returns its value; null without a document.
 */
export async function inOffscreen(b: ExtensionBrowser, expression: string): Promise<number | null> {
  const page = b.context.pages()[0] ?? (await b.context.newPage());
  const cdp = await b.context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.url.endsWith(`${b.extensionId}${OFFSCREEN_PATH}`));
    if (!target) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    const answer = new Promise<number | null>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        const reply = JSON.parse(event.message) as {
          id?: number;
          result?: { result?: { value?: unknown } };
        };
        if (reply.id !== 1) return;
        const value = reply.result?.result?.value;
        resolve(typeof value === 'number' ? value : null);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({
        id: 1,
        method: 'Runtime.evaluate',
        params: { expression, returnByValue: true },
      }),
    });
    return await answer;
  } finally {
    await cdp.detach();
  }
}

/** The offscreen document's path in the built extension (entrypoints/offscreen). */
const OFFSCREEN_PATH = '/offscreen.html';

/**
 * Waits until the extension has opened its offscreen document (Chrome), as it does once no page
 * has asked for a while (entrypoints/background.ts): what a reader's pause leaves behind before
 * Chrome stops the idle worker (after 30 s).
 */
export async function offscreenOpened(b: ExtensionBrowser, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await inOffscreen(b, '1')) === null) {
    if (Date.now() > deadline) throw new Error('the offscreen document did not open');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The extension's service worker seen through the DevTools protocol (see `watchServiceWorker`). */
export interface WatchedServiceWorker {
  /** Every running status the extension's worker went through, in order. */
  statuses: string[];
  /** Whether an installed (activated) version has been seen. */
  activated(): boolean;
  /** Stops every service worker, as Chrome does an idle one. */
  stopAll(): Promise<void>;
}

/**
 * Watches the extension's service worker from a page of its own (DevTools protocol), as the
 * tests that stop it need: its running statuses, and a way to stop it.
 */
export async function watchServiceWorker(b: ExtensionBrowser): Promise<WatchedServiceWorker> {
  const cdp = await b.context.newCDPSession(await b.context.newPage());
  const statuses: string[] = [];
  let activated = false;
  const origin = `chrome-extension://${b.extensionId}/`;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(origin)) continue;
      statuses.push(v.runningStatus);
      activated ||= v.status === 'activated';
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    statuses,
    activated: () => activated,
    stopAll: async () => {
      await cdp.send('ServiceWorker.stopAllWorkers');
    },
  };
}
