/**
 * The built extension (.output/chrome-mv3) in real headless Chromium: the content script runs on a
 * listed news site and only there, reports to the background, leaves the page's DOM alone, and
 * nothing is fetched from the network.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TabState } from '@/lib/messaging/protocol';
import {
  domMutationsAfterParse,
  elementCountOf,
  launchWithExtension,
  openExtensionPage,
  recordDomMutations,
  seedPage,
  sendFromExtensionPage,
  servePage,
  tabIds,
  totalMeasures,
  type ExtensionBrowser,
} from './helpers';
import { fixture, OFF_TOPIC_URL } from './pages';
import { KEEP_WARM_EVERY_MS } from '../../lib/util/keep-warm';

const SEED = '001_e6ca441133ff4184.txt';
const NEWS_URL =
  'https://www.reuters.com/world/europe/us-lets-ukraine-strike-deep-inside-russia-2024-11-22/';
const UNLISTED_URL = 'https://example.org/news';

describe('extension in Chromium', () => {
  let b: ExtensionBrowser;
  let newsHtml: string;
  let unlistedHtml: string;
  let extPage: Page;

  beforeAll(async () => {
    b = await launchWithExtension();
    newsHtml = await seedPage(SEED, NEWS_URL, 'Reuters');
    unlistedHtml = await seedPage(SEED, UNLISTED_URL, 'Example News');
    await servePage(b.context, NEWS_URL, newsHtml);
    await servePage(b.context, UNLISTED_URL, unlistedHtml);
    await servePage(b.context, OFF_TOPIC_URL, fixture('off-topic.html'));
    extPage = await openExtensionPage(b);
  });

  afterAll(async () => {
    await b?.close();
  });

  /** Pages a test opened; closed after it, so a failed test leaves no tab behind for the next. */
  const opened: Page[] = [];
  async function newPage(): Promise<Page> {
    const page = await b.context.newPage();
    opened.push(page);
    return page;
  }
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((p) => p.close()));
  });

  /** What the background knows about each open tab that it knows anything about. */
  async function knownTabs(): Promise<Map<number, TabState>> {
    const known = new Map<number, TabState>();
    for (const tabId of await tabIds(extPage)) {
      const answer = await sendFromExtensionPage(extPage, { type: 'tab/state', tabId });
      expect(answer).toMatchObject({ ok: true });
      const { value } = answer as { value: TabState | null };
      if (value) known.set(tabId, value);
    }
    return known;
  }

  it('loads the MV3 service worker from the build', () => {
    expect(b.background.url()).toBe(`chrome-extension://${b.extensionId}/background.js`);
  });

  it('runs on a listed news site, reports to the background and leaves the DOM alone', async () => {
    const page = await newPage();
    await recordDomMutations(page);
    await page.goto(NEWS_URL);

    await expect.poll(() => totalMeasures(page), { timeout: 15_000 }).toBe(1);

    await expect
      .poll(async () => [...(await knownTabs()).values()], { timeout: 10_000 })
      .toEqual([
        {
          url: NEWS_URL,
          title: await page.title(),
          // The seed page is an on-topic article: the engine finds claims the fact base covers.
          status: 'checked',
          relevant: true,
          relevance: expect.any(Number),
          reasons: expect.any(Array),
          counts: {
            supports: expect.any(Number),
            contradicts: expect.any(Number),
            disputed: expect.any(Number),
          },
          items: expect.any(Array),
          hidden: 0,
          checkedAt: expect.any(Number),
        },
      ]);

    const [state] = (await knownTabs()).values();
    expect(state!.items.length).toBeGreaterThan(0);
    const { supports, contradicts, disputed } = state!.counts;
    expect(supports + contradicts + disputed).toBe(state!.items.length);
    const measures = await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .map((m) => m.name)
        .filter((n) => n.startsWith('crosscheck:')),
    );
    for (const name of [
      'crosscheck:detect',
      'crosscheck:extract',
      'crosscheck:match',
      'crosscheck:total',
    ]) {
      expect(measures).toContain(name);
    }
    // The check started after the page's first paint, not in competition with it.
    const { firstPaint, checkStart } = await page.evaluate(() => ({
      firstPaint: performance.getEntriesByType('paint')[0]?.startTime ?? null,
      checkStart: performance.getEntriesByName('crosscheck:total', 'measure')[0]!.startTime,
    }));
    expect(firstPaint).not.toBeNull();
    expect(checkStart).toBeGreaterThanOrEqual(firstPaint!);

    expect(await domMutationsAfterParse(page)).toEqual([]);
    const liveElements = await page.evaluate(() => document.getElementsByTagName('*').length);
    expect(liveElements).toBe(await elementCountOf(page, newsHtml));

    // Closing the tab drops its state (tabs.onRemoved).
    const [tabId] = (await knownTabs()).keys();
    await page.close();
    await expect
      .poll(() => sendFromExtensionPage(extPage, { type: 'tab/state', tabId }))
      .toEqual({ ok: true, value: null });
  });

  it('does not run on a host that is not in news-sites.json', async () => {
    const unlisted = await newPage();
    await unlisted.goto(UNLISTED_URL);

    // Positive control, loaded after the unlisted page: once the script has run here, it would
    // have run there too.
    const listed = await newPage();
    await listed.goto(NEWS_URL);
    await expect.poll(() => totalMeasures(listed), { timeout: 15_000 }).toBe(1);
    await unlisted.waitForTimeout(500);

    await expect
      .poll(async () => [...(await knownTabs()).values()].map((s) => s.url))
      .toEqual([NEWS_URL]);
    expect(await totalMeasures(unlisted)).toBe(0);
  });

  it('keeps the background warm from a checked article, not from an off-topic page', async () => {
    // Recorded in the worker: which pages send `page/keep-warm` (the router answers them).
    await b.background.evaluate(() => {
      const seen: string[] = [];
      (globalThis as { __keepWarmFrom?: string[] }).__keepWarmFrom = seen;
      const { chrome } = globalThis as unknown as {
        chrome: {
          runtime: {
            onMessage: {
              addListener(
                listener: (message: unknown, sender: { tab?: { url?: string } }) => undefined,
              ): void;
            };
          };
        };
      };
      chrome.runtime.onMessage.addListener((message, sender) => {
        if ((message as { type?: unknown } | null)?.type === 'page/keep-warm') {
          seen.push(sender.tab?.url ?? '');
        }
        return undefined;
      });
    });
    const offTopic = await newPage();
    await offTopic.goto(OFF_TOPIC_URL);
    const article = await newPage();
    await article.goto(NEWS_URL);
    await expect.poll(() => totalMeasures(article), { timeout: 15_000 }).toBe(1);
    expect(await totalMeasures(offTopic)).toBe(1);
    // One ping within an interval of the check (the reader is active at first), from the article.
    const from = () =>
      b.background.evaluate(() => (globalThis as { __keepWarmFrom?: string[] }).__keepWarmFrom);
    await expect
      .poll(from, { timeout: KEEP_WARM_EVERY_MS + 10_000, interval: 1_000 })
      .toContain(NEWS_URL);
    expect(await from()).not.toContain(OFF_TOPIC_URL);
  });

  it('answers malformed messages from its own pages with an error', async () => {
    for (const bad of [
      { type: 'tab/state' },
      { type: 'tab/state', tabId: -1 },
      { type: 'page/checked', url: 'javascript:alert(1)', title: '', relevant: 1, annotations: 0 },
      { type: 'no/such' },
      'tab/state',
    ]) {
      expect(await sendFromExtensionPage(extPage, bad)).toEqual({
        ok: false,
        error: 'malformed message',
      });
    }
  });

  it('sends no request off the machine', () => {
    expect(b.blockedRequests).toEqual([]);
  });
});
