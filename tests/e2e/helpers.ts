/**
 * Shared set-up for end-to-end tests: real Chromium with the built extension, and a network that
 * never leaves the machine (fixture pages are served by Playwright routes, everything else is aborted
 * and recorded so tests can assert on it).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findBrowser } from '../../scripts/find-browser.mjs';
import { paragraphsFromText, renderNewsPage } from '../../scripts/render-news-page.mjs';

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
export async function launchWithExtension(): Promise<ExtensionBrowser> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'crosscheck-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: chromePath(),
    args: [
      '--headless=new',
      `--disable-extensions-except=${EXT_DIR}`,
      `--load-extension=${EXT_DIR}`,
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

/** Serves `html` for exactly `url` (other URLs on that host stay blocked). */
export async function servePage(context: BrowserContext, url: string, html: string): Promise<void> {
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
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
    (window as unknown as { __mutationsAfterParse: string[] }).__mutationsAfterParse = log;
    const observer = new MutationObserver((records) => {
      for (const r of records) log.push(`${r.type} on <${r.target.nodeName.toLowerCase()}>`);
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
