/**
 * The toolbar popup (`popup.html?tabId=N`) in real Chromium, next to the article it describes: the
 * counts and the list match what the background cached for the tab, choosing a sentence opens its
 * card in the page, the off-topic and unlisted cases say so, the pause switch removes and restores
 * the page's highlights, and the badge shows the count. No popup logs an error.
 */
import { rm } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { excerpt } from '../../lib/messaging/summary';
import type { TabState } from '../../lib/messaging/protocol';
import { paragraphsFromText } from '../../scripts/render-news-page.mjs';
import {
  VERDICTS,
  activeTexts,
  buildWithHostAccess,
  clearExtensionStorage,
  launchWithExtension,
  newPageWithTabId,
  openExtensionPage,
  pageMarks,
  seedPage,
  servePage,
  waitForChecks,
  type ExtensionBrowser,
} from './helpers';
import {
  allowExtensionPages,
  badgeText,
  highlightSizes,
  newsPage,
  notesFixture,
  openPopup,
  sentenceInView,
  tabIdByReport,
  tabState,
  type OpenedPage,
} from './extension-pages';

const SEED = '001_e6ca441133ff4184.txt';
const NEWS_URL =
  'https://www.reuters.com/world/europe/us-lets-ukraine-strike-deep-inside-russia-2024-11-22/';
const OFF_TOPIC_URL = 'https://www.bbc.com/news/articles/leeds-tram-line-approved';
const UNLISTED_URL = 'https://example.org/news/us-lets-ukraine-strike-deep-inside-russia';

/** The popup's words for each verdict (components/popup/Popup.tsx). */
const WORDS = { supports: 'Agrees', contradicts: 'Contradicts', disputed: 'Disputed' } as const;

/** "✓ Agrees 14" … as read from the popup's "Sentences by verdict" list. */
async function shownCounts(popup: Page): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const text of await popup
    .getByRole('list', { name: 'Sentences by verdict' })
    .getByRole('listitem')
    .allInnerTexts()) {
    const m = /(Agrees|Contradicts|Disputed)\s+(\d+)/.exec(text);
    if (!m) throw new Error(`unexpected count line: ${text}`);
    counts[m[1]!] = Number(m[2]);
  }
  return counts;
}

/** A local news story on a listed site (BBC): a news article, but not about the war. */
function offTopicHtml(): string {
  return newsPage({
    title: 'Leeds approves tram line after a decade of debate',
    paragraphs: paragraphsFromText(notesFixture('off-topic.txt')),
    url: OFF_TOPIC_URL,
    outlet: 'BBC News',
  });
}

describe('the popup in Chromium', () => {
  let b: ExtensionBrowser;
  let extPage: Page;

  beforeAll(async () => {
    b = await launchWithExtension();
    await allowExtensionPages(b.context);
    await servePage(b.context, NEWS_URL, await seedPage(SEED, NEWS_URL, 'Reuters'));
    await servePage(b.context, OFF_TOPIC_URL, offTopicHtml());
    extPage = await openExtensionPage(b);
  });

  afterAll(async () => {
    await b?.close();
  });

  // Paused sites live in extension storage: every test starts with none.
  beforeEach(async () => {
    await clearExtensionStorage(b);
  });

  const opened: Page[] = [];
  const popups: OpenedPage[] = [];
  afterEach(async () => {
    const errors = popups.splice(0).flatMap((p) => p.errors);
    await Promise.all(opened.splice(0).map((p) => p.close()));
    expect(errors).toEqual([]);
    expect(b.blockedRequests).toEqual([]);
  });

  async function article(url: string): Promise<{ page: Page; tabId: number; state: TabState }> {
    const page = await b.context.newPage();
    opened.push(page);
    await page.goto(url);
    await waitForChecks(page);
    const tabId = await tabIdByReport(extPage, url);
    const state = await tabState(extPage, tabId);
    if (!state) throw new Error(`no state for ${url}`);
    return { page, tabId, state };
  }

  async function popupFor(tabId: number): Promise<Page> {
    const p = await openPopup(b, tabId);
    popups.push(p);
    opened.push(p.page);
    return p.page;
  }

  it("shows the tab's counts by verdict and lists every annotated sentence", async () => {
    const { tabId, state } = await article(NEWS_URL);
    expect(state.status).toBe('checked');
    expect(state.items.length).toBeGreaterThan(0);

    const popup = await popupFor(tabId);
    expect(await shownCounts(popup)).toEqual(
      Object.fromEntries(VERDICTS.map((v) => [WORDS[v], state.counts[v]])),
    );

    const items = popup.getByRole('list', { name: 'Checked sentences' }).getByRole('listitem');
    const texts = await items.allInnerTexts();
    expect(texts).toHaveLength(state.items.length);
    state.items.forEach((item, i) => {
      expect(texts[i]).toContain(item.excerpt);
      expect(texts[i]).toContain(WORDS[item.verdict]);
    });

    // The badge says the same number.
    expect(await badgeText(b, tabId)).toBe(String(state.items.length));
  });

  // The popup closes itself after sending `content/open`; the page's card opens on that sentence.
  it.each([
    { how: 'a click', pick: (n: number) => n - 1 },
    { how: 'the keyboard (Enter)', pick: (n: number) => Math.floor(n / 2) },
  ])('choosing a sentence with $how opens its card in the page', async ({ how, pick }) => {
    const { page, tabId, state } = await article(NEWS_URL);
    const index = pick(state.items.length);
    const item = state.items[index]!;

    const popup = await popupFor(tabId);
    const button = popup
      .getByRole('list', { name: 'Checked sentences' })
      .getByRole('listitem')
      .nth(index)
      .getByRole('button');
    const closed = popup.waitForEvent('close', { timeout: 10_000 });
    if (how === 'a click') await button.click();
    else {
      await button.focus();
      await popup.keyboard.press('Enter').catch((error: unknown) => {
        // The popup may close itself on the keydown, before the key is released.
        if (!popup.isClosed()) throw error;
      });
    }
    await closed;

    const card = page.locator('crosscheck-card').getByRole('dialog');
    await card.waitFor({ timeout: 10_000 });
    const active = await activeTexts(page);
    expect(active).toHaveLength(1);
    expect(excerpt(active[0]!)).toBe(item.excerpt);
    // Opened from the popup, the card takes focus (the keyboard reader lands in it).
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('crosscheck-card');
  });

  // Regression: choosing a sentence in the popup scrolls it into view before opening its card.
  it('choosing a sentence below the fold scrolls it into view', async () => {
    const { page, tabId, state } = await article(NEWS_URL);
    const index = state.items.length - 1;
    const popup = await popupFor(tabId);
    const closed = popup.waitForEvent('close', { timeout: 10_000 });
    await popup
      .getByRole('list', { name: 'Checked sentences' })
      .getByRole('listitem')
      .nth(index)
      .getByRole('button')
      .click();
    await closed;
    await page.locator('crosscheck-card').getByRole('dialog').waitFor({ timeout: 10_000 });
    const [active] = await activeTexts(page);
    await expect.poll(() => sentenceInView(page, active!), { timeout: 3_000 }).toBe(true);
  });

  it('on an off-topic article it says so, offers "Check this page", and the badge is empty', async () => {
    const { tabId, state } = await article(OFF_TOPIC_URL);
    expect(state.status).toBe('off-topic');

    const popup = await popupFor(tabId);
    await expect
      .poll(() => popup.getByRole('tabpanel', { name: 'This page' }).innerText())
      .toContain('This article is not about US or allied policy on the war in Ukraine.');
    const check = popup.getByRole('button', { name: 'Check this page' });
    expect(await check.isEnabled()).toBe(true);
    expect(await popup.getByRole('list', { name: 'Checked sentences' }).count()).toBe(0);
    expect(await badgeText(b, tabId)).toBe('');
  });

  it('the pause switch removes the page’s highlights, and turning it off brings them back', async () => {
    const { page, tabId, state } = await article(NEWS_URL);
    const before = await pageMarks(page);
    expect(before).toHaveLength(state.items.length);

    const popup = await popupFor(tabId);
    const toggle = popup.getByRole('switch', { name: 'Pause Crosscheck on this site' });
    expect(await toggle.getAttribute('aria-checked')).toBe('false');

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await expect
      .poll(() => highlightSizes(page, [...VERDICTS, 'active']), { timeout: 10_000 })
      .toEqual([0, 0, 0, 0]);
    await expect.poll(async () => (await tabState(extPage, tabId))?.status).toBe('paused');
    await expect.poll(() => badgeText(b, tabId)).toBe('');

    // A popup opened now says the site is paused.
    const again = await popupFor(tabId);
    expect(await again.getByRole('tabpanel', { name: 'This page' }).innerText()).toContain(
      'Paused on this site.',
    );
    expect(
      await again
        .getByRole('switch', { name: 'Pause Crosscheck on this site' })
        .getAttribute('aria-checked'),
    ).toBe('true');

    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    await expect.poll(() => pageMarks(page), { timeout: 10_000 }).toEqual(before);
    await expect.poll(async () => (await tabState(extPage, tabId))?.status).toBe('checked');
    await expect.poll(() => badgeText(b, tabId)).toBe(String(state.items.length));
  });
});

/**
 * "Check this page" needs the tab: clicking the toolbar button grants it (activeTab), which headless
 * Chromium cannot do. A build with host access to the two sites stands in for that click, so the
 * popup can read the tab's address and the background can inject the content script, as they would
 * after it.
 */
describe('the popup with the tab granted, as after a toolbar click', () => {
  let b: ExtensionBrowser;
  let extDir: string;
  let extPage: Page;

  beforeAll(async () => {
    extDir = await buildWithHostAccess(['https://example.org/*', 'https://www.bbc.com/*']);
    b = await launchWithExtension(extDir);
    await allowExtensionPages(b.context);
    await servePage(b.context, UNLISTED_URL, await seedPage(SEED, UNLISTED_URL, 'Example News'));
    await servePage(b.context, OFF_TOPIC_URL, offTopicHtml());
    extPage = await openExtensionPage(b);
  });

  afterAll(async () => {
    await b?.close();
    if (extDir) await rm(extDir, { recursive: true, force: true });
  });

  it('says Crosscheck does not run there unless asked, and "Check this page" checks it', async () => {
    const { page, tabId } = await newPageWithTabId(b, extPage);
    await page.goto(UNLISTED_URL);
    await page.waitForLoadState('load');

    const { page: popup, errors } = await openPopup(b, tabId);
    const panel = popup.getByRole('tabpanel', { name: 'This page' });
    expect(await panel.innerText()).toContain(
      'Crosscheck does not run on this site unless you ask.',
    );
    expect(await popup.getByRole('button', { name: 'Always check this site' }).isEnabled()).toBe(
      true,
    );
    // Nothing ran by itself.
    expect(await tabState(extPage, tabId)).toBeNull();
    expect(await badgeText(b, tabId)).toBe('');

    await popup.getByRole('button', { name: 'Check this page' }).click();
    await waitForChecks(page);
    // The open popup picks up the new summary.
    await expect
      .poll(() => popup.getByRole('list', { name: 'Checked sentences' }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    const state = await tabState(extPage, tabId);
    expect(state?.status).toBe('checked');
    expect(
      await popup.getByRole('list', { name: 'Checked sentences' }).getByRole('listitem').count(),
    ).toBe(state!.items.length);
    expect(await badgeText(b, tabId)).toBe(String(state!.items.length));

    expect(errors).toEqual([]);
    expect(b.blockedRequests).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });

  it('"Check this page" on an off-topic article checks it on request', async () => {
    const page = await b.context.newPage();
    await page.goto(OFF_TOPIC_URL);
    await waitForChecks(page);
    const tabId = await tabIdByReport(extPage, OFF_TOPIC_URL);
    const { page: popup, errors } = await openPopup(b, tabId);
    await popup.getByRole('button', { name: 'Check this page' }).click();
    const panel = popup.getByRole('tabpanel', { name: 'This page' });
    await expect
      .poll(() => panel.innerText(), { timeout: 15_000 })
      .toContain('(checked on request)');
    expect(await panel.innerText()).toContain(
      'No sentence on this page matched a fact in the fact base.',
    );
    const state = await tabState(extPage, tabId);
    expect(state).toMatchObject({ status: 'checked', relevant: false, items: [] });
    expect(await badgeText(b, tabId)).toBe('');

    expect(errors).toEqual([]);
    expect(b.blockedRequests).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });
});
